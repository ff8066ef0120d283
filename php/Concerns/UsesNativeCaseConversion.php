<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Accelerator;
use Oxide\Native;
use Oxide\Runtime;

/**
 * Native snake/studly for a subclass of Illuminate\Support\Str. Laravel's
 * camel() and kebab() call these through static::, so they run natively too.
 *
 * Non-string arguments go to Laravel untouched (its cache look-up is what
 * warns about odd keys, once). Warm calls cost what Laravel's do; only a
 * cache miss reaches the extension, and whatever it cannot decide exactly
 * (it returns null) goes to Laravel's code.
 */
trait UsesNativeCaseConversion
{
    public static function snake($value, $delimiter = '_')
    {
        if (! \is_string($value) || ! \is_string($delimiter)) {
            return parent::snake($value, $delimiter);
        }

        if (isset(static::$snakeCache[$value][$delimiter])) {
            return static::$snakeCache[$value][$delimiter];
        }

        if (Runtime::uses(Accelerator::Str) && ($snaked = Native\str_snake($value, $delimiter)) !== null) {
            return static::$snakeCache[$value][$delimiter] = $snaked;
        }

        return parent::snake($value, $delimiter);
    }

    public static function studly($value, bool $normalize = false)
    {
        if ($normalize || ! \is_string($value)) {
            return parent::studly($value, $normalize);
        }

        if (isset(static::$studlyCache[$value])) {
            return static::$studlyCache[$value];
        }

        if (Runtime::uses(Accelerator::Str) && ($studly = Native\str_studly($value)) !== null) {
            return static::$studlyCache[$value] = $studly;
        }

        return parent::studly($value);
    }
}
