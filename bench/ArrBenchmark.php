<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Arr as LaravelArr;
use Oxide\Arr;

/**
 * Oxide\Arr against Laravel's Arr: dot/undot on a 100,000-leaf payload
 * (10,000 rows of 10 fields, nested), the readers and reshapers on those
 * rows, and every method on a tiny array, where the call itself dominates.
 */
final class ArrBenchmark implements Benchmark
{
    private const TINY_BATCH = 2000;

    /**
     * The 100,000-leaf payload: 10,000 rows of 10 fields, nested.
     *
     * @return list<array<string, mixed>>
     */
    public static function payload(): array
    {
        $rows = [];
        for ($i = 0; $i < 10_000; $i++) {
            $rows[] = [
                'id' => $i,
                'name' => "User {$i}",
                'email' => "user{$i}@example.com",
                'address' => ['street' => "{$i} Main St", 'city' => 'Springfield', 'zip' => sprintf('%05d', $i)],
                'tags' => ['customer', $i % 2 ? 'vip' : 'regular'],
                'active' => $i % 3 !== 0,
            ];
        }

        return $rows;
    }

    public function rows(): iterable
    {
        $rows = self::payload();
        $dotted = LaravelArr::dot($rows);
        $tiny = ['user' => ['name' => 'Ann', 'email' => 'ann@example.com', 'roles' => ['admin']], 'active' => true];
        $tinyDotted = LaravelArr::dot($tiny);

        yield new Row('Arr::dot 100k leaves', 1, fn () => [LaravelArr::dot($rows)], fn () => [Arr::dot($rows)]);
        yield new Row('Arr::undot 100k leaves', 1, fn () => [LaravelArr::undot($dotted)], fn () => [Arr::undot($dotted)]);
        $list = array_values($rows);
        $nested = array_map(static fn (array $row) => [$row['tags'], [$row['id'], [$row['name']]]], $rows);
        $sparse = array_map(static fn (array $row) => $row['active'] ? $row : null, $rows);
        yield new Row('Arr::pluck name by id, 10k rows', 1, fn () => [LaravelArr::pluck($list, 'name', 'id')], fn () => [Arr::pluck($list, 'name', 'id')]);
        yield new Row('Arr::pluck address.city, 10k rows', 1, fn () => [LaravelArr::pluck($list, 'address.city')], fn () => [Arr::pluck($list, 'address.city')]);
        yield new Row('Arr::select id+email, 10k rows', 1, fn () => [LaravelArr::select($list, ['id', 'email'])], fn () => [Arr::select($list, ['id', 'email'])]);
        yield new Row('Arr::flatten 10k nested rows', 1, fn () => [LaravelArr::flatten($nested)], fn () => [Arr::flatten($nested)]);
        yield new Row('Arr::collapse 10k rows', 1, fn () => [LaravelArr::collapse($list)], fn () => [Arr::collapse($list)]);
        yield new Row('Arr::whereNotNull 10k values', 1, fn () => [LaravelArr::whereNotNull($sparse)], fn () => [Arr::whereNotNull($sparse)]);
        yield new Row('Arr::prependKeysWith 10k keys', 1, fn () => [LaravelArr::prependKeysWith($rows, 'row.')], fn () => [Arr::prependKeysWith($rows, 'row.')]);
        yield new Row('Arr::crossJoin 10×10×10', 1, fn () => [LaravelArr::crossJoin(range(1, 10), range(1, 10), range(1, 10))], fn () => [Arr::crossJoin(range(1, 10), range(1, 10), range(1, 10))]);
        $tinyCalls = [
            'get 3 segments' => static fn (string $arr) => $arr::get($tiny, 'user.roles.0'),
            'get whole key' => static fn (string $arr) => $arr::get($tiny, 'active'),
            'has 2 segments' => static fn (string $arr) => $arr::has($tiny, 'user.email'),
            'hasAny' => static fn (string $arr) => $arr::hasAny($tiny, ['missing', 'user.name']),
            'pluck' => static fn (string $arr) => $arr::pluck([$tiny['user'], $tiny['user']], 'name'),
            'select' => static fn (string $arr) => $arr::select([$tiny['user']], ['name']),
            'flatten' => static fn (string $arr) => $arr::flatten($tiny),
            'collapse' => static fn (string $arr) => $arr::collapse([[1], [2]]),
            'whereNotNull' => static fn (string $arr) => $arr::whereNotNull([1, null, 2]),
            'prependKeysWith' => static fn (string $arr) => $arr::prependKeysWith($tiny['user'], 'u.'),
            'crossJoin' => static fn (string $arr) => $arr::crossJoin([1, 2], ['a']),
            'toCssClasses' => static fn (string $arr) => $arr::toCssClasses(['btn', 'active' => true, 'hidden' => false]),
            'toCssStyles' => static fn (string $arr) => $arr::toCssStyles(['color: red', 'display: none' => false]),
            'set 3 segments' => static function (string $arr) use ($tiny) {
                $arr::set($tiny, 'user.roles.2', 'editor');

                return $tiny;
            },
            'set new path' => static function (string $arr) use ($tiny) {
                $arr::set($tiny, 'meta.seen.at', 1);

                return $tiny;
            },
            'forget 2 keys' => static function (string $arr) use ($tiny) {
                $arr::forget($tiny, ['user.email', 'active']);

                return $tiny;
            },
            'except 2 keys' => static fn (string $arr) => $arr::except($tiny, ['user', 'missing']),
            'pull' => static fn (string $arr) => [$arr::pull($tiny, 'user.name'), $tiny],
            'add' => static fn (string $arr) => $arr::add($tiny, 'user.locale', 'en'),
        ];
        foreach ($tinyCalls as $label => $call) {
            yield new Row(
                "Arr::{$label} tiny",
                self::TINY_BATCH,
                fn () => array_map(fn () => $call(LaravelArr::class), range(1, self::TINY_BATCH)),
                fn () => array_map(fn () => $call(Arr::class), range(1, self::TINY_BATCH)),
            );
        }
        yield new Row(
            'Arr::dot tiny (5 leaves)',
            self::TINY_BATCH,
            fn () => array_map(fn () => LaravelArr::dot($tiny), range(1, self::TINY_BATCH)),
            fn () => array_map(fn () => Arr::dot($tiny), range(1, self::TINY_BATCH)),
        );
        yield new Row(
            'Arr::undot tiny (4 keys)',
            self::TINY_BATCH,
            fn () => array_map(fn () => LaravelArr::undot($tinyDotted), range(1, self::TINY_BATCH)),
            fn () => array_map(fn () => Arr::undot($tinyDotted), range(1, self::TINY_BATCH)),
        );
    }
}
