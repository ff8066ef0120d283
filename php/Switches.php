<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Env;

/**
 * Oxide's environment switches (OXIDE_STR, OXIDE_TRANSPARENT, …), read as
 * Laravel users write them: `false`, `off`, `no`, `0` and empty (any case)
 * switch off; anything else, or nothing, leaves the default (on).
 */
final class Switches
{
    private const OFF = ['false', '(false)', 'off', 'no', '0', '', '(empty)', 'empty'];

    /** Whether a switch's value (from env(), getenv(), .env) turns it off. */
    public static function isOff(mixed $value): bool
    {
        return match (true) {
            \is_bool($value) => ! $value,
            \is_string($value), \is_int($value) => \in_array(strtolower(trim((string) $value)), self::OFF, true),
            default => false,
        };
    }

    /** `env($name)` for config/oxide.php: on unless switched off. */
    public static function enabled(string $name): bool
    {
        return ! self::isOff(Env::get($name));
    }

    /**
     * "switched off (NAME=value)" when the environment switches $name off:
     * the process's (read before Laravel loads, so transparent mode's), else
     * what Laravel's env() sees; null otherwise.
     */
    public static function offBecause(string $name): ?string
    {
        $value = getenv($name);
        if ($value === false && class_exists(Env::class)) {
            $value = Env::get($name);
        }
        if ($value === false || $value === null || ! self::isOff($value)) {
            return null;
        }

        return "switched off ({$name}=".(\is_bool($value) ? 'false' : $value).')';
    }
}
