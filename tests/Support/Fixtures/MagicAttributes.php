<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use RuntimeException;
use stdClass;

/**
 * Attributes behind all four magic property methods, as many models and
 * DTOs keep them, recording every call. __get() returns by value, so a
 * write fetch gets a copy (noticed unless it is an object); 'throws'
 * throws from every method.
 */
final class MagicAttributes
{
    /** @var list<string> */
    public array $calls = [];

    /** @var array<array-key, mixed> */
    private array $attributes;

    public function __construct()
    {
        $this->attributes = ['a' => ['b' => 1], 'o' => new stdClass, 'n' => null, 's' => 'scalar', 'throws' => true];
    }

    public function __isset(string $name): bool
    {
        $this->calls[] = "isset {$name}";
        $this->throwFor($name);

        return isset($this->attributes[$name]);
    }

    public function __get(string $name): mixed
    {
        $this->calls[] = "get {$name}";
        $this->throwFor($name);

        return $this->attributes[$name] ?? null;
    }

    public function __set(string $name, mixed $value): void
    {
        $this->calls[] = "set {$name}";
        $this->throwFor($name);
        $this->attributes[$name] = $value;
    }

    public function __unset(string $name): void
    {
        $this->calls[] = "unset {$name}";
        $this->throwFor($name);
        unset($this->attributes[$name]);
    }

    private function throwFor(string $name): void
    {
        if ($name === 'throws') {
            throw new RuntimeException("magic {$name}");
        }
    }
}
