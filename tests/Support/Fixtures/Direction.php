<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** A pure enum, for enum casts (Laravel reads it by case name). */
enum Direction
{
    case Up;
    case Down;
}
