<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native dot-notation reads for a subclass of Illuminate\Support\Arr: one
 * call per array, walking it in place. Objects met inside the array take
 * Laravel's own steps; other targets, other key types and Closures go to
 * Laravel's code.
 */
trait ReadsArraysNatively
{
    public static function get($array, $key, $default = null)
    {
        if (\is_array($array) && (\is_string($key) || \is_int($key)) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_get($array, (string) $key, $default);
        }

        return parent::get($array, $key, $default);
    }

    public static function has($array, $keys)
    {
        // Laravel's first test, whatever the keys: nothing is in an empty
        // array (deciding here costs less than anything else).
        if ($array === []) {
            return false;
        }
        if (\is_array($array) && (\is_string($keys) || \is_array($keys)) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_has($array, $keys, false) ?? parent::has($array, $keys);
        }

        return parent::has($array, $keys);
    }

    public static function hasAll($array, $keys)
    {
        if ($array === []) {
            return false;
        }
        if (\is_array($array) && (\is_string($keys) || \is_array($keys)) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_has($array, $keys, false) ?? parent::hasAll($array, $keys);
        }

        return parent::hasAll($array, $keys);
    }

    public static function hasAny($array, $keys)
    {
        if ($array === []) {
            return false;
        }
        if (\is_array($array) && (\is_string($keys) || \is_array($keys)) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_has($array, $keys, true) ?? parent::hasAny($array, $keys);
        }

        return parent::hasAny($array, $keys);
    }

    public static function pluck($array, $value, $key = null)
    {
        if (
            \is_array($array)
            && ($value === null || \is_string($value) || \is_int($value) || \is_array($value))
            && ($key === null || \is_string($key) || \is_int($key) || \is_array($key))
            && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))
        ) {
            return Native\arr_pluck($array, $value, $key);
        }

        return parent::pluck($array, $value, $key);
    }

    public static function select($array, $keys)
    {
        if (\is_array($array) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_select($array, $keys) ?? parent::select($array, $keys);
        }

        return parent::select($array, $keys);
    }
}
