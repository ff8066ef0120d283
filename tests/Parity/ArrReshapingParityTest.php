<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Oxide\Tests\Support\LaravelArr;
use Illuminate\Support\Collection;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Tests\Support\Fixtures\StringableStar;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use stdClass;

/**
 * Oxide\Arr's flatten, collapse, crossJoin, prependKeysWith, whereNotNull,
 * toCssClasses and toCssStyles against Laravel's Arr: same value (keys,
 * order, types), exception and warnings, and the same references kept.
 */
final class ArrReshapingParityTest extends TestCase
{
    private const RANDOM_CASES = 2000;

    public function test_oxide_arr_reshapes_natively(): void
    {
        $this->assertContains('Oxide\Concerns\ReshapesArraysNatively', class_uses(\Oxide\Arr::class));
    }

    /**
     * @return array<string, mixed>
     */
    private static function arrays(): array
    {
        $deep = ['leaf'];
        for ($i = 0; $i < 300; $i++) {
            $deep = [$deep, $i];
        }

        return [
            'empty' => [],
            'list' => [1, 2, 3],
            'nested lists' => [[1, [2, [3, [4]]]], [], [[[]]], 'x', null],
            'maps' => [['a' => 1, 'b' => 2], ['a' => 3, 5 => 'five', '07' => 'seven'], 'c' => ['d' => ['e' => 4]]],
            'nulls' => ['a' => null, 'b' => 0, 'c' => '', 'd' => false, 7 => null, 8 => [null], 'e' => 'null'],
            'collections' => [new Collection([1, 2]), new Collection(['a' => new Collection([3])]), [new Collection([4])], new ArrayObject([5])],
            'objects' => [new stdClass, [new StringableStar], 'k' => (object) ['a' => [1]]],
            'string keys' => ['a' => ['x' => 1, 'y' => 2], 'b' => ['x' => 3], 'c' => ['z' => ['deep' => 4]]],
            'int keys' => [5 => [9 => 'a', 3 => 'b'], -2 => [PHP_INT_MAX => 'max'], 0 => ['0' => 'zero']],
            'css classes' => ['btn', 'btn-primary' => true, 'hidden' => false, 'p-4' => 1, 'm-0' => 0, 'x' => '0', 'y' => [], 'z' => [0], 5 => 'five', '1.5' => 'numeric string key', ' 7' => 'spaced', 'o' => new stdClass],
            'css values' => [0 => null, 1 => true, 2 => false, 3 => 12, 4 => 'text', 'flag' => 'yes'],
            'css awkward values' => [1.5, 'a' => true],
            'css array value' => [[1, 2]],
            'css object value' => [new StringableStar],
            'css styles' => ['color: red', 'font-weight: bold;', 'margin: 0;;', "padding: 1px;\n", 'top: 0' => true, 'left: 0;' => false, 'width: 1px;' => 'yes', "a;\n;" => 1, ';' => true],
            'css unicode' => ['font-family: "Noto Sans 中文"', 'content: "→";' => true, "\xFF;" => true],
            'css invalid utf-8 value' => ["bad \xFF;"],
            'unicode keys' => ['ключ' => 'значение', '键' => ['值'], "\xFF" => 'invalid'],
            'deep (handed to Laravel)' => $deep,
        ];
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function arrayLabels(): iterable
    {
        foreach (array_keys(self::arrays()) as $label) {
            yield $label => [$label];
        }
    }

    #[DataProvider('arrayLabels')]
    public function test_curated_arrays(string $label): void
    {
        $array = self::arrays()[$label];
        foreach ([INF, 1, 2, 3, 0, -1, 1.0, 2.5, PHP_INT_MIN] as $depth) {
            $this->assertParity('flatten', [$array, $depth], 'depth '.var_export($depth, true));
        }
        foreach (['collapse', 'whereNotNull', 'toCssClasses', 'toCssStyles'] as $method) {
            $this->assertParity($method, [$array], $method);
        }
        foreach (['', 'p.', '1', '-', 'ключ:', 7] as $prefix) {
            $this->assertParity('prependKeysWith', [$array, $prefix], 'prefix '.var_export($prefix, true));
        }
        $this->assertParity('crossJoin', [$array, ['x', 'y']], 'with a pair');
        $this->assertParity('crossJoin', [$array], 'alone');
    }

    public function test_inputs_handed_to_laravel(): void
    {
        $this->assertParity('flatten', [new Collection([[1], [2]])], 'collection');
        $this->assertParity('flatten', [[[1, [2]]], '1'], 'string depth');
        $this->assertParity('collapse', [new Collection([[1], [2]])], 'collection');
        $this->assertParity('collapse', [[[1], new Collection([2]), 'x', [3]]], 'collection inside');
        $this->assertParity('whereNotNull', [new Collection([1, null])], 'collection');
        $this->assertParity('toCssClasses', ['a-class'], 'string');
        $this->assertParity('toCssStyles', [null], 'null');
        $this->assertParity('prependKeysWith', [['a' => 1], null], 'null prefix');
        $this->assertParity('prependKeysWith', [['a' => 1], new StringableStar], 'object prefix');
        $this->assertParity('crossJoin', [[1, 2], new Collection([3, 4])], 'collection factor');
        $this->assertParity('crossJoin', [], 'no arrays');
        $this->assertParity('crossJoin', [[1, 2], [], [3]], 'an empty factor');
        $this->assertSame(LaravelArr::crossJoin(a: [1, 2], b: ['x']), Arr::crossJoin(a: [1, 2], b: ['x']), 'named arrays');
    }

    /**
     * array_filter() and array_merge() keep a reference whose value another
     * variable shares; so must Oxide (it hands such arrays to Laravel).
     */
    public function test_references_stay_references(): void
    {
        foreach (['whereNotNull' => static fn (array $a) => $a, 'collapse' => static fn (array $a) => [$a]] as $method => $wrap) {
            $results = [];
            foreach ([LaravelArr::class, Arr::class] as $class) {
                $shared = 'before';
                $result = $class::$method($wrap(['r' => &$shared, 'n' => null]));
                $shared = 'after';
                $results[] = $result;
            }
            $this->assertSame($results[0], $results[1], $method);
            $this->assertSame('after', $results[1]['r'], $method);
        }
    }

    public function test_seeded_random_arrays(): void
    {
        $random = new RandomText(RandomText::seed());
        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $array = $random->array(4, 5);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $this->assertParity('flatten', [$array, $random->pick([INF, 1, 2, 3])], $context);
            $this->assertParity('collapse', [$array], $context);
            $this->assertParity('whereNotNull', [$array], $context);
            $this->assertParity('prependKeysWith', [$array, $random->pick(['', 'p.', '1', $random->text(2)])], $context);
            $this->assertParity('toCssClasses', [$array], $context);
            $this->assertParity('toCssStyles', [$array], $context);
            $this->assertParity('crossJoin', [array_slice($array, 0, 4), array_slice($random->array(0, 3), 0, 3)], $context);
        }
    }

    /**
     * @param  list<mixed>  $arguments
     */
    private function assertParity(string $method, array $arguments, string $context): void
    {
        $laravel = Outcome::of(fn () => LaravelArr::$method(...$arguments));
        $oxide = Outcome::of(fn () => Arr::$method(...$arguments));

        $this->assertSame(Outcome::byContent($laravel->toArray()), Outcome::byContent($oxide->toArray()), "{$method} — {$context}");
    }
}
