<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use ArrayObject;
use RuntimeException;

/**
 * An ArrayObject whose offsetGet() is PHP code returning by value: the
 * engine's write fetch then copies the item (and notices it), or, when it
 * throws, answers the engine's uninitialised zval.
 *
 * @extends ArrayObject<array-key, mixed>
 */
final class OverridingArrayObject extends ArrayObject
{
    public function offsetGet(mixed $key): mixed
    {
        if ($key === 'throws') {
            throw new RuntimeException('offsetGet');
        }

        return parent::offsetGet($key);
    }
}
