<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use ArrayAccess;

/** A plain ArrayAccess (no Enumerable, no properties). */
final class OffsetsOnly implements ArrayAccess
{
    public function __construct(private array $items) {}

    public function offsetExists(mixed $offset): bool
    {
        return array_key_exists($offset, $this->items);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->items[$offset];
    }

    public function offsetSet(mixed $offset, mixed $value): void {}

    public function offsetUnset(mixed $offset): void {}
}
