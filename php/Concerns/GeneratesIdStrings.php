<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use DateTimeInterface;

/**
 * The *String() variants of Oxide\Str's identifiers, for Oxide\Str without
 * the extension: Laravel's identifiers cast to strings (GeneratesIdsNatively
 * makes them natively).
 */
trait GeneratesIdStrings
{
    public static function uuidString(): string
    {
        return (string) static::uuid();
    }

    public static function uuid7String(?DateTimeInterface $time = null): string
    {
        return (string) static::uuid7($time);
    }

    public static function orderedUuidString(): string
    {
        return (string) static::orderedUuid();
    }

    public static function ulidString(?DateTimeInterface $time = null): string
    {
        return (string) static::ulid($time);
    }
}
