<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Oxide\Tests\Support\LaravelArr;
use Illuminate\Support\Collection;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Oxide\Arr::dot/undot against Laravel's Arr: same array (keys, order,
 * types, identical values), same exceptions and warnings.
 */
final class ArrParityTest extends TestCase
{
    private const RANDOM_CASES = 2000;

    public function test_oxide_arr_is_the_native_variant(): void
    {
        $this->assertContains('Oxide\Concerns\UsesNativeArrayFlattening', class_uses(\Oxide\Arr::class));
    }

    /**
     * @return iterable<string, array{string, list<mixed>}>
     */
    public static function curatedCases(): iterable
    {
        $object = new \stdClass;
        $x = 'x';
        // (A self-referencing array is left out: Laravel's dot() runs into
        // memory_limit on it, and Oxide hands it to that same code.)
        $deep = [];
        for ($i = 0; $i < 300; $i++) {
            $deep = ['k' => $deep, 'v' => $i];
        }
        $arrays = [
            'empty' => [],
            'flat' => ['a' => 1, 'b' => null, 'c' => false],
            'list' => ['x', 'y', ['z']],
            'nested' => ['user' => ['name' => 'Ann', 'roles' => ['admin', 'dev'], 'meta' => []]],
            'numeric keys' => [5 => 'five', '07' => 'seven', '-3' => 'minus', '-0' => 'zero', '9223372036854775807' => 'max', '9223372036854775808' => 'over'],
            'numeric after prefix' => [1 => [2 => [3 => 'x']]],
            'dotted keys' => ['a.b' => 1, 'a' => ['b' => 2], '.' => 3, '' => 4, 'x.' => 5, '.y' => 6, 'a..b' => 7],
            'collision' => ['a' => ['b' => 1], 'a.b' => 2, 'a.b.c' => 3],
            'scalar then nested' => ['a' => 1, 'a.b' => 2, 'a.b.c' => 3],
            'objects' => ['o' => $object, 'c' => new Collection([1]), 'n' => ['o' => $object]],
            'references' => ['r' => &$x, 'n' => ['r' => &$x]],
            'unicode' => ['ключ' => ['键' => 'значение'], "\xFF" => ['b' => 1]],
            'wildcards' => ['*' => ['*' => 1], 'a*' => 2],
            'deep (handed to Laravel)' => $deep,
        ];
        foreach ($arrays as $label => $array) {
            yield "dot {$label}" => ['dot', [$array]];
            yield "dot {$label} with prefix" => ['dot', [$array, 'p.']];
            yield "undot {$label}" => ['undot', [$array]];
        }
        yield 'dot with depth 1' => ['dot', [$arrays['nested'], '', 1]];
        yield 'dot with depth 0' => ['dot', [$arrays['nested'], '', 0]];
        yield 'dot with int prefix' => ['dot', [$arrays['nested'], 7]];
        yield 'dot with null prefix' => ['dot', [$arrays['nested'], null]];
        yield 'dot of a Collection' => ['dot', [new Collection(['a' => ['b' => 1]])]];
        yield 'dot of an ArrayObject' => ['dot', [new ArrayObject(['a' => ['b' => 1]])]];
        yield 'undot of a Collection' => ['undot', [new Collection(['a.b' => 1])]];
        yield 'dot of null' => ['dot', [null]];
        yield 'undot of a string' => ['undot', ['a.b']];
    }

    /**
     * @param  list<mixed>  $arguments
     */
    #[DataProvider('curatedCases')]
    public function test_curated_inputs(string $method, array $arguments): void
    {
        $this->assertParity($method, $arguments, 'curated');
    }

    public function test_seeded_random_arrays(): void
    {
        $random = new RandomText(RandomText::seed());

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $array = $random->array();
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $prefix = $random->pick(['', 'p.', '0.', 'ключ.']);
            // Each side gets its own copy: Laravel's undot() assigns through
            // the array's references.
            $copy = fn () => unserialize(serialize($array));
            $this->assertParity('dot', fn () => [$copy()], $context);
            $this->assertParity('dot', fn () => [$copy(), $prefix], $context);
            $this->assertParity('undot', fn () => [$copy()], $context);
            $this->assertParity('undot', fn () => [LaravelArr::dot($copy())], "{$context}, round trip");
        }
    }

    /**
     * @param  list<mixed>|\Closure(): list<mixed>  $arguments  a Closure gives each side its own
     */
    private function assertParity(string $method, array|\Closure $arguments, string $context): void
    {
        $fresh = fn () => $arguments instanceof \Closure ? $arguments() : $arguments;
        $laravel = Outcome::of(fn () => LaravelArr::$method(...$fresh()));
        $oxide = Outcome::of(fn () => Arr::$method(...$fresh()));

        // Fresh copies hold objects of their own: compared by content.
        $comparable = fn (Outcome $outcome) => $arguments instanceof \Closure ? Outcome::byContent($outcome->toArray()) : $outcome->toArray();
        $this->assertSame($comparable($laravel), $comparable($oxide), "{$method} — {$context}");
    }
}
