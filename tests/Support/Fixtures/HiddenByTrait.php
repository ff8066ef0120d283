<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Database\Eloquent\Attributes\Hidden;
use Illuminate\Database\Eloquent\Attributes\Table;

/**
 * Class attributes on a trait a model uses, which
 * Model::resolveClassAttribute() finds (on the traits a class uses itself).
 */
#[Hidden(['name'])]
#[Table(dateFormat: 'Y-m-d')]
trait HiddenByTrait {}
