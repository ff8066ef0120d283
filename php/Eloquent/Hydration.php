<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * Result sets turned into models: in transparent mode, Laravel's
 * `Builder::hydrate()` starts with the prologue below. The native code
 * (src/php/eloquent/hydrate.rs) builds the first row's model with
 * Laravel's own calls and the others as copies of it, where building them
 * one by one could neither differ nor be observed (Laravel's constructor
 * and initializers, no `retrieved` listener); otherwise it hands back.
 */
final class Hydration
{
    /** Laravel's class whose method takes the prologue. */
    public const BUILDER = 'Illuminate\Database\Eloquent\Builder';

    /** Where the mirrored methods are declared. */
    public const SOURCES = [
        self::BUILDER,
        'Illuminate\Database\Eloquent\Model',
        'Illuminate\Database\Eloquent\Concerns\HasAttributes',
        'Illuminate\Database\Eloquent\Concerns\HasEvents',
        'Illuminate\Database\Eloquent\Concerns\HasRelationships',
        'Illuminate\Database\Eloquent\Concerns\HasTimestamps',
        'Illuminate\Database\Eloquent\Concerns\HidesAttributes',
        'Illuminate\Database\Eloquent\Concerns\GuardsAttributes',
    ];

    /** The code the method starts with. */
    public const PROLOGUES = [
        'hydrate' => 'if (($oxide = \Oxide\Native\model_hydrate($this, $this->model, $items, \Illuminate\Database\Eloquent\Model::preventsLazyLoading(), '
            .'\Oxide\Eloquent\HandBack::Laravel)) !== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
    ];

    /**
     * The methods whose code the prologue mirrors: its own and those the
     * native hydration relies on (as the extension lists them).
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return [...array_keys(self::PROLOGUES), 'newModelInstance', ...\Oxide\Native\model_hydrate_mirrors()];
    }
}
