<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Contracts\Database\Eloquent\Castable;
use Illuminate\Contracts\Database\Eloquent\CastsAttributes;
use Illuminate\Database\Eloquent\Model;

/** A backed enum that is also Castable: Laravel casts it through its caster, not from(). */
enum CastableStatus: string implements Castable
{
    case Open = 'H';
    case Closed = 'S';

    public static function castUsing(array $arguments): CastsAttributes
    {
        return new class implements CastsAttributes
        {
            public function get(Model $model, string $key, mixed $value, array $attributes): mixed
            {
                return ['castable', $value];
            }

            public function set(Model $model, string $key, mixed $value, array $attributes): mixed
            {
                return $value;
            }
        };
    }
}
