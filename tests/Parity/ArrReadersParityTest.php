<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Oxide\Tests\Support\LaravelArr;
use Illuminate\Support\Collection;
use Illuminate\Support\Fluent;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Tests\Support\Fixtures\OffsetsOnly;
use Oxide\Tests\Support\Fixtures\PublicAndMagic;
use Oxide\Tests\Support\Fixtures\StringableStar;
use Oxide\Tests\Support\Fixtures\ThrowsOnRead;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use RuntimeException;
use stdClass;

/**
 * Oxide\Arr's dot-notation readers (get, has, hasAll, hasAny, pluck,
 * select) against Laravel's Arr: same value, exception and warnings, for
 * arrays holding arrays, objects, ArrayAccess, Collections and references,
 * and for the targets and keys Oxide hands to Laravel.
 */
final class ArrReadersParityTest extends TestCase
{
    private const RANDOM_CASES = 2000;

    public function test_oxide_arr_reads_natively(): void
    {
        $this->assertContains('Oxide\Concerns\ReadsArraysNatively', class_uses(\Oxide\Arr::class));
    }

    /**
     * @return array<string, mixed>
     */
    private static function targets(): array
    {
        $shared = 'shared';

        return [
            'nested' => ['a' => ['b' => ['c' => 1, 'n' => null]], 'x' => null, 5 => 'five', -3 => 'minus', '' => 'empty', 'a.b' => 'dotted', 'f' => false],
            'numeric strings' => ['07' => 'zero seven', '1.5' => 'one and a half', 9 => ['0' => 'zero', 1 => ['2' => 'deep']]],
            'dotted keys' => ['a.b' => ['c' => 'via dotted'], 'a' => ['b.c' => 'inner dotted'], '.' => 'dot', 'x.' => 'x dot', '..' => 'two'],
            'references' => ['r' => &$shared, 'n' => ['r' => &$shared]],
            'objects inside' => [
                'object' => new PublicAndMagic,
                'std' => (object) ['a' => 'property'],
                'ao' => new ArrayObject(['k' => ['m' => 'ao deep']]),
                'offsets' => new OffsetsOnly(['a' => ['b' => 'offset deep'], 'zero' => 0]),
                'collection' => new Collection(['a' => ['b' => 'collection deep'], 'nulls' => null]),
                'fluent' => new Fluent(['a' => 'fluent']),
                'throws' => new ThrowsOnRead,
            ],
            'unicode' => ['ключ' => ['键' => 'значение'], "\xFF" => ['b' => 'invalid utf-8'], 'é' => 'e acute'],
            'empty' => [],
            'collection' => new Collection(['a' => ['b' => 1]]),
            'ArrayObject' => new ArrayObject(['a' => ['b' => 1]]),
            'null' => null,
            'string' => 'a.b',
        ];
    }

    /**
     * @return list<mixed>
     */
    private static function keys(): array
    {
        return [
            'a', 'a.b', 'a.b.c', 'a.b.n', 'a.b.c.z', 'x', 'x.y', 'f', 'f.g', '5', 5, -3, '-3', '07', '07.x', 9, '9.0', '9.1.2', '1.5', '',
            '.', '..', 'a.', '.a', 'a..b', 'a.b.c', 'b.c', 'r', 'n.r', 'ключ.键', "\xFF.b", 'é',
            'object.public', 'object.public.x', 'object.secret', 'object.magic', 'object.unset', 'std.a', 'ao.k.m', 'offsets.a.b', 'offsets.zero',
            'offsets.missing', 'collection.a.b', 'collection.nulls', 'collection.missing', 'fluent.a', 'throws.x', 'object', 'missing.deep',
            1.5, true, null, [], ['a', 'x'], ['a.b', 'a.b.c'], ['missing', 'a'], ['a', 5], [null], ['a', 1.5], [['a']], [new StringableStar],
        ];
    }

    /**
     * @return iterable<string, array{string, int}>
     */
    public static function curatedCases(): iterable
    {
        foreach (array_keys(self::targets()) as $label) {
            foreach (array_keys(self::keys()) as $index) {
                yield "{$label} / key {$index}" => [$label, $index];
            }
        }
    }

    #[DataProvider('curatedCases')]
    public function test_curated_reads(string $label, int $index): void
    {
        $target = self::targets()[$label];
        $key = self::keys()[$index];
        foreach ([null, 'default', static fn () => 'from closure'] as $default) {
            $this->assertParity('get', [$target, $key, $default], 'curated');
        }
        foreach (['has', 'hasAll', 'hasAny', 'select'] as $method) {
            $this->assertParity($method, [$target, $key], 'curated');
        }
    }

    public function test_a_throwing_default_closure_propagates(): void
    {
        $this->assertParity('get', [['a' => 1], 'b.c', static fn () => throw new RuntimeException('default')], 'throwing default');
    }

