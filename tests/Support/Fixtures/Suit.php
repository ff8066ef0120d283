<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** Enum cases are objects with public readonly `name` and `value`. */
enum Suit: string
{
    case Hearts = 'H';
}
