<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * Model construction, which every `new`, hydration and pivot pays: in
 * transparent mode Laravel's `Model::__construct()` and
 * `Model::resolveClassAttribute()` start with the prologues below.
 *
 * - The class attributes (#[Table], #[Fillable], #[Hidden], …) a
 *   construction asks resolveClassAttribute() for, a dozen times: cache
 *   hits are answered natively (the key is built and looked up without a
 *   PHP string); a miss runs Laravel's body, which fills the cache.
 * - The constructor's steps before `fill()` (src/php/eloquent/construct.rs):
 *   for a booted class that runs only Laravel's own code there, the first
 *   object of a request runs them and every later one is given the
 *   properties they left; otherwise Laravel's body runs.
 */
final class Construction
{
    /** Laravel's class whose methods take the prologues. */
    public const MODEL = 'Illuminate\Database\Eloquent\Model';

    /** The process-wide switch, read before Laravel's configuration. */
    public const SWITCH = 'OXIDE_ELOQUENT';

    /** What the extension must provide, in a word, and a function that shows it does. */
    public const NATIVE = ['Eloquent', 'Oxide\Native\model_class_attribute'];

    /** Where the mirrored methods are declared. */
    public const SOURCES = [
        self::MODEL,
        'Illuminate\Database\Eloquent\Concerns\HasAttributes',
        'Illuminate\Database\Eloquent\Concerns\HasRelationships',
        'Illuminate\Database\Eloquent\Concerns\HasTimestamps',
        'Illuminate\Database\Eloquent\Concerns\HidesAttributes',
        'Illuminate\Database\Eloquent\Concerns\GuardsAttributes',
    ];

    /** The code each method starts with. */
    public const PROLOGUES = [
        'resolveClassAttribute' => 'if (($oxide = \Oxide\Native\model_class_attribute(static::$classAttributes, $class ?? static::class, '
            .'$attributeClass, $property, \Oxide\Eloquent\HandBack::Laravel)) !== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
        '__construct' => 'if (\Oxide\Native\model_construct($this)) { $this->fill($attributes); return; }',
    ];

    /**
     * The methods whose code the prologues mirror: their own and those the
     * native construction relies on (as the extension lists them).
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return [...array_keys(self::PROLOGUES), 'fill', ...\Oxide\Native\model_construct_mirrors()];
    }
}
