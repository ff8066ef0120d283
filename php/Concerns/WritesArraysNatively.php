<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native dot-notation writes for a subclass of Illuminate\Support\Arr: set()
 * and forget() change the caller's array in place, in one call per array;
 * add(), pull() and except(), which Laravel builds on them, follow. Other
 * targets and key types, and paths through objects or PHP references, run
 * Laravel's code.
 */
trait WritesArraysNatively
{
    public static function set(&$array, $key, $value)
    {
        if (\is_array($array) && (\is_string($key) || \is_int($key)) && isset(Runtime::$arr)) {
            return Native\arr_set($array, (string) $key, $value) ?? parent::set($array, $key, $value);
        }

        return parent::set($array, $key, $value);
    }

    public static function forget(&$array, $keys)
    {
        if (
            \is_array($array)
            && (\is_string($keys) || \is_int($keys) || \is_array($keys))
            && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))
            && Native\arr_forget($array, $keys) !== null
        ) {
            return;
        }

        parent::forget($array, $keys);
    }
}
