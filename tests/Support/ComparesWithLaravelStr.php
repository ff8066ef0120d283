<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Oxide\Tests\Support\NativeStr as Str;

/**
 * Parity of one Oxide\Str call with Laravel's Str: same value, same
 * exception, same warnings.
 */
trait ComparesWithLaravelStr
{
    /**
     * @param  list<mixed>  $arguments
     */
    private function assertStrParity(string $method, array $arguments, string $context): void
    {
        $laravel = Outcome::of(fn () => LaravelStr::$method(...$arguments));
        $oxide = Outcome::of(fn () => Str::$method(...$arguments));

        $message = sprintf('%s(%s) — %s', $method, json_encode($arguments, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), $context);
        $this->assertSame($laravel->toArray(), $oxide->toArray(), $message);
    }
}
