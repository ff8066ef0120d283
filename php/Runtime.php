<?php

declare(strict_types=1);

namespace Oxide;

use ReflectionClass;

/**
 * Which accelerators are switched on in this process: a flag is true when
 * on and null when off. Native classes test the flags on every call with
 * isset(), on plain static properties: a method call there would cost more
 * than some native paths save, and so would reading the value, which PHP
 * 8.4 does ~12 ns slower than isset() (8.2 and 8.5 take the same time for
 * both). The service provider applies config/oxide.php through use(), the
 * only writer.
 */
final class Runtime
{
    /** @internal read-only: switched through use() */
    public static ?true $str = true;

    /** @internal read-only: switched through use() */
    public static ?true $arr = true;

    /** @internal read-only: switched through use() */
    public static ?true $validation = true;

    /** @internal read-only: switched through use() */
    public static ?true $markdown = true;

    /** @var array<class-string, bool> */
    private static array $inheritsOnly = [];

    /**
     * Whether $class, a subclass of $oxide (an Oxide class extending one of
     * Laravel's), overrides none of that Laravel class's methods; found once
     * per class. Laravel's Str and Arr methods call each other through
     * static::, which native paths never do, so a subclass that overrides
     * one gets Laravel's code for all of them.
     *
     * @param  class-string  $class
     * @param  class-string  $oxide
     */
    public static function inheritsOnly(string $class, string $oxide): bool
    {
        return self::$inheritsOnly[$class] ??= self::overridesNone($class, $oxide);
    }

    /**
     * @param  class-string  $class
     * @param  class-string  $oxide
     */
    private static function overridesNone(string $class, string $oxide): bool
    {
        $laravel = get_parent_class($oxide);
        foreach ((new ReflectionClass($class))->getMethods() as $method) {
            if (is_subclass_of($method->class, $oxide) && method_exists($laravel, $method->name)) {
                return false;
            }
        }

        return true;
    }

    public static function use(Accelerator $accelerator, bool $on = true): void
    {
        match ($accelerator) {
            Accelerator::Str => self::$str = $on ?: null,
            Accelerator::Arr => self::$arr = $on ?: null,
            Accelerator::Validation => self::$validation = $on ?: null,
            Accelerator::Markdown => self::$markdown = $on ?: null,
        };
    }

    public static function uses(Accelerator $accelerator): bool
    {
        return match ($accelerator) {
            Accelerator::Str => isset(self::$str),
            Accelerator::Arr => isset(self::$arr),
            Accelerator::Validation => isset(self::$validation),
            Accelerator::Markdown => isset(self::$markdown),
        };
    }
}
