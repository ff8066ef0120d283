<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use RuntimeException;

/** An object whose __isset() throws. */
final class ThrowsOnRead
{
    public function __isset(string $name): bool
    {
        throw new RuntimeException("isset {$name}");
    }
}
