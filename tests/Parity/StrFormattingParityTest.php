<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Illuminate\Support\Collection;
use Oxide\Tests\Support\LaravelStr;
use Oxide\Native;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\CodePoints;
use Oxide\Tests\Support\ComparesWithLaravelStr;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use Stringable;

/**
 * Oxide\Str's title(), headline(), apa(), ucsplit(), squish(), words(),
 * limit(), mask() and is() against Laravel's on the installed Laravel: same
 * value, same exception, same warnings.
 */
final class StrFormattingParityTest extends TestCase
{
    use ComparesWithLaravelStr;

    private const RANDOM_CASES = 2000;

    /** One-argument methods. */
    private const TEXT_METHODS = ['title', 'headline', 'apa', 'ucsplit', 'squish'];

    /**
     * @return list<string>
     */
    private static function values(): array
    {
        return [
        '', ' ', '   ', "\t\n", "\x0C", "\x00", "\x0B x \x0B", 'a', 'A', 'foo', 'foo bar', 'Foo Bar', 'FOO BAR', 'fooBar', 'FooBar',
        'foo_bar', 'foo-bar', 'foo--bar__baz', 'HTTPRequest', 'XMLHttpRequest', 'getHTTPResponseCode', 'userID', 'iPhone',
        'jefferson costella', 'jefFErson coSTella', 'jefferson_costella uses-_Laravel', 'laravel_p_h_p_framework',
        'laravel_p h_p_framework', 'laravelPhpFramework', 'laravel-phP-framework', 'lowerthenUPPER', '0', '0_0', 'a_0_b', '1st 2nd',
        "don't o'neil a.b c:d e^f g`h i,j k!l", 'to kill a mockingbird', 'the great gatsby: a novel of the jazz age',
        'self-report of the well-known', 'A-OF-THE', 'an and-the', 'end. a new start! of? it, on', 'Tom  and   Jerry ',
        "tab\tseparated and\nnew lines", "carriage\r\nreturn", ' leading and trailing ', '<b>bold</b> text', 'a > b < c',
        'The quick brown fox jumps over the lazy dog', 'Thequickbrownfoxjumpsoverthelazydog', str_repeat('word ', 40),
        'é', 'École élémentaire', 'ÉCOLE', 'ßtraße', 'ǆungla', 'İstanbul', 'ΑΣ ΣΑ Σ', 'Жизнь Прекрасна', 'ქართული ენა',
        'العربية foo', 'עברית bar', '中文 Foo', '日本語のテキスト', 'emoji😀Foo', '👩‍💻 dev', "e\u{301}cole", "\u{301}A",
        "nbsp\u{A0}space", "em\u{2003}space", "ideographic\u{3000}space", "line\u{2028}sep", "zero\u{200B}width",
        "\u{200B}\u{FEFF}both ends\u{2060}\u{180E}", "hangul\u{3164}\u{1160}filler", "\u{3164}", "nel\u{85}sep",
        "mvs\u{180E}sep", "braille\u{2800}blank", "\u{E0020}tag", "new\u{A7CE}Latin", "invalid\xFFUtf8", "\xC3", 'a$1B', 'a\\0B',
        ];
    }

