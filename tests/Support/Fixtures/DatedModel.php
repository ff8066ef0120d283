<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Database\Eloquent\Attributes\DateFormat;
use Illuminate\Database\Eloquent\Model;

/**
 * A base model whose class attribute its subclasses inherit for
 * Model::resolveClassAttribute(), which walks the parents.
 */
#[DateFormat('U')]
abstract class DatedModel extends Model
{
    use HiddenByNestedTrait;
}
