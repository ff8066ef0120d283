<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Doctrine\Inflector\InflectorFactory;
use Doctrine\Inflector\Rules\English\Inflectible;
use Doctrine\Inflector\Rules\English\Uninflected;
use Doctrine\Inflector\Rules\Pattern;
use Doctrine\Inflector\Rules\Patterns;
use Doctrine\Inflector\Rules\Ruleset;
use Doctrine\Inflector\Rules\Substitutions;
use Doctrine\Inflector\Rules\Transformations;
use Illuminate\Support\Collection;
use Illuminate\Support\Pluralizer;
use Oxide\Tests\Support\LaravelStr;
use Oxide\InflectorFingerprint;
use Oxide\Native;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\CodePoints;
use Oxide\Tests\Support\ComparesWithLaravelStr;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use Stringable;

/**
 * Oxide\Str's plural(), pluralStudly() and singular() against Laravel's on
 * the installed Laravel and doctrine/inflector: same value, same exception,
 * same warnings.
 */
final class InflectorParityTest extends TestCase
{
    use ComparesWithLaravelStr;

    private const RANDOM_CASES = 3000;

    /** Words that trigger each of Doctrine's English transformations. */
    private const RULE_WORDS = [
        'status', 'statuses', 'campus', 'campuses', 'menu', 'menus', 'quiz', 'quizzes', 'matrix', 'matrices', 'matrex',
        'vertex', 'vertices', 'index', 'indices', 'indix', 'ox', 'oxen', 'oxenford', 'box', 'alias', 'aliases', 'aliaseses',
        'aliasees', 'buffalo', 'buffaloes', 'hero', 'heroes', 'potato', 'tomatoes', 'volcano', 'alumnus', 'alumni', 'cactus',
        'cacti', 'virus', 'viri', 'virii', 'radii', 'fax', 'faxes', 'tax', 'taxes', 'wax', 'waxes', 'taxestaxes', 'faxeswaxes',
        'analysis', 'analyses', 'axis', 'axes', 'crisis', 'crises', 'testis', 'thesis', 'theses', 'parentheses', 'shoe',
        'shoes', 'slaves', 'hoe', 'toes', 'house', 'houses', 'bus', 'buses', 'abuses', 'causes', 'mouse', 'mice', 'louse',
        'lice', 'm|ice', 'm|ouse', 'fox', 'church', 'churches', 'class', 'classes', 'dish', 'dishes', 'movie', 'movies',
        'series', 'query', 'queries', 'quy', 'soliloquy', 'day', 'days', 'city', 'cities', 'y', 'ies', 'ys', 'wolf',
        'wolves', 'shelf', 'half', 'halves', 'knife', 'knives', 'wife', 'giraffe', 'hive', 'hives', 'gulf', 'gulfs', 'drive',
        'drives', 'dive', 'olive', 'olives', 'native', 'natives', 'grooves', 'basis', 'bases', 'diagnosis', 'diagnoses',
        'prognoses', 'synopses', 'taxon', 'taxa', 'criterion', 'criteria', 'datum', 'medium', 'media', 'stadium', 'bacteria',
        'regatta', 'regattas', 'cinemata', 'person', 'people', 'salesperson', 'man', 'men', 'woman', 'women', 'human',
        'humans', 'child', 'children', 'grandchild', 'foot', 'feet', 'news', 'bureau', 'bureaus', 'tights', 'shorts',
        'tight', 'short', 'us', 'gas', 'lens', 'sheep', 'fish', 'software', 'hardware', 'ware', 'multimedia', 'social media',
        'sea bass', 'sea-bass', 'seabass', 'class', 'glass', 'data', 'pokemon', 'maltese', 'Maltese', 'recommended',
        'related', 'relate', 'equipment', 'runner-up', 'runners-up', 'son-in-law', 'passerby', 'user', 'users', 'post',
        'comment', 'category', 'categories', 'address', 'addresses', 'photo', 'photos', 'echo', 'zero', 'leaf', 'leaves',
        'thief', 'chef', 'roof', 'proof', 'cafe', 'safe', 'life', 'lives', 'goose', 'geese', 'tooth', 'teeth', 'money',
        'monies', 'monkey', 'key', 'keys', 'boy', 'guy', 'buy', 'a', 's', 'es', 'x', 'i', 'ss', '', '1', 'v1', 'vertex2',
        'VortexField', 'MatrixField', 'IndexField', 'VertexField', 'UserProfile', 'BlogPost', 'HTTPRequest', 'APIKey',
        'The word', 'blog post', 'Blog Post', 'blog Post', 'a b c', 'user_role', 'user-role', 'UserRole', 'userRole',
    ];