    /**
     * @return iterable<string, array{string, list<mixed>}>
     */
    public static function curatedCases(): iterable
    {
        foreach (self::values() as $value) {
            $label = json_encode($value, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE);
            foreach (self::TEXT_METHODS as $method) {
                yield "{$method} {$label}" => [$method, [$value]];
            }
            foreach ([1, 2, 3, 100] as $words) {
                yield "words {$words} {$label}" => ['words', [$value, $words]];
            }
            foreach ([0, 1, 3, 7, 10, 100] as $limit) {
                yield "limit {$limit} {$label}" => ['limit', [$value, $limit]];
                yield "limit {$limit} preserving words {$label}" => ['limit', [$value, $limit, '...', true]];
            }
            foreach ([[0, null], [3, null], [-4, 2], [1, -1], [-100, 3], [100, null], [2, 0], [0, -100]] as [$index, $length]) {
                yield "mask {$index} {$length} {$label}" => ['mask', [$value, '*', $index, $length]];
            }
            foreach (['*', 'foo*', '*bar', 'f*o*o', '* *', 'FOO*', 'a*b*c', "e\u{301}*"] as $pattern) {
                yield "is {$pattern} {$label}" => ['is', [$pattern, $value]];
                yield "is {$pattern} ignoring case {$label}" => ['is', [$pattern, $value, true]];
            }
        }

        foreach ([0, -1, 1000, 1001, 3120, 3121, 65535, 65536, '3', 2.5, null, true] as $words) {
            yield 'words count '.var_export($words, true) => ['words', ['one two three four', $words]];
        }
        foreach (['', '…', '...more', 0, null] as $end) {
            yield 'words end '.var_export($end, true) => ['words', ['one two three', 2, $end]];
            yield 'limit end '.var_export($end, true) => ['limit', ['one two three', 5, $end]];
        }
        foreach ([-1, -100, '5', 2.5, 5.0, null, PHP_INT_MAX] as $limit) {
            yield 'limit '.var_export($limit, true) => ['limit', ['one two three', $limit]];
        }
        foreach ([1, 0, 'yes', '0', null, []] as $preserve) {
            yield 'limit preserving '.var_export($preserve, true) => ['limit', ['one two three', 6, '...', $preserve]];
        }
        foreach ([' ', "\t", "\x0B", "\x0C", "\r", "\n"] as $blank) {
            yield 'limit preserving at '.json_encode($blank) => ['limit', ["one{$blank}two{$blank}three", 5, '...', true]];
        }
        foreach (['', 'é', '**', '#', "\xFF", 5, null] as $character) {
            yield 'mask character '.var_export($character, true) => ['mask', ['taylor@email.com', $character, 3]];
        }
        foreach ([['2', null], [1.5, null], [1.0, null], [null, null], [0, '3'], [0, 2.0], [PHP_INT_MIN, PHP_INT_MIN], [PHP_INT_MAX, PHP_INT_MAX], [-3, PHP_INT_MIN]] as [$index, $length]) {
            yield 'mask offsets '.var_export([$index, $length], true) => ['mask', ['taylor@email.com', '*', $index, $length]];
        }
        foreach (['utf-8', 'UTF8', 'ASCII', 'ISO-8859-1'] as $encoding) {
            yield "mask encoding {$encoding}" => ['mask', ['tàylor', '*', 1, 3, $encoding]];
        }
        yield 'mask multibyte' => ['mask', ['这是一段中文', '*', 3]];
        yield 'mask negative multibyte' => ['mask', ['这是一段中文', '*', -3, 2]];

        $patterns = [
            'exact' => ['foo/bar', 'foo/bar'], 'star' => ['*', ''], 'prefix' => ['foo/*', 'foo/bar/baz'], 'suffix' => ['*.php', 'index.php'],
            'middle' => ['a*c', 'abbbc'], 'overlap' => ['ab*ba', 'aba'], 'stars' => ['a**b', 'ab'], 'newline' => ['a*b', "a\nb"],
            'regex chars' => ['a.c', 'abc'], 'regex chars match' => ['(a)+[b]?{c}$^|#\\d/', '(a)+[b]?{c}$^|#\\d/x'], 'backslash star' => ['a\\*b', 'a\\xb'],
            'nul' => ["a\x00*", "a\x00b"], 'nul digits' => ["a\x001*", "a\x001"], 'no match' => ['abc', 'abd'], 'empty pattern' => ['', 'x'],
            'case' => ['ABC*', 'abcdef'], 'kelvin' => ['k*', "\u{212A}elvin"], 'long s' => ['s*', "\u{17F}"], 'unicode' => ['ж*', 'Жизнь'],
            'sigma' => ['σ', 'Σ'], 'invalid value' => ['a*', "a\xFF"], 'invalid pattern' => ["a\xFF*", 'ab'],
            'list' => [['x*', 'y*', 'foo*'], 'foobar'], 'empty list' => [[], 'foo'], 'keyed list' => [['a' => 'b*', 'c' => '*r'], 'bar'],
            'list with int' => [['x', 5], '5'], 'list with null' => [[null], ''], 'list with array' => [[['a']], 'a'],
            'list with invalid UTF-8' => [['foo', "\xFF*"], 'foo'], 'collection' => [new Collection(['a*', 'b*']), 'bar'],
            'int pattern' => [5, '5'], 'null pattern' => [null, ''], 'float value' => ['1.5', 1.5], 'int value' => ['1*', 12],
            'null value' => ['*', null], 'stringable pattern' => [new class implements Stringable
            {
                public function __toString(): string
                {
                    return 'foo*';
                }
            }, 'foobar'],
        ];
        foreach ($patterns as $label => [$pattern, $value]) {
            foreach ([false, true, 1, '0'] as $ignoreCase) {
                yield "is {$label} ".var_export($ignoreCase, true) => ['is', [$pattern, $value, $ignoreCase]];
            }
        }

        foreach ([null, 123, 1.5, true, ['array']] as $odd) {
            foreach ([...self::TEXT_METHODS, 'words', 'limit'] as $method) {
                yield "{$method} of ".var_export($odd, true) => [$method, [$odd]];
            }
            yield 'mask of '.var_export($odd, true) => ['mask', [$odd, '*', 1]];
        }
    }

