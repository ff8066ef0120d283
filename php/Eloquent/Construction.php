<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * Model construction, which every `new`, hydration and pivot pays: in
 * transparent mode Laravel's `Model::__construct()`,
 * `Model::resolveClassAttribute()`, `Model::bootTraits()` and
 * `Model::forceFill()` start with the prologues below.
 *
 * - The class attributes (#[Table], #[Fillable], #[Hidden], …) a
 *   construction asks resolveClassAttribute() for, a dozen times: cache
 *   hits are answered natively (the key is built and looked up without a
 *   PHP string); so is a miss for an attribute the class, the traits it
 *   uses itself and its parents do not carry (read from their attribute
 *   lists, not through reflection), cached as Laravel caches it; any other
 *   miss runs Laravel's body, which fills the cache.
 * - `bootTraits()`, once per class and request: the boot methods and
 *   initializers are read from the class's function table
 *   (src/php/eloquent/boot.rs) instead of a ReflectionMethod for each of
 *   its ~600 methods asked for two attributes.
 * - The constructor's steps before `fill()` (src/php/eloquent/construct.rs):
 *   for a booted class that runs only Laravel's own code there, the first
 *   object of a request runs them and every later one is given the
 *   properties they left; otherwise Laravel's body runs.
 * - `forceFill()`, which every pivot of a `belongsToMany` pays
 *   (src/php/eloquent/fill.rs): attributes that `setAttribute()` would
 *   store as they are (no set mutator, cast, timestamp column or `->`) are
 *   stored natively; otherwise Laravel's body runs.
 */
final class Construction
{
    /** Laravel's class whose methods take the prologues. */
    public const MODEL = 'Illuminate\Database\Eloquent\Model';

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
        // A miss the extension answers (no such attribute anywhere) is cached as Laravel caches it.
        'resolveClassAttribute' => 'if (($oxide = \Oxide\Native\model_class_attribute(static::$classAttributes, $class ??= static::class, '
            .'$attributeClass, $property, \Oxide\Eloquent\HandBack::Laravel)) !== \Oxide\Eloquent\HandBack::Laravel) { '
            .'return $oxide ?? (static::$classAttributes[$class.\'@\'.$attributeClass.\'@\'.$property] = null); }',
        // 0: Laravel's body; 1: the steps before fill() done; 2: and fill() would do nothing.
        '__construct' => 'if (($oxide = \Oxide\Native\model_construct($this, $attributes)) !== 0) { if ($oxide === 1) { $this->fill($attributes); } return; }',
        'forceFill' => 'if (\Oxide\Native\model_force_fill($this, $attributes)) { return $this; }',
        // Laravel's loop over the steps read natively (`[true, $method]` to
        // invoke, `[false, $method]` to record, in Laravel's order; null:
        // Laravel's body, nothing done yet): the same boot methods invoked,
        // initializers recorded as they come.
        'bootTraits' => 'if (($oxide = \Oxide\Native\model_boot_steps(static::class, class_uses_recursive(static::class))) !== null) { static::$traitInitializers[static::class] = []; '
            .'foreach ($oxide as [$boots, $method]) { if ($boots) { (new \ReflectionMethod(static::class, $method))->invoke(null); } '
            .'else { static::$traitInitializers[static::class][] = $method; } } '
            .'static::$traitInitializers[static::class] = array_unique(static::$traitInitializers[static::class]); return; }',
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