    /**
     * @return iterable<string, array{mixed, mixed}>
     */
    public static function pluckCases(): iterable
    {
        $paths = ['name', 'user.name', 'id', 'missing', '*', '*.id', '{first}', 'tags.{last}', 5, 0, null, [], ['user', 'name'], ['user', null], 'user'];
        $keys = [null, 'id', 'name', 'user.id', 'weird', 'missing', 0, ['user', 'id'], 'tags.{first}'];
        foreach ($paths as $i => $value) {
            foreach ($keys as $j => $key) {
                yield "value {$i} / key {$j}" => [$value, $key];
            }
        }
    }

    #[DataProvider('pluckCases')]
    public function test_pluck(mixed $value, mixed $key): void
    {
        $rows = [
            ['id' => 1, 'name' => 'Ann', 'user' => ['id' => 'u1', 'name' => 'Ann U'], 'tags' => ['x', 'y'], 'weird' => null],
            ['id' => '2', 'name' => 'Bob', 'user' => ['id' => '07', 'name' => null], 'tags' => [], 'weird' => true],
            'scalar row',
            ['id' => 1, 'name' => 'Ann again', 'weird' => 1.5],
            (object) ['id' => 3, 'name' => 'object', 'weird' => false, 'user' => (object) ['id' => -4]],
            new Collection(['id' => 4, 'name' => 'collection', 'weird' => new StringableStar]),
            [0 => 'zero', 5 => 'five', 'weird' => 9_007_199_254_740_993],
            null,
        ];
        $this->assertParity('pluck', [$rows, $value, $key], 'rows');
        $this->assertParity('pluck', [[], $value, $key], 'empty');
        $this->assertParity('pluck', [new Collection($rows), $value, $key], 'collection target');
    }

    public function test_pluck_keys_php_must_convert(): void
    {
        $keys = [1.5, 2.0, NAN, INF, true, false, null, new StringableStar, new stdClass, ['array'], PHP_INT_MAX, '9223372036854775808'];
        foreach ($keys as $index => $itemKey) {
            $rows = [['v' => 'first', 'k' => $itemKey], ['v' => 'second', 'k' => 'k']];
            $this->assertParity('pluck', [$rows, 'v', 'k'], "item key {$index}");
        }
        $this->assertParity('pluck', [[['v' => 1]], static fn ($row) => $row['v'] * 2, null], 'closure value');
        $this->assertParity('pluck', [[['v' => 1, 'k' => 'a']], 'v', static fn ($row) => strtoupper($row['k'])], 'closure key');
        $this->assertParity('pluck', [[['v' => 1]], new stdClass, null], 'object path');
    }

    public function test_select(): void
    {
        $rows = [
            'a' => ['id' => 1, 'name' => 'Ann', '5' => 'five', 'n' => null],
            7 => (object) ['id' => 2, 'name' => 'Bob', 'n' => null],
            'c' => new Collection(['id' => 3]),
            'd' => new OffsetsOnly(['id' => 4, 'zero' => 0]),
            'e' => new PublicAndMagic,
            'f' => 'scalar',
            'g' => null,
        ];
        foreach ([['id', 'name'], 'id', 5, ['5', 'n', 'missing'], [], null, ['magic', 'secret', 'public'], [1.5], [null], [true], new StringableStar] as $index => $keys) {
            $this->assertParity('select', [$rows, $keys], "keys {$index}");
        }
        $this->assertParity('select', ['not an array', ['id']], 'string target');
    }

    public function test_seeded_random_arrays_and_paths(): void
    {
        $random = new RandomText(RandomText::seed());
        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $array = $random->array(4, 5);
            $segments = [];
            for ($n = $random->int(1, 4); $n > 0; $n--) {
                $segments[] = $random->pick(['a', 'b', 'id', 'user', 'name', '0', '1', '2', '7', '-1', '5', '05', '', 'ключ', '*', 'missing']);
            }
            $key = implode('.', $segments);
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $this->assertParity('get', [$array, $key, 'default'], $context);
            $this->assertParity('get', [$array, $random->pick([0, 1, -1, 7, PHP_INT_MAX]), 'default'], $context);
            $this->assertParity('has', [$array, $key], $context);
            $this->assertParity('hasAny', [$array, [$key, $random->pick(['a', 'b.a', 'missing', '0'])]], $context);
            $this->assertParity('hasAll', [$array, [$key, $random->pick(['a', 'b.a', 'missing', '0'])]], $context);
            $this->assertParity('pluck', [array_values($array), $random->pick(['a', 'id', '0', 'user.name', '*']), $random->pick([null, 'id', 'a', '1'])], $context);
            $this->assertParity('select', [$array, $random->pick([['a', 'id'], 'user', [0, '1', 'b']])], $context);
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
