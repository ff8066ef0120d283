<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Database\Eloquent\Model;

/** A model's `retrieved` event as a class (`$dispatchesEvents`), marking the model it is made for. */
final class Retrieved
{
    public function __construct(public Model $model)
    {
        $model->setAttribute('retrieved', true);
    }
}
