<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** An object that converts to '*'. */
final class StringableStar
{
    public function __toString(): string
    {
        return '*';
    }
}
