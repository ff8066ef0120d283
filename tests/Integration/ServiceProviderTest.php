<?php

declare(strict_types=1);

namespace Oxide\Tests\Integration;

use Illuminate\Foundation\Application;
use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Accelerator;
use Oxide\Extension;
use Oxide\OxideServiceProvider;
use Oxide\Runtime;
use Oxide\Status;
use Oxide\Str;
use Oxide\Tests\Support\LaravelApp;
use Oxide\Validation\Validator as OxideValidator;
use PHPUnit\Framework\TestCase;

/**
 * Runs twice in `make test`: with the extension loaded and without it.
 */
final class ServiceProviderTest extends TestCase
{
    protected function tearDown(): void
    {
        foreach (Accelerator::cases() as $accelerator) {
            Runtime::use($accelerator);
        }
    }

    private static function extensionLoaded(): bool
    {
        return extension_loaded('oxide');
    }

    public function test_the_provider_is_auto_discovered_and_merges_its_config(): void
    {
        $laravel = new LaravelApp;

        $this->assertInstanceOf(OxideServiceProvider::class, $laravel->app->getProvider(OxideServiceProvider::class));
        $this->assertTrue($laravel->app['config']->get('oxide.accelerators.str'));
    }

    public function test_accelerators_are_active_exactly_when_the_extension_is_loaded(): void
    {
        $status = (new LaravelApp)->app->make(Status::class);

        foreach (Accelerator::cases() as $accelerator) {
            $this->assertSame(self::extensionLoaded(), $status->isActive($accelerator), $accelerator->name);
            $this->assertSame(self::extensionLoaded(), Runtime::uses($accelerator), $accelerator->name);
            $this->assertSame(self::extensionLoaded() ? null : 'the oxide extension is not loaded', $status->whyInactive($accelerator));
        }
    }

    public function test_the_config_switch_turns_an_accelerator_off(): void
    {
        $laravel = new LaravelApp(['accelerators' => ['str' => false]]);
        $status = $laravel->app->make(Status::class);

        $this->assertFalse($status->isActive(Accelerator::Str));
        $this->assertFalse(Runtime::uses(Accelerator::Str));
        $this->assertSame(self::extensionLoaded(), Runtime::uses(Accelerator::Arr), 'the other switch is untouched');
        $this->assertSame('foo_bar', Str::snake('FooBar'), 'Laravel\'s code answers instead');
        if (self::extensionLoaded()) {
            $this->assertStringStartsWith('disabled in config/oxide.php', (string) $status->whyInactive(Accelerator::Str));
        }
    }

    public function test_validators_are_oxides_when_validation_is_active(): void
    {
        $laravel = new LaravelApp;
        $validator = $laravel->app['validator']->make(['items' => [['id' => 'x']]], ['items.*.id' => 'required|integer']);

        $this->assertSame(self::extensionLoaded() ? OxideValidator::class : LaravelValidator::class, $validator::class);
        $this->assertSame(['items.0.id' => ['The items.0.id field must be an integer.']], $validator->errors()->messages());
    }

    public function test_the_config_switch_keeps_laravels_validator(): void
    {
        $laravel = new LaravelApp(['accelerators' => ['validation' => false]]);
        $validator = $laravel->app['validator']->make(['a' => 'x'], ['a' => 'integer']);

        $this->assertSame(LaravelValidator::class, $validator::class);
        $this->assertFalse(Runtime::uses(Accelerator::Validation));
        $this->assertSame(['a' => ['The a field must be an integer.']], $validator->errors()->messages());
    }

    public function test_an_app_resolver_set_after_boot_wins(): void
    {
        $laravel = new LaravelApp;
        $laravel->app['validator']->resolver(fn (...$arguments) => new AppValidator(...$arguments));

        $this->assertInstanceOf(AppValidator::class, $laravel->app['validator']->make([], []));
    }

    public function test_an_extension_of_another_version_is_not_used(): void
    {
        $laravel = new LaravelApp(beforeBoot: fn (Application $app) => $app->instance(Extension::class, new Extension('0.0.9', ['str'])));
        $status = $laravel->app->make(Status::class);

        $this->assertFalse($status->isActive(Accelerator::Str));
        $this->assertFalse(Runtime::uses(Accelerator::Str));
        $this->assertSame('extension 0.0.9 is incompatible with package '.Extension::PACKAGE_VERSION.' (needs 0.7.x)', $status->whyInactive(Accelerator::Str));
        $this->assertStringContainsString('extension 0.0.9 is incompatible', $laravel->artisan('oxide:status'));
    }

