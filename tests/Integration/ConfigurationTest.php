<?php

declare(strict_types=1);

namespace Oxide\Tests\Integration;

use Oxide\Accelerator;
use Oxide\Switches;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * What users read about the switches (config/oxide.php, the README) stays
 * what the package does: one entry per accelerator, read from its
 * environment variable, parsed as Laravel users write switches.
 */
final class ConfigurationTest extends TestCase
{
    /** @return iterable<string, array{mixed, bool}> */
    public static function switchValues(): iterable
    {
        foreach (['false', 'off', 'no', '0', '', 'OFF', ' No ', '(false)', false, 0] as $value) {
            yield 'off: '.var_export($value, true) => [$value, true];
        }
        foreach (['true', 'on', 'yes', '1', 'maybe', true, 1, null] as $value) {
            yield 'on: '.var_export($value, true) => [$value, false];
        }
    }

    #[DataProvider('switchValues')]
    public function test_switch_values_read_as_laravel_users_write_them(mixed $value, bool $off): void
    {
        $this->assertSame($off, Switches::isOff($value));
    }

    public function test_the_config_file_has_one_switch_per_accelerator_read_from_its_variable(): void
    {
        $config = require __DIR__.'/../../config/oxide.php';
        $source = (string) file_get_contents(__DIR__.'/../../config/oxide.php');

        $this->assertSame(array_column(Accelerator::cases(), 'value'), array_keys($config['accelerators']));
        foreach (Accelerator::cases() as $accelerator) {
            $this->assertStringContainsString("'{$accelerator->value}' => Oxide\\Switches::enabled('{$accelerator->environmentVariable()}')", $source);
        }
    }

    public function test_the_readme_names_every_accelerator_its_switch_and_its_status_row(): void
    {
        $readme = (string) file_get_contents(__DIR__.'/../../README.md');

        foreach (Accelerator::cases() as $accelerator) {
            $this->assertMatchesRegularExpression('/^\| `'.$accelerator->value.'` \|.*\| `'.$accelerator->environmentVariable().'` \|$/m', $readme);
            $this->assertStringContainsString('| '.$accelerator->label().' ', $readme, 'the oxide:status sample');
        }
    }
}
