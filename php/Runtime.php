<?php

declare(strict_types=1);

namespace Oxide;

/**
 * Which accelerators are switched off in this process. Native classes consult
 * it on their slow paths only; the service provider applies config/oxide.php.
 */
final class Runtime
{
    /** @var array<string, true> */
    private static array $off = [];

    public static function use(Accelerator $accelerator, bool $on = true): void
    {
        if ($on) {
            unset(self::$off[$accelerator->value]);
        } else {
            self::$off[$accelerator->value] = true;
        }
    }

    public static function uses(Accelerator $accelerator): bool
    {
        return ! isset(self::$off[$accelerator->value]);
    }
}
