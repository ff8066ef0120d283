<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native dot/undot for a subclass of Illuminate\Support\Arr: one call per
 * array, reading it in place. Anything else (objects and other iterables, a
 * non-string prefix, a depth limit, nesting deeper than the extension will
 * follow) goes to Laravel's code.
 */
trait UsesNativeArrayFlattening
{
    public static function dot($array, $prepend = '', $depth = INF)
    {
        if (\is_array($array) && \is_string($prepend) && $depth === INF && isset(Runtime::$arr)) {
            return Native\arr_dot($prepend, $array) ?? parent::dot($array, $prepend, $depth);
        }

        return parent::dot($array, $prepend, $depth);
    }

    public static function undot($array)
    {
        if ($array === []) {
            return [];
        }
        if (\is_array($array) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_undot($array) ?? parent::undot($array);
        }

        return parent::undot($array);
    }
}
