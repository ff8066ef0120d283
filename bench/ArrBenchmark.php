<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Arr as LaravelArr;
use Oxide\Arr;

/**
 * dot/undot on a 100,000-leaf payload (10,000 rows of 10 fields, nested)
 * and on a tiny array, where the call itself dominates.
 */
final class ArrBenchmark implements Benchmark
{
    private const TINY_BATCH = 2000;

    public function rows(): iterable
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
        $dotted = LaravelArr::dot($rows);
        $tiny = ['user' => ['name' => 'Ann', 'email' => 'ann@example.com', 'roles' => ['admin']], 'active' => true];
        $tinyDotted = LaravelArr::dot($tiny);

        yield new Row('Arr::dot 100k leaves', 1, fn () => [LaravelArr::dot($rows)], fn () => [Arr::dot($rows)]);
        yield new Row('Arr::undot 100k leaves', 1, fn () => [LaravelArr::undot($dotted)], fn () => [Arr::undot($dotted)]);
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
