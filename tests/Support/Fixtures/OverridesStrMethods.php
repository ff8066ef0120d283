<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * Overrides of Str methods that Laravel's other methods call through
 * static::, for a subclass of Laravel's Str and of Oxide's alike.
 */
trait OverridesStrMethods
{
    public static function lower($value)
    {
        return '<'.mb_strtolower($value).'>';
    }

    public static function ucfirst($string)
    {
        return '^'.parent::ucfirst($string);
    }

    public static function ascii($value, $language = 'en')
    {
        return "[{$language}]".parent::ascii($value, $language);
    }
}
