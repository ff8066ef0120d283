<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Oxide\Tests\Support\LaravelStr;
use Oxide\Native;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use Random\Engine\Mt19937;
use Random\Randomizer;
use stdClass;

/**
 * Oxide\Str::slug() and Oxide\Stringable::slug() against Laravel's: same
 * value, exception and warnings, for every title, separator, language and
 * dictionary (native code takes the ASCII titles, Laravel the rest).
 */
final class SlugParityTest extends TestCase
{
    private const RANDOM_CASES = 4000;

    private const SEPARATORS = ['-', '_', '.', '', ' ', '--', '-_', 'ab', 'X', 'xY', '0', '/', '!', '#', '[', ']', '^', '|', '+', '*', '?', '(', ')',
        '{', '}', '=', '<', '>', ':', '&', '%', '"', "'", '@', '$1', '\\', '\\1', '${0}', 'a..z', '.-.', "\t", "\x00", 'é', '–', "\xFF"];

    private const LANGUAGES = ['en', 'de', 'bg', 'da', 'xx', 'EN', 'de_AT', 'zh-Hans', null, '', false, '0', 0, true];

    public function test_oxide_str_is_the_native_variant(): void
    {
        $this->assertContains('Oxide\Concerns\TransliteratesNatively', class_uses(\Oxide\Str::class));
        $this->assertSame('hello-world-at-home', Native\str_slug('Hello  World @ home!', '-', true, ['@' => 'at'], []));
        // Other titles are slugged natively once ascii() has transliterated them.
        $this->assertSame('oelkaennchen-at-home', Native\str_slug(Str::ascii('Ölkännchen @ home', 'de'), '-', true, ['@' => 'at'], []));
        // Or transliterated in the same call, with ascii()'s map for the language.
        $tables = (new \ReflectionProperty(Str::class, 'asciiTables'))->getValue();
        $this->assertIsInt($tables['de']);
        $this->assertSame('oelkaennchen-at-home', Native\str_slug('Ölkännchen @ home', '-', 'de', ['@' => 'at'], $tables));
        // Not without a map, nor for a language ascii() could not take as it is.
        $this->assertNull(Native\str_slug('Ölkännchen', '-', 'de', [], ['de' => false]));
        $this->assertNull(Native\str_slug('Ölkännchen', '-', 'xx', [], $tables));
        $this->assertNull(Native\str_slug('Ölkännchen', '-', true, [], $tables));
        $this->assertNull(Native\str_slug('Plain', '-', ['de'], [], $tables));
        $this->assertNull(Native\str_slug('Plain', '-', new \ArrayObject(), [], $tables));
        $this->assertNull(Native\str_slug('Plain', '-', 1.5, [], []));
    }

    /**
     * Laravel's slug() asks static::ascii() for every title, ASCII or not,
     * whatever the language: a subclass's own ascii() is heard, and one
     * that only inherits Oxide's is still native.
     */
    public function test_a_subclass_s_own_ascii_is_asked(): void
    {
        $laravel = new class extends LaravelStr
        {
            public static function ascii($value, $language = 'en')
            {
                return "{$language} {$value} ü";
            }
        };
        $oxide = new class extends Str
        {
            public static function ascii($value, $language = 'en')
            {
                return "{$language} {$value} ü";
            }
        };
        $inheriting = new class extends Str {};
        foreach (['Hello World', 'Ölkännchen @ home', ''] as $title) {
            foreach (['en', 'de', 'xx', true, '0', null] as $language) {
                $label = json_encode([$title, $language]);
                $this->assertSame($laravel::slug($title, '-', $language), $oxide::slug($title, '-', $language), $label);
                $this->assertSame(LaravelStr::slug($title, '-', $language), $inheriting::slug($title, '-', $language), $label);
            }
        }
        $this->assertSame('ae-hello-ü', $oxide::slug('Hello', '-', 'ae'));
    }

