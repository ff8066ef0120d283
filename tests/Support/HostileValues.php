<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use ArrayAccess;
use ArrayObject;
use RuntimeException;
use stdClass;

/**
 * One value of every zval type, and the awkward ones of each: extreme
 * numbers, invalid UTF-8, NUL bytes, a large string, deep and recursive
 * arrays, objects that throw from __toString() or offsetGet(), resources,
 * references.
 */
final class HostileValues
{
    /**
     * @return array<string, mixed>
     */
    public static function all(): array
    {
        $recursive = ['a' => 1];
        $recursive['self'] = &$recursive;
        $deep = [];
        for ($i = 0; $i < 2000; $i++) {
            $deep = [$deep];
        }

        $referencedString = 'FooBar';
        $referencedArray = ['a' => ['b' => 1]];
        $values = [
            'null' => null,
            'true' => true,
            'false' => false,
            'zero' => 0,
            'minus one' => -1,
            'PHP_INT_MAX' => PHP_INT_MAX,
            'PHP_INT_MIN' => PHP_INT_MIN,
            'float' => 1.5,
            'integral float' => 2.0,
            'negative zero' => -0.0,
            'INF' => INF,
            '-INF' => -INF,
            'NAN' => NAN,
            'empty string' => '',
            'numeric string' => '42',
            'camel string' => 'FooBarBaz',
            'NUL bytes' => "Foo\0Bar\0",
            'invalid UTF-8' => "Foo\xFF\xFEBar",
            'truncated UTF-8' => "Foo\xC3",
            'overlong UTF-8' => "\xC0\xAF",
            'surrogate UTF-8' => "\xED\xA0\x80",
            'large string' => str_repeat('FooBar baz-QUX ', 70_000),
            'large unicode string' => str_repeat('ÖffentlicheÜberraschung Жизнь ', 20_000),
            'empty array' => [],
            'list' => [1, 'two'],
            'deep array' => $deep,
            'recursive array' => $recursive,
            'stdClass' => new stdClass,
            'Stringable' => new class
            {
                public function __toString(): string
                {
                    return 'FromToString';
                }
            },
            'throwing __toString' => new class
            {
                public function __toString(): string
                {
                    throw new RuntimeException('__toString threw');
                }
            },
            'throwing ArrayAccess' => new class implements ArrayAccess
            {
                public function offsetExists(mixed $offset): bool
                {
                    throw new RuntimeException('offsetExists threw');
                }

                public function offsetGet(mixed $offset): mixed
                {
                    throw new RuntimeException('offsetGet threw');
                }

                public function offsetSet(mixed $offset, mixed $value): void {}

                public function offsetUnset(mixed $offset): void {}
            },
            'ArrayObject' => new ArrayObject(['a' => 1]),
            'closure' => fn () => 'closure',
            'enum' => HostileEnum::Case,
            'resource' => fopen('php://memory', 'r'),
        ];
        // Entries that are PHP references, as a by-reference argument list has.
        $values['reference to a string'] = &$referencedString;
        $values['reference to an array'] = &$referencedArray;

        return $values;
    }
}

enum HostileEnum: string
{
    case Case = 'case';
}