    public function test_oxide_status_prints_the_full_table(): void
    {
        $output = (new LaravelApp)->artisan('oxide:status');

        $this->assertMatchesRegularExpression('/Extension loaded\s+\|\s+'.(self::extensionLoaded() ? 'yes' : 'no').'/', $output);
        $this->assertMatchesRegularExpression('/Package version\s+\|\s+'.preg_quote(Extension::PACKAGE_VERSION).'/', $output);
        $this->assertMatchesRegularExpression('/PHP version\s+\|\s+'.preg_quote(PHP_VERSION).'/', $output);
        $this->assertMatchesRegularExpression('/Laravel version\s+\|\s+'.preg_quote(Application::VERSION).'/', $output);
        $this->assertMatchesRegularExpression('/Global helpers\s+\|\s+Laravel\'s \('.(self::extensionLoaded() ? 'oxide.helpers=1 in php.ini' : 'the oxide extension is not loaded').'/', $output);
        $this->assertMatchesRegularExpression(
            self::extensionLoaded()
                ? '/Extension version\s+\|\s+'.preg_quote(Extension::PACKAGE_VERSION).'.*Compatible\s+\|\s+yes.*Str \(Illuminate\\\\Support\\\\Str, Oxide\\\\Str\)\s+\|\s+yes\s+\|/s'
                : '/Extension version\s+\|\s+-.*Compatible\s+\|\s+no.*Str \(Illuminate\\\\Support\\\\Str, Oxide\\\\Str\)\s+\|\s+no\s+\|\s+the oxide extension is not loaded/s',
            $output,
        );
        foreach (explode("\n", $output) as $line) {
            $this->assertLessThanOrEqual(100, mb_strwidth($line), "wider than 100 columns:\n{$line}");
        }
        $this->assertStringNotContainsString('snake, kebab', $output);
    }

    public function test_oxide_status_lists_every_method_when_verbose(): void
    {
        $output = (new LaravelApp)->artisan('oxide:status', ['--verbose' => true]);

        $this->assertStringContainsString('snake, kebab', $output);
        foreach (explode("\n", $output) as $line) {
            $this->assertLessThanOrEqual(100, mb_strwidth($line), "wider than 100 columns:\n{$line}");
        }
    }

    public function test_an_environment_switch_turns_an_accelerator_off_and_is_named(): void
    {
        foreach (['off', 'false', 'NO', '0'] as $value) {
            putenv("OXIDE_STR={$value}");
            try {
                $status = (new LaravelApp)->app->make(Status::class);
                $this->assertFalse($status->isActive(Accelerator::Str), "OXIDE_STR={$value}");
                if (self::extensionLoaded()) {
                    $this->assertSame("switched off (OXIDE_STR={$value})", $status->whyInactive(Accelerator::Str));
                }
            } finally {
                putenv('OXIDE_STR');
            }
        }
        $this->assertSame(self::extensionLoaded(), (new LaravelApp)->app->make(Status::class)->isActive(Accelerator::Str));
    }

    public function test_about_has_an_oxide_section(): void
    {
        $output = (new LaravelApp)->artisan('about', ['--only' => 'oxide']);

        $this->assertSame(1, preg_match_all('/^\s*Oxide\b/m', $output), $output);
        $this->assertSame(1, preg_match_all('/^\s*Str\b/m', $output), $output);
        $this->assertMatchesRegularExpression('/Arr\s*\.+\s*'.(self::extensionLoaded() ? 'ON' : 'OFF').'/', $output);
        $this->assertMatchesRegularExpression('/Extension\s*\.+\s*'.(self::extensionLoaded() ? preg_quote(Extension::PACKAGE_VERSION) : 'NOT LOADED').'/', $output);
        $this->assertMatchesRegularExpression('/Package\s*\.+\s*'.preg_quote(Extension::PACKAGE_VERSION).'/', $output);
        $this->assertMatchesRegularExpression('/Str\s*\.+\s*'.(self::extensionLoaded() ? 'ON' : 'OFF').'/', $output);
    }

    public function test_about_reflects_the_config_switch(): void
    {
        $output = (new LaravelApp(['accelerators' => ['str' => false]]))->artisan('about', ['--only' => 'oxide']);

        $this->assertMatchesRegularExpression('/Str\s*\.+\s*OFF/', $output);
    }

    public function test_the_config_file_is_publishable(): void
    {
        $laravel = new LaravelApp;
        $laravel->artisan('vendor:publish', ['--tag' => 'oxide-config']);

        $this->assertFileEquals(__DIR__.'/../../config/oxide.php', $laravel->app->configPath('oxide.php'));
    }

    public function test_str_gives_laravels_results_in_the_app(): void
    {
        new LaravelApp;

        $this->assertSame('user_profile_id', Str::snake('UserProfileId'));
        $this->assertSame('user-profile-id', Str::kebab('UserProfileId'));
        $this->assertSame('UserProfileId', Str::studly('user_profile_id'));
        $this->assertSame('userProfileId', Str::camel('user-profile-id'));
    }
}

final class AppValidator extends LaravelValidator {}
