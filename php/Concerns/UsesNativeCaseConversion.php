<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native snake/studly for a subclass of Illuminate\Support\Str. Laravel's
 * camel() and kebab() call these through static::, so they run natively too.
 *
 * Non-string arguments go to Laravel untouched (its cache look-up is what
 * warns about odd keys, once). For strings a single `??=` on Laravel's own
 * cache keeps warm calls as cheap as Laravel's; only a miss reaches the
 * extension, and whatever it cannot decide exactly (it returns null) goes to
 * Laravel's code.
 */
trait UsesNativeCaseConversion
{
    public static function snake($value, $delimiter = '_')
    {
        if (\is_string($value) && \is_string($delimiter)) {
            return static::$snakeCache[$value][$delimiter] ??= (
                ((isset(Runtime::$str) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) ? Native\str_snake($value, $delimiter) : null)
                ?? parent::snake($value, $delimiter)
            );
        }

        return parent::snake($value, $delimiter);
    }

    public static function studly($value, bool $normalize = false)
    {
        if (! $normalize && \is_string($value)) {
            return static::$studlyCache[$value] ??= self::uncachedStudly($value);
        }

        return parent::studly($value, $normalize);
    }

    /** studly() of a value not in Laravel's cache yet. */
    private static function uncachedStudly(string $value): string
    {
        if (! isset(Runtime::$str) || (static::class !== self::class && ! Runtime::inheritsOnly(static::class, self::class))) {
            return parent::studly($value);
        }
        $studly = Native\str_studly($value);
        if ($studly === false) {
            // Not UTF-8: Laravel's preg_split() returns false, and its
            // array_map() over that throws this TypeError.
            array_map(null, $studly);
        }

        return $studly ?? parent::studly($value);
    }
}
