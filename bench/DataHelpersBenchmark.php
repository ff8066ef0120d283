<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Collection;
use Illuminate\Support\Fluent;
use Oxide\Native;

/**
 * Laravel's global data_get/data_has/head/last against the functions
 * `oxide.helpers=1` installs in their place (here under Oxide\Native, so
 * both run in one process): wildcards over 10,000 rows, single paths,
 * objects, and tiny calls where the call itself dominates; the writers
 * data_set/data_fill/data_forget over the same rows and a single path.
 */
final class DataHelpersBenchmark implements Benchmark
{
    private const BATCH = 2000;

    public function rows(): iterable
    {
        $rows = [];
        for ($i = 0; $i < 10_000; $i++) {
            $rows[] = ['id' => $i, 'user' => ['name' => "User {$i}", 'tags' => ['a', 'b']], 'active' => $i % 3 !== 0];
        }
        $objects = array_map(static fn (array $row) => (object) $row, array_slice($rows, 0, 1000));
        $config = ['app' => ['name' => 'Oxide', 'providers' => ['a', 'b']], 'database' => ['connections' => ['mysql' => ['host' => 'localhost']]]];
        $collection = new Collection(['a' => ['b' => 1]]);
        $object = (object) ['user' => (object) ['name' => 'Ann']];
        $fluent = new Fluent(['a' => ['b' => 1]]);

        yield new Row('data_get *.user.name, 10k rows', 1, fn () => data_get($rows, '*.user.name'), fn () => Native\data_get($rows, '*.user.name'));
        yield new Row('data_get *.user.tags.*, 10k rows', 1, fn () => data_get($rows, '*.user.tags.*'), fn () => Native\data_get($rows, '*.user.tags.*'));
        yield new Row('data_get *.id, 1k objects', 1, fn () => data_get($objects, '*.id'), fn () => Native\data_get($objects, '*.id'));
        yield $this->batch('data_get 4-segment path', fn () => data_get($config, 'database.connections.mysql.host'), fn () => Native\data_get($config, 'database.connections.mysql.host'));
        yield $this->batch('data_get missing, closure default', fn () => data_get($config, 'app.missing', fn () => 'x'), fn () => Native\data_get($config, 'app.missing', fn () => 'x'));
        yield $this->batch('data_get on a Collection', fn () => data_get($collection, 'a.b'), fn () => Native\data_get($collection, 'a.b'));
        yield $this->batch('data_get through stdClass objects', fn () => data_get($object, 'user.name'), fn () => Native\data_get($object, 'user.name'));
        yield $this->batch('data_get through a Fluent (ArrayAccess)', fn () => data_get($fluent, 'a.b'), fn () => Native\data_get($fluent, 'a.b'));
        yield $this->batch('data_has 2-segment path', fn () => data_has($config, 'app.name'), fn () => Native\data_has($config, 'app.name'));
        yield $this->batch('head / last', fn () => [head($config), last($config)], fn () => [Native\head($config), Native\last($config)]);

        // Writers change a copy of the rows (one array separation per batch on both sides).
        $write = static fn (\Closure $helper, string $key) => static function () use ($rows, $helper, $key) {
            $helper($rows, $key);

            return $rows;
        };
        yield new Row('data_set *.user.seen, 10k rows', 1, $write(fn (&$t, $k) => data_set($t, $k, true), '*.user.seen'), $write(fn (&$t, $k) => Native\data_set($t, $k, true), '*.user.seen'));
        yield new Row('data_fill *.user.role, 10k rows', 1, $write(fn (&$t, $k) => data_fill($t, $k, 'member'), '*.user.role'), $write(fn (&$t, $k) => Native\data_fill($t, $k, 'member'), '*.user.role'));
        yield new Row('data_forget *.user.tags, 10k rows', 1, $write(fn (&$t, $k) => data_forget($t, $k), '*.user.tags'), $write(fn (&$t, $k) => Native\data_forget($t, $k), '*.user.tags'));
        yield $this->batch('data_set 4-segment path', static function () use ($config) {
            data_set($config, 'database.connections.mysql.port', 3306);

            return $config;
        }, static function () use ($config) {
            Native\data_set($config, 'database.connections.mysql.port', 3306);

            return $config;
        });
        // Writes through objects, all native: a stdClass, declared public
        // properties, an ArrayAccess leaf (its offset methods called), an
        // ArrayObject on the way (fetched for writing as the VM fetches it),
        // magic properties (the engine's handlers calling __isset()/__set()).
        // Each side builds its own objects.
        $objectWrites = [
            'data_set through a stdClass' => [static fn () => ['o' => (object) ['x' => ['y' => 1]]], 'o.x.y'],
            'data_set *.id over 3 stdClass rows' => [static fn () => [(object) ['id' => 1], (object) [], (object) ['id' => 3]], '*.id'],
            'data_set into a Fluent (offsetSet)' => [static fn () => ['f' => new Fluent(['a' => 1])], 'f.a'],
            'data_forget from a Fluent (offsetUnset)' => [static fn () => ['f' => new Fluent(['a' => 1])], 'f.a'],
            'data_set through declared properties' => [static fn () => ['o' => new DeclaredProperties], 'o.x.y'],
            'data_set *.x.y over 3 objects with declared properties' => [static fn () => [new DeclaredProperties, new DeclaredProperties, new DeclaredProperties], '*.x.y'],
            'data_set through an ArrayObject on the way' => [static fn () => ['ao' => new \ArrayObject(['a' => ['b' => 1]])], 'ao.a.b'],
            'data_set into magic properties' => [static fn () => ['m' => new MagicProperties], 'm.x'],
            'data_forget through an ArrayObject on the way' => [static fn () => ['ao' => new \ArrayObject(['a' => ['b' => 1]])], 'ao.a.b'],
        ];
        foreach ($objectWrites as $label => [$make, $key]) {
            $write = str_starts_with($label, 'data_forget')
                ? [fn (&$t) => data_forget($t, $key), fn (&$t) => Native\data_forget($t, $key)]
                : [fn (&$t) => data_set($t, $key, 2), fn (&$t) => Native\data_set($t, $key, 2)];
            $side = static fn (\Closure $helper) => static function () use ($make, $helper) {
                $target = $make();
                $helper($target);

                return $target;
            };
            yield new Row(
                $label,
                self::BATCH,
                static fn () => array_map($side($write[0]), range(1, self::BATCH)),
                static fn () => array_map($side($write[1]), range(1, self::BATCH)),
                shape: static fn (array $results) => serialize($results),
            );
        }
    }

    private function batch(string $label, \Closure $stock, \Closure $oxide): Row
    {
        return new Row(
            $label,
            self::BATCH,
            static fn () => array_map($stock, range(1, self::BATCH)),
            static fn () => array_map($oxide, range(1, self::BATCH)),
        );
    }
}
