<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Closure;
use Oxide\Tests\Support\LaravelArr;
use Illuminate\Support\Collection;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Native;
use Oxide\Tests\Support\ComparesInPlaceWrites;
use Oxide\Tests\Support\Fixtures\OffsetsOnly;
use Oxide\Tests\Support\HostileValues;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use stdClass;

/**
 * Oxide\Arr's dot-notation writers (set, forget, and add, pull, except built
 * on them) against Laravel's Arr: same return value, same array afterwards
 * (and copies sharing it untouched), same exception and warnings.
 */
final class ArrWritersParityTest extends TestCase
{
    use ComparesInPlaceWrites;

    private const RANDOM_CASES = 2000;

    public function test_oxide_arr_writes_natively(): void
    {
        $this->assertContains('Oxide\Concerns\WritesArraysNatively', class_uses(\Oxide\Arr::class));
    }

    /**
     * Targets, built afresh for each side: references must not be shared
     * between the two.
     *
     * @return array<string, Closure(): mixed>
     */
    private static function targets(): array
    {
        return [
            'nested' => fn () => ['a' => ['b' => ['c' => 1, 'n' => null]], 'x' => null, 5 => 'five', -3 => 'minus', '' => 'empty', 'a.b' => 'dotted', 'f' => false],
            'numeric strings' => fn () => ['07' => 'zero seven', '1.5' => 'one and a half', 9 => ['0' => 'zero', 1 => ['2' => 'deep']]],
            'dotted keys' => fn () => ['a.b' => ['c' => 'via dotted'], 'a' => ['b.c' => 'inner dotted'], '.' => 'dot', 'x.' => 'x dot', '..' => 'two'],
            'list' => fn () => [[1, 2], [3, [4, 5]], 'six'],
            'literal (immutable)' => fn () => ['a' => ['b' => 'literal'], 'c' => []],
            'scalars on the way' => fn () => ['a' => 'string', 'b' => 5, 'c' => false, 'd' => 1.5, 'e' => ['f' => 'leaf']],
            'objects on the way' => fn () => [
                'std' => (object) ['a' => 'property'],
                'ao' => new ArrayObject(['k' => ['m' => 'ao deep']]),
                'offsets' => new OffsetsOnly(['a' => ['b' => 'offset deep']]),
                'collection' => new Collection(['a' => ['b' => 'collection deep']]),
                'closure' => fn () => 'closure',
                'inner' => ['ao' => new ArrayObject(['x' => 1])],
            ],
            'references' => function () {
                $shared = ['in' => 'shared'];
                $scalar = 'scalar';

                return ['r' => &$shared, 'n' => ['r' => &$shared, 's' => &$scalar], 's' => &$scalar, 'plain' => ['p' => 1]];
            },
            'unicode' => fn () => ['ключ' => ['键' => 'значение'], "\xFF" => ['b' => 'invalid utf-8'], 'é' => 'e acute'],
            'empty' => fn () => [],
            'deep' => fn () => ['a' => ['a' => ['a' => ['a' => ['a' => ['a' => 'deep']]]]]],
        ];
    }

    /**
     * @return list<mixed>
     */
    private static function keys(): array
    {
        return [
            'a', 'a.b', 'a.b.c', 'a.b.c.d', 'a.b.n', 'a.b.n.x', 'x', 'x.y', 'new', 'new.deep.path', '5', '5.x', 5, 0, -3, '-3', '07',
            '1.5', '9.1.2', '9.1.2.3', 9, '0.1', '0.1.0', '1.1.1', 'a.b', '', '.', '..', 'a.', '.a', 'a..b', 'x.', 'f', 'f.g',
            'std.a', 'ao.k', 'ao.k.m', 'offsets.a.b', 'collection.a', 'closure.x', 'inner.ao.x', 'inner.ao', 'r', 'r.in', 'r.new',
            'n.r.in', 'n.s', 's', 's.x', 'plain.p', 'plain.q.r', 'ключ.键', "\xFF.b", 'é', 'a.a.a.a.a.a', 'a.a.a.a.a.a.a',
            PHP_INT_MAX, '9223372036854775808', '-0', 'e.f', 'b.x', 'c.x', 'd.x',
            null, 1.5, true, false, ['a'], new stdClass,
        ];
    }

