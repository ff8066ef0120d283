<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Oxide\Tests\Support\LaravelArr;
use DateTimeImmutable;
use DateTimeZone;
use Illuminate\Support\Collection;
use Illuminate\Support\Fluent;
use Illuminate\Support\LazyCollection;
use Oxide\Arr as OxideArr;
use Oxide\Native;
use Oxide\Tests\Support\Fixtures\Bag;
use Oxide\Tests\Support\Fixtures\ClosureSources;
use Oxide\Tests\Support\Fixtures\GetOnly;
use Oxide\Tests\Support\Fixtures\HookedProperties;
use Oxide\Tests\Support\Fixtures\IssetOnly;
use Oxide\Tests\Support\Fixtures\JsonOnly;
use Oxide\Tests\Support\Fixtures\OffsetsOnly;
use Oxide\Tests\Support\Fixtures\OverridingCollection;
use Oxide\Tests\Support\Fixtures\PropertyKinds;
use Oxide\Tests\Support\Fixtures\PublicAndMagic;
use Oxide\Tests\Support\Fixtures\RecordingOffsets;
use Oxide\Tests\Support\Fixtures\StringableStar;
use Oxide\Tests\Support\Fixtures\Suit;
use Oxide\Tests\Support\Fixtures\ThrowsOnRead;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionFunction;
use RuntimeException;
use stdClass;

/**
 * The native data_get/data_has/head/last against Laravel's global
 * helpers (defined here: this process does not set oxide.helpers): same
 * value, same exception, same warnings and deprecations.
 */
final class DataHelpersParityTest extends TestCase
{
    private const RANDOM_CASES = 3000;

    public function test_the_globals_here_are_laravels(): void
    {
        foreach (['data_get', 'data_has', 'head', 'last'] as $helper) {
            $this->assertFalse((new ReflectionFunction($helper))->isInternal(), $helper);
        }
    }

    /**
     * @return array<string, mixed>
     */
    private static function targets(): array
    {
        $shared = 'shared';

        return [
            'nested array' => ['a' => ['b' => ['c' => 1, 'd' => null]], 'x' => null, 5 => 'five', '' => 'empty', '1.5' => 'str-float', 'a.b' => 'dotted'],
            'rows' => ['users' => [
                ['name' => 'Ann', 'tags' => ['t1', 't2'], 'team' => ['name' => 'core']],
                ['name' => 'Bob', 'tags' => [], 'team' => null],
                ['noname' => true, 'tags' => ['x' => 't3']],
                'not a row',
            ]],
            'list of lists' => [[1, [2, 3]], [4], [], 'scalar'],
            'wildcard and brace keys' => ['*' => ['{first}' => 'literal'], '{last}' => 'brace', 'k' => ['*' => 'star']],
            'numeric strings' => ['07' => 'leading zero', '-3' => 'negative', 9 => ['0' => 'zero']],
            'references' => ['r' => &$shared, 'n' => ['r' => &$shared]],
            'empty array' => [],
            'object' => new PublicAndMagic,
            'stdClass' => (object) ['a' => (object) ['b' => 'deep'], 'list' => [1, 2], '5' => 'numeric property'],
            'collection' => new Collection(['a' => ['b' => 2], 'items' => new Collection([['id' => 1], ['id' => 2]]), 'nulls' => null]),
            'collection of collections' => new Collection([new Collection(['id' => 1]), new Collection(['id' => 2])]),
            'lazy collection' => LazyCollection::make(fn () => yield from [['id' => 1], ['id' => 2]]),
            'ArrayObject' => new ArrayObject(['k' => 'v', 'n' => ['m' => 1]]),
            'ArrayAccess' => new OffsetsOnly(['a' => ['b' => 'via offsetGet'], 'zero' => 0]),
            'Fluent' => new Fluent(['a' => ['b' => 'fluent']]),
            'JsonSerializable' => new JsonOnly,
            'generator rows' => ['rows' => (fn () => yield from [['id' => 1], ['id' => 2]])()],
            'mixed rows' => ['rows' => [['id' => 1], (object) ['id' => 2], new Collection(['id' => 3]), null, 7]],
            'many rows' => ['rows' => self::manyRows()],
            'many rows, then ArrayAccess' => ['rows' => [...self::manyRows(), new OffsetsOnly(['id' => 'late', 'user' => ['name' => 'late']])]],
            'throwing object' => new ThrowsOnRead,
            'property kinds' => new PropertyKinds,
            'rows of objects' => ['rows' => [new PropertyKinds, (object) ['public' => 'std', 'rows' => [(object) ['id' => 3]]], new GetOnly, new IssetOnly]],
            'isset only' => new IssetOnly,
            'get only' => new GetOnly,
            'overriding collection' => new OverridingCollection(['a' => ['b' => 1], 'public' => 'item', 'rows' => [['id' => 1]]]),
            'collection of objects' => new Collection(['rows' => [new PropertyKinds, (object) ['id' => 9]], 'public' => null, 7 => 'seven']),
            'enum' => Suit::Hearts,
            'DateTimeImmutable' => new DateTimeImmutable('2026-01-01 00:00:00', new DateTimeZone('UTC')),
            'exception' => new RuntimeException('message'),
            ...self::php84Targets(),
            'null' => null,
            'string' => 'text',
            'int' => 42,
        ];
    }

