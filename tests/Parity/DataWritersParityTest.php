<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use ArrayObject;
use Closure;
use Illuminate\Support\Collection;
use Illuminate\Support\Fluent;
use Oxide\Native;
use Oxide\Tests\Support\ComparesInPlaceWrites;
use Oxide\Tests\Support\Fixtures\MagicAttributes;
use Oxide\Tests\Support\Fixtures\PlainObject;
use Oxide\Tests\Support\Fixtures\ReadonlyObject;
use Oxide\Tests\Support\Fixtures\ReferencingMagic;
use Oxide\Tests\Support\Fixtures\Bag;
use Oxide\Tests\Support\Fixtures\OffsetsOnly;
use Oxide\Tests\Support\Fixtures\OverridingArrayObject;
use Oxide\Tests\Support\Fixtures\PublicAndMagic;
use Oxide\Tests\Support\Fixtures\AsymmetricProperties;
use Oxide\Tests\Support\Fixtures\RecordingOffsets;
use Oxide\Tests\Support\Fixtures\ReferencingOffsets;
use Oxide\Tests\Support\Fixtures\ScopedWriter;
use Oxide\Tests\Support\Fixtures\SettableProperties;
use Oxide\Tests\Support\Fixtures\TypedProperties;
use Oxide\Tests\Support\HostileValues;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use ReflectionClass;
use ReflectionProperty;
use SplFixedArray;
use stdClass;

/**
 * Oxide\Native\data_set, data_fill and data_forget (the global helpers with
 * oxide.helpers=1) against Laravel's: same return value, same target
 * afterwards (copies sharing it untouched), same exception and warnings,
 * with wildcards, objects, references and odd keys.
 */
final class DataWritersParityTest extends TestCase
{
    use ComparesInPlaceWrites;

    private const RANDOM_CASES = 2000;

