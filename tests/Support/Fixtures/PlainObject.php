<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** No magic, no #[AllowDynamicProperties]: creating a property is deprecated. */
final class PlainObject
{
    public int $declared = 1;
}
