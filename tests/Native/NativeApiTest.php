<?php

declare(strict_types=1);

namespace Oxide\Tests\Native;

use ArgumentCountError;
use Error;
use Oxide\Extension;
use Oxide\Native;
use PHPUnit\Framework\TestCase;
use TypeError;

final class NativeApiTest extends TestCase
{
    public function test_version_is_the_crate_version_and_the_package_version(): void
    {
        preg_match('/^version = "([^"]+)"/m', (string) file_get_contents(__DIR__.'/../../Cargo.toml'), $cargo);

        $this->assertSame($cargo[1], Native\version());
        $this->assertSame(Extension::PACKAGE_VERSION, Native\version());
    }

    public function test_accelerators_lists_what_is_built_in(): void
    {
        $this->assertSame(['str', 'arr', 'validation', 'markdown'], Native\accelerators());
    }

    public function test_snake_and_studly_return_laravel_results(): void
    {
        $this->assertSame('laravel_p_h_p_framework', Native\str_snake('LaravelPHPFramework', '_'));
        $this->assertSame('laravel-php-framework', Native\str_snake('Laravel Php Framework', '-'));
        $this->assertSame('żółtałódka', Native\str_snake('ŻółtaŁódka', '_'), 'only ASCII capitals get a delimiter');
        $this->assertSame('FooBarBaz', Native\str_studly('foo_bar-baz'));
        $this->assertSame('Sstraßeǅungla', Native\str_studly('ßtraße ǆungla'));
    }

    public function test_arr_dot_and_undot_return_laravel_results(): void
    {
        $object = new \stdClass;
        $nested = ['user' => ['name' => 'Ann', 'roles' => ['admin', 'dev'], 'meta' => []], 5 => $object, '07' => null];

        $this->assertSame(
            ['p.user.name' => 'Ann', 'p.user.roles.0' => 'admin', 'p.user.roles.1' => 'dev', 'p.user.meta' => [], 'p.5' => $object, 'p.07' => null],
            Native\arr_dot('p.', $nested),
        );
        $this->assertSame([5 => 1, 'a.b' => 2], Native\arr_dot('', ['5' => 1, 'a' => ['b' => 0], 'a.b' => 2]), 'numeric keys and overwrites');
        $this->assertSame(['user' => ['name' => 'Ann', 'roles' => ['admin']], 3 => 'x'], Native\arr_undot(['user.name' => 'Ann', 'user.roles.0' => 'admin', 3 => 'x']));
    }

    public function test_arr_undot_never_writes_into_the_callers_arrays(): void
    {
        $shared = ['k' => 1];
        $undotted = Native\arr_undot(['x' => $shared, 'x.k' => 2, 'x.m' => 3]);

        $this->assertSame(['k' => 1], $shared);
        $this->assertSame(['x' => ['k' => 2, 'm' => 3]], $undotted);
    }

    public function test_undecidable_input_returns_null_for_laravel_to_handle(): void
    {
        $this->assertNull(Native\str_snake("invalid \xFF utf-8", '_'));
        $this->assertNull(Native\str_snake('FooBar', '$1'), 'back-reference in the replacement');
        $this->assertNull(Native\str_snake("Foo\u{85}Bar", '_'), 'NEL is \s only in some PCRE2 releases');
        $this->assertNull(Native\str_studly("foo \u{A7CE}"), 'case mapping newer than PHP\'s Unicode');
        $this->assertNull(Native\str_studly('ɤ'), 'ɤ has an upper case only since Unicode 16 (PHP 8.4)');
        $this->assertFalse(Native\str_studly("\xC3"), 'not UTF-8: Laravel\'s preg_split() fails');
        $deep = [];
        for ($i = 0; $i < 300; $i++) {
            $deep = [$deep, 'leaf'];
        }
        $this->assertNull(Native\arr_dot('', $deep), 'deeper than native code follows');
    }

    /** Before PHP 8.4 a readonly property has no protected(set) flag: only its own flag keeps it from native writes. */
    public function test_data_set_leaves_readonly_properties_to_the_engine(): void
    {
        $dto = new class
        {
            public function __construct(public readonly array $locked = ['a' => 1], public array $open = ['a' => 1]) {}
        };

        Native\data_set($dto, 'open.b', 2);
        $this->assertSame(['a' => 1, 'b' => 2], $dto->open);
        try {
            Native\data_set($dto, 'locked.b', 2);
            $this->fail('a readonly property was written');
        } catch (Error $e) {
            // PHP 8.4 says "indirectly": the step takes a reference to it.
            $this->assertMatchesRegularExpression('/^Cannot (indirectly )?modify readonly property /', $e->getMessage());
        }
        $this->assertSame(['a' => 1], $dto->locked);
    }

