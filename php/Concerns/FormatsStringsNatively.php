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
 * ill-formed sequence (while that is mbstring's substitute character).
 *
 * Where a call can be cheap for Laravel too (empty or short text), the
 * conditions are tested in nested ifs rather than joined with &&: without
 * OPcache's optimizer (a CLI worker by default) each && adds two opcode
 * dispatches to its test, more than some of these calls save.
 */
trait FormatsStringsNatively
{
    /**
     * Set while Laravel's headline() runs for text the extension handed
     * back: its title() and ucsplit() calls would only be handed back again.
     * True or null, tested with isset() as Runtime's flags are.
     */
    private static ?true $inLaravelsHeadline = null;

    /**
     * mb_substitute_character() when mbstring writes its default, `?`, for
     * each ill-formed sequence of text that is not UTF-8, as the native
     * results for such text do (the package passes whether it does: a
     * builtin call costs less than asking again after a crossing).
     */
    private const QUESTION_MARK = 0x3F;

    public static function title($value)
    {
        if (\is_string($value)) {
            if (! isset(self::$inLaravelsHeadline)) {
                if (isset(Runtime::$str)) {
                    // mb_convert_case('') is cheaper than a crossing.
                    if ($value === '') {
                        return '';
                    }

                    return Native\str_title($value, \mb_substitute_character() === self::QUESTION_MARK)
                        ?? parent::title($value);
                }
            }
        }

        return parent::title($value);
    }

    public static function headline($value)
    {
        if (! \is_string($value) || ! (isset(Runtime::$str) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class)))) {
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
            self::$inLaravelsHeadline = null;
        }
    }

    public static function apa($value)
    {
        if (\is_string($value)) {
            if (isset(Runtime::$str)) {
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
        }

        return parent::apa($value);
    }

    public static function ucsplit($string)
    {
        if (! isset(self::$inLaravelsHeadline)) {
            if (isset(Runtime::$str)) {
                // Null for a value that is not a string, too.
                $pieces = Native\str_ucsplit($string);

                // true: the value is its only piece, a list cheaper built here.
                return $pieces === true ? [$string] : ($pieces ?? parent::ucsplit($string));
            }
        }

        return parent::ucsplit($string);
    }

    public static function squish($value)
    {
        if (\is_string($value) && isset(Runtime::$str) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            $squished = Native\str_squish($value);

            // Not UTF-8 (false): Laravel's /u regex returns null.
            return $squished === false ? null : ($squished ?? parent::squish($value));
        }

        return parent::squish($value);
    }

    public static function words($value, $words = 100, $end = '...')
    {
        if (\is_string($value) && \is_int($words) && \is_string($end) && isset(Runtime::$str) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\str_words($value, $words, $end) ?? parent::words($value, $words, $end);
        }

        return parent::words($value, $words, $end);
    }

    public static function limit($value, $limit = 100, $end = '...', $preserveWords = false)
    {
        // Laravel's first test, where it is cheaper than a crossing: no
        // text is wider than its byte count, and none narrower than a
        // quarter of it. $end only matters past it.
        if (\is_string($value)) {
            if (\is_int($limit)) {
                if (isset(Runtime::$str)) {
                    if (\strlen($value) <= $limit) {
                        return $value;
                    }
                    if (\strlen($value) <= 4 * $limit) {
                        if (\mb_strwidth($value, 'UTF-8') <= $limit) {
                            return $value;
                        }
                    }
                    if (\is_string($end)) {
                        return Native\str_limit($value, $limit, $end, (bool) $preserveWords)
                            ?? parent::limit($value, $limit, $end, $preserveWords);
                    }
                }
            }
        }

        return parent::limit($value, $limit, $end, $preserveWords);
    }

    public static function mask($string, $character, $index, $length = null, $encoding = 'UTF-8')
    {
        if (\is_string($string)) {
            if (\is_int($index)) {
                if ($encoding === 'UTF-8') {
                    if ($length === null || \is_int($length)) {
                        if (isset(Runtime::$str)) {
                            // No character starts at or after the byte count:
                            // Laravel's empty segment, whatever $character is,
                            // decided for less than a crossing.
                            if ($index >= 0) {
                                if (\strlen($string) <= $index) {
                                    return $string;
                                }
                            }
                            if (\is_string($character)) {
                                return Native\str_mask($string, $character, $index, $length, \mb_substitute_character() === self::QUESTION_MARK)
                                    ?? parent::mask($string, $character, $index, $length, $encoding);
                            }
                        }
                    }
                }
            }
        }

        return parent::mask($string, $character, $index, $length, $encoding);
    }

    public static function is($pattern, $value, $ignoreCase = false)
    {
        if (\is_string($value) && (\is_string($pattern) || \is_array($pattern)) && isset(Runtime::$str)) {
            return Native\str_is($pattern, $value, (bool) $ignoreCase) ?? parent::is($pattern, $value, $ignoreCase);
        }

        return parent::is($pattern, $value, $ignoreCase);
    }
}