    /**
     * @param  list<mixed>  $arguments
     */
    #[DataProvider('curatedCases')]
    public function test_curated_inputs(string $method, array $arguments): void
    {
        $this->assertStrParity($method, $arguments, 'curated');
    }

    public function test_seeded_random_inputs(): void
    {
        $random = new RandomText(RandomText::seed());
        $native = 0;

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $value = $random->int(0, 2) === 0 ? $random->text() : $random->ascii(16);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $words = $random->int(1, 6);
            $limit = $random->int(0, 40);
            $end = $random->pick(['...', '', '…']);
            $preserve = $random->int(0, 1) === 1;
            [$index, $length] = [$random->int(-20, 20), $random->pick([null, $random->int(-20, 20)])];
            $pattern = $random->int(0, 3) === 0 ? $random->ascii(4) : $this->patternFrom($value, $random);
            $ignoreCase = $random->int(0, 1) === 1;

            foreach (self::TEXT_METHODS as $method) {
                $this->assertStrParity($method, [$value], $context);
            }
            $this->assertStrParity('words', [$value, $words, $end], $context);
            $this->assertStrParity('limit', [$value, $limit, $end, $preserve], $context);
            $this->assertStrParity('mask', [$value, $random->pick(['*', 'é', '#!']), $index, $length], $context);
            $this->assertStrParity('is', [$pattern, $value, $ignoreCase], $context);

            $native += (int) (Native\str_headline($value) !== null) + (int) (Native\str_squish($value) !== null)
                + (int) (Native\str_is($pattern, $value, $ignoreCase) !== null);
        }