    /** Pieces in the shapes the rules and matchCase() care about. */
    private const PIECES = [
        'a', 'e', 'i', 'o', 'u', 'y', 'b', 'f', 'l', 'm', 'q', 'r', 's', 't', 'v', 'x', 'A', 'E', 'F', 'I', 'O', 'S', 'X', 'Y',
        'es', 'ies', 'ves', 'ys', 'us', 'um', 'on', 'is', 'ch', 'sh', 'ss', 'oes', 'fe', 'man', 'men', 'child', 'person',
        'people', 'status', 'quiz', 'ox', 'oxen', 'alias', 'ice', 'ouse', 'ix', 'ex', 'ices', 'tax', 'fax', 'axes', 'ta',
        'ia', 'regatta', 'eau', 'data', 'media', 'ware', 'foot', 'news', 'Foo', 'BAR', 'User', 'POST', 'Category', '-', '_',
        ' ', '  ', '0', '7', '!', '.', '|', "'",
    ];

    /**
     * Beyond ASCII: letters with and without another case (and ß, Σ, ǅ, İ,
     * ﬁ, whose mappings are special), other scripts, emoji (above U+FFFF,
     * which Pluralizer does not pluralize after), invalid UTF-8 and a
     * control character.
     */
    private const OTHER_PIECES = [
        'é', 'É', 'ñ', 'Ñ', 'ß', 'ẞ', 'ж', 'Ж', 'σ', 'Σ', 'ς', 'ǅ', 'ǆ', 'İ', 'ı', 'ﬁ', 'ſ', 'Ω', 'ω', 'µ', 'ÿ', 'Ÿ',
        '中', 'ש', 'ا', 'ー', '😀', '½', "\u{A0}", "\u{A7C0}", "\xFF", "\xC3", "\n",
    ];

    /**
     * @return iterable<string, array{string, list<mixed>}>
     */
    public static function curatedCases(): iterable
    {
        $variants = array_unique(array_merge(...array_map(self::caseVariants(...), self::words())));
        foreach ($variants as $variant) {
            $label = json_encode($variant);
            yield "plural {$label}" => ['plural', [$variant]];
            yield "singular {$label}" => ['singular', [$variant]];
            yield "pluralStudly {$label}" => ['pluralStudly', [$variant]];
        }

        foreach ([1, -1, 0, 2, 5, -2, PHP_INT_MAX, PHP_INT_MIN, '1', '2', '-1', 1.0, 1.5, -1.9, 0.5, null, true, false, [], ['x'],
            ['x', 'y'], new Collection(['x']), new ArrayObject([1, 2]), 'many'] as $count) {
            $label = get_debug_type($count).' '.json_encode($count);
            yield "plural count {$label}" => ['plural', ['child', $count]];
            yield "pluralStudly count {$label}" => ['pluralStudly', ['SomeChild', $count]];
        }
        foreach ([true, 1, 'yes', 0, '0', null] as $prepend) {
            yield 'plural prepending '.json_encode($prepend) => ['plural', ['child', 3, $prepend]];
        }
        foreach ([null, 5, 1.5, true, false, ['child'], new class implements Stringable
        {
            public function __toString(): string
            {
                return 'child';
            }
        }] as $odd) {
            foreach (['plural', 'singular', 'pluralStudly'] as $method) {
                yield "{$method} of ".get_debug_type($odd).' '.json_encode($odd) => [$method, [$odd]];
            }
        }
        foreach (['café', 'Bouqueté', 'niño', 'ЖУК', 'Ñandú', '中文', 'emoji😀', "invalid\xFF", "status\n", "status\r", "stat\tus",
            "child\x00", "\nchild", 'ChildÉ', 'ÉChild', 'ÄpfelBaum'] as $word) {
            $label = json_encode($word, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE);
            yield "plural {$label}" => ['plural', [$word]];
            yield "singular {$label}" => ['singular', [$word]];
            yield "pluralStudly {$label}" => ['pluralStudly', [$word]];
        }
    }

