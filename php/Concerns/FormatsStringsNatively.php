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
 * give up on), runs Laravel's code. Text that is not UTF-8 gets what
 * Laravel's code makes of it: the null its /u regex returns, the TypeError
 * its next call throws on the false one returns, or mbstring's `?` for each
 * ill-formed sequence.
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
            if ($value === '') {
                return '';
            }
            $title = Native\str_title($value);
            if ($title === false) {
                $title = self::substitutesQuestionMark() ? Native\str_title($value, true) : null;
            }

            return $title ?? parent::title($value);
        }

        return parent::title($value);
    }

    public static function headline($value)
    {
        if (! \is_string($value) || ! (Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class)))) {
            return parent::headline($value);
        }
        $headline = Native\str_headline($value);
        if ($headline === false) {
            // Not UTF-8: Laravel's preg_split() returns false, and its
            // count() of that throws this TypeError.
            return \count($headline);
        }
        if ($headline !== null) {
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
            if ($value === '') {
                return '';
            }
            $apa = Native\str_apa($value);
            if ($apa === false) {
                // Not UTF-8: Laravel's preg_split() returns false, and its
                // count() of that throws this TypeError.
                return \count($apa);
            }

            return $apa ?? parent::apa($value);
        }

        return parent::apa($value);
    }

    public static function ucsplit($string)
    {
        if (\is_string($string) && ! self::$inLaravelsHeadline && Runtime::$str) {
            if ($string === '') {
                return [];
            }
            $pieces = Native\str_ucsplit($string);

            // true: the value is its only piece, a list cheaper built here.
            return $pieces === true ? [$string] : ($pieces ?? parent::ucsplit($string));
        }

        return parent::ucsplit($string);
    }

    public static function squish($value)
    {
        if (\is_string($value) && Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            $squished = Native\str_squish($value);

            // Not UTF-8 (false): Laravel's /u regex returns null.
            return $squished === false ? null : ($squished ?? parent::squish($value));
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

            $masked = Native\str_mask($string, $character, $index, $length);
            if ($masked === false) {
                $masked = self::substitutesQuestionMark() ? Native\str_mask($string, $character, $index, $length, true) : null;
            }

            return $masked ?? parent::mask($string, $character, $index, $length, $encoding);
        }

        return parent::mask($string, $character, $index, $length, $encoding);
    }

    /**
     * Whether mbstring writes its default substitute character, `?`, for
     * each ill-formed sequence of text that is not UTF-8, as the native
     * paths for such text do.
     */
    private static function substitutesQuestionMark(): bool
    {
        return mb_substitute_character() === 0x3F;
    }

    public static function is($pattern, $value, $ignoreCase = false)
    {
        if (\is_string($value) && (\is_string($pattern) || \is_array($pattern)) && Runtime::$str) {
            return Native\str_is($pattern, $value, (bool) $ignoreCase) ?? parent::is($pattern, $value, $ignoreCase);
        }

        return parent::is($pattern, $value, $ignoreCase);
    }
}
