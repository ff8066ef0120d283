<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * Attribute reads and serialization of Laravel's own models, natively: in
 * transparent mode, Laravel's `HasAttributes::getAttribute()` and
 * `attributesToArray()` start with the prologues below, and their own
 * bodies run whenever the native code hands back.
 *
 * The native code (src/php/eloquent.rs and eloquent/to_array.rs) mirrors
 * the methods a stored attribute's read and its serialization go through;
 * the prologues are written only when every one of them has a body proven
 * against (Transparent/fingerprints.php), and at run time a model class
 * that declares any of them again is left to Laravel's code.
 */
final class AttributeReads
{
    /** Laravel's trait whose methods take a prologue. */
    public const TRAIT = 'Illuminate\Database\Eloquent\Concerns\HasAttributes';

    /** Where the mirrored methods are declared, besides the trait. */
    public const SOURCES = [
        self::TRAIT,
        'Illuminate\Database\Eloquent\Model',
        'Illuminate\Database\Eloquent\Concerns\HasTimestamps',
        'Illuminate\Database\Eloquent\Concerns\HidesAttributes',
        'Illuminate\Database\Eloquent\Concerns\HasRelationships',
        // What Date::createFromFormat() runs for a stored date (asDateTime()).
        'Illuminate\Support\Facades\Facade',
        'Illuminate\Support\DateFactory',
        'Carbon\Traits\Creator',
        'Carbon\Traits\Test',
        'Carbon\Factory',
        'Carbon\FactoryImmutable',
    ];

    /** The code each of the trait's methods starts with. */
    public const PROLOGUES = [
        'getAttribute' => 'if (($oxide = \Oxide\Native\model_attribute($this, $key, \Oxide\Eloquent\HandBack::Laravel)) '
            .'!== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
        'attributesToArray' => 'if (($oxide = \Oxide\Native\model_attributes_to_array($this, \Oxide\Eloquent\HandBack::Laravel)) '
            .'!== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
    ];

    /**
     * The methods whose code the prologues mirror: their own and those
     * the native read answers for (as the extension lists them).
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return [...array_keys(self::PROLOGUES), ...\Oxide\Native\model_attribute_mirrors()];
    }
}
