<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use ReflectionReference;

/**
 * Values that native writers handle without the engine: nothing inside is
 * an object or a PHP reference.
 */
final class PlainValues
{
    public static function holdNoObjectOrReference(mixed $value): bool
    {
        if (\is_object($value)) {
            return false;
        }
        if (! \is_array($value)) {
            return true;
        }
        foreach ($value as $key => $item) {
            if (ReflectionReference::fromArrayElement($value, $key) !== null || ! self::holdNoObjectOrReference($item)) {
                return false;
            }
        }

        return true;
    }
}
