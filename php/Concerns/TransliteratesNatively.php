<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;
use ReflectionClass;
use voku\helper\ASCII;

/**
 * Native ascii() and slug() for a subclass of Illuminate\Support\Str.
 *
 * ascii() is portable-ascii's to_ascii() as Laravel calls it, for languages
 * with a replacement map, while the installed portable-ascii is the release
 * the extension implements. The maps are the installed library's own:
 * handed to the extension once per process and language. Languages without
 * a map (which portable-ascii transliterates) and anything but strings run
 * Laravel's code.
 *
 * slug() is one native call for titles in printable ASCII (what
 * transliteration leaves as it is) and for others whose language has a map:
 * the call transliterates them with it, and the rest of Laravel's slug()
 * reads only that ASCII text. For a language without a map, Laravel's
 * ascii() transliterates and the result is slugged natively. Non-ASCII
 * titles with no language, languages other than null, bools, ints and
 * strings, dictionaries with non-string values, and separators that
 * preg_replace() or trim() would read specially go to Laravel's code.
 */
trait TransliteratesNatively
{
    /** @var array<string, int|false> the extension's index of each language's map, false for none */
    private static array $asciiTables = [];

    public static function ascii($value, $language = 'en')
    {
        // portable-ascii's first test, where it is cheaper than a crossing.
        if ($value === '' && \is_string($language)) {
            return '';
        }
        if (\is_string($value) && \is_string($language) && isset(Runtime::$str)) {
            $table = self::$asciiTables[$language] ??= self::asciiTable($language);
            if ($table !== false) {
                return Native\str_ascii($value, $table) ?? parent::ascii($value, $language);
            }
        }

        return parent::ascii($value, $language);
    }

    public static function slug($title, $separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        if (\is_string($title) && \is_string($separator) && \is_array($dictionary)
            && isset(Runtime::$str) && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            return Native\str_slug($title, $separator, $language, $dictionary, self::$asciiTables)
                ?? self::slugOnceMapped($title, $separator, $language, $dictionary)
                ?? parent::slug($title, $separator, $language, $dictionary);
        }

        return parent::slug($title, $separator, $language, $dictionary);
    }

    /**
     * slug() where str_slug() found no map for $language: the map is looked
     * up once per process and language, and the title slugged with it; for a
     * language without one, slugged natively once Laravel's ascii() has
     * transliterated it. Null where Laravel's code decides (also when
     * str_slug() had the map and still left the title).
     */
    private static function slugOnceMapped(string $title, string $separator, mixed $language, array $dictionary): ?string
    {
        if (! $language) {
            return null;
        }
        if (\is_string($language)) {
            if (! isset(self::$asciiTables[$language])
                && (self::$asciiTables[$language] = self::asciiTable($language)) !== false) {
                return Native\str_slug($title, $separator, $language, $dictionary, self::$asciiTables);
            }
            if (self::$asciiTables[$language] !== false) {
                return null;
            }
        }

        return Native\str_slug(static::ascii($title, $language), $separator, false, $dictionary, []);
    }

    /**
     * The index under which the extension holds $language's map, handing
     * the map over first if this process has not yet; false when the
     * language has none or the library is not the release native code
     * implements.
     */
    private static function asciiTable(string $language): int|false
    {
        $library = (new ReflectionClass(ASCII::class))->getFileName();
        $data = \dirname((string) $library).'/data/ascii_by_languages.php';
        if ($library === false || ! is_file($data)) {
            return false;
        }
        $language = self::asciiLanguage($language);
        $key = implode('|', [$library, filemtime($library), filesize($library), $data, filemtime($data), filesize($data), $language]);
        $table = Native\str_ascii_table($key);
        if ($table !== null) {
            return $table;
        }
        $maps = hash_file('xxh128', $library) === Native\str_ascii_library() ? require $data : [];
        $supported = \is_array($maps) && isset($maps[$language]);

        // Every language's map, then the language's own on top, as
        // portable-ascii merges them for strtr().
        return Native\str_ascii_load($key, $supported ? array_merge([], ...array_values($maps), ...[$maps[$language]]) : null) ?? false;
    }

    /**
     * portable-ascii's language normalisation: lower case, `-` as `_`, and
     * a doubled code (`de_de`) as one.
     */
    private static function asciiLanguage(string $language): string
    {
        if (! str_contains($language, '_') && ! str_contains($language, '-')) {
            return strtolower($language);
        }

        return (string) preg_replace('/(?<first>[a-z]+)_\g{first}/', '$1', str_replace('-', '_', strtolower($language)));
    }
}
