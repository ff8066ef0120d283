<?php

declare(strict_types=1);

namespace Oxide;

/**
 * Which accelerators are switched on in this process. Native classes read
 * the flags on every call, as plain static properties: a method call there
 * would cost more than some native paths save. The service provider applies
 * config/oxide.php through use(), which is the only writer.
 */
final class Runtime
{
    /** @internal read-only: switched through use() */
    public static bool $str = true;

    /** @internal read-only: switched through use() */
    public static bool $arr = true;

    /** @internal read-only: switched through use() */
    public static bool $validation = true;

    public static function use(Accelerator $accelerator, bool $on = true): void
    {
        match ($accelerator) {
            Accelerator::Str => self::$str = $on,
            Accelerator::Arr => self::$arr = $on,
            Accelerator::Validation => self::$validation = $on,
        };
    }

    public static function uses(Accelerator $accelerator): bool
    {
        return match ($accelerator) {
            Accelerator::Str => self::$str,
            Accelerator::Arr => self::$arr,
            Accelerator::Validation => self::$validation,
        };
    }
}
