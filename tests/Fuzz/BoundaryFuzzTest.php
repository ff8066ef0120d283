<?php

declare(strict_types=1);

namespace Oxide\Tests\Fuzz;

use Oxide\Tests\Support\LaravelArr;
use Oxide\Tests\Support\LaravelStr;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\HostileValues;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\TestCase;

/**
 * Every native function and every accelerated method, called with hostile
 * arguments: no crash, and exactly the exceptions and warnings of the
 * reference (PHP's own argument handling for the native API, Laravel's code
 * for Oxide\Str).
 */
final class BoundaryFuzzTest extends TestCase
{
    /**
     * Each native function and an internal PHP function with the same
     * parameter types, whose argument errors are the reference.
     */
    private const TWINS = [
        'Oxide\Native\str_snake' => ['str_contains', ['haystack' => 'value', 'needle' => 'delimiter']],
        'Oxide\Native\str_studly' => ['ucfirst', ['string' => 'value']],
        'Oxide\Native\arr_dot' => ['vsprintf', ['format' => 'prepend', 'values' => 'array']],
        'Oxide\Native\arr_undot' => ['array_values', ['array' => 'array']],
        'Oxide\Native\version' => ['pi', []],
        'Oxide\Native\accelerators' => ['pi', []],
    ];

    protected function tearDown(): void
    {
        LaravelStr::flushCache();
    }

    public function test_native_functions_handle_arguments_as_php_does(): void
    {
        $coercive = require __DIR__.'/coercive-call.php';
        $strict = static fn (callable $function, array $arguments): mixed => $function(...$arguments);
        $values = HostileValues::all();

        foreach (self::TWINS as $native => [$twin, $parameters]) {
            foreach ($this->argumentLists(count($parameters), $values) as $label => $arguments) {
                foreach (['strict' => $strict, 'coercive' => $coercive] as $mode => $call) {
                    $expected = $this->renamed(Outcome::of(fn () => $call($twin, $arguments)), $twin, $native, $parameters);
                    $actual = Outcome::of(fn () => $call($native, $arguments));

                    $this->assertSame(
                        [$expected->exception, $expected->errors],
                        [$actual->exception, $actual->errors],
                        "{$native}({$label}) in {$mode} mode",
                    );
                    if ($actual->exception === null) {
                        // false: text that is not UTF-8, which Laravel's /u regexes fail on.
                        $this->assertTrue($actual->value === null || $actual->value === false || is_string($actual->value) || is_array($actual->value), "{$native}({$label})");
                    }
                }
            }
        }
    }

    public function test_oxide_str_handles_hostile_arguments_as_laravel_does(): void
    {
        $values = HostileValues::all();

        foreach (['snake' => 2, 'kebab' => 1, 'studly' => 1, 'camel' => 1] as $method => $arity) {
            foreach ($this->argumentLists($arity, $values) as $label => $arguments) {
                $this->assertSameOutcome(LaravelStr::class, Str::class, $method, $arguments, $label);
            }
        }
        $this->assertSameOutcome(LaravelStr::class, Str::class, 'studly', [$values['large string'], true], 'large string, normalize');
    }

    public function test_oxide_str_identifiers_handle_hostile_arguments_as_laravel_does(): void
    {
        // Random results: the same exception, errors and type of value.
        $shape = fn (callable $call) => ['type' => get_debug_type(($outcome = Outcome::of($call))->value)] + $outcome->toArray();
        foreach (HostileValues::all() as $label => $value) {
            foreach (['uuid7', 'ulid', 'random'] as $method) {
                // Laravel's random() never ends for huge or non-integral
                // numeric lengths (it allocates until memory_limit).
                if ($method === 'random' && (\is_float($value) || (\is_int($value) && $value > 65536) || is_numeric($value))) {
                    continue;
                }
                $laravel = $shape(fn () => LaravelStr::$method($value));
                $oxide = $shape(fn () => Str::$method($value));
                unset($laravel['value'], $oxide['value']);
                $this->assertSame($laravel, $oxide, "{$method}({$label})");
            }
        }
    }