    /**
     * More rows than the native walk reads together (16), of every shape a
     * wildcard meets, so that batches end mid-list and past missing keys.
     *
     * @return list<mixed>
     */
    private static function manyRows(): array
    {
        $shared = ['name' => 'shared'];

        return array_map(static fn (int $i) => match ($i % 9) {
            0 => ['id' => $i, 'user' => ['name' => "user {$i}", 'tags' => [$i, 'x']]],
            1 => ['id' => $i, 'user' => null],
            2 => (object) ['id' => $i, 'user' => ['name' => "object {$i}", 'tags' => []]],
            3 => new Collection(['id' => $i, 'user' => new Collection(['tags' => ['c' => $i]])]),
            4 => "scalar {$i}",
            5 => ['user' => ['name' => ['nested' => $i], 'tags' => 'not a list']],
            6 => ['id' => (string) $i, 'user' => &$shared],
            7 => [$i => ['name' => 'by index'], 'user' => ['tags' => ['only' => ['deep']]]],
            default => [],
        }, range(0, 40));
    }

    /**
     * @return list<mixed>
     */
    private static function keys(): array
    {
        return [
            'a', 'a.b', 'a.b.c', 'a.b.d', 'a.b.c.z', 'x', 'x.y', '5', 5, -3, '-3', '07', 9, '9.0', '', '.', 'a.', '.a', 'a..b', '1.5', 1.5, 1.0, true, false,
            '*', '*.*', '*.name', 'users.*.name', 'users.*.tags', 'users.*.tags.*', 'users.*.team.name', 'users.*.*', 'rows.*.id', 'items.*.id', '*.id',
            'a.*', 'a.*.c', '{first}', '{last}', 'users.{first}.name', 'users.{last}', 'users.{first}.tags.{last}', '{first}.{first}', 'rows.{last}',
            '\*', 'k.\*', '\*.\{first}', '\{first}', '\{last}', 'k.*', 'public', 'secret', 'magic', 'unset', 'list.1', 'n.m', 'zero', 'throws',
            [], ['a'], ['a', 'b', 'c'], ['a', null, 'c'], [null], ['users', '*', 'name'], ['users', 0, 'name'], [true], [false], [1.5], ['a', ['b']],
            ['a', new stdClass], ['*', true], ['*', 'x', new StringableStar], ['users', '*', 'tags', '*'], ['5'], [5 => 'a', 2 => 'b'], null,
            new StringableStar, ['x' => '*', 'y' => 'name'],
            'inherited', 'parentProtected', 'parentPrivate', 'staticPublic', 'nullable', 'uninitialized', 'typed', 'unsetLater', 'readonly',
            'readonly.r', 'protected', 'private', 'reference.via', 'nested.deep.value', 'nested.0', 'nested.list.*.id', 'rows.*.user.name',
            'rows.*.public', 'rows.*.rows.*.id', '7', 7, 'dynamic.d', 'dynamicNull', 'backed', 'virtual.v', 'plain', 'absent', 'ghost',
            'value', 'name', "\0x", '*.public', '*.*.id', 'items', ['nested', 'list', '*', 'id'],
            '*.0', '*.1.1', 'users.*.tags.0', ['*', 1, 0], '*.-3', '*.07', 'rows.*.user.tags.*', 'rows.*.user.*', 'rows.*.user.tags.0',
            'rows.*.*.name', 'rows.*.9.name',
        ];
    }

