<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Oxide\Tests\Support\LaravelStr;
use Oxide\Native;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\CodePoints;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Oxide\Str against Laravel's Str on the installed Laravel: same value, same
 * exception, same warnings, cold (flushed caches) and warm.
 */
final class CaseConversionParityTest extends TestCase
{
    private const RANDOM_CASES = 3000;

    private const METHODS = ['snake', 'kebab', 'studly', 'camel'];

    protected function tearDown(): void
    {
        LaravelStr::flushCache();
    }

    public function test_oxide_str_is_the_native_variant(): void
    {
        $this->assertContains('Oxide\Concerns\UsesNativeCaseConversion', class_uses(\Oxide\Str::class));
    }

    /**
     * @return iterable<string, array{string, list<mixed>}>
     */
    public static function curatedCases(): iterable
    {
        $values = [
            '', ' ', '   ', 'a', 'A', 'foo', 'fooBar', 'FooBar', 'foo_bar', 'foo-bar', 'foo bar', 'Foo Bar',
            'LaravelPHPFramework', 'Laravel Php Framework', 'Laravel    Php      Framework   ', 'laravel_p_h_p_framework',
            'laravel-phP-framework', 'laravel  -_-  php   -_-   framework   ', 'HTTPRequest', 'XMLHttpRequest', 'getHTTPResponseCode',
            'userID', 'user_id', 'User.Name', 'foo.bar_baz-qux', '123', '1a2B3c', 'a1B2', '_leading', 'trailing_', '__double__',
            "tab\tseparated", "new\nline", "carriage\r\nreturn", "vertical\x0Btab", "form\x0Cfeed", "nbsp\u{A0}space", "em\u{2003}space",
            "ideographic\u{3000}space", "line\u{2028}separator", "zero\u{200B}width", 'ŻółtaŁódka', 'ÖffentlicheÜberraschungen',
            'öffentliche-überraschungen', 'maße', 'MASSE', 'ßtraße', 'ǆungla', 'ǄUNGLA', 'ﬁnal ﬂow', 'ŉ', 'İstanbul', 'ıi',
            'ΟΔΥΣΣΕΥΣ', 'ΑΣ ΣΑ Σ', 'Σ', 'aΣ', 'ᾳ ᾀ ᾲ ᾷ', 'Жизнь Прекрасна', 'ქართული ენა', 'Հայերեն և', 'العربيةFoo', 'עבריתBar',
            '中文Foo', 'emoji😀Foo', '👩‍💻Dev', "e\u{301}Acute", "\u{345}x", "\u{301}A", "nel\u{85}Sep", "mvs\u{180E}Sep",
            "new\u{A7CE}Latin", "invalid\xFFUtf8", "\xC3", "nul\x00Byte", 'a$1B', 'a\\0B',
        ];
        foreach ($values as $value) {
            foreach (self::METHODS as $method) {
                yield $method.' '.json_encode($value, JSON_INVALID_UTF8_SUBSTITUTE) => [$method, [$value]];
            }
        }
        foreach (['_', '-', ' ', '', '.', '::', 'X', 'é', "\t", '$1', '\\1', '${0}', '2', '42', '0x', "\xFF", "\u{85}"] as $delimiter) {
            yield 'snake delimiter '.json_encode($delimiter, JSON_INVALID_UTF8_SUBSTITUTE) => ['snake', ['LaravelPHPFramework fooBar', $delimiter]];
        }
        foreach ([null, 123, 1.5, true, false] as $odd) {
            foreach (self::METHODS as $method) {
                yield $method.' '.var_export($odd, true) => [$method, [$odd]];
            }
        }
        yield 'snake array' => ['snake', [['array']]];
        yield 'studly array' => ['studly', [['array']]];
        yield 'snake int delimiter' => ['snake', ['FooBar', 1]];
        yield 'snake null delimiter' => ['snake', ['FooBar', null]];
        yield 'studly normalize' => ['studly', ['HTTP_REQUEST foo-API', true]];
        yield 'studly normalize unicode' => ['studly', ['ÉCOLE CBOR-x', true]];
    }

    /**
     * @param  list<mixed>  $arguments
     */
    #[DataProvider('curatedCases')]
    public function test_curated_inputs(string $method, array $arguments): void
    {
        $this->assertParity($method, $arguments, 'curated');
    }

    public function test_seeded_random_inputs(): void
    {
        $random = new RandomText(RandomText::seed());
        $decidedNatively = 0;

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $value = $random->text();
            $delimiter = $random->pick(['_', '_', '-', ' ', '', '.', '->', 'É', '$1']);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";

            $this->assertParity('snake', [$value, $delimiter], $context);
            $this->assertParity('kebab', [$value], $context);
            $this->assertParity('studly', [$value], $context);
            $this->assertParity('camel', [$value], $context);

            $decidedNatively += (int) (Native\str_snake($value, $delimiter) !== null) + (int) (Native\str_studly($value) !== null);
        }

        // The generator mixes in invalid UTF-8 and version-dependent characters
        // on purpose; most cases must still have run natively, or this test
        // would only compare Laravel with itself.
        $this->assertGreaterThan(0.5 * 2 * self::RANDOM_CASES, $decidedNatively);
    }

    public function test_fluent_strings_convert_like_laravels(): void
    {
        $random = new RandomText(RandomText::seed());

        for ($i = 0; $i < 500; $i++) {
            $value = $random->text();
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            foreach (['snake' => ['-'], 'kebab' => [], 'studly' => [], 'camel' => [], 'pascal' => [true]] as $method => $arguments) {
                LaravelStr::flushCache();
                $laravel = Outcome::of(fn () => (string) LaravelStr::of($value)->{$method}(...$arguments));
                LaravelStr::flushCache();
                $oxide = Outcome::of(fn () => (string) Str::of($value)->{$method}(...$arguments));
                $this->assertSame($laravel->toArray(), $oxide->toArray(), "->{$method}() — {$context}");
            }
        }
        $chain = Str::of('  Foo Bar  ')->trim()->snake()->upper();
        $this->assertInstanceOf(Str::of('')::class, $chain);
        $this->assertInstanceOf(\Illuminate\Support\Stringable::class, $chain);
        $this->assertSame('FOO_BAR', (string) $chain);
    }

    /**
     * Every code point, in batches: title case at word starts (studly) and
     * lower case with a delimiter before ASCII capitals (snake).
     */
    public function test_every_code_point(): void
    {
        foreach (CodePoints::batches() as $context => $batch) {
            $this->assertParity('studly', [implode('x ', $batch).'x'], $context);
            $this->assertParity('snake', [implode('A', $batch).'A'], $context);
        }
    }

    /**
     * @param  list<mixed>  $arguments
     */
    private function assertParity(string $method, array $arguments, string $context): void
    {
        LaravelStr::flushCache();
        $laravel = Outcome::of(fn () => LaravelStr::$method(...$arguments));
        $laravelWarm = Outcome::of(fn () => LaravelStr::$method(...$arguments));

        LaravelStr::flushCache();
        $oxide = Outcome::of(fn () => Str::$method(...$arguments));
        $oxideWarm = Outcome::of(fn () => Str::$method(...$arguments));

        $message = sprintf('%s(%s) — %s', $method, json_encode($arguments, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), $context);
        $this->assertSame($laravel->toArray(), $oxide->toArray(), "cold: {$message}");
        $this->assertSame($laravelWarm->toArray(), $oxideWarm->toArray(), "warm: {$message}");
    }
}