    /**
     * @return array<string, Closure(): mixed>
     */
    private static function targets(): array
    {
        return [
            'rows' => fn () => ['items' => [['id' => 1, 'tags' => ['a', 'b']], ['id' => 2, 'tags' => []], ['name' => 'no id'], 'scalar', null, []]],
            'nested' => fn () => ['a' => ['b' => ['c' => 1, 'n' => null]], 'x' => null, 5 => 'five', '' => 'empty', 'a.b' => 'dotted', 'f' => false],
            'list of lists' => fn () => [[1, [2, 3]], [[4]], [], 'x'],
            'literal (immutable)' => fn () => ['a' => ['b' => 'literal'], 'c' => [], 'd' => [['e' => 1]]],
            'objects inside' => fn () => [
                'std' => (object) ['a' => ['b' => 1]],
                'ao' => new ArrayObject(['k' => ['m' => 1]]),
                'offsets' => new OffsetsOnly(['a' => ['b' => 1]]),
                'collection' => new Collection([['id' => 1], ['id' => 2]]),
                'fluent' => new Fluent(['a' => 1]),
                'magic' => new PublicAndMagic,
                'rows' => [['o' => new stdClass], ['o' => new ArrayObject]],
            ],
            'references' => function () {
                $shared = ['in' => 'shared'];
                $scalar = 'scalar';

                return ['r' => &$shared, 'n' => ['r' => &$shared, 's' => &$scalar], 's' => &$scalar, 'rows' => [&$shared, ['in' => 'plain']]];
            },
            'empty' => fn () => [],
            'null' => fn () => null,
            'string' => fn () => 'string',
            'zero' => fn () => 0,
            'std target' => fn () => (object) ['a' => ['b' => 1], 'items' => [['id' => 1]]],
            'ArrayObject target' => fn () => new ArrayObject(['a' => ['b' => 1], 'items' => [['id' => 1]]]),
            'Collection target' => fn () => new Collection(['a' => ['b' => 1], 'items' => [['id' => 1]]]),
            // stdClass is written natively on paths without `*`.
            'std properties' => fn () => (object) [
                'a' => (object) ['b' => ['c' => 1], 'n' => null], 'n' => null, 5 => 'five', '' => 'empty', 'a.b' => 'dotted',
                's' => 'scalar', 'f' => false, 'std' => (object) ['a' => ['b' => 1]], 'items' => [(object) ['id' => 1], ['id' => 2]],
            ],
            'empty std (no property table yet)' => fn () => new stdClass,
            'std subclass' => fn () => new class extends stdClass
            {
                public $a = ['b' => 1];

                public $n;
            },
            'std in a cycle, its table shared by a cast' => function () {
                $std = (object) ['a' => ['b' => 1], 'n' => null];
                $std->self = $std;
                $std->rows = [$std, ['id' => 2]];

                return ['std' => $std, 'view' => (array) $std, 'a' => (object) ['b' => $std]];
            },
            // ArrayAccess leaves are asked and written natively; their call logs are compared.
            'recording offsets' => fn () => ['rec' => new RecordingOffsets, 'rows' => [new RecordingOffsets, ['rec' => new RecordingOffsets]], 'std' => (object) ['rec' => new RecordingOffsets]],
            'recording offsets target' => fn () => new RecordingOffsets,
            // What `data_set($target[$segment], …)` fetches for writing from an
            // ArrayAccess on the way: an ArrayObject's own storage, a copy
            // (noticed unless it is an object), or a reference offsetGet() returned.
            'offsets on the way' => function () {
                $shared = ['in' => 'shared'];

                return [
                    'ao' => new ArrayObject(['k' => ['m' => 1, 'r' => &$shared], 'o' => new stdClass, 's' => 'scalar', 'n' => null]),
                    'sub' => new OverridingArrayObject(['k' => ['m' => 1], 'o' => new stdClass, 'throws' => []]),
                    'fluent' => new Fluent(['a' => ['b' => 1], 'o' => (object) ['x' => 1], 'ao' => new ArrayObject(['z' => 1]), 'list' => ['rec' => new RecordingOffsets]]),
                    'rec' => new RecordingOffsets,
                    'refs' => new ReferencingOffsets(['a' => ['b' => 1], 'rows' => [['id' => 1], ['id' => 2]], 'n' => null]),
                    'fixed' => SplFixedArray::fromArray([['a' => 1], new stdClass]),
                    'shared' => &$shared,
                ];
            },
            // Properties the engine's handlers find by name (no declared one):
            // magic methods, dynamic properties, their write fetch.
            'properties on the way' => function () {
                // A dynamic property of a class that deprecates them, made quietly.
                $dynamic = new PlainObject;
                set_error_handler(static fn () => true);
                $dynamic->{'d'} = ['e' => 1];
                restore_error_handler();

                return [
                    'magic' => new MagicAttributes,
                    'refs' => new ReferencingMagic,
                    'plain' => new PlainObject,
                    'dynamic' => $dynamic,
                    'bag' => new Bag(['x' => ['y' => 1]]),
                    'readonly' => new ReadonlyObject,
                    'std' => new class extends stdClass {},
                ];
            },
            'std with references' => function () {
                $shared = ['in' => 'shared'];
                $null = null;
                $std = new stdClass;
                $std->r = &$shared;
                $std->n = &$null;
                $std->a = ['b' => &$shared];

                return ['std' => $std, 'shared' => &$shared];
            },
        ];
    }

