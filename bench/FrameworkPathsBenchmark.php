<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Foundation\Http\Middleware\ConvertEmptyStringsToNull;
use Illuminate\Foundation\Http\Middleware\TrimStrings;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use Oxide\Runtime;
use Oxide\Transparent;

/**
 * Transparent mode (make bench runs these rows with OXIDE_TRANSPARENT=on):
 * Laravel's own classes, called as the framework calls them. The stock side
 * is Laravel's code: the renamed original for direct calls, and for the
 * middleware (which names Illuminate\Support\Str itself) the patched class
 * with Runtime::$str off, whose methods then run Laravel's bodies after one
 * flag check each.
 */
final class FrameworkPathsBenchmark implements Benchmark
{
    private const BATCH = 2000;

    public function rows(): iterable
    {
        if (! Transparent::report()['on']) {
            return;
        }
        $original = Transparent::original(Str::class);
        $calls = [
            'is' => [['api/*', 'admin/*/edit'], 'admin/users/edit'],
            'slug' => ['Hello World: a Laravel title'],
            'squish' => ["  lots   of\n spaces  here "],
            'limit' => ['A short description that stays within the limit', 100],
        ];
        foreach ($calls as $method => $arguments) {
            yield new Row(
                "framework: Illuminate\\Support\\Str::{$method}",
                self::BATCH,
                fn () => array_map(fn () => $original::$method(...$arguments), range(1, self::BATCH)),
                fn () => array_map(fn () => Str::$method(...$arguments), range(1, self::BATCH)),
            );
        }

        $fields = [];
        for ($i = 0; $i < 1000; $i++) {
            $fields["field_{$i}"] = $i % 5 === 0 ? '   ' : "  value {$i}  ";
        }
        $middleware = function () use ($fields): array {
            $request = Request::create('/import', 'POST', $fields);
            $pipeline = fn (Request $request) => (new ConvertEmptyStringsToNull)->handle($request, fn (Request $request) => $request->all());

            return (new TrimStrings)->handle($request, $pipeline);
        };
        yield new Row(
            'framework: TrimStrings + ConvertEmptyStrings, 1,000 fields',
            1,
            function () use ($middleware): array {
                Runtime::use(\Oxide\Accelerator::Str, false);
                try {
                    return [$middleware()];
                } finally {
                    Runtime::use(\Oxide\Accelerator::Str);
                }
            },
            fn () => [$middleware()],
            repeat: 15,
        );
    }
}