        // Non-ASCII text (a third of the cases, and most of it) goes to
        // Laravel for the title cases; most calls must still be native, or
        // this test would compare Laravel with itself.
        $this->assertGreaterThan(0.5 * 3 * self::RANDOM_CASES, $native);
    }

    /**
     * squish(), title(), ucsplit() and headline() on every code point,
     * against PCRE's `\s` and `\p{Lu}`, the invisible characters of the
     * installed Laravel and mbstring's case properties and mappings; words()
     * and limit() on batches of them.
     */
    public function test_every_code_point(): void
    {
        foreach (CodePoints::batches() as $context => $batch) {
            foreach ($batch as $character) {
                $this->assertStrParity('squish', ["{$character}x{$character}{$character}x{$character}"], $context);
                $this->assertStrParity('title', ["{$character}a{$character}A a{$character}a 1{$character}"], $context);
                $this->assertStrParity('ucsplit', ["{$character}a{$character}Bc{$character}"], $context);
                $this->assertStrParity('headline', ["{$character}a{$character}B_c{$character}"], $context);
                $this->assertStrParity('apa', ["{$character}a{$character} of-{$character}x {$character}. a {$character}"], $context);
            }
            $this->assertStrParity('words', [implode('x', $batch), 3], $context);
            $this->assertStrParity('limit', [implode('', $batch), 100], $context);
        }
    }

    /**
     * Text that is not UTF-8: Laravel's /u regexes fail (a null, or the
     * TypeError of its next call) and mbstring writes `?` for each
     * ill-formed sequence, which does not end a word for title(). With
     * another substitute character the native paths hand back.
     */
    public function test_text_that_is_not_utf8(): void
    {
        $sequences = ["\x80", "\xBF", "\xC0\xAF", "\xC3", "\xC3\x28", "\xE0\x80\x80", "\xE2\x82", "\xE2\x82\xFF", "\xED\xA0\x80",
            "\xF0\x9F\x98", "\xF0\x9F\x98\x80\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xFF\xFE"];
        $methods = ['title', 'headline', 'apa', 'squish', 'ucsplit', 'studly', 'camel', 'pluralStudly', 'singular', 'plural'];
        $previous = mb_substitute_character();
        try {
            foreach ([0x3F, 'none', 'long', 0x2A] as $substitute) {
                mb_substitute_character($substitute);
                foreach ($sequences as $bad) {
                    $context = 'substitute '.json_encode($substitute);
                    foreach ([$bad, "a{$bad}a", "A{$bad}b c{$bad}", "é{$bad}É {$bad}{$bad}x", "x'{$bad}y", "{$bad} foo-bar", "Σ{$bad}σ"] as $value) {
                        foreach ($methods as $method) {
                            $this->assertStrParity($method, [$value], $context);
                        }
                        foreach ([[3, null], [0, 2], [-4, null], [1, -1], [9, 1], [2, 0]] as [$index, $length]) {
                            $this->assertStrParity('mask', [$value, '*', $index, $length], $context);
                        }
                    }
                }
            }
        } finally {
            mb_substitute_character($previous);
        }
        $this->assertSame('A?b', Native\str_title("a\xFFb", true), 'title() of text that is not UTF-8 must be native');
        $this->assertSame('a*b', Native\str_mask("a\xFFb", '*', 1, 1, true), 'mask() of text that is not UTF-8 must be native');
        $this->assertSame("Caf\xE9", Native\str_singular("Caf\xE9s"), 'singular() of text that is not UTF-8 must be native');
    }

    public function test_patterns_that_make_pcre_backtrack_are_matched_alike(): void
    {
        $long = str_repeat('ab', 50_000);
        foreach (['a*b', 'a*', '*b', 'b*', 'a*c', 'ab*ab*ab', '*a*b*', '*ab*ba*x'] as $pattern) {
            foreach ([$long, substr($long, 0, 316), substr($long, 0, 46), substr($long, 0, 17), substr($long, 0, 18)] as $value) {
                $this->assertStrParity('is', [$pattern, $value], 'length '.strlen($value));
            }
        }
        $this->assertTrue(Native\str_is('a*b', $long, false), 'one wildcard over 100,000 bytes is native');
        $this->assertNull(Native\str_is('*a*b', $long, false), 'two wildcards over 100,000 bytes are PCRE\'s');
    }

    public function test_fluent_strings_format_like_laravels(): void
    {
        $random = new RandomText(RandomText::seed());
        $calls = [
            'title' => [], 'headline' => [], 'apa' => [], 'squish' => [], 'words' => [2, '>'], 'limit' => [5, '~', true],
            'mask' => ['*', 1, 2], 'ucsplit' => [], 'is' => ['*a*', true],
        ];

        for ($i = 0; $i < 300; $i++) {
            $value = $random->ascii();
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            foreach ($calls as $method => $arguments) {
                $plain = static fn (mixed $result): mixed => match (true) {
                    $result instanceof Stringable => (string) $result,
                    $result instanceof Collection => $result->all(),
                    default => $result,
                };
                $laravel = Outcome::of(fn () => $plain(LaravelStr::of($value)->{$method}(...$arguments)));
                $oxide = Outcome::of(fn () => $plain(Str::of($value)->{$method}(...$arguments)));
                $this->assertSame($laravel->toArray(), $oxide->toArray(), "->{$method}() — {$context}");
            }
        }
        $this->assertInstanceOf(Str::of('')::class, Str::of('foo bar')->headline());
        $this->assertInstanceOf(Collection::class, Str::of('fooBar')->ucsplit());
    }

    /**
     * A wildcard pattern cut from the value, so that many patterns match.
     */
    private function patternFrom(string $value, RandomText $random): string
    {
        $length = strlen($value);
        $pattern = '';
        for ($at = 0; $at < $length;) {
            $take = $random->int(1, 4);
            $piece = substr($value, $at, $take);
            $pattern .= match ($random->int(0, 4)) {
                0 => '*',
                1 => strtoupper($piece),
                default => $piece,
            };
            $at += $take;
        }

        return $pattern;
    }
}
