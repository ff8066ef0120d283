<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Closure;

/**
 * Closures whose function, bound object or scope come from somewhere other
 * than a plain `fn () =>`: a method, a private member, a late static
 * binding, a `__call` trampoline.
 */
class ClosureSources
{
    private string $secret = 'private';

    public function secret(): string
    {
        return $this->secret;
    }

    public static function calledClass(): string
    {
        return static::class;
    }

    public function __call(string $name, array $arguments): string
    {
        return "called {$name}";
    }

    /** @return array<string, Closure> */
    public static function closures(): array
    {
        $object = new self;

        return [
            'method' => $object->secret(...),
            'bound to a private member' => Closure::bind(fn () => $this->secret, $object, self::class),
            'late static binding' => ClosureSourcesChild::calledClass(...),
            'scope only' => Closure::bind(static fn () => static::class, null, ClosureSourcesChild::class),
            '__call trampoline' => $object->undefined(...),
            'internal function' => pi(...),
        ];
    }
}
