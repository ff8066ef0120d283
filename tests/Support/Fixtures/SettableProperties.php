<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * Declared properties on a class with __set() and __isset(): the engine
 * calls them for a property that was unset, never for one that is set.
 */
final class SettableProperties
{
    /** @var list<string> */
    public array $calls = [];

    public array $set = ['a' => 1];

    public ?array $unset = ['unset in the constructor'];

    public ?array $null = null;

    public function __construct()
    {
        unset($this->unset);
    }

    public function __set(string $name, mixed $value): void
    {
        $this->calls[] = "set {$name}";
    }

    public function __isset(string $name): bool
    {
        $this->calls[] = "isset {$name}";

        return $name === 'unset';
    }

    public function __get(string $name): mixed
    {
        $this->calls[] = "get {$name}";

        return null;
    }
}
