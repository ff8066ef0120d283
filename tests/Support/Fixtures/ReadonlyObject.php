<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** A readonly class: creating a property throws. */
final readonly class ReadonlyObject
{
    public function __construct(public int $id = 1) {}
}
