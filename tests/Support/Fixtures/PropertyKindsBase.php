<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** The inherited half of PropertyKinds: a parent's private, protected and public properties. */
abstract class PropertyKindsBase
{
    public string $inherited = 'inherited';

    protected string $parentProtected = 'parent protected';

    private string $parentPrivate = 'parent private';
}