    /**
     * @return list<mixed>
     */
    private static function keys(): array
    {
        return [
            'a', 'a.b', 'a.b.c', 'a.b.n', 'a.b.n.x', 'x.y', 'new.deep.path', '*', '*.id', '*.*', 'items', 'items.*', 'items.*.id',
            'items.*.tags.*', 'items.*.id.x', 'items.0.id', 'items.2', '0.*', '*.1.*', '5', 5, 0, -1, '', '.', 'a.', '.a', 'a..b',
            'a.b', 'f.g', 'std.a.b', 'ao.k.m', 'offsets.a.b', 'collection.*.id', 'fluent.a', 'magic.property', 'magic.virtual.x',
            'rows.*.o', 'rows.*.o.x', 'r.in', 'n.r.in', 'n.s', 's.x', 'rows.*.in', 'rows.0.in',
            'a.n', 'a.n.x', 'n.x', 'a.b.c.d', 'std.a.b.c', 'std.n.x', 'std.self.self.a.b', 'std.self.k', 'std.rows.0.a.b', 'std.rows.1.id',
            'a.b.a.b', 'std.r.in', 'std.r.x', 'std.n', 'std.a.b.in', 'items.0.id', '5.x', "\0a", "std.\0a", 'std.', 'std.*', 'std.rows.*.rows.x', ['std', 5], ['a', 'b', ''],
            'missing', 'throwing exists', 'throwing set', 'throwing unset', 'rec', 'rec.a', 'rec.missing', 'rec.0', 'rec.1', 'rec.5', ['rec', 5], ['rec', 'a.b'],
            'rec.throwing exists', 'rec.throwing set', 'rec.throwing unset', 'rec.a.b', 'rec.a.b.c', 'rec.a.x', 'rec.n.x', 'rec.throws.x',
            'rec.throwing exists.x', 'rec.throwing set.x', 'rec.throwing unset.x', 'rec.missing.x', ['rec', 0, 'x'], ['rec', 'a', 5],
            'ao.k', 'ao.k.x', 'ao.k.m.x', 'ao.k.r.in', 'ao.k.r.x.y', 'ao.k.*', 'ao.k.*.x', 'ao.o.x', 'ao.o.x.y', 'ao.s.x', 'ao.n.x', 'ao.new.x', 'ao.*.x',
            'sub.k.m', 'sub.o.x', 'sub.new.x', 'sub.throws.x', 'fluent.a.b', 'fluent.o.x', 'fluent.ao.z', 'fluent.ao.z.y', 'fluent.new.x', 'fluent.list.rec.a',
            'refs.a.b', 'refs.a.x.y', 'refs.rows.*.id', 'refs.rows.0.id', 'refs.n.x', 'refs.new.x', 'refs.std.x', 'refs.std.*', 'refs.std.*.x', 'fixed.0.a', 'fixed.1.x', 'fixed.2.x',
            'magic.a', 'magic.a.b', 'magic.a.x', 'magic.o.x', 'magic.o.x.y', 'magic.n.x', 'magic.s.x', 'magic.new', 'magic.new.x', 'magic.throws', 'magic.throws.x',
            'magic.*', 'magic.*.x', 'magic.0.x', "magic.\0x", "magic.\0x.y", 'refs.a.b', 'refs.a.x.y', 'refs.rows.*.id', 'refs.n.x', 'refs.new.x',
            'plain.x', 'plain.x.y', 'plain.declared', 'dynamic.d.e', 'dynamic.d.f.g', 'dynamic.x', 'bag.x.y', 'bag.x.z', 'bag.new.x', 'bag.id.x',
            'readonly.x', 'readonly.x.y', 'readonly.id', 'std.x.y', 'std.x', 'rows.0.a', 'rows.*.a', 'rows.1.rec.n', 'rows.*.rec.a', 'std.rec.a', 'std.rec.missing',
            ['a', 'b'], ['a.b'], ['*', 'id'], ['items', '*', 'id'], [0, 1], ['a', 5], [], [null], ['a', null], [1.5], [true], [new stdClass],
            null, 1.5, true, false,
        ];
    }

    /**
     * @return iterable<string, array{string, string, int}>
     */
    public static function curatedCases(): iterable
    {
        foreach (array_keys(self::targets()) as $target) {
            foreach (self::keys() as $index => $key) {
                $label = $target.' / '.json_encode($key, JSON_PARTIAL_OUTPUT_ON_ERROR).' #'.$index;
                foreach (['data_set', 'data_set no overwrite', 'data_fill', 'data_forget'] as $function) {
                    yield "{$function} {$label}" => [$function, $target, $index];
                }
            }
        }
    }

    #[DataProvider('curatedCases')]
    public function test_curated_writes(string $function, string $target, int $index): void
    {
        $key = self::keys()[$index];
        $arguments = match ($function) {
            'data_set' => [$key, ['value' => $index]],
            'data_set no overwrite' => [$key, "v{$index}", false],
            'data_fill' => [$key, "v{$index}"],
            default => [$key],
        };
        $this->assertParity(explode(' ', $function)[0], self::targets()[$target], $arguments, $target);
    }

