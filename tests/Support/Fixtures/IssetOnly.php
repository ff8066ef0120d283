<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** __isset() without __get(): a property it claims is then read as undefined. */
final class IssetOnly
{
    public string $public = 'public';

    public ?string $unsetLater = 'unset in the constructor';

    public function __construct()
    {
        unset($this->unsetLater);
    }

    public function __isset(string $name): bool
    {
        return $name !== 'absent';
    }
}
