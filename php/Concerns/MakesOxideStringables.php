<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Stringable;

/**
 * Str::of() returning Oxide\Stringable, whose case conversions use Oxide\Str.
 */
trait MakesOxideStringables
{
    public static function of($string)
    {
        return new Stringable($string);
    }
}
