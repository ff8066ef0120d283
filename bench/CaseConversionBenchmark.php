<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Str;

/**
 * snake/kebab/studly/camel: cold (every input new to Laravel's per-process
 * cache) and warm (the same input again, served from the cache).
 */
final class CaseConversionBenchmark implements Benchmark
{
    private const BATCH = 2000;

    private const INPUTS = [
        'short ascii' => ['userProfileId', 'user_profile_id'],
        'long ascii' => [
            'TheQuickBrownFoxJumpsOverTheLazyDogWhileTheHTTPRequestIsPending And Then Some More Words Follow Here',
            'the_quick-brown fox_jumps-over the_lazy-dog while_the-http request_is-pending and_then-some more_words',
        ],
        'short unicode' => ['ÖffentlicheÜberraschung', 'öffentliche_überraschung'],
        'long unicode' => [
            'ŻółtaŁódkaPłynieŚwiętym Szlakiem ÖffentlicheÜberraschungen Жизнь Прекрасна Καλημέρα Κόσμε StraßeNachHause',
            'żółta_łódka-płynie świętym_szlakiem-öffentliche überraschungen_жизнь-прекрасна καλημέρα_κόσμε straße-nach',
        ],
    ];

    public function rows(): iterable
    {
        $fresh = array_map(fn (int $i) => "userProfileId{$i}", range(1, self::BATCH));
        yield new Row(
            'Str::of()->snake() short ascii (cold)',
            self::BATCH,
            fn () => array_map(fn (string $value) => (string) LaravelStr::of($value)->snake(), $fresh),
            fn () => array_map(fn (string $value) => (string) Str::of($value)->snake(), $fresh),
            LaravelStr::flushCache(...),
        );

        foreach (self::INPUTS as $label => [$cased, $delimited]) {
            foreach (['snake' => $cased, 'kebab' => $cased, 'studly' => $delimited, 'camel' => $delimited] as $method => $input) {
                $fresh = array_map(fn (int $i) => $input.$i, range(1, self::BATCH));
                $same = array_fill(0, self::BATCH, $input);

                yield new Row(
                    "Str::{$method} {$label} (cold)",
                    self::BATCH,
                    fn () => array_map([LaravelStr::class, $method], $fresh),
                    fn () => array_map([Str::class, $method], $fresh),
                    LaravelStr::flushCache(...),
                );
                yield new Row(
                    "Str::{$method} {$label} (warm)",
                    self::BATCH,
                    fn () => array_map([LaravelStr::class, $method], $same),
                    fn () => array_map([Str::class, $method], $same),
                );
            }
        }
    }
}