    /**
     * Laravel's split of text that is not UTF-8 throws before the count is
     * read: a countable's count() must not run first.
     */
    public function test_a_countable_is_not_counted_before_pluralStudly_throws(): void
    {
        $counts = [];
        foreach (['laravel' => LaravelStr::class, 'oxide' => Str::class] as $side => $class) {
            $count = new class extends ArrayObject
            {
                public int $calls = 0;

                public function count(): int
                {
                    $this->calls++;

                    return 3;
                }
            };
            try {
                $class::pluralStudly("Big\xFFChild", $count);
                $this->fail("{$side}: no TypeError");
            } catch (\TypeError $e) {
                $counts[$side] = [$e->getMessage(), $count->calls];
            }
        }
        $this->assertSame($counts['laravel'], $counts['oxide']);
        $this->assertSame(0, $counts['oxide'][1]);
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
            $word = '';
            for ($pieces = $random->int(1, 5); $pieces > 0; $pieces--) {
                $word .= $random->pick($random->int(0, 4) === 0 ? self::OTHER_PIECES : self::PIECES);
            }
            $word = $random->int(0, 9) === 0 ? $random->ascii(4).$word : $word;
            $count = $random->pick([2, 2, 2, 1, -1, 0, 3, [], [1], new Collection([1, 2])]);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";

            $this->assertStrParity('plural', [$word, $count], $context);
            $this->assertStrParity('singular', [$word], $context);
            $this->assertStrParity('pluralStudly', [$word, $count], $context);

            $native += (int) (Native\str_plural($word, Pluralizer::$uncountable) !== null)
                + (int) (Native\str_singular($word) !== null);
        }

