<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use ArrayAccess;
use Closure;
use ReturnTypeWillChange;
use RuntimeException;

/**
 * An ArrayAccess that records every call it answers, so a test can compare
 * how often and in which order each side asks it. offsetExists() answers
 * 'yes' or 0 (truthiness, not bool), offsetGet() returns by reference.
 *
 * @implements ArrayAccess<array-key, mixed>
 */
final class RecordingOffsets implements ArrayAccess
{
    /** @var list<string> */
    public array $calls = [];

    public string $property = 'a public property';

    public ?string $nullProperty = null;

    /** Called by offsetSet(), to change what the caller walks. */
    public ?Closure $whenSet = null;

    /**
     * @param  array<array-key, mixed>  $items
     */
    public function __construct(private array $items = ['a' => ['b' => 'deep'], 'n' => null, 0 => 'zero', '1' => 'one', 'throws' => true, 'throwing set' => 1, 'throwing unset' => 1]) {}

    #[ReturnTypeWillChange]
    public function offsetExists(mixed $offset)
    {
        $this->calls[] = 'exists '.var_export($offset, true);
        if ($offset === 'throwing exists') {
            throw new RuntimeException('offsetExists');
        }

        return array_key_exists($offset, $this->items) ? 'yes' : 0;
    }

    public function &offsetGet(mixed $offset): mixed
    {
        $this->calls[] = 'get '.var_export($offset, true);
        if ($offset === 'throws') {
            throw new RuntimeException('offsetGet');
        }
        $value = $this->items[$offset];

        return $value;
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->calls[] = 'set '.var_export($offset, true);
        if ($this->whenSet !== null) {
            ($this->whenSet)();
        }
        if ($offset === 'throwing set') {
            throw new RuntimeException('offsetSet');
        }
        $this->items[$offset] = $value;
    }

    public function offsetUnset(mixed $offset): void
    {
        $this->calls[] = 'unset '.var_export($offset, true);
        if ($offset === 'throwing unset') {
            throw new RuntimeException('offsetUnset');
        }
        unset($this->items[$offset]);
    }
}
