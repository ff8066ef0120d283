<?php

declare(strict_types=1);

/*
 * Stock Laravel vs Oxide, side by side in one process.
 *
 *   php -d extension=modules/oxide.so bench/run.php [--filter=REGEX] [--repeat=N] [--json=FILE]
 *
 * Each row runs a warm-up batch for both sides, then N timed pairs of
 * batches, each side first in every other pair; the table shows the median
 * time per operation of each side, and the ratio: the median of the pairs'
 * ratios, whose two batches ran back to back on the same machine state (a
 * shared machine's speed drifts by up to 2x within a minute), with its 95%
 * confidence interval.
 */

namespace Oxide\Bench;

use Oxide\Extension;

require __DIR__.'/../tests/bootstrap.php';

$options = getopt('', ['filter:', 'repeat:', 'json:']);
$repeat = max(3, (int) ($options['repeat'] ?? 9));
$filter = $options['filter'] ?? null;

if (! Extension::detect()->isCompatible()) {
    fwrite(STDERR, 'bench: '.Extension::detect()->problem().PHP_EOL);
    exit(1);
}

/** @var list<Benchmark> $benchmarks */
$benchmarks = [new CaseConversionBenchmark, new SlugBenchmark, new StrFormattingBenchmark, new InflectorBenchmark, new IdsBenchmark, new ArrBenchmark, new DataHelpersBenchmark, new ValidationBenchmark, new FrameworkPathsBenchmark, new EloquentBenchmark, new MarkdownBenchmark, new SweepBenchmark];

/**
 * Median nanoseconds per operation over the timed batches.
 *
 * @param  list<float>  $samples
 */
function median(array $samples): float
{
    sort($samples);
    $middle = intdiv(count($samples), 2);

    return count($samples) % 2 ? $samples[$middle] : ($samples[$middle - 1] + $samples[$middle]) / 2;
}

/**
 * Every batch, of either side, and every payload a benchmark builds start
 * from a tidy heap, as each request does under PHP-FPM: a 400 MB stock batch
 * (or an earlier benchmark's payloads) leaves the allocator's free lists
 * spread over its pages, and later small allocations (one string per
 * attribute, one array per row) would scatter across them.
 */
function tidyHeap(): void
{
    gc_collect_cycles();
    gc_mem_caches();
}

/**
 * A benchmark's rows, each payload built on a tidy heap.
 *
 * @param  iterable<Row>  $rows
 * @return \Generator<Row>
 */
function tidily(iterable $rows): \Generator
{
    tidyHeap();
    foreach ($rows as $row) {
        yield $row;
        tidyHeap();
    }
}

/**
 * Nanoseconds per operation of one batch, and the batch's peak memory above
 * what was in use before it.
 *
 * @return array{float, int}
 */
function timeBatch(Row $row, \Closure $side): array
{
    if ($row->beforeBatch !== null) {
        ($row->beforeBatch)();
    }
    tidyHeap();
    memory_reset_peak_usage();
    $before = memory_get_usage();
    $start = hrtime(true);
    $side();
    $elapsed = (hrtime(true) - $start) / $row->operations;

    return [$elapsed, memory_get_peak_usage() - $before];
}

/**
 * The distribution-free 95% confidence interval of the median of $samples:
 * the order statistics k and n-k+1, with k the largest for which fewer than k
 * of n fair coin flips land heads with probability at most 2.5%.
 *
 * @param  list<float>  $samples
 * @return array{float, float}
 */
function medianInterval(array $samples): array
{
    sort($samples);
    $n = count($samples);
    $k = 0;
    $below = 0.0;
    for ($combinations = 1.0; $k < intdiv($n, 2); $combinations *= ($n - $k) / ($k + 1)) {
        if ($below + $combinations / 2 ** $n > 0.025) {
            break;
        }
        $below += $combinations / 2 ** $n;
        $k++;
    }
    $k = max($k, 1);

    return [$samples[$k - 1], $samples[$n - $k]];
}

$results = [];
printf("%-44s %14s %14s %9s  %s\n", 'benchmark', 'stock ns/op', 'oxide ns/op', 'ratio', '95% interval');
printf("%s\n", str_repeat('-', 100));

