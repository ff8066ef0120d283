<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use ArrayAccess;
use stdClass;

/**
 * An ArrayAccess whose offsetGet() returns its items by reference, so that
 * writes through `$object[$offset]` reach them; 'std' is a typed property,
 * whose reference checks what is assigned through it.
 *
 * @implements ArrayAccess<array-key, mixed>
 */
final class ReferencingOffsets implements ArrayAccess
{
    public stdClass $std;

    /**
     * @param  array<array-key, mixed>  $items
     */
    public function __construct(public array $items)
    {
        $this->std = new stdClass;
    }

    public function offsetExists(mixed $offset): bool
    {
        return $offset === 'std' || array_key_exists($offset, $this->items);
    }

    public function &offsetGet(mixed $offset): mixed
    {
        if ($offset === 'std') {
            return $this->std;
        }

        return $this->items[$offset];
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->items[$offset] = $value;
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->items[$offset]);
    }
}
