<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use RuntimeException;

/** __get() without __isset(): isset() never asks it, so data_get() never reads through it. */
final class GetOnly
{
    public array $public = ['x' => 'public'];

    private string $private = 'private';

    public function __get(string $name): never
    {
        throw new RuntimeException("__get {$name}");
    }
}
