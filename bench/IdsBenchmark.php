<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Str;

/**
 * UUIDs, ULIDs and random strings: Laravel's methods (cast to string for the
 * string rows) against Oxide's objects and *String() variants. Values are
 * random, so the sides must agree on the class and layout of each.
 */
final class IdsBenchmark implements Benchmark
{
    private const BATCH = 5000;

    public function rows(): iterable
    {
        $rows = [
            'Str::uuid()' => [fn () => LaravelStr::uuid(), fn () => Str::uuid()],
            'Str::uuid() as string' => [fn () => (string) LaravelStr::uuid(), fn () => Str::uuidString()],
            'Str::uuid7()' => [fn () => LaravelStr::uuid7(), fn () => Str::uuid7()],
            'Str::uuid7() as string' => [fn () => (string) LaravelStr::uuid7(), fn () => Str::uuid7String()],
            'Str::orderedUuid()' => [fn () => LaravelStr::orderedUuid(), fn () => Str::orderedUuid()],
            'Str::orderedUuid() as string' => [fn () => (string) LaravelStr::orderedUuid(), fn () => Str::orderedUuidString()],
            'Str::ulid()' => [fn () => LaravelStr::ulid(), fn () => Str::ulid()],
            'Str::ulid() as string' => [fn () => (string) LaravelStr::ulid(), fn () => Str::ulidString()],
            'Str::random()' => [fn () => LaravelStr::random(), fn () => Str::random()],
            'Str::random(64)' => [fn () => LaravelStr::random(64), fn () => Str::random(64)],
        ];
        foreach ($rows as $name => [$stock, $oxide]) {
            yield new Row(
                $name,
                self::BATCH,
                fn () => $this->batch($stock),
                fn () => $this->batch($oxide),
                shape: self::shape(...),
            );
        }
    }

    /**
     * @return list<mixed>
     */
    private function batch(\Closure $make): array
    {
        $values = [];
        for ($i = 0; $i < self::BATCH; $i++) {
            $values[] = $make();
        }

        return $values;
    }

    /**
     * Each distinct class and layout (letters and digits masked; a UUID's
     * version kept) among the values.
     *
     * @param  list<mixed>  $values
     * @return list<string>
     */
    private static function shape(array $values): array
    {
        return array_values(array_unique(array_map(
            fn (mixed $value) => get_debug_type($value).' '.preg_replace('/[0-9A-Za-z]/', 'x', $text = (string) $value)
                .(\strlen($text) === 36 ? " v{$text[14]}" : ''),
            $values,
        )));
    }
}