    public function test_odd_arguments(): void
    {
        foreach ([true, false, 1, 0, '0', 'yes', null, [], 1.5] as $overwrite) {
            $this->assertParity('data_set', fn () => ['a' => ['b' => 1], 'items' => [[], ['id' => 1]]], ['items.*.id', 'v', $overwrite], 'overwrite '.json_encode($overwrite));
            $this->assertParity('data_set', fn () => ['a' => ['b' => 1]], ['a.b', 'v', $overwrite], 'overwrite '.json_encode($overwrite));
        }
        foreach ([null, [1, [2]], new stdClass, fn () => 'closure', NAN] as $value) {
            $this->assertParity('data_set', fn () => ['items' => [['id' => 1], ['id' => 2]]], ['items.*.id', $value], 'value '.get_debug_type($value));
        }
        $labels = array_diff(array_keys(HostileValues::all()), ['recursive array']);
        foreach ($labels as $label) {
            $fresh = fn () => HostileValues::all()[$label];
            $this->assertParity('data_set', fn () => ['a' => ['b' => 1]], [$fresh(), 'v'], "key {$label}");
            $this->assertParity('data_forget', fn () => ['a' => ['b' => 1]], [$fresh()], "key {$label}");
            $this->assertParity('data_set', $fresh, ['a.b', 1], "target {$label}");
            $this->assertParity('data_set', $fresh, ['*.b', 1], "target {$label}, wildcard");
            $this->assertParity('data_forget', $fresh, ['*.b'], "target {$label}, wildcard");
        }
    }

    /**
     * offsetSet() is PHP code: here it appends to the very array a `*` walks
     * (Laravel's foreach by reference then visits the new items too).
     */
    public function test_offset_set_changing_the_walked_array(): void
    {
        foreach (['rows.*.a', 'rows.*', 'rows.0.a', 'rows.*.*.a'] as $key) {
            $run = function (callable $set) use ($key): array {
                $data = ['rows' => array_map(fn () => new RecordingOffsets, range(1, 8))];
                $first = $data['rows'][0];
                $first->whenSet = function () use (&$data) {
                    $data['rows'][] = 'added';
                    $data['rows'][] = ['added'];
                };
                $outcome = Outcome::of(function () use ($set, $key, &$data) {
                    return $set($data, $key, 'v');
                })->toArray();
                $first->whenSet = null;

                return [self::snapshot($outcome), self::snapshot($data)];
            };
            $this->assertSame($run(data_set(...)), $run(Native\data_set(...)), $key);
        }
    }

    /**
     * The "Indirect modification" notice of a write fetch from an
     * ArrayAccess or a magic property on the way, and the deprecation of a
     * dynamic property, turned into an exception by an error handler:
     * nothing is written below them.
     */
    public function test_a_write_fetch_notice_thrown_by_an_error_handler(): void
    {
        $cases = [
            ...array_map(fn (string $key) => ['offsets on the way', $key], ['fluent.a.b', 'fluent.list.rec.a', 'sub.k.m', 'fixed.0.a', 'rec.a.b', 'ao.k.m']),
            ...array_map(fn (string $key) => ['properties on the way', $key], ['magic.a.b', 'magic.o.x', 'plain.x.y', 'readonly.x.y', 'refs.a.b']),
        ];
        foreach ($cases as [$targetName, $key]) {
            foreach (['data_set', 'data_forget'] as $function) {
                $run = function (string $function) use ($key, $targetName): array {
                    $target = self::targets()[$targetName]();
                    set_error_handler(static fn (int $level, string $message) => throw new \ErrorException($message, 0, $level));
                    try {
                        $outcome = ['value' => self::snapshot($function($target, $key, 'v'))];
                    } catch (\Throwable $e) {
                        $outcome = ['thrown' => $e::class.': '.$e->getMessage()];
                    } finally {
                        restore_error_handler();
                    }

                    return [$outcome, self::snapshot($target)];
                };
                $this->assertSame($run($function), $run('Oxide\\Native\\'.$function), "{$function} {$key}");
            }
        }
    }

