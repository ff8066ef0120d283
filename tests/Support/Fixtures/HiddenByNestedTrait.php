<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/**
 * A trait whose own trait carries class attributes: a model that uses it
 * does not carry them for Model::resolveClassAttribute(), which reads only
 * the traits a class uses itself.
 */
trait HiddenByNestedTrait
{
    use HiddenByTrait;
}