    /**
     * @return iterable<string, array{string, string, int}>
     */
    public static function curatedCases(): iterable
    {
        foreach (array_keys(self::targets()) as $target) {
            foreach (self::keys() as $index => $key) {
                $label = $target.' / '.json_encode($key, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE).' #'.$index;
                foreach (['set', 'forget', 'add', 'pull', 'except'] as $method) {
                    yield "{$method} {$label}" => [$method, $target, $index];
                }
            }
            yield "forget list / {$target}" => ['forget list', $target, 0];
        }
    }

    #[DataProvider('curatedCases')]
    public function test_curated_writes(string $method, string $target, int $index): void
    {
        $key = self::keys()[$index];
        $make = self::targets()[$target];
        $arguments = match ($method) {
            'set', 'add' => [$key, ['value' => $index]],
            'pull' => [$key, 'default'],
            'forget list' => [['a.b.c', 'x', '5', 5, 'r.in', 'missing.key', 'a.b', '', '0.1', 'plain.p']],
            default => [$key],
        };
        $this->assertParity(str_replace(' list', '', $method), $make, $arguments, "{$target} {$method}");
    }

    public function test_non_array_targets_and_odd_values(): void
    {
        foreach ([null, 'string', 5, new ArrayObject(['a' => ['b' => 1]]), new OffsetsOnly(['a' => 1]), false] as $target) {
            foreach (['set', 'forget', 'add', 'pull', 'except'] as $method) {
                $arguments = \in_array($method, ['set', 'add'], true) ? ['a.b', 'v'] : ['a.b'];
                $this->assertParity($method, fn () => \is_object($target) ? clone $target : $target, $arguments, get_debug_type($target));
            }
        }
        foreach ([null, [1, [2]], new stdClass, fn () => 'closure'] as $value) {
            $this->assertParity('set', fn () => ['a' => ['b' => 1]], ['a.b', $value], 'value '.get_debug_type($value));
        }
        foreach ([[], ['a', ['b']], ['a.b', null], ['a.b', 1.5], [new stdClass]] as $keys) {
            $this->assertParity('forget', fn () => ['a' => ['b' => 1], 'c' => 2], [$keys], 'keys '.json_encode($keys));
        }
    }

    public function test_hostile_values_as_target_key_and_value(): void
    {
        // Laravel's set() and forget() walk a self-referencing array like any
        // other; only the snapshot comparing results could not.
        $labels = array_diff(array_keys(HostileValues::all()), ['recursive array']);
        foreach ($labels as $label) {
            $fresh = fn () => HostileValues::all()[$label];
            $this->assertParity('set', fn () => ['a' => ['b' => 1]], [$fresh(), 'v'], "key {$label}");
            $this->assertParity('set', fn () => ['a' => ['b' => 1]], ['a.b', $fresh()], "value {$label}");
            $this->assertParity('forget', fn () => ['a' => ['b' => 1]], [$fresh()], "keys {$label}");
            $this->assertParity('set', $fresh, ['a.b', 1], "target {$label}");
            $this->assertParity('forget', $fresh, ['a.b'], "target {$label}");
            $this->assertParity('set', fn () => ['k' => $fresh(), 'n' => ['v' => $fresh()]], ['n.v.x', 1], "{$label} on the path");
        }
    }

