<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Str;

/**
 * title(), headline(), apa(), ucsplit(), squish(), words(), limit(), mask()
 * and is() on short and long text, stock and Oxide on the same inputs.
 * Unicode rows for the title cases measure the hand-back to Laravel.
 */
final class StrFormattingBenchmark implements Benchmark
{
    private const BATCH = 2000;

    private const SHORT = 'the quick brown fox';

    private const LONG = 'The quick brown fox jumps over the lazy dog, while_the HTTPRequest is pending: and then-some more words follow here. '
        .'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

    private const UNICODE = 'öffentliche überraschung für alle';

    public function rows(): iterable
    {
        $texts = [
            'short' => self::SHORT,
            'long' => self::LONG,
            'unicode' => self::UNICODE,
        ];
        $calls = [
            'title' => [],
            'headline' => [],
            'apa' => [],
            'ucsplit' => [],
            'squish' => [],
            'words' => [5],
            'limit' => [20],
            'limit preserving words' => [20, '...', true],
        ];
        foreach ($calls as $label => $arguments) {
            $method = explode(' ', $label)[0];
            foreach ($texts as $kind => $text) {
                if ($kind === 'unicode' && ! \in_array($method, ['title', 'headline', 'squish'], true)) {
                    continue;
                }
                $values = array_map(fn (int $i) => "  {$text} {$i}  ", range(1, self::BATCH));
                yield new Row(
                    "Str::{$label} {$kind}",
                    self::BATCH,
                    fn () => array_map(fn (string $value) => LaravelStr::$method($value, ...$arguments), $values),
                    fn () => array_map(fn (string $value) => Str::$method($value, ...$arguments), $values),
                );
            }
        }

        $emails = array_map(fn (int $i) => "user{$i}@example.com", range(1, self::BATCH));
        yield new Row(
            'Str::mask email',
            self::BATCH,
            fn () => array_map(fn (string $email) => LaravelStr::mask($email, '*', 3, -12), $emails),
            fn () => array_map(fn (string $email) => Str::mask($email, '*', 3, -12), $emails),
        );

        $paths = array_map(fn (int $i) => "admin/users/{$i}/edit", range(1, self::BATCH));
        foreach (['prefix' => 'admin/*', 'middle' => 'admin/*/edit', 'list' => ['api/*', 'admin/*/show', 'admin/*'], 'ignoring case' => 'ADMIN/*'] as $label => $pattern) {
            $ignoreCase = $label === 'ignoring case';
            yield new Row(
                "Str::is {$label}",
                self::BATCH,
                fn () => array_map(fn (string $path) => LaravelStr::is($pattern, $path, $ignoreCase), $paths),
                fn () => array_map(fn (string $path) => Str::is($pattern, $path, $ignoreCase), $paths),
            );
        }
    }
}