foreach ($benchmarks as $benchmark) {
    foreach (tidily($benchmark->rows()) as $row) {
        if ($filter !== null && ! preg_match("~{$filter}~", $row->name)) {
            continue;
        }
        if ($row->beforeBatch !== null) {
            ($row->beforeBatch)();
        }
        $shape = $row->shape ?? fn (array $results) => $results;
        $expected = $shape(($row->stock)());
        if ($row->beforeBatch !== null) {
            ($row->beforeBatch)();
        }
        if ($shape(($row->oxide)()) !== $expected) {
            fwrite(STDERR, "bench: {$row->name}: Oxide's results differ from Laravel's\n");
            exit(1);
        }

        $times = ['stock' => [], 'oxide' => []];
        $peaks = ['stock' => 0, 'oxide' => 0];
        $ratios = [];
        // Alternating which side goes first: the first batch of a pair pays
        // for what the machine did before it (a cold cache, a clock change).
        for ($i = 0; $i < ($row->repeat ?? $repeat); $i++) {
            foreach ($i % 2 === 0 ? ['stock', 'oxide'] : ['oxide', 'stock'] as $side) {
                [$times[$side][], $peak] = timeBatch($row, $row->{$side});
                $peaks[$side] = max($peaks[$side], $peak);
            }
            $ratios[] = $times['stock'][$i] / $times['oxide'][$i];
        }
        [$low, $high] = medianInterval($ratios);
        $result = [
            'name' => $row->name,
            'stock_ns' => round(median($times['stock']), 1),
            'oxide_ns' => round(median($times['oxide']), 1),
            'ratio' => round(median($ratios), 2),
            'ratio_interval' => [round($low, 2), round($high, 2)],
        ] + ($row->memory ? ['stock_peak_bytes' => $peaks['stock'], 'oxide_peak_bytes' => $peaks['oxide']] : []);
        $results[] = $result;
        printf("%-44s %14.1f %14.1f %8.2fx  [%.2f–%.2f]\n", $result['name'], $result['stock_ns'], $result['oxide_ns'], $result['ratio'], $low, $high);
        if ($row->memory) {
            printf("%-44s %11.1f MB %11.1f MB\n", '  peak memory per batch', $peaks['stock'] / 1048576, $peaks['oxide'] / 1048576);
        }
    }
}

if ($results !== []) {
    // Oxide's promise is "faster or the same" on every input: name every
    // row slower beyond noise (its whole interval under 1.00x), every row
    // under 1.00x within noise, and the three lowest.
    $byRatio = $results;
    usort($byRatio, fn (array $a, array $b) => $a['ratio'] <=> $b['ratio']);
    $slower = array_filter($byRatio, fn (array $result) => $result['ratio_interval'][1] < 1.0);
    $withinNoise = array_filter($byRatio, fn (array $result) => $result['ratio'] < 1.0 && $result['ratio_interval'][1] >= 1.0);
    $list = function (string $title, array $rows): void {
        printf("%s\n", $title);
        foreach ($rows as $result) {
            printf("  %-42s %8.2fx  [%.2f–%.2f]\n", $result['name'], $result['ratio'], ...$result['ratio_interval']);
        }
    };
    $list(sprintf("\n%d of %d rows slower than stock (interval under 1.00x)%s", count($slower), count($results), $slower === [] ? '' : ':'), $slower);
    $list(sprintf('%d rows under 1.00x within noise (interval reaching 1.00x)%s', count($withinNoise), $withinNoise === [] ? '' : ':'), $withinNoise);
    $list('the lowest:', array_slice($byRatio, 0, 3));
}

if (isset($options['json'])) {
    @mkdir(dirname($options['json']), 0777, true);
    file_put_contents($options['json'], json_encode([
        'php' => PHP_VERSION,
        'laravel' => \Illuminate\Foundation\Application::VERSION,
        'oxide' => \Oxide\Native\version(),
        'machine' => php_uname('m').', '.(int) shell_exec('nproc').' cores',
        'repeat' => $repeat,
        'results' => $results,
    ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES).PHP_EOL);
    echo PHP_EOL.'results written to '.$options['json'].PHP_EOL;
}