        // Few generated words hold a control or uncertain character; if
        // the rest were handed back, this test would compare Laravel with
        // itself.
        $this->assertGreaterThan(0.8 * 2 * self::RANDOM_CASES, $native);
    }

    /**
     * Each character's case as Pluralizer::matchCase() reads it with
     * mbstring (all lower case, all upper case, or neither): every one
     * mbstring maps to another case, and every 64th of the rest.
     */
    public function test_every_cased_character_in_every_case_position(): void
    {
        foreach (CodePoints::batches() as $context => $batch) {
            foreach ($batch as $index => $character) {
                if ($index % 64 !== 0 && mb_strtolower($character) === $character && mb_strtoupper($character) === $character) {
                    continue;
                }
                $this->assertStrParity('plural', ["{$character}user"], $context);
                $this->assertStrParity('plural', ["USER{$character}"], $context);
                $this->assertStrParity('singular', ["{$character}Users"], $context);
            }
        }
    }

    public function test_the_installed_rules_are_the_ones_the_extension_implements(): void
    {
        $this->assertSame(Native\str_inflector_fingerprint(), InflectorFingerprint::of(Pluralizer::inflector()));
        $this->assertSame('users', Native\str_plural('user', Pluralizer::$uncountable));
    }

    public function test_other_inflectors_are_not_mistaken_for_the_english_one(): void
    {
        $english = InflectorFingerprint::of(InflectorFactory::create()->build());
        $this->assertSame(Native\str_inflector_fingerprint(), $english);

        $this->assertNotSame($english, InflectorFingerprint::of(InflectorFactory::createForLanguage('french')->build()));
        $this->assertNull(InflectorFingerprint::of(new \stdClass));
        $withOwnRules = InflectorFactory::create()->withPluralRules(new Ruleset(
            new Transformations,
            new Patterns(new Pattern('oxide')),
            new Substitutions,
        ))->build();
        $this->assertNull(InflectorFingerprint::of($withOwnRules), 'two rulesets');
        $replaced = InflectorFactory::create()->withSingularRules(new Ruleset(
            new Transformations(...Inflectible::getSingular()),
            new Patterns(...Uninflected::getSingular(), ...[new Pattern('oxides')]),
            (new Substitutions(...Inflectible::getIrregular()))->getFlippedSubstitutions(),
        ), true)->build();
        $this->assertNotSame($english, InflectorFingerprint::of($replaced), 'one more uninflected word');
    }

    /**
     * Another language, or Pluralizer::$uncountable grown by the app, must
     * give Laravel's answers (the language ones are Doctrine's).
     */
    public function test_pluralizer_settings_are_honoured(): void
    {
        $uncountable = Pluralizer::$uncountable;
        try {
            $nativeInflector = new \ReflectionProperty(Str::class, 'nativeInflector');
            foreach (['spanish', 'french', 'english'] as $language) {
                Pluralizer::useLanguage($language);
                foreach (['mes', 'animal', 'child', 'children', 'UserProfile', 'ciudad'] as $word) {
                    $this->assertStrParity('plural', [$word], $language);
                    $this->assertStrParity('singular', [$word], $language);
                    $this->assertStrParity('pluralStudly', [$word], $language);
                }
                $this->assertSame($language === 'english', $nativeInflector->getValue() === Pluralizer::inflector(), "{$language} inflected natively");
            }

            foreach ([['Feedback', 'user'], ['10'], ['1e1'], [' 10'], [10], [null], [true], [1.5], [['user']], ['related', 'USERS']] as $list) {
                Pluralizer::$uncountable = $list;
                foreach (['user', 'users', 'USER', '10', '1e1', '10.0', 'feedback', 'Related', 'x'] as $word) {
                    $this->assertStrParity('plural', [$word], 'uncountable '.json_encode($list));
                    $this->assertStrParity('pluralStudly', ["Big{$word}"], 'uncountable '.json_encode($list));
                }
            }
        } finally {
            Pluralizer::$uncountable = $uncountable;
            Pluralizer::useLanguage('english');
        }
    }

    /**
     * Until something asks Pluralizer for its inflector, English words are
     * inflected without building it where the worker remembers what the
     * installed rules are (under OPcache); without OPcache, or for another
     * language, Pluralizer builds its inflector as in Laravel's code.
     */
    public function test_pluralizer_builds_no_inflector_for_native_english(): void
    {
        $script = '$str = getenv("OXIDE_TRANSPARENT") === "on" ? Illuminate\\Support\\Str::class : Oxide\\Str::class;'
            .'if (getenv("OXIDE_LANGUAGE")) { Illuminate\\Support\\Pluralizer::useLanguage(getenv("OXIDE_LANGUAGE")); }'
            .'$words = [$str::plural("child"), $str::pluralStudly("UserProfile"), $str::singular("people"), $str::plural("ciudad"), $str::plural("animal")];'
            .'$built = (new ReflectionProperty(Illuminate\\Support\\Pluralizer::class, "inflector"))->getValue() !== null;'
            .'echo json_encode([$words, $built]);';
        $expected = static function (string $language): array {
            Pluralizer::useLanguage($language);
            try {
                return [LaravelStr::plural('child'), LaravelStr::pluralStudly('UserProfile'), LaravelStr::singular('people'), LaravelStr::plural('ciudad'), LaravelStr::plural('animal')];
            } finally {
                Pluralizer::useLanguage('english');
            }
        };
        $opcache = ['-d', 'opcache.enable_cli=1'];
        foreach ([
            'english under OPcache' => [$opcache, 'english', false],
            'english without OPcache' => [[], 'english', true],
            'spanish under OPcache' => [$opcache, 'spanish', true],
        ] as $case => [$options, $language, $built]) {
            $output = self::child($options, $script, ['OXIDE_LANGUAGE' => $language]);
            $this->assertSame([$expected($language), $built], json_decode($output, true), "{$case}: {$output}");
        }
    }

    /**
     * @param  list<string>  $options
     * @param  array<string, string>  $environment
     */
    private static function child(array $options, string $script, array $environment): string
    {
        $command = [PHP_BINARY, ...$options];
        $module = getenv('OXIDE_EXTENSION');
        if (\is_string($module) && $module !== '') {
            array_push($command, '-d', "extension={$module}");
        }
        array_push($command, '-r', 'require '.var_export(\dirname(__DIR__).'/bootstrap.php', true).';'.$script);
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment + getenv());
        $output = (string) stream_get_contents($pipes[1]).(string) stream_get_contents($pipes[2]);
        proc_close($process);

        return $output;
    }

    public function test_fluent_strings_inflect_like_laravels(): void
    {
        foreach (['child', 'UserProfile', 'person', 'CATEGORY', 'Blog Post'] as $word) {
            foreach ([['plural', []], ['plural', [1]], ['plural', [3, true]], ['pluralStudly', []], ['pluralPascal', [[1, 2]]],
                ['singular', []]] as [$method, $arguments]) {
                $this->assertSame(
                    (string) LaravelStr::of($word)->{$method}(...$arguments),
                    (string) Str::of($word)->{$method}(...$arguments),
                    "->{$method}() of {$word}",
                );
            }
        }
        $this->assertInstanceOf(Str::of('')::class, Str::of('child')->plural());
        $this->assertSame('3 children', Str::counted('child', 3));
    }

    /**
     * Every word Doctrine's English rules name (irregular and uninflected),
     * and words that trigger each transformation.
     *
     * @return list<string>
     */
    private static function words(): array
    {
        $words = self::RULE_WORDS;
        foreach (Inflectible::getIrregular() as $substitution) {
            $words[] = $substitution->getFrom()->getWord();
            $words[] = $substitution->getTo()->getWord();
        }
        foreach ([...Uninflected::getSingular(), ...Uninflected::getPlural()] as $pattern) {
            $words[] = $pattern->getPattern();
        }

        return array_values(array_unique($words));
    }

    /**
     * @return list<string>
     */
    private static function caseVariants(string $word): array
    {
        return [
            $word, strtoupper($word), ucfirst($word), ucwords($word), 'Big'.ucfirst($word), 'big_'.$word, 'my '.$word,
            $word.'s', strrev(ucfirst(strrev($word))),
        ];
    }
}
