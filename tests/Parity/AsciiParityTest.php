<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Oxide\Tests\Support\LaravelStr;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\CodePoints;
use Oxide\Tests\Support\ComparesWithLaravelStr;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionProperty;
use voku\helper\ASCII;

/**
 * Oxide\Str::ascii() against Laravel's (portable-ascii's to_ascii()) on the
 * installed libraries: every language portable-ascii has a map for, every
 * multi-character key of those maps, every code point, short (at most 64
 * bytes) and long text, invalid UTF-8 and control characters.
 */
final class AsciiParityTest extends TestCase
{
    use ComparesWithLaravelStr;

    private const RANDOM_CASES = 2000;

    private const TEXTS = [
        '', ' ', 'plain ASCII', "tab\tnew\nline\r\ncr\rend", "\x00\x01\x10\x13\x1F\x7F", 'Düsseldorf', 'Straße', 'Ærøskøbing',
        'Łódź', 'İstanbul ığdır', 'Привет, мир', 'Съешь же ещё этих мягких французских булок', 'Ελληνικά γράμματα', 'Ψυχή',
        'ქართული', 'Հայերեն', 'עברית', 'العربية', 'हिन्दी', 'বাংলা', 'ဗမာ', 'Tiếng Việt', '中文字符', '日本語のテキスト', '한국어',
        '😀 smile 👩‍💻', "e\u{301}cole", "A\u{30A}ngstro\u{308}m", "\u{301}", 'ǆǅǄ', 'ŉ', '€100 £5 ¥3 ₹2', '© ® ™ ° ½ ¼ ¾',
        '“quotes” ‘single’ – — …', "nbsp\u{A0}space\u{2003}em\u{3000}ideographic", "zero\u{200B}width\u{FEFF}bom",
        "invalid\xFFutf8", "\xC3", "\xC3\xA4\xFF\xC3", 'ÄÖÜäöüß', 'ÅåÆæØø', 'Şşİı', 'Čćđšž', 'ĄąĘęŁłŃńŚśŹźŻż', 'Ĳĳ', 'Œœ',
        'Ññ', 'Ýýÿ', 'ÞþÐð', 'Ћирилица', 'Ґґ Єє Іі Її', 'Ўў', 'Ғғ Ққ Ңң Өө Ұұ Үү Һһ', 'Ӑӑ', 'Ա ա', 'ðéèêë',
    ];

    /**
     * @return array<string, string>
     */
    private static function maps(): array
    {
        $data = \dirname((string) (new ReflectionClass(ASCII::class))->getFileName()).'/data/ascii_by_languages.php';

        return require $data;
    }

    /**
     * @return list<string>
     */
    private static function languages(): array
    {
        return [...array_map('strval', array_keys(self::maps())), 'EN', 'de_DE', 'de-at', 'DE_DE', 'fr-CH', 'sr-lat', 'xx', 'en_GB', ''];
    }

    /**
     * @return iterable<string, array{string, string}>
     */
    public static function curatedCases(): iterable
    {
        foreach (self::languages() as $language) {
            foreach (self::TEXTS as $index => $text) {
                yield "{$language} #{$index}" => [$text, $language];
                yield "{$language} #{$index} long" => [str_repeat("{$text} ", (int) ceil(70 / max(1, \strlen($text) + 1))), $language];
            }
        }
    }

    #[DataProvider('curatedCases')]
    public function test_curated_texts_in_every_language(string $text, string $language): void
    {
        $this->assertParity($text, $language, 'curated');
    }

    /**
     * Keys of more than one character, which only some paths replace whole.
     */
    public function test_every_multi_character_key(): void
    {
        foreach (self::maps() as $language => $map) {
            foreach (array_keys($map) as $key) {
                if (mb_strlen((string) $key) < 2) {
                    continue;
                }
                foreach (["{$key}", "x{$key}y", "{$key}é", "é{$key}", "{$key} {$key}", str_repeat('x', 64).$key] as $text) {
                    foreach (['en', (string) $language] as $in) {
                        $this->assertParity($text, $in, "key of {$language}");
                    }
                }
            }
        }
    }

    public function test_every_code_point(): void
    {
        foreach (CodePoints::batches() as $context => $batch) {
            foreach ($batch as $character) {
                $this->assertParity("a{$character}b", 'en', $context);
            }
            $this->assertParity(implode('', $batch), 'en', "{$context} (long)");
            $this->assertParity(implode('', $batch), 'de', "{$context} (long)");
            foreach (array_chunk($batch, 4) as $few) {
                $this->assertParity(implode('', $few), 'de', "{$context} (short)");
            }
        }
    }

    public function test_seeded_random_texts(): void
    {
        $random = new RandomText(RandomText::seed());
        $languages = self::languages();

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $text = $random->text($random->pick([4, 12, 40]));
            $this->assertParity($text, $random->pick($languages), "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}");
        }
    }

    public function test_odd_arguments(): void
    {
        foreach ([null, 5, 1.5, true, ['x']] as $odd) {
            $this->assertSame(
                Outcome::of(fn () => LaravelStr::ascii($odd))->toArray(),
                Outcome::of(fn () => Str::ascii($odd))->toArray(),
                get_debug_type($odd),
            );
            $this->assertSame(
                Outcome::of(fn () => LaravelStr::ascii('Düsseldorf', $odd))->toArray(),
                Outcome::of(fn () => Str::ascii('Düsseldorf', $odd))->toArray(),
                'language '.get_debug_type($odd),
            );
        }
    }

    /**
     * The languages portable-ascii has maps for are native; without this
     * the tests above could compare Laravel with itself.
     */
    public function test_languages_with_maps_are_native(): void
    {
        $tables = new ReflectionProperty(Str::class, 'asciiTables');
        foreach (['en', 'de', 'ru', 'de_DE', 'xx'] as $language) {
            Str::ascii('Düsseldorf', $language);
        }
        $indexes = $tables->getValue();
        foreach (['en', 'de', 'ru', 'de_DE'] as $language) {
            $this->assertIsInt($indexes[$language], $language);
        }
        $this->assertFalse($indexes['xx'], 'a language without a map is transliterated by portable-ascii');
    }

    private function assertParity(string $text, string $language, string $context): void
    {
        $this->assertStrParity('ascii', [$text, $language], $context);
    }
}