    /**
     * The array set() stores may be the target itself, and copies sharing
     * the target (or an immutable literal) must never see the change.
     */
    public function test_shared_arrays_are_separated(): void
    {
        $array = ['a' => ['b' => ['c' => 1]], 'd' => 2];
        $copy = $array;
        $innerCopy = $array['a'];
        Arr::set($array, 'a.b.c', $array);
        $this->assertSame(['a' => ['b' => ['c' => 1]], 'd' => 2], $copy);
        $this->assertSame(['b' => ['c' => 1]], $innerCopy);
        $this->assertSame($copy, $array['a']['b']['c']);

        $copy = $array;
        Arr::forget($array, ['a.b', 'd']);
        $this->assertSame(['a' => []], $array);
        $this->assertSame(2, $copy['d']);
        $this->assertArrayHasKey('b', $copy['a']);

        foreach ([1, 2] as $round) {
            $literal = ['x' => ['y' => 'literal']];
            $this->assertSame(['y' => 'literal', 'z' => $round], Arr::set($literal, 'x.z', $round));
        }
    }

    /**
     * An object replaced by set() or dropped by forget() is released after
     * the write: its destructor sees the array as the write leaves it, as
     * with Laravel.
     */
    public function test_destructors_run_after_the_write(): void
    {
        foreach ([Arr::class, LaravelArr::class] as $class) {
            $log = new ArrayObject;
            $array = ['a' => ['b' => self::destructorLogging($log, 'set')], 'c' => self::destructorLogging($log, 'forget')];
            $class::set($array, 'a.b.x', 1);
            $class::forget($array, 'c');
            $logs[$class] = $log->getArrayCopy();
            $results[$class] = $array;
        }
        $this->assertSame($logs[LaravelArr::class], $logs[Arr::class]);
        $this->assertSame($results[LaravelArr::class], $results[Arr::class]);
    }

    public function test_seeded_random_arrays_and_paths(): void
    {
        $random = new RandomText(RandomText::seed());
        $native = 0;

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $array = $random->array();
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $paths = self::paths($array);
            $key = $random->int(0, 4) === 0 || $paths === [] ? $random->pick(['a', 'a.b', 'new.key', '5', '.', '']) : $random->pick($paths);
            if ($random->int(0, 3) === 0) {
                $key .= '.'.$random->pick(['x', '0', '', 'id']);
            }
            $copy = fn () => unserialize(serialize($array));

            $this->assertParity('set', $copy, [$key, "v{$i}"], $context);
            $this->assertParity('forget', $copy, [$random->int(0, 1) === 0 ? $key : [$key, $random->pick($paths ?: ['z'])]], $context);
            $this->assertParity('pull', $copy, [$key], $context);

            $probe = $copy();
            $native += (int) (Native\arr_set($probe, $key, 1) !== null);
        }

        // References make a path go to Laravel; most must be native, or
        // this test would compare Laravel with itself.
        $this->assertGreaterThan(0.8 * self::RANDOM_CASES, $native);
    }

    /**
     * Every dotted path to a value of an array, keys as strings.
     *
     * @param  array<array-key, mixed>  $array
     * @return list<string>
     */
    private static function paths(array $array, string $prefix = ''): array
    {
        $paths = [];
        foreach ($array as $key => $value) {
            $paths[] = $prefix.$key;
            if (\is_array($value)) {
                array_push($paths, ...self::paths($value, $prefix.$key.'.'));
            }
        }

        return $paths;
    }

    private static function destructorLogging(ArrayObject $log, string $name): object
    {
        return new class($log, $name)
        {
            public function __construct(private ArrayObject $log, private string $name) {}

            public function __destruct()
            {
                $this->log[] = "{$this->name} destroyed";
            }
        };
    }

    /**
     * @param  Closure(): mixed  $make
     * @param  list<mixed>  $arguments
     */
    private function assertParity(string $method, Closure $make, array $arguments, string $context): void
    {
        $writer = fn (string $class) => match ($method) {
            'set' => fn (&$target) => $class::set($target, ...$arguments),
            'forget' => fn (&$target) => $class::forget($target, ...$arguments),
            'pull' => fn (&$target) => $class::pull($target, ...$arguments),
            default => fn (&$target) => $class::$method($target, ...$arguments),
        };
        $message = sprintf('%s(%s) — %s', $method, json_encode($arguments, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR), $context);
        $this->assertInPlaceParity($writer(LaravelArr::class), $writer(Arr::class), $make, $message);
    }
}
