<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;
use ReflectionMethod;

/**
 * Native slug() for a subclass of Illuminate\Support\Str, for titles in
 * printable ASCII (what transliteration leaves as it is), and for others
 * once ascii() has made them so, in the same call where that ascii() is
 * native: the rest of Laravel's slug() then reads only that ASCII text.
 * Titles that stay otherwise (no language, control characters
 * portable-ascii keeps), dictionaries with non-string values, separators
 * that preg_replace() or trim() would read specially, and classes that
 * override ascii() go to Laravel's code.
 */
trait SlugsNatively
{
    /**
     * The extension's index of $language's ascii() map, false for none
     * (TransliteratesNatively).
     */
    abstract private static function nativeAsciiTable(string $language): int|false;

    /** @var array<class-string, bool> whether each class's ascii() is the native one */
    private static array $asciiIsNative = [];

    public static function slug($title, $separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        if (! \is_string($title) || ! \is_string($separator) || ! \is_array($dictionary) || ! Runtime::$str) {
            return parent::slug($title, $separator, $language, $dictionary);
        }
        if (! $language) {
            return Native\str_slug($title, $separator, false, $dictionary) ?? parent::slug($title, $separator, $language, $dictionary);
        }
        // Laravel's slug() asks static::ascii() for every title: one that
        // a subclass overrides is asked through Laravel's code.
        if (! (self::$asciiIsNative[static::class] ??= (new ReflectionMethod(static::class, 'ascii'))->class === self::class)) {
            return parent::slug($title, $separator, $language, $dictionary);
        }
        // One call transliterates and slugs.
        $table = \is_string($language) ? self::nativeAsciiTable($language) : false;
        if ($table !== false) {
            return Native\str_slug_ascii($title, $separator, $table, $dictionary) ?? parent::slug($title, $separator, $language, $dictionary);
        }

        // A title that is not printable ASCII is transliterated first, by
        // Laravel's ascii() here. (A separator or dictionary native code
        // leaves makes that a second null: rare, and Laravel's code decides.)
        return Native\str_slug($title, $separator, true, $dictionary)
            ?? Native\str_slug(static::ascii($title, $language), $separator, true, $dictionary)
            ?? parent::slug($title, $separator, $language, $dictionary);
    }
}
