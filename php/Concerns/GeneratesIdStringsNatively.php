<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use DateTimeInterface;
use Oxide\Native;
use Oxide\Runtime;

/**
 * Oxide\Str's *String() variants of the identifiers, for callers that only
 * want the text, made natively; with GeneratesIdsNatively, whose helpers
 * they share. Laravel's own Str has no such methods, so transparent mode
 * leaves them out.
 */
trait GeneratesIdStringsNatively
{
    /**
     * (string) Str::uuid().
     */
    public static function uuidString(): string
    {
        return self::nativeUuids() ? Native\str_uuid() : (string) parent::uuid();
    }

    /**
     * (string) Str::uuid7($time).
     */
    public static function uuid7String(?DateTimeInterface $time = null): string
    {
        return self::nativeUuids() ? Native\str_uuid7(self::milliseconds($time)) : (string) parent::uuid7($time);
    }

    /**
     * (string) Str::orderedUuid().
     */
    public static function orderedUuidString(): string
    {
        return static::$uuidFactory === null && isset(Runtime::$str)
            ? Native\str_ordered_uuid()
            : (string) parent::orderedUuid();
    }

    /**
     * (string) Str::ulid($time).
     */
    public static function ulidString(?DateTimeInterface $time = null): string
    {
        $milliseconds = self::ulidMilliseconds($time);

        return $milliseconds !== false ? Native\str_ulid($milliseconds) : (string) parent::ulid($time);
    }
}