    /**
     * @return iterable<string, array{list<mixed>}>
     */
    public static function curatedCases(): iterable
    {
        $titles = ['Hello World', 'hello_world', 'hello-world', 'Hello   World!!!', '  --Trim me--  ', 'user@example.com', 'A & B', '100% Pure',
            'C++ and C#', 'Node.js v20.1', 'Ünïcödé Tëxt', 'Straße', 'Жизнь прекрасна', '中文标题', 'emoji 😀 title', "e\u{301}", 'العربية',
            'עברית', "tab\there", "line\nbreak", "cr\r\nlf", "vt\x0Bff\x0C", "nul\x00byte", "del\x7F", "\x1F", "invalid\xFFutf8", '', ' ', '---', '___',
            '@', '@@', 'HTTPRequest', 'XMLHttpRequest 2.0', '$1 \\1 ${0}', '[brackets] (parens) {braces}', 'a.b.c', 'ÀÉÎÕÜ', 'ǅungla',
            str_repeat('Long Title ', 40), 123, 1.5, null, true, false];
        foreach ($titles as $title) {
            yield 'title '.var_export($title, true) => [[$title]];
        }
        foreach (self::SEPARATORS as $separator) {
            yield 'separator '.json_encode($separator, JSON_INVALID_UTF8_SUBSTITUTE) => [['Hello World_and-more @ home ..', $separator]];
        }
        foreach (self::LANGUAGES as $language) {
            yield 'language '.var_export($language, true) => [['Hello Wörld @ home', '-', $language]];
            yield 'language '.var_export($language, true).' ascii' => [["Hello\tWorld @ home", '-', $language]];
            // Transliterated first, then slugged natively.
            foreach (['Ünïcödé Tëxt & Ölkännchen', 'Straße_Жизнь-прекрасна', "Ae\u{301} ǅungla", "ÄÖÜ\x10kept\x13", '中文 😀 title'] as $title) {
                yield 'language '.var_export($language, true).' '.json_encode($title) => [[$title, '-', $language, ['&' => 'and', 'ß' => 'sz']]];
            }
        }
        $dictionaries = [[], ['&' => 'and'], [1 => 'one'], ['' => 'x'], ['@' => 5], ['x' => 'ü'], ['a' => 'b', 'b' => 'c'], ['-' => 'dash'],
            ['@' => ['array']], ['@' => null], ['@' => new stdClass], ['@' => 'at', '&' => 'and', '%' => 'percent'], ['ll' => 'LL'], ['o' => '$1'],
            // Words of separators: a run of the other dash became one separator before they are looked for.
            ['--' => 'two', '__' => 'two'], ['-_' => 'mixed']];
        foreach ($dictionaries as $i => $dictionary) {
            yield "dictionary {$i}" => [['Hello W@rld & 1 % - x a__b--c_-d', '-', 'en', $dictionary]];
            yield "dictionary {$i}, separator _" => [['Hello W@rld & 1 % - x a__b--c_-d', '_', 'en', $dictionary]];
        }
        foreach ([['Hello', []], ['Hello', '-', 'en', 'not an array'], [['array']], ['Hello', ['-']], ['Hello', new stdClass]] as $i => $arguments) {
            yield "odd arguments {$i}" => [$arguments];
        }
        // Languages ascii() takes only as strings: an array or a plain object
        // throws there (even for an ASCII title), a Stringable is its string,
        // a float its digits (NAN with two warnings on PHP 8.5).
        $german = new class
        {
            public function __toString(): string
            {
                return 'de';
            }
        };
        foreach ([['de'], [], new stdClass, $german, 1.5, -0.0, NAN, 2] as $i => $language) {
            foreach (['Plain Title', 'Ölkännchen @ home'] as $title) {
                yield "language of type {$i}, ".json_encode($title) => [[$title, '-', $language]];
            }
        }
    }

    /**
     * @param  list<mixed>  $arguments
     */
    #[DataProvider('curatedCases')]
    public function test_curated_cases(array $arguments): void
    {
        $this->assertSameSlug($arguments, 'curated');
    }

    public function test_seeded_random_cases(): void
    {
        $random = new RandomText(RandomText::seed());
        $pick = new Randomizer(new Mt19937($random->seed));
        $ascii = implode('', array_map(chr(...), range(0, 127)));
        $native = 0;
        Str::slug('Ölkännchen', '-', 'de');
        $tables = (new \ReflectionProperty(Str::class, 'asciiTables'))->getValue();
        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $title = match ($pick->getInt(0, 3)) {
                0 => $random->text(10),
                1 => $pick->getBytesFromString($ascii, $pick->getInt(1, 40)),
                default => $pick->getBytesFromString(' -_@&.,!?aBcDeF0123456789xyzXYZ', $pick->getInt(1, 40)),
            };
            $separator = self::SEPARATORS[$pick->getInt(0, \count(self::SEPARATORS) - 1)];
            $language = self::LANGUAGES[$pick->getInt(0, \count(self::LANGUAGES) - 1)];
            $dictionary = [];
            for ($j = $pick->getInt(0, 3); $j > 0; $j--) {
                $dictionary[$pick->getBytesFromString('@&-_ ab.', $pick->getInt(1, 2))] = substr($pick->getBytesFromString('atndAB-_ ', 4), $pick->getInt(0, 4));
            }
            $arguments = [$title, $separator, $language, $dictionary];
            $this->assertSameSlug($arguments, "seed {$random->seed} (OXIDE_SEED), case {$i}");
            $native += (int) (Native\str_slug($title, $separator, $language, $dictionary, $tables) !== null);
        }
        // The parity above must not come from handing everything back.
        $this->assertGreaterThan(self::RANDOM_CASES / 3, $native);
    }

    /**
     * @param  list<mixed>  $arguments
     */
    private function assertSameSlug(array $arguments, string $label): void
    {
        $describe = fn (Outcome $outcome) => $outcome->toArray();
        $expected = $describe(Outcome::of(fn () => LaravelStr::slug(...$arguments)));
        $this->assertSame($expected, $describe(Outcome::of(fn () => Str::slug(...$arguments))), $label.': '.json_encode($arguments, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR));
        if (\is_string($arguments[0]) && \count($arguments) > 1) {
            $rest = \array_slice($arguments, 1);
            $this->assertSame(
                $describe(Outcome::of(fn () => (string) LaravelStr::of($arguments[0])->slug(...$rest))),
                $describe(Outcome::of(fn () => (string) Str::of($arguments[0])->slug(...$rest))),
                "{$label}, fluent",
            );
        }
    }
}