    /**
     * Objects only PHP 8.4 has: lazy ghosts and proxies (reading them runs
     * their initializer) and property hooks.
     *
     * @return array<string, object>
     */
    private static function php84Targets(): array
    {
        if (PHP_VERSION_ID < 80400) {
            return [];
        }
        $class = new ReflectionClass(PropertyKinds::class);

        return [
            'lazy ghost' => $class->newLazyGhost(static fn (PropertyKinds $object) => $object->__construct()),
            'lazy proxy' => $class->newLazyProxy(static fn () => new PropertyKinds),
            'initialized lazy proxy' => (static function () use ($class) {
                $proxy = $class->newLazyProxy(static fn () => new PropertyKinds);
                $class->initializeLazyObject($proxy);

                return $proxy;
            })(),
            'hooked properties' => new HookedProperties,
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

    /**
     * Each side gets its own target and key (a generator runs only once).
     */
    #[DataProvider('curatedCases')]
    public function test_curated_data_get_and_data_has(string $label, int $index): void
    {
        $arguments = static fn (array $more = []) => [self::targets()[$label], self::keys()[$index], ...$more];
        foreach ([null, 'default', static fn () => 'from closure', [1]] as $default) {
            $this->assertParity('data_get', $arguments([$default]), 'curated', $arguments([$default]));
        }
        $this->assertParity('data_get', $arguments(), 'curated, no default', $arguments());
        $this->assertParity('data_has', $arguments(), 'curated', $arguments());
    }

    /**
     * Each side gets fresh ArrayAccess objects; the answer and the calls
     * each object saw (how many, in which order, with which offsets) match.
     */
    public function test_array_access_is_asked_as_laravel_asks_it(): void
    {
        $keys = [
            'a', 'a.b', 'n', 'n.x', 0, '0', 1, '1', 'missing', 'property', 'nullProperty', 'calls', 'throws', 'throwing exists',
            'rows.*.a.b', 'rows.*.property', 'rows.*.missing', 'rows.{first}.a', ['rows', 0, 'a'], 'rows.1.n',
        ];
        $target = static fn () => ['rows' => [new RecordingOffsets, new RecordingOffsets(['a' => ['b' => 'second']])], 'a' => new RecordingOffsets];
        $helpers = [
            'data_get' => ['data_get', Native\data_get(...)],
            'data_has' => ['data_has', Native\data_has(...)],
            'Arr::get' => [LaravelArr::get(...), OxideArr::get(...)],
        ];
        foreach ($keys as $key) {
            foreach ($helpers as $helper => $sides) {
                $run = static function (callable $function, mixed $data) use ($key): array {
                    $found = null;
                    $outcome = Outcome::of(function () use ($function, $data, $key, &$found) {
                        return $found = $function($data, $key);
                    })->toArray();
                    $objects = is_array($data) ? [...$data['rows'], $data['a']] : [$data];

                    return [$outcome, array_map(static fn (RecordingOffsets $object) => $object->calls, $objects), self::holdsReferences($found)];
                };
                foreach ([$target, static fn () => new RecordingOffsets] as $index => $fresh) {
                    $this->assertSame(
                        Outcome::byContent($run($sides[0], $fresh())),
                        Outcome::byContent($run($sides[1], $fresh())),
                        "{$helper} target {$index} ".var_export($key, true),
                    );
                }
            }
        }
    }

    /**
     * An internal ArrayAccess hands out its own slots, references included:
     * a read copies the value out of the reference.
     */
    public function test_values_read_from_array_access_are_not_references(): void
    {
        $shared = ['deep' => 'shared'];
        $object = new ArrayObject(['r' => &$shared]);
        $data = ['list' => [$object, $object]];
        $laravel = data_get($data, 'list.*.r');
        $oxide = Native\data_get($data, 'list.*.r');

        $this->assertSame([$shared, $shared], $oxide);
        $this->assertSame(self::holdsReferences($laravel), self::holdsReferences($oxide));
        $this->assertFalse(self::holdsReferences($oxide));
    }

    /**
     * Whether an array found holds a PHP reference anywhere (offsetGet() may
     * return one; a read hands back its value). Only debug_zval_dump() shows
     * a reference nothing else shares.
     */
    private static function holdsReferences(mixed $found): bool
    {
        if (! is_array($found)) {
            return false;
        }
        ob_start();
        debug_zval_dump($found);

        return str_contains((string) ob_get_clean(), 'reference refcount(');
    }

    public function test_a_throwing_default_closure_propagates(): void
    {
        $this->assertParity('data_get', [['a' => 1], 'b', static fn () => throw new RuntimeException('default')], 'throwing default');
    }

    public function test_seeded_random_paths(): void
    {
        $random = new RandomText(RandomText::seed());
        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            $target = self::randomValue($random, 4);
            $segments = [];
            for ($n = $random->int(0, 5); $n > 0; $n--) {
                $segments[] = $random->pick(['*', '*', '{first}', '{last}', '\*', 'a', 'b', 'id', '0', '1', '2', '', 'name', 'missing', '-1']);
            }
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $key = $random->int(0, 3) === 0 ? array_map(self::juggled(...), $segments, array_fill(0, count($segments), $random->int(0, 9))) : implode('.', $segments);
            $this->assertParity('data_get', [$target, $key, 'default'], $context);
            $this->assertParity('data_has', [$target, $key], $context);
        }
    }

    /**
     * @return iterable<string, array{mixed}>
     */
    public static function headAndLastCases(): iterable
    {
        $cases = [
            'empty' => [], 'list' => [1, 2, 3], 'map' => ['a' => 'x', 'b' => 'y'], 'holes' => [3 => 'x', 1 => 'y'],
            'null first' => [null, 1], 'false last' => [1, false], 'nested' => [[1], [2]], 'null' => null, 'zero' => 0,
            'zero string' => '0', 'empty string' => '', 'float zero' => 0.0, 'false' => false,
        ];
        $withHole = [1, 2, 3];
        unset($withHole[0], $withHole[2]);
        $cases['unset ends'] = $withHole;
        foreach ($cases as $label => $value) {
            yield $label => [$value];
        }
    }

    #[DataProvider('headAndLastCases')]
    public function test_head_and_last(mixed $array): void
    {
        $this->assertParity('head', [$array], 'head');
        $this->assertParity('last', [$array], 'last');
    }

    /**
     * A TypeError for non-array input comes from array_first()/array_last();
     * on PHP < 8.5 those are symfony/polyfill-php85's user functions, whose
     * message names the calling file and line, which for Laravel is its own
     * helpers.php and for Oxide is none. Class and the rest match.
     */
    public function test_head_and_last_of_non_arrays(): void
    {
        foreach (['text', 5, 1.5, true, new stdClass, new Collection([1])] as $value) {
            foreach (['head', 'last'] as $helper) {
                $laravel = Outcome::of(fn () => $helper($value))->map(self::withoutCaller(...));
                $oxide = Outcome::of(fn () => ('Oxide\\Native\\'.$helper)($value));
                $this->assertSame($laravel->toArray(), $oxide->toArray(), $helper.' '.get_debug_type($value));
            }
        }
    }

    public function test_closure_defaults(): void
    {
        // A closure default is called natively with the function, object
        // and scope its handler names.
        foreach (ClosureSources::closures() as $label => $closure) {
            $this->assertParity('data_get', [[], 'missing', $closure], "data_get default from a {$label}");
        }
    }

    /**
     * @param  list<mixed>  $arguments
     */
    private function assertParity(string $helper, array $arguments, string $context, ?array $oxideArguments = null): void
    {
        $oxideArguments ??= $arguments;
        $laravel = Outcome::of(fn () => $helper(...$arguments));
        $oxide = Outcome::of(fn () => ('Oxide\\Native\\'.$helper)(...$oxideArguments));

        $this->assertSame(Outcome::byContent($laravel->toArray()), Outcome::byContent($oxide->toArray()), "{$helper} — {$context}");
    }

    private static function withoutCaller(string $message): string
    {
        return (string) preg_replace('/, called in .* on line \d+$/', '', $message);
    }

    /** A path segment as an array key path may hold it: string, int, null or bool. */
    private static function juggled(string $segment, int $roll): mixed
    {
        return match (true) {
            $roll === 0 => null,
            $roll === 1 && $segment === '*' => true,
            $roll <= 4 && is_numeric($segment) => (int) $segment,
            default => $segment,
        };
    }

    private static function randomValue(RandomText $random, int $depth): mixed
    {
        $roll = $random->int(0, 9);
        if ($depth === 0 || $roll < 3) {
            return $random->pick([null, 0, 1, 'x', '', true, 1.5, []]);
        }
        $items = [];
        for ($n = $random->int(0, 4); $n > 0; $n--) {
            $key = $random->pick([0, 1, 2, 'a', 'b', 'id', 'name', '*', '{first}', '', '-1']);
            $items[$key] = self::randomValue($random, $depth - 1);
        }

        return match ($roll) {
            3 => new Collection($items),
            4 => (object) $items,
            5 => new ArrayObject($items),
            6 => new Bag($items),
            default => $items,
        };
    }
}
