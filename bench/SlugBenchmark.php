<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Str;

/**
 * slug() of short and long titles: ASCII titles run natively, others take
 * Laravel's path through Oxide (whose ascii() is native); and ascii() itself.
 */
final class SlugBenchmark implements Benchmark
{
    private const BATCH = 2000;

    private const TITLES = [
        'short ascii' => 'Hello World @ Laravel 13',
        'long ascii' => 'The Quick Brown Fox Jumps Over The Lazy Dog -- While_The HTTP Request Is Pending, And Then Some More Words (Follow) Here!',
        'short unicode' => 'Öffentliche Überraschung',
        'long unicode' => 'Żółta łódka płynie świętym szlakiem: öffentliche Überraschungen, Жизнь прекрасна, Καλημέρα κόσμε',
    ];

    public function rows(): iterable
    {
        foreach (self::TITLES as $label => $title) {
            $titles = array_map(fn (int $i) => "{$title} {$i}", range(1, self::BATCH));
            yield new Row(
                "Str::slug {$label}",
                self::BATCH,
                fn () => array_map(LaravelStr::slug(...), $titles),
                fn () => array_map(Str::slug(...), $titles),
            );
        }
        foreach (['short' => 'Düsseldorf Ölkännchen', 'long' => self::TITLES['long unicode'], 'ascii' => 'Plain ASCII title'] as $label => $text) {
            foreach (['en', 'de'] as $language) {
                $texts = array_map(fn (int $i) => "{$text} {$i}", range(1, self::BATCH));
                yield new Row(
                    "Str::ascii {$label} ({$language})",
                    self::BATCH,
                    fn () => array_map(fn (string $text) => LaravelStr::ascii($text, $language), $texts),
                    fn () => array_map(fn (string $text) => Str::ascii($text, $language), $texts),
                );
            }
        }
    }
}
