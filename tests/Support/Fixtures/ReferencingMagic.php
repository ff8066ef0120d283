<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * Attributes behind a by-reference __get(), so that writes through
 * `$object->{$name}` reach them; __isset() answers for set attributes only.
 */
final class ReferencingMagic
{
    /**
     * @param  array<array-key, mixed>  $attributes
     */
    public function __construct(private array $attributes = ['a' => ['b' => 1], 'rows' => [['id' => 1]], 'n' => null]) {}

    public function __isset(string $name): bool
    {
        return isset($this->attributes[$name]);
    }

    public function &__get(string $name): mixed
    {
        return $this->attributes[$name];
    }

    public function __set(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }

    public function __unset(string $name): void
    {
        unset($this->attributes[$name]);
    }
}
