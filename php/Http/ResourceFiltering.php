<?php

declare(strict_types=1);

namespace Oxide\Http;

/**
 * API resources' data: every `JsonResource::resolve()` runs `filter()` over what `toArray()`
 * returned, and each resource of a collection does, walking the data in PHP to merge merged
 * values in, drop missing ones and renumber numeric levels. In transparent mode Laravel's
 * `ConditionallyLoadsAttributes::filter()` starts with the prologue below: when the
 * extension finds none of those cases anywhere in the data (src/resources), the data is the
 * result as it is; otherwise Laravel's body runs.
 */
final class ResourceFiltering
{
    /** Laravel's trait whose method takes the prologue. */
    public const TRAIT = 'Illuminate\Http\Resources\ConditionallyLoadsAttributes';

    /** Where the mirrored methods are declared. */
    public const SOURCES = [self::TRAIT];

    /** The code each method starts with. */
    public const PROLOGUES = [
        'filter' => 'if (\Oxide\Native\resource_data_unchanged($data, self::class)) { return $data; }',
    ];

    /**
     * The methods whose code the prologue mirrors: filter() and the removal and renumbering
     * it ends in (mergeData() runs only for merged values, which the extension hands back).
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return ['filter', 'removeMissingValues'];
    }
}
