<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** TypedProperties' parent: a private property it redeclares public, and one it inherits. */
abstract class TypedPropertiesBase
{
    public array $inherited = ['from' => 'parent'];

    private array $shadowed = ['parent' => 'private'];

    public function shadowedInParent(): array
    {
        return $this->shadowed;
    }
}
