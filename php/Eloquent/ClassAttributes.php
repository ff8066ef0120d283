<?php

declare(strict_types=1);

namespace Oxide\Eloquent;

/**
 * The class attributes (#[Table], #[Fillable], #[Hidden], …) every model
 * construction asks Laravel's Model::resolveClassAttribute() for, a dozen
 * times per model: in transparent mode its cache hits are answered
 * natively (the key is built and looked up without a PHP string), and a
 * miss runs Laravel's body, which reads the attributes and fills the cache.
 */
final class ClassAttributes
{
    /** Laravel's class whose method takes the prologue. */
    public const MODEL = 'Illuminate\Database\Eloquent\Model';

    /** Where the mirrored method is declared. */
    public const SOURCES = [self::MODEL];

    /** The code the method starts with. */
    public const PROLOGUES = [
        'resolveClassAttribute' => 'if (($oxide = \Oxide\Native\model_class_attribute(static::$classAttributes, $class ?? static::class, '
            .'$attributeClass, $property, \Oxide\Eloquent\HandBack::Laravel)) !== \Oxide\Eloquent\HandBack::Laravel) { return $oxide; }',
    ];

    /**
     * The methods whose code the prologue mirrors: its own.
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return array_keys(self::PROLOGUES);
    }
}
