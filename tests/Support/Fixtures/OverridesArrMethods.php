<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * Overrides of Arr methods that Laravel's other methods call through
 * static::, for a subclass of Laravel's Arr and of Oxide's alike.
 */
trait OverridesArrMethods
{
    public static function exists($array, $key)
    {
        return $key !== 'hidden' && parent::exists($array, $key);
    }

    public static function accessible($value)
    {
        return \is_array($value) && ! isset($value['opaque']);
    }
}
