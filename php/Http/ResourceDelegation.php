<?php

declare(strict_types=1);

namespace Oxide\Http;

/**
 * An API resource's attribute reads: `$this->title` in a resource's `toArray()` is
 * `DelegatesToResource::__get()`, `$this->resource->{$key}`, which for a model is
 * `Model::__get()` and then `getAttribute()`: three PHP calls per attribute, for every
 * attribute of every model a response serializes. In transparent mode Laravel's
 * `__get()` starts with the prologue below: for a model whose `__get()` and
 * `getAttribute()` are Laravel's, and a key that reaches `__get()` (no property of that
 * name, not inside its own `__get()`), the extension answers with the native read
 * `getAttribute()`'s prologue makes (Eloquent\AttributeReads); otherwise Laravel's body runs.
 */
final class ResourceDelegation
{
    /** Laravel's trait whose method takes the prologue. */
    public const TRAIT = 'Illuminate\Http\Resources\DelegatesToResource';

    /** Where the mirrored methods are declared: the trait's `__get()` and the model's. */
    public const SOURCES = [self::TRAIT, 'Illuminate\Database\Eloquent\Model'];

    /** The code each method starts with. */
    public const PROLOGUES = [
        '__get' => 'if (($oxide = \Oxide\Native\resource_attribute($this->resource, $key, \Oxide\Eloquent\HandBack::Laravel)) '
            .'!== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
    ];

    /**
     * The methods whose code the prologue mirrors: both `__get()`s (the read that
     * follows is `getAttribute()`'s, proven with it).
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return ['__get'];
    }
}
