<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** The boot methods Model::bootTraits() called, in order, as "Class::method". */
final class BootLog
{
    /** @var list<string> */
    public static array $calls = [];

    /** @return list<string> */
    public static function of(string $class): array
    {
        return array_values(array_filter(self::$calls, static fn (string $call) => str_starts_with($call, $class.'::')));
    }
}