    public function test_oxide_arr_handles_hostile_arguments_as_laravel_does(): void
    {
        $values = HostileValues::all();
        // Laravel's dot() recurses without end into a self-referencing array,
        // and holds 2,000 copies of a 1 MB prefix for the 2,000-deep one,
        // until memory_limit stops the process; Oxide hands both to that code.
        unset($values['recursive array']);

        foreach ($this->argumentLists(2, $values) as $label => $arguments) {
            if (! (str_starts_with($label, 'deep array') && str_contains($label, 'large'))) {
                $this->assertSameOutcome(LaravelArr::class, Arr::class, 'dot', $arguments, $label);
            }
        }
        foreach ($this->argumentLists(1, $values) as $label => $arguments) {
            $this->assertSameOutcome(LaravelArr::class, Arr::class, 'undot', $arguments, $label);
        }
        foreach ($values as $label => $value) {
            $this->assertSameOutcome(LaravelArr::class, Arr::class, 'dot', [['k' => $value, 'n' => ['v' => $value]]], "{$label} as a leaf");
            $this->assertSameOutcome(LaravelArr::class, Arr::class, 'undot', [['k.n' => $value, 'k' => $value]], "{$label} as a leaf");
        }
    }

    public function test_oxide_str_with_seeded_random_texts_and_hostile_delimiters(): void
    {
        $random = new RandomText(RandomText::seed());
        $values = HostileValues::all();

        for ($i = 0; $i < 500; $i++) {
            $delimiter = $random->pick(array_keys($values));
            $this->assertSameOutcome(LaravelStr::class, Str::class, 'snake', [$random->text(30), $values[$delimiter]], "seed {$random->seed} (OXIDE_SEED), case {$i}, delimiter {$delimiter}");
        }
    }

    /**
     * Every value alone, every pair of values for two parameters (a large
     * string second only with a short first: Laravel's snake() would insert
     * a megabyte before each of 140,000 capitals), plus too many arguments.
     *
     * @param  array<string, mixed>  $values
     * @return iterable<string, list<mixed>>
     */
    private function argumentLists(int $arity, array $values): iterable
    {
        yield 'no arguments' => [];
        foreach ($values as $label => $value) {
            if ($arity === 2) {
                foreach ($values as $secondLabel => $second) {
                    if (! str_starts_with($secondLabel, 'large') || ! is_string($value) || strlen($value) < 100) {
                        yield "{$label}, {$secondLabel}" => [$value, $second];
                    }
                }
            } else {
                yield $label => [$value];
            }
        }
        yield 'one too many' => array_fill(0, $arity + 1, 'FooBar');
    }

    /**
     * @param  array<string, string>  $parameters  the twin's parameter names => the native ones
     */
    private function renamed(Outcome $outcome, string $twin, string $native, array $parameters): Outcome
    {
        $replacements = ["{$twin}()" => "{$native}()"];
        foreach ($parameters as $twinName => $nativeName) {
            $replacements["\${$twinName}"] = "\${$nativeName}";
        }

        return $outcome->map(fn (string $message) => strtr($message, $replacements));
    }

    /**
     * PHP's own argument errors (too few arguments, a typed parameter given
     * the wrong type) name the class that declares the method, and a method
     * Oxide accelerates is declared by Oxide's class: those messages are
     * compared with the class name (and this file's line numbers) aligned.
     *
     * @param  class-string  $laravelClass
     * @param  class-string  $oxideClass
     * @param  list<mixed>  $arguments
     */
    private function assertSameOutcome(string $laravelClass, string $oxideClass, string $method, array $arguments, string $label): void
    {
        // The classes' own names, not those of the test's aliases.
        [$laravelClass, $oxideClass] = [(new \ReflectionClass($laravelClass))->getName(), (new \ReflectionClass($oxideClass))->getName()];
        $aligned = fn (string $message) => preg_replace('/ on line \d+/', ' on line N', preg_replace(
            '/^(ArgumentCountError: Too few arguments to function |TypeError: )'.preg_quote($oxideClass.'::', '/').'/',
            '${1}'.$laravelClass.'::',
            $message,
        ));

        LaravelStr::flushCache();
        $laravel = Outcome::of(fn () => $laravelClass::$method(...$arguments))->map($aligned);
        LaravelStr::flushCache();
        $oxide = Outcome::of(fn () => $oxideClass::$method(...$arguments))->map($aligned);

        $this->assertSame($laravel->toArray(), $oxide->toArray(), "{$oxideClass}::{$method}({$label})");
    }
}
