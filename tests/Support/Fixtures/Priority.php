<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** An int-backed enum, for enum casts. */
enum Priority: int
{
    case Low = 1;
    case High = 42;
}
