<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** PHP 8.4 property hooks: reading them runs PHP code. Loaded on PHP >= 8.4 only. */
final class HookedProperties
{
    public int $backed = 1 {
        get => $this->backed * 10;
    }

    public array $virtual {
        get => ['v' => 'virtual'];
    }

    public string $plain = 'plain';
}