    public function test_strict_mode_raises_phps_type_error(): void
    {
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\str_snake(): Argument #1 ($value) must be of type string, array given', fn () => Native\str_snake([], '_'));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\str_snake(): Argument #2 ($delimiter) must be of type string, int given', fn () => Native\str_snake('a', 1));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\str_studly(): Argument #1 ($value) must be of type string, null given', fn () => Native\str_studly(null));
        $this->assertThrowsExactly(ArgumentCountError::class, 'Oxide\Native\str_snake() expects exactly 2 arguments, 1 given', fn () => Native\str_snake('a'));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\arr_dot(): Argument #2 ($array) must be of type array, string given', fn () => Native\arr_dot('', 'a'));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\arr_undot(): Argument #1 ($array) must be of type array, null given', fn () => Native\arr_undot(null));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\validation_explode(): Argument #2 ($rules) must be of type array, string given', fn () => Native\validation_explode([], 'required'));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\validation_pending(): Argument #3 ($implicit_attributes) must be of type array, null given', fn () => Native\validation_pending([], [], null, true));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\validation_validated(): Argument #4 ($dot_placeholder) must be of type string, array given', fn () => Native\validation_validated([], [], false, [], '*'));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\validation_data_unchanged(): Argument #1 ($data) must be of type array, null given', fn () => Native\validation_data_unchanged(null));
    }

    public function test_coercive_mode_juggles_like_an_internal_function(): void
    {
        $results = require __DIR__.'/coercive-calls.php';

        $this->assertSame('12', $results['int']);
        $this->assertSame('1.5', $results['float']);
        $this->assertSame('stringable', $results['stringable']);
        $this->assertSame('Oxide\Native\str_snake(): Argument #1 ($value) must be of type string, array given', $results['array']);
        $this->assertSame('Oxide\Native\str_snake(): Argument #1 ($value) must be of type string, stdClass given', $results['object']);
        $this->assertSame('thrown by __toString', $results['throwing']);
        $this->assertSame(['', 'Oxide\Native\str_studly(): Passing null to parameter #1 ($value) of type string is deprecated'], $results['null']);
    }

    public function test_a_worker_remembers_strings_for_as_long_as_asked(): void
    {
        $key = 'test:'.bin2hex(random_bytes(8));
        $this->assertNull(Native\remembered($key, 60));
        Native\remember($key, "a\0\xff");
        $this->assertSame("a\0\xff", Native\remembered($key, 60));
        $this->assertNull(Native\remembered($key, 0), 'older than no time at all');
        $this->assertNull(Native\remembered($key, -1));
        Native\remember($key, 'again');
        $this->assertSame('again', Native\remembered($key, PHP_INT_MAX));
        sleep(1);
        $this->assertNull(Native\remembered($key, 1), 'a second old');
        $this->assertSame('again', Native\remembered($key, 2));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\remembered(): Argument #1 ($key) must be of type string, array given', fn () => Native\remembered([], 1));
        $this->assertThrowsExactly(TypeError::class, 'Oxide\Native\remember(): Argument #2 ($value) must be of type string, null given', fn () => Native\remember($key, null));
        $this->assertSame('again', Native\remembered($key, 2), 'a rejected value changes nothing');
    }

    public function test_the_committed_stub_matches_the_extension(): void
    {
        ob_start();
        require __DIR__.'/../../scripts/stubs.php';

        $this->assertSame(ob_get_clean(), file_get_contents(__DIR__.'/../../stubs/oxide.stub.php'), 'run make stubs');
    }

    public function test_a_rust_panic_becomes_a_php_error(): void
    {
        $this->assertTrue(function_exists('Oxide\Native\panic_for_test'), 'make test builds the debug extension');

        $this->assertThrowsExactly(Error::class, 'Rust panic: panic_for_test was called', fn () => Native\panic_for_test());
        $this->assertSame('foo_bar', Native\str_snake('FooBar', '_'), 'the extension keeps working after a panic');
    }

    private function assertThrowsExactly(string $class, string $message, callable $call): void
    {
        try {
            $call();
        } catch (\Throwable $e) {
            $this->assertSame([$class, $message], [$e::class, $e->getMessage()]);

            return;
        }
        $this->fail("expected {$class}");
    }
}
