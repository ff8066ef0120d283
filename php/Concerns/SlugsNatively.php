<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native slug() for a subclass of Illuminate\Support\Str, for titles in
 * printable ASCII (what transliteration leaves as it is), and for others
 * once ascii() has made them so, in the same call where that ascii() is
 * native: the rest of Laravel's slug() then reads only that ASCII text.
 * Titles that stay otherwise (no language, control characters
 * portable-ascii keeps), dictionaries with non-string values, and
 * separators that preg_replace() or trim() would read specially go to
 * Laravel's code.
 */
trait SlugsNatively
{
    /**
     * The extension's index of $language's ascii() map, false for none
     * (TransliteratesNatively).
     */
    abstract private static function nativeAsciiTable(string $language): int|false;

    public static function slug($title, $separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        if (! \is_string($title) || ! \is_string($separator) || ! \is_array($dictionary) || ! (Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class)))) {
            return parent::slug($title, $separator, $language, $dictionary);
        }
        if (! $language) {
            return Native\str_slug($title, $separator, false, $dictionary) ?? parent::slug($title, $separator, $language, $dictionary);
        }
        // One call transliterates and slugs: static::ascii() is this
        // class's own (see Runtime::inheritsOnly()).
        $table = \is_string($language) ? self::nativeAsciiTable($language) : false;
        if ($table !== false) {
            return Native\str_slug_ascii($title, $separator, $table, $dictionary) ?? parent::slug($title, $separator, $language, $dictionary);
        }

        // No native map for the language: a title that is not printable
        // ASCII is transliterated by ascii() first. (A separator or
        // dictionary native code leaves makes that a second null: rare, and
        // Laravel's code decides.)
        return Native\str_slug($title, $separator, true, $dictionary)
            ?? Native\str_slug(static::ascii($title, $language), $separator, true, $dictionary)
            ?? parent::slug($title, $separator, $language, $dictionary);
    }
}
