<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use AllowDynamicProperties;

/**
 * Random items as properties: names it declares become public, protected
 * or private properties, all others dynamic ones.
 */
#[AllowDynamicProperties]
final class Bag
{
    public mixed $id;

    public mixed $name = 'bag';

    protected mixed $a = 'protected';

    private mixed $b = 'private';

    /**
     * @param  array<array-key, mixed>  $items
     */
    public function __construct(array $items)
    {
        foreach ($items as $key => $value) {
            $this->{$key} = $value;
        }
    }
}
