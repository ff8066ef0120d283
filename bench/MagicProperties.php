<?php

declare(strict_types=1);

namespace Oxide\Bench;

/** Properties behind `__isset()`/`__get()`/`__set()`, which the writers leave to PHP. */
final class MagicProperties
{
    /** @var array<string, mixed> */
    private array $attributes = ['x' => 1];

    public function __isset(string $name): bool
    {
        return isset($this->attributes[$name]);
    }

    public function __get(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }

    public function __set(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }
}
