<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;
use ReflectionClass;
use voku\helper\ASCII;

/**
 * Native ascii() for a subclass of Illuminate\Support\Str: portable-ascii's
 * to_ascii() as Laravel calls it, for languages with a replacement map,
 * while the installed portable-ascii is the release the extension
 * implements. The maps are the installed library's own: handed to the
 * extension once per process and language. Languages without a map (which
 * portable-ascii transliterates) and anything but strings run Laravel's code.
 */
trait TransliteratesNatively
{
    /** @var array<string, int|false> the extension's index of each language's map, false for none */
    private static array $asciiTables = [];

    public static function ascii($value, $language = 'en')
    {
        if (\is_string($value) && \is_string($language) && Runtime::$str && (static::class === self::class || Runtime::inheritsOnly(static::class, self::class))) {
            $table = self::nativeAsciiTable($language);
            if ($table !== false) {
                return Native\str_ascii($value, $table) ?? parent::ascii($value, $language);
            }
        }

        return parent::ascii($value, $language);
    }

    /**
     * The index under which the extension holds $language's map, false for
     * none; found once per process and language.
     */
    private static function nativeAsciiTable(string $language): int|false
    {
        return self::$asciiTables[$language] ??= self::asciiTable($language);
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
