<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use stdClass;

/**
 * Declared properties the data_* writers meet on a DTO without magic: untyped
 * and typed (scalar, nullable, union, array, iterable, object, class),
 * initialised, null, never initialised and unset, holding arrays and
 * objects; and the ones global-scope code may not simply write: static,
 * readonly, protected, private, a parent's private one redeclared public,
 * a PHP reference.
 */
final class TypedProperties extends TypedPropertiesBase
{
    public static array $static = [];

    public $untyped = 'untyped';

    public $untypedNull;

    public $untypedUnset = 'unset in the constructor';

    public int $int = 1;

    public ?int $nullableInt = null;

    public int $uninitializedInt;

    public float $float = 1.5;

    public string $string = 'string';

    public bool $bool = true;

    public int|false $intOrFalse = false;

    public int|string $intOrString = 5;

    public array $array = ['a' => ['b' => 1], 'list' => [['id' => 1], ['id' => 2]]];

    public ?array $nullableArray = null;

    public ?array $uninitializedArray;

    public array $unsetArray = ['unset in the constructor'];

    public iterable $iterable = ['i' => 1];

    public mixed $mixed = 'mixed';

    public object $object;

    public stdClass $std;

    public ?stdClass $nullableStd = null;

    public self|array|null $nested = null;

    public array $rows;

    public readonly array $readonly;

    public mixed $reference;

    public array $shadowed = ['child' => 'public'];

    protected array $protected = ['p' => 1];

    private array $private = ['p' => 1];

    public function __construct(int $depth = 1)
    {
        unset($this->untypedUnset, $this->unsetArray);
        $this->object = (object) ['o' => ['p' => 1]];
        $this->std = (object) ['a' => ['b' => 1], 'n' => null];
        $this->rows = [(object) ['id' => 1], ['id' => 2], new stdClass];
        $this->readonly = ['r' => 1];
        $shared = ['via' => 'reference'];
        $this->reference = &$shared;
        if ($depth > 0) {
            $this->nested = new self($depth - 1);
        }
    }
}
