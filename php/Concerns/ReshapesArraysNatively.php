<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native flatten, collapse, cross join, key prefixing, null filtering and
 * CSS lists for a subclass of Illuminate\Support\Arr, each one call per
 * array. Other iterables, and values these need PHP to convert, go to
 * Laravel's code.
 */
trait ReshapesArraysNatively
{
    public static function flatten($array, $depth = INF)
    {
        // An empty array flattens to itself, whatever the depth (deciding
        // here costs less than anything else).
        if ($array === []) {
            return [];
        }
        if (\is_array($array) && (\is_int($depth) || \is_float($depth)) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_flatten($array, $depth) ?? parent::flatten($array, $depth);
        }

        return parent::flatten($array, $depth);
    }

    public static function collapse($array)
    {
        if (\is_array($array)) {
            if (isset(Runtime::$arr)) {
                // Laravel merges nothing, for less than a crossing.
                if ($array === []) {
                    return [];
                }

                return Native\arr_collapse($array) ?? parent::collapse($array);
            }
        }

        return parent::collapse($array);
    }

    public static function crossJoin(...$arrays)
    {
        foreach ($arrays as $array) {
            if (! \is_array($array)) {
                return parent::crossJoin(...$arrays);
            }
            if ($array === []) {
                // Laravel's product is empty from here on, and it reads no
                // further argument (cheaper than crossing).
                return [];
            }
        }
        if (isset(Runtime::$arr)) {
            return Native\arr_cross_join($arrays) ?? parent::crossJoin(...$arrays);
        }

        return parent::crossJoin(...$arrays);
    }

    public static function prependKeysWith($array, $prependWith)
    {
        if (\is_array($array) && \is_string($prependWith) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_prepend_keys_with($array, $prependWith);
        }

        return parent::prependKeysWith($array, $prependWith);
    }

    public static function whereNotNull($array)
    {
        if (\is_array($array) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\arr_where_not_null($array) ?? parent::whereNotNull($array);
        }

        return parent::whereNotNull($array);
    }

    public static function toCssClasses($array)
    {
        if (\is_array($array) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            // Nothing to list: Laravel's empty string, for less than a crossing.
            if ($array === []) {
                return '';
            }

            return Native\arr_css($array, false) ?? parent::toCssClasses($array);
        }

        return parent::toCssClasses($array);
    }

    public static function toCssStyles($array)
    {
        if (\is_array($array) && isset(Runtime::$arr) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            // Nothing to list: Laravel's empty string, for less than a crossing.
            if ($array === []) {
                return '';
            }

            return Native\arr_css($array, true) ?? parent::toCssStyles($array);
        }

        return parent::toCssStyles($array);
    }
}
