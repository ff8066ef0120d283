<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Support\Collection;

/** A Collection subclass that reads its items differently: only Laravel's own class may be read natively. */
final class OverridingCollection extends Collection
{
    public function has($key): bool
    {
        return $key !== 'a';
    }

    public function offsetGet($key): mixed
    {
        return "overridden {$key}";
    }

    public function all(): array
    {
        return array_reverse($this->items);
    }
}
