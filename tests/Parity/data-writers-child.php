<?php

declare(strict_types=1);

// Run by DataWritersParityTest in a fresh PHP: native data_set, data_fill and
// data_forget on arrays holding no object and no reference, with wildcard
// paths, and on plain stdClass objects and declared public properties
// without, and through an ArrayObject, a Fluent and magic or dynamic
// properties on the way; then whether the engine's steps (data_steps.php, compiled into a
// request the first time one is needed) were ever needed.

use Illuminate\Support\Fluent;
use Oxide\Native;
use Oxide\Tests\Support\Fixtures\MagicAttributes;
use Oxide\Tests\Support\Fixtures\ReferencingMagic;
use Oxide\Tests\Support\Fixtures\TypedProperties;
use Oxide\Tests\Support\PlainValues;
use Oxide\Tests\Support\RandomText;

require __DIR__.'/../bootstrap.php';

[$seed, $cases] = [(int) $argv[1], (int) $argv[2]];
$random = new RandomText($seed);
$written = 0;
for ($i = 0; $i < $cases; $i++) {
    $array = $random->array();
    $key = implode('.', array_map(fn () => $random->pick(['*', '*', 'a', 'b', 'id', '0', '1', '5', 'user', 'x', '']), range(1, $random->int(1, 4))));
    if (! PlainValues::holdNoObjectOrReference($array)) {
        continue;
    }
    [$set, $fill, $forget] = [$array, $array, $array];
    Native\data_set($set, $key, $i);
    Native\data_fill($fill, $key, $i);
    Native\data_forget($forget, $key);
    $written++;
}

// Plain stdClass objects on paths without `*` are written natively too.
foreach (['a', 'a.b', 'n.x', 'a.b.c', '5', '', 'list.0.id'] as $key) {
    $target = ['std' => (object) ['a' => (object) ['b' => 1], 'n' => null, 'list' => [['id' => 1]]]];
    $std = (object) ['a' => ['b' => 1]];
    Native\data_set($target, "std.{$key}", 1);
    Native\data_fill($std, $key, 1);
    Native\data_forget($target, "std.{$key}");
    Native\data_forget($std, $key);
}

// So are public declared properties that take the value as it is.
foreach (['int', 'mixed', 'untyped.x.y', 'untypedUnset', 'uninitializedInt', 'array.a.b', 'nullableArray.x', 'std.a.b', 'object.o.p', 'rows.0.id', 'nested.array.list.0.id', 'shadowed.x'] as $key) {
    $target = ['dto' => new TypedProperties];
    $dto = new TypedProperties;
    Native\data_set($target, "dto.{$key}", 1);
    Native\data_fill($dto, $key, 1);
    Native\data_forget($target, "dto.{$key}");
    Native\data_forget($dto, $key);
}

// An ArrayAccess and magic or dynamic properties on the way, the engine's
// handlers called natively, and the rest of the path written natively
// from what they fetch (with the notices a copy gets).
set_error_handler(static fn (): bool => true, E_NOTICE);
foreach (['a.b', 'o.x.y', 'new.x', 'n.x'] as $key) {
    $target = [
        'ao' => new ArrayObject(['a' => ['b' => 1], 'o' => new stdClass]),
        'fluent' => new Fluent(['a' => ['b' => 1], 'o' => new stdClass]),
        'magic' => new MagicAttributes,
        'refs' => new ReferencingMagic,
        'dynamic' => new class(['a' => ['b' => 1], 'o' => new stdClass]) extends stdClass
        {
            public function __construct(array $properties)
            {
                foreach ($properties as $name => $value) {
                    $this->{$name} = $value;
                }
            }
        },
    ];
    foreach (array_keys($target) as $name) {
        Native\data_set($target, "{$name}.{$key}", 1);
        Native\data_fill($target, "{$name}.{$key}", 1);
        Native\data_forget($target, "{$name}.{$key}");
    }
}
restore_error_handler();

echo json_encode(['written' => $written, 'steps' => function_exists('Oxide\Native\Steps\set')], JSON_THROW_ON_ERROR);
