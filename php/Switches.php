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
     * "switched off (NAME=value)" when what Laravel's env() reads switches
     * $name off; null otherwise. For oxide:status, once Laravel has loaded.
     */
    public static function offBecause(string $name): ?string
    {
        return self::because($name, Env::get($name));
    }

    /**
     * The same from the process's environment alone: transparent mode
     * decides before Laravel loads (and so before .env is read), and must
     * not load Laravel's Env for it.
     */
    public static function offInProcess(string $name): ?string
    {
        $value = getenv($name);

        return self::because($name, $value === false ? $_SERVER[$name] ?? $_ENV[$name] ?? null : $value);
    }

    private static function because(string $name, mixed $value): ?string
    {
        if ($value === null || ! self::isOff($value)) {
            return null;
        }

        return "switched off ({$name}=".(\is_bool($value) ? 'false' : $value).')';
    }
}
