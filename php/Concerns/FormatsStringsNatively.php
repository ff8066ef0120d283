<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native title(), headline(), apa(), ucsplit(), squish(), words(), limit(),
 * mask() and is() for a subclass of Illuminate\Support\Str.
 *
 * Only the argument types these methods are written for reach the
 * extension; anything PHP would juggle, and whatever native code cannot
 * decide exactly (it returns null: scripts whose case properties PHP
 * releases disagree on for the title cases, text beyond ASCII for apa(),
 * characters whose class depends on the PCRE2 release, patterns PCRE might
 * give up on), runs Laravel's code.
 */
trait FormatsStringsNatively
{
    /**
     * Set while Laravel's headline() runs for text the extension handed
     * back: its title() and ucsplit() calls would only be handed back again.
     */
    private static bool $inLaravelsHeadline = false;

    public static function title($value)
    {
        if (\is_string($value) && ! self::$inLaravelsHeadline && Runtime::$str) {
            // mb_convert_case('') is cheaper than a crossing.
            return $value === '' ? '' : Native\str_title($value) ?? parent::title($value);
        }

        return parent::title($value);
    }

    public static function headline($value)
    {
        if (! \is_string($value) || ! (Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class)))) {
            return parent::headline($value);
        }
        if (($headline = Native\str_headline($value)) !== null) {
            return $headline;
        }
        self::$inLaravelsHeadline = true;
        try {
            return parent::headline($value);
        } finally {
            self::$inLaravelsHeadline = false;
        }
    }

    public static function apa($value)
    {
        if (\is_string($value) && Runtime::$str) {
            // Laravel's first test, for less than a crossing.
            return $value === '' ? '' : Native\str_apa($value) ?? parent::apa($value);
        }

        return parent::apa($value);
    }

    public static function ucsplit($string)
    {
        if (\is_string($string) && ! self::$inLaravelsHeadline && Runtime::$str) {
            return Native\str_ucsplit($string) ?? parent::ucsplit($string);
        }

        return parent::ucsplit($string);
    }

    public static function squish($value)
    {
        if (\is_string($value) && Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\str_squish($value) ?? parent::squish($value);
        }

        return parent::squish($value);
    }

    public static function words($value, $words = 100, $end = '...')
    {
        if (\is_string($value) && \is_int($words) && \is_string($end) && Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\str_words($value, $words, $end) ?? parent::words($value, $words, $end);
        }

        return parent::words($value, $words, $end);
    }

    public static function limit($value, $limit = 100, $end = '...', $preserveWords = false)
    {
        if (\is_string($value) && \is_int($limit) && \is_string($end) && Runtime::$str) {
            // Laravel's first test, where it is cheaper than a crossing:
            // no text is wider than its byte count, and none narrower than
            // a quarter of it.
            $bytes = \strlen($value);
            if ($bytes <= $limit || ($bytes <= 4 * $limit && mb_strwidth($value, 'UTF-8') <= $limit)) {
                return $value;
            }

            return Native\str_limit($value, $limit, $end, (bool) $preserveWords)
                ?? parent::limit($value, $limit, $end, $preserveWords);
        }

        return parent::limit($value, $limit, $end, $preserveWords);
    }

    public static function mask($string, $character, $index, $length = null, $encoding = 'UTF-8')
    {
        if (\is_string($string) && \is_string($character) && \is_int($index) && ($length === null || \is_int($length))
            && $encoding === 'UTF-8' && Runtime::$str) {
            // No character starts at or after the byte count: Laravel's
            // empty segment, decided for less than a crossing.
            if ($index >= 0 && \strlen($string) <= $index) {
                return $string;
            }

            return Native\str_mask($string, $character, $index, $length)
                ?? parent::mask($string, $character, $index, $length, $encoding);
        }

        return parent::mask($string, $character, $index, $length, $encoding);
    }

    public static function is($pattern, $value, $ignoreCase = false)
    {
        if (\is_string($value) && (\is_string($pattern) || \is_array($pattern)) && Runtime::$str) {
            return Native\str_is($pattern, $value, (bool) $ignoreCase) ?? parent::is($pattern, $value, $ignoreCase);
        }

        return parent::is($pattern, $value, $ignoreCase);
    }
}
