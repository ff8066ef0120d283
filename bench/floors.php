<?php

declare(strict_types=1);

/*
 * What Arr::dot() and Arr::undot() of the 100,000-leaf payload cannot go
 * below on this PHP: the engine's own builders of the same arrays, and the
 * page faults of the memory the result needs.
 *
 *   php -d extension=modules/oxide.so bench/floors.php
 *
 * Each line is the median of 9 calls, in two heaps: memory returned to the
 * system before each call (gc_mem_caches(), as bench/run.php does), and
 * memory kept mapped from the call before (as PHP-FPM keeps its chunks
 * between requests). Page faults are minor faults per call (getrusage()).
 */

namespace Oxide\Bench;

use Illuminate\Support\Arr as LaravelArr;
use Oxide\Arr;
use Oxide\Extension;

require __DIR__.'/../tests/bootstrap.php';

if (! Extension::detect()->isCompatible()) {
    fwrite(STDERR, 'bench: '.Extension::detect()->problem().PHP_EOL);
    exit(1);
}

$rows = ArrBenchmark::payload();
$dotted = LaravelArr::dot($rows);
$keys = array_keys($dotted);
$values = array_values($dotted);
$serialized = serialize($rows);

$cases = [
    'Arr::dot, stock' => fn () => LaravelArr::dot($rows),
    'Arr::dot, Oxide' => fn () => Arr::dot($rows),
    'array_combine() of its keys and values' => fn () => array_combine($keys, $values),
    'Arr::undot, stock' => fn () => LaravelArr::undot($dotted),
    'Arr::undot, Oxide' => fn () => Arr::undot($dotted),
    'unserialize() of its result' => fn () => unserialize($serialized),
];

/**
 * Median milliseconds and minor page faults of one call.
 *
 * @return array{float, int}
 */
function measure(\Closure $call, bool $returnMemory): array
{
    $times = $faults = [];
    for ($i = 0; $i < 9; $i++) {
        gc_collect_cycles();
        if ($returnMemory) {
            gc_mem_caches();
        }
        $before = getrusage()['ru_minflt'];
        $start = hrtime(true);
        $call();
        $times[] = (hrtime(true) - $start) / 1e6;
        $faults[] = getrusage()['ru_minflt'] - $before;
    }
    sort($times);
    sort($faults);

    return [$times[4], $faults[4]];
}

printf("%-40s %24s %24s\n", '', 'memory returned', 'memory kept');
printf("%-40s %12s %11s %12s %11s\n", '', 'ms', 'faults', 'ms', 'faults');
foreach ($cases as $label => $call) {
    [$returnedMs, $returnedFaults] = measure($call, true);
    [$keptMs, $keptFaults] = measure($call, false);
    printf("%-40s %12.2f %11d %12.2f %11d\n", $label, $returnedMs, $returnedFaults, $keptMs, $keptFaults);
}
