<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** PHP 8.4 asymmetric visibility and hooks on writes. Loaded on PHP >= 8.4 only. */
final class AsymmetricProperties
{
    public private(set) array $privateSet = ['a' => 1];

    public protected(set) array $protectedSet = ['a' => 1];

    public public(set) array $publicSet = ['a' => 1];

    public array $hooked = ['a' => 1] {
        // Untyped: a parameter's TypeError names its caller's file and line.
        set(mixed $value) {
            $this->hooked = \is_array($value) ? [...$value, 'hooked' => true] : $value;
        }
    }

    public array $plain = ['a' => 1];
}
