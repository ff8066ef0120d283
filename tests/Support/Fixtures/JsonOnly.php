<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use JsonSerializable;

/** A JsonSerializable whose serialized form differs from its properties. */
final class JsonOnly implements JsonSerializable
{
    public string $visible = 'property';

    public function jsonSerialize(): array
    {
        return ['json' => 'serialized'];
    }
}