    /**
     * Called from inside a class, the helpers still see its properties as
     * Laravel's global functions do: native code never asks the engine
     * about a declared property by name (it would answer for the caller's
     * scope).
     */
    public function test_writes_from_inside_a_class_see_what_global_code_sees(): void
    {
        foreach (['secret', 'secret.a', 'secret.a.b', 'guarded.a', 'calls', 'undeclared', 'undeclared.x'] as $key) {
            foreach (['data_set', 'data_fill', 'data_forget'] as $function) {
                $native = 'Oxide\\Native\\'.$function;
                $this->assertSame(
                    (new ScopedWriter)->write($function(...), $key),
                    (new ScopedWriter)->write($native(...), $key),
                    "{$function} {$key}",
                );
            }
        }
    }

    /**
     * @return iterable<string, array{string, string}>
     */
    public static function declaredProperties(): iterable
    {
        $classes = [TypedProperties::class, SettableProperties::class];
        if (PHP_VERSION_ID >= 80400) {
            $classes[] = AsymmetricProperties::class;
        }
        foreach ($classes as $class) {
            $names = array_map(fn (ReflectionProperty $property) => $property->name, (new ReflectionClass($class))->getProperties());
            foreach ([...$names, 'missing', '7'] as $name) {
                yield "{$class}::\${$name}" => [$class, $name];
            }
        }
    }

    /**
     * Declared properties are written natively where global-scope code
     * writes them with no check but their type, and the type takes the
     * value as it is: every kind of property, on the target and inside
     * arrays, with values of every type.
     */
    #[DataProvider('declaredProperties')]
    public function test_declared_properties(string $class, string $name): void
    {
        $targets = [
            'object' => fn () => new $class,
            'in an array' => fn () => ['dto' => new $class, 'rows' => [new $class, ['x' => 1]]],
        ];
        $paths = [$name, "{$name}.x", "{$name}.a.b", "{$name}.*", "{$name}.*.id", "{$name}.list.*.id", "nested.{$name}", "nested.{$name}.x"];
        $values = [1, 1.5, '5', 'v', true, false, null, [], ['k' => 1], new stdClass];
        foreach ($targets as $label => $make) {
            $prefixes = $label === 'object' ? [''] : ['dto.', 'rows.0.', 'rows.*.'];
            foreach ($prefixes as $prefix) {
                foreach ($paths as $path) {
                    $key = $prefix.$path;
                    foreach ($values as $value) {
                        $this->assertParity('data_set', $make, [$key, $value], $label);
                        $this->assertParity('data_set', $make, [$key, $value, false], $label);
                        $this->assertParity('data_fill', $make, [$key, $value], $label);
                    }
                    $this->assertParity('data_forget', $make, [$key], $label);
                }
            }
        }
    }

    /**
     * A typed property passed as the target arrives as a reference that
     * checks what is assigned through it: `*` replaces an object that is not
     * accessible with `[]`.
     */
    public function test_typed_property_references_as_the_target(): void
    {
        foreach (['std', 'nullableStd', 'object', 'array', 'nullableArray', 'mixed', 'untyped', 'int'] as $name) {
            foreach (['*', '*.x', 'x', 'a.b', '*.a'] as $key) {
                foreach (['data_set', 'data_fill', 'data_forget'] as $function) {
                    $native = 'Oxide\\Native\\'.$function;
                    $arguments = $function === 'data_forget' ? [$key] : [$key, 'v'];
                    $this->assertInPlaceParity(
                        fn (TypedProperties $target) => $function($target->{$name}, ...$arguments),
                        fn (TypedProperties $target) => $native($target->{$name}, ...$arguments),
                        fn () => new TypedProperties,
                        "{$function}(\$target->{$name}, '{$key}')",
                    );
                }
            }
        }
    }

