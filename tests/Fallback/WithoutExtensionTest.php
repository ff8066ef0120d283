<?php

declare(strict_types=1);

namespace Oxide\Tests\Fallback;

use Illuminate\Support\Arr as LaravelArr;
use Illuminate\Support\Str as LaravelStr;
use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Accelerator;
use Oxide\Arr;
use Oxide\Extension;
use Oxide\Str;
use Oxide\Tests\Support\Validators;
use Oxide\Validation\Validator;
use PHPUnit\Framework\TestCase;
use ReflectionMethod;

/**
 * PHP started without the extension: Oxide is Laravel, with nothing in between.
 */
final class WithoutExtensionTest extends TestCase
{
    public function test_the_extension_is_really_absent(): void
    {
        $this->assertFalse(extension_loaded('oxide'));
        $this->assertFalse(function_exists('Oxide\Native\version'));
        $this->assertFalse(Extension::detect()->isLoaded());
        $this->assertFalse(Extension::detect()->provides(Accelerator::Str));
    }

    public function test_oxide_str_is_laravels_str_with_no_override(): void
    {
        $this->assertSame(LaravelStr::class, get_parent_class(Str::class));
        $this->assertSame(['Oxide\Concerns\GeneratesIdStrings', 'Oxide\Concerns\MakesOxideStringables'], array_values(class_uses(Str::class)));
        foreach (['snake', 'kebab', 'studly', 'camel', 'uuid', 'uuid7', 'orderedUuid', 'ulid', 'random'] as $method) {
            $this->assertSame(LaravelStr::class, (new ReflectionMethod(Str::class, $method))->class, "{$method} is Laravel's own");
        }
    }

    public function test_the_identifier_string_variants_are_laravels_identifiers_as_strings(): void
    {
        $this->assertMatchesRegularExpression('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', Str::uuidString());
        $this->assertSame('7', Str::uuid7String()[14]);
        $this->assertSame('4', Str::orderedUuidString()[14]);
        $this->assertSame(26, \strlen(Str::ulidString()));
        $frozen = LaravelStr::freezeUuids();
        try {
            $this->assertSame((string) $frozen, Str::uuidString());
        } finally {
            LaravelStr::createUuidsNormally();
        }
    }

    public function test_oxide_arr_is_laravels_arr_with_no_override(): void
    {
        $this->assertSame(LaravelArr::class, get_parent_class(Arr::class));
        $this->assertSame([], class_uses(Arr::class));
        foreach (['dot', 'undot'] as $method) {
            $this->assertSame(LaravelArr::class, (new ReflectionMethod(Arr::class, $method))->class, "{$method} is Laravel's own");
        }
        $this->assertSame(['a.b' => 1], Arr::dot(['a' => ['b' => 1]]));
    }

    public function test_oxide_validator_is_laravels_validator_with_no_override(): void
    {
        $this->assertSame(LaravelValidator::class, get_parent_class(Validator::class));
        $this->assertSame([], class_uses(Validator::class));
        foreach (['parseData', 'addRules', 'passes'] as $method) {
            $this->assertSame(LaravelValidator::class, (new ReflectionMethod(Validator::class, $method))->class, "{$method} is Laravel's own");
        }
        $this->assertSame(['a' => ['The a field is required.']], Validators::oxide([], ['a' => 'required'])->errors()->messages());
    }

    public function test_fluent_strings_are_oxide_stringables_with_laravels_results(): void
    {
        $this->assertInstanceOf(\Oxide\Stringable::class, Str::of('FooBar'));
        $this->assertSame('foo_bar', (string) Str::of('FooBar')->snake());
        $this->assertSame('FooBar', (string) Str::of('foo_bar')->studly()->trim());
    }

    public function test_results_are_laravels(): void
    {
        $this->assertSame('laravel_p_h_p_framework', Str::snake('LaravelPHPFramework'));
        $this->assertSame('LaravelPhpFramework', Str::studly('laravel_php_framework'));
        $this->assertSame('laravelPhpFramework', Str::camel('Laravel_php_framework'));
        $this->assertSame('laravel-php-framework', Str::kebab('LaravelPhpFramework'));
    }
}
