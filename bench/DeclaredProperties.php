<?php

declare(strict_types=1);

namespace Oxide\Bench;

/** A class with a declared (typed) public property, as a DTO has. */
final class DeclaredProperties
{
    public array $x = ['y' => 1];
}
