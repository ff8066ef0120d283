<?php

// The steps of Laravel's data_get(), data_has() and Arr's readers, and the
// whole of data_set() and data_forget(), that native code leaves to the engine: objects (ArrayAccess, magic and typed properties, visibility,
// Laravel's collections) and segments that are neither strings nor integers,
// whose offset juggling and diagnostics only the engine reproduces exactly.
// Written as global-scope functions so that property visibility is what it is
// for Laravel's global helpers. Laravel's types are named, never required:
// `instanceof` a class that was never loaded is false, so this also runs
// without Laravel. Compiled into a request the first time one is needed.

namespace Oxide\Native\Steps;

use ArrayAccess;
use Illuminate\Contracts\Support\Arrayable;
use Illuminate\Contracts\Support\Jsonable;
use Illuminate\Support\Collection;
use Illuminate\Support\Enumerable;
use InvalidArgumentException;
use JsonSerializable;
use Traversable;
use WeakMap;

/** `Arr::accessible($target) && Arr::exists($target, $segment)`. */
function exists($target, $segment): bool
{
    if (is_array($target)) {
        return array_key_exists(is_float($segment) || is_null($segment) ? (string) $segment : $segment, $target);
    }
    if (! $target instanceof ArrayAccess) {
        return false;
    }

    return (bool) ($target instanceof Enumerable ? $target->has($segment) : $target->offsetExists($segment));
}

/** `[true, $value]` when data_get() steps from $target into $segment, else `[false]`. */
function get($target, $segment): array
{
    return exists($target, $segment) ? [true, $target[$segment]] : property($target, $segment);
}

/** data_get()'s step into a property: `[true, $value]` when it is set, else `[false]`. */
function property($target, $segment): array
{
    return is_object($target) && isset($target->{$segment}) ? [true, $target->{$segment}] : [false];
}

/** `[true, $value]` when data_has() steps from $target into $segment, else `[false]`. */
function has($target, $segment): array
{
    return exists($target, $segment) ? [true, $target[$segment]] : existingProperty($target, $segment);
}

/** data_has()'s step into a property: `[true, $value]` when it exists, else `[false]`. */
function existingProperty($target, $segment): array
{
    return is_object($target) && property_exists($target, $segment) ? [true, $target->{$segment}] : [false];
}

/** `[true, $target[$segment]]` when Arr::get() steps from $target into $segment (`accessible && exists`), else `[false]`. */
function offset($target, $segment): array
{
    return exists($target, $segment) ? [true, $target[$segment]] : [false];
}

/** The key `$array[$key] = …` stores under, with that assignment's conversions, diagnostics and errors (Arr::pluck()). */
function arrayKey($key)
{
    if (is_object($key) && method_exists($key, '__toString')) {
        $key = (string) $key;
    }
    $probe = [];
    $probe[$key] = true;

    return array_key_first($probe);
}

/** The values data_get() visits for `*` on an object; null when it cannot iterate it. */
function items(object $target): ?array
{
    if ($target instanceof Collection) {
        return array_values($target->all());
    }

    return $target instanceof Traversable ? iterator_to_array($target, false) : null;
}

/** `array_key_first(Arr::from($target))` (or `_last`) for a target that is not an array. */
function edgeKey($target, bool $last)
{
    $items = match (true) {
        $target instanceof Enumerable => $target->all(),
        $target instanceof Arrayable => $target->toArray(),
        $target instanceof WeakMap => iterator_to_array($target, false),
        $target instanceof Traversable => iterator_to_array($target),
        $target instanceof Jsonable => json_decode($target->toJson(), true),
        $target instanceof JsonSerializable => (array) $target->jsonSerialize(),
        is_object($target) => (array) $target,
        default => throw new InvalidArgumentException('Items cannot be represented by a scalar value.'),
    };

    return $last ? array_key_last($items) : array_key_first($items);
}

/** `in_array('*', $segments)`, loosely, for segments that include objects. */
function wildcardAmong(array $segments): bool
{
    return in_array('*', $segments);
}

/** `Arr::collapse($results)`. */
function collapse(array $results): array
{
    $arrays = [];
    foreach ($results as $values) {
        if ($values instanceof Collection) {
            $arrays[] = $values->all();
        } elseif (is_array($values)) {
            $arrays[] = $values;
        }
    }

    return array_merge([], ...$arrays);
}

/** `is_array($value) || $value instanceof ArrayAccess` (Arr::accessible()). */
function accessible($value): bool
{
    return is_array($value) || $value instanceof ArrayAccess;
}

/** data_set($target, $key, $value, $overwrite) with Laravel's steps, for what native code leaves to the engine. */
function set(&$target, $key, $value, $overwrite = true)
{
    $segments = is_array($key) ? $key : explode('.', $key);
    $segment = array_shift($segments);

    if ($segment === '*') {
        if (! accessible($target)) {
            $target = [];
        }
        if ($segments) {
            foreach ($target as &$inner) {
                set($inner, $segments, $value, $overwrite);
            }
        } elseif ($overwrite) {
            foreach ($target as &$inner) {
                $inner = $value;
            }
        }
    } elseif (accessible($target)) {
        if ($segments) {
            if (! exists($target, $segment)) {
                $target[$segment] = [];
            }
            set($target[$segment], $segments, $value, $overwrite);
        } elseif ($overwrite || ! exists($target, $segment)) {
            $target[$segment] = $value;
        }
    } elseif (is_object($target)) {
        if ($segments) {
            if (! isset($target->{$segment})) {
                $target->{$segment} = [];
            }
            set($target->{$segment}, $segments, $value, $overwrite);
        } elseif ($overwrite || ! isset($target->{$segment})) {
            $target->{$segment} = $value;
        }
    } else {
        $target = [];
        if ($segments) {
            set($target[$segment], $segments, $value, $overwrite);
        } elseif ($overwrite) {
            $target[$segment] = $value;
        }
    }

    return $target;
}

/** data_forget($target, $key) with Laravel's steps, for what native code leaves to the engine. */
function forget(&$target, $key)
{
    $segments = is_array($key) ? $key : explode('.', $key);
    $segment = array_shift($segments);

    if ($segment === '*' && accessible($target)) {
        if ($segments) {
            foreach ($target as &$inner) {
                forget($inner, $segments);
            }
        }
    } elseif (accessible($target)) {
        if ($segments && exists($target, $segment)) {
            forget($target[$segment], $segments);
        } else {
            forgetKeys($target, $segment);
        }
    } elseif (is_object($target)) {
        if ($segments && isset($target->{$segment})) {
            forget($target->{$segment}, $segments);
        } elseif (isset($target->{$segment})) {
            unset($target->{$segment});
        }
    }

    return $target;
}

/** Arr::forget($array, $keys). */
function forgetKeys(&$array, $keys): void
{
    $original = &$array;
    foreach ((array) $keys as $key) {
        $array = &$original;
        if (exists($array, $key)) {
            unset($array[$key]);

            continue;
        }
        $parts = explode('.', $key);
        while (count($parts) > 1) {
            $part = array_shift($parts);
            if (isset($array[$part]) && accessible($array[$part])) {
                $array = &$array[$part];
            } else {
                continue 2;
            }
        }
        unset($array[array_shift($parts)]);
    }
}