    /**
     * Once an object's property table is built (get_object_vars(), foreach),
     * it points into the declared slots; a property unset there must leave
     * it countable and serializable as the engine's unset() does.
     */
    public function test_forgotten_declared_properties_leave_the_property_table_consistent(): void
    {
        // PublicAndMagic's properties are all set when its table is built
        // (the engine marks a table built over an unset slot itself).
        $cases = [[PublicAndMagic::class, 'public'], [TypedProperties::class, 'array'], [TypedProperties::class, 'nested.int']];
        foreach ($cases as [$class, $key]) {
            $run = function (callable $forget) use ($class, $key): array {
                $dto = new $class;
                $before = \count(get_object_vars($dto));
                $forget($dto, $key);
                $after = [];
                foreach ($dto as $name => $value) {
                    $after[] = $name;
                }

                return [$before, \count(get_object_vars($dto)), $after, serialize($dto), self::snapshot(unserialize(serialize($dto)))];
            };
            $this->assertSame($run(data_forget(...)), $run(Native\data_forget(...)), "{$class} {$key}");
        }
    }

    public function test_missing_arguments_throw(): void
    {
        $target = ['a' => 1];
        foreach (['data_set' => 2, 'data_fill' => 2, 'data_forget' => 1] as $function => $given) {
            try {
                ('Oxide\Native\\'.$function)($target, ...array_slice(['a', 'v'], 0, $given - 1));
                $this->fail("{$function} with {$given} arguments");
            } catch (\ArgumentCountError $e) {
                $this->assertStringContainsString((string) $given, $e->getMessage());
            }
        }
    }

    public function test_seeded_random_arrays_and_wildcard_paths(): void
    {
        $random = new RandomText(RandomText::seed());

        for ($i = 0; $i < self::RANDOM_CASES; $i++) {
            // The same draws, in the same order, as data-writers-child.php.
            $array = $random->array();
            $context = "seed {$random->seed} (rerun with OXIDE_SEED={$random->seed}), case {$i}";
            $key = implode('.', array_map(fn () => $random->pick(['*', '*', 'a', 'b', 'id', '0', '1', '5', 'user', 'x', '']), range(1, $random->int(1, 4))));
            $copy = fn () => unserialize(serialize($array));

            $this->assertParity('data_set', $copy, [$key, "v{$i}"], $context);
            $this->assertParity('data_fill', $copy, [$key, "v{$i}"], $context);
            $this->assertParity('data_forget', $copy, [$key], $context);

        }
    }

    /**
     * In a fresh PHP, where the engine's steps are compiled the first time
     * one is needed: writing the same seed's targets that hold no object or
     * reference (over a third of them; random arrays often hold objects)
     * never needs one, so those parity cases above compared native code.
     */
    public function test_plain_targets_are_written_natively(): void
    {
        $seed = RandomText::seed();
        $command = [PHP_BINARY];
        $module = getenv('OXIDE_EXTENSION');
        if (\is_string($module) && $module !== '') {
            array_push($command, '-d', "extension={$module}");
        }
        array_push($command, __DIR__.'/data-writers-child.php', (string) $seed, (string) self::RANDOM_CASES);
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertIsResource($process);
        $output = (string) stream_get_contents($pipes[1]);
        $errors = (string) stream_get_contents($pipes[2]);
        $this->assertSame(0, proc_close($process), $errors.$output);

        $result = json_decode($output, true, flags: JSON_THROW_ON_ERROR);
        $this->assertGreaterThan(0.35 * self::RANDOM_CASES, $result['written'], "seed {$seed}");
        $this->assertFalse($result['steps'], "seed {$seed}: a plain target went to the engine's steps");
    }

    /**
     * @param  Closure(): mixed  $make
     * @param  list<mixed>  $arguments
     */
    private function assertParity(string $function, Closure $make, array $arguments, string $context): void
    {
        $laravel = fn (&$target) => $function($target, ...$arguments);
        $native = 'Oxide\Native\\'.$function;
        $oxide = fn (&$target) => $native($target, ...$arguments);
        $message = sprintf('%s(%s) — %s', $function, json_encode($arguments, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR), $context);
        $this->assertInPlaceParity($laravel, $oxide, $make, $message);
    }
}
