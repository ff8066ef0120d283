<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Oxide\Tests\Support\LaravelArr;
use Oxide\Tests\Support\LaravelStr;
use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Tests\Support\NativeArr as Arr;
use Oxide\Runtime;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\Fixtures\OverridesArrMethods;
use Oxide\Tests\Support\Fixtures\OverridesEmailRule;
use Oxide\Tests\Support\Fixtures\OverridesStrMethods;
use Oxide\Tests\Support\Outcome;
use Oxide\Tests\Support\Validators;
use Oxide\Validation\Validator as OxideValidator;
use PHPUnit\Framework\TestCase;

/**
 * Laravel's Str and Arr methods call each other through static::, and the
 * Validator its validate*() methods through $this, so a subclass that
 * overrides one changes what the others return. A subclass of Oxide\Str,
 * Oxide\Arr or Oxide\Validation\Validator that overrides any of Laravel's
 * methods gets Laravel's code throughout, and so the same results as the
 * same subclass of Laravel's class; one that only adds methods stays native.
 */
final class SubclassParityTest extends TestCase
{
    private const TEXTS = ['Hello World', 'hello_world-again', 'HTTPRequest now', 'Ölkännchen @ home', '  spaced   out  ', 'child', 'Straße'];

    public function test_str_subclasses_that_override_a_method_get_laravels_code(): void
    {
        $laravel = new class extends LaravelStr
        {
            use OverridesStrMethods;
        };
        $oxide = new class extends Str
        {
            use OverridesStrMethods;
        };
        $this->assertFalse(Runtime::inheritsOnly($oxide::class, Str::class));
        $this->assertSameCalls($laravel::class, $oxide::class, [
            'snake' => [[]], 'kebab' => [[]], 'studly' => [[]], 'camel' => [[]], 'slug' => [[], ['_', 'de'], ['-', 'xx']],
            'title' => [[]], 'headline' => [[]], 'apa' => [[]], 'squish' => [[]], 'ascii' => [[], ['de']], 'plural' => [[], [2]],
            'singular' => [[]], 'pluralStudly' => [[]], 'ucsplit' => [[]], 'words' => [[2]], 'limit' => [[5]], 'wordCount' => [[]],
            'mask' => [['*', 2]],
        ]);
    }

    public function test_str_subclasses_that_only_add_methods_stay_native(): void
    {
        $oxide = new class extends Str
        {
            public static function shout(string $value): string
            {
                return static::upper($value).'!';
            }
        };
        $this->assertTrue(Runtime::inheritsOnly($oxide::class, Str::class));
        $this->assertSameCalls(LaravelStr::class, $oxide::class, ['snake' => [[]], 'studly' => [[]], 'slug' => [[], ['-', 'de']], 'ascii' => [['de']]]);
    }

    public function test_arr_subclasses_that_override_a_method_get_laravels_code(): void
    {
        $laravel = new class extends LaravelArr
        {
            use OverridesArrMethods;
        };
        $oxide = new class extends Arr
        {
            use OverridesArrMethods;
        };
        $this->assertFalse(Runtime::inheritsOnly($oxide::class, Arr::class));
        $array = ['hidden' => ['x' => 1], 'a' => ['b' => ['c' => 2], 'opaque' => true, 'hidden' => 3], 'rows' => [['id' => 1, 'hidden' => 'h'], ['id' => 2]]];
        foreach ([
            ['get', [$array, 'hidden.x', 'd']], ['get', [$array, 'a.b.c']], ['get', [$array, 'a.hidden', 'd']],
            ['has', [$array, 'hidden']], ['has', [$array, ['a.b', 'a.hidden']]], ['hasAny', [$array, ['hidden', 'a.hidden']]],
            ['hasAll', [$array, ['a', 'a.b']]], ['exists', [$array, 'hidden']], ['pluck', [$array['rows'], 'hidden', 'id']],
            ['dot', [$array]], ['undot', [['a.b' => 1, 'hidden.c' => 2]]], ['only', [$array, ['hidden', 'a']]], ['except', [$array, 'hidden']],
            ['forget', [$array, 'a.hidden']], ['set', [$array, 'a.hidden.z', 9]], ['add', [$array, 'hidden', 1]], ['pull', [$array, 'hidden']],
            ['flatten', [$array]], ['select', [$array['rows'], ['id', 'hidden']]], ['whereNotNull', [[1, null]]],
        ] as [$method, $arguments]) {
            $this->assertSame(
                Outcome::of(fn () => $laravel::$method(...$arguments))->toArray(),
                Outcome::of(fn () => $oxide::$method(...$arguments))->toArray(),
                "{$method} ".json_encode($arguments),
            );
        }
    }

    public function test_validator_subclasses_that_override_a_rule_get_laravels_code(): void
    {
        $translator = Validators::translator();
        $data = ['users' => array_fill(0, 20, ['email' => 'ann@example.com', 'age' => '42'])];
        $rules = ['users.*.email' => 'required|email', 'users.*.age' => 'integer|min:18'];
        $laravel = new class($translator, $data, $rules) extends LaravelValidator
        {
            use OverridesEmailRule;
        };
        $oxide = new class($translator, $data, $rules) extends OxideValidator
        {
            use OverridesEmailRule;
        };
        $this->assertFalse($laravel->passes());
        $this->assertFalse($oxide->passes());
        $this->assertSame($laravel->errors()->toArray(), $oxide->errors()->toArray());
    }

    /**
     * @param  class-string  $laravel
     * @param  class-string  $oxide
     * @param  array<string, list<list<mixed>>>  $calls  each method's extra argument lists
     */
    private function assertSameCalls(string $laravel, string $oxide, array $calls): void
    {
        foreach ($calls as $method => $argumentLists) {
            foreach ($argumentLists as $arguments) {
                foreach (self::TEXTS as $text) {
                    // snake(), camel() and studly() share Laravel's caches.
                    $this->assertSame(
                        Outcome::of(fn () => [LaravelStr::flushCache(), $laravel::$method($text, ...$arguments)][1])->toArray(),
                        Outcome::of(fn () => [LaravelStr::flushCache(), $oxide::$method($text, ...$arguments)][1])->toArray(),
                        "{$method} ".json_encode([$text, ...$arguments]),
                    );
                }
            }
        }
    }
}
