<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** Public, private, nullable and magic (__get/__isset) properties. */
final class PublicAndMagic
{
    public array $public = ['x' => 1];

    public ?string $unset = null;

    private string $secret = 'hidden';

    public function __get(string $name): string
    {
        return "magic {$name}";
    }

    public function __isset(string $name): bool
    {
        return $name === 'magic';
    }
}
