<?php

declare(strict_types=1);

namespace Oxide;

use Doctrine\Inflector\CachedWordInflector;
use Doctrine\Inflector\Inflector;
use Doctrine\Inflector\Rules\Pattern;
use Doctrine\Inflector\Rules\Patterns;
use Doctrine\Inflector\Rules\Ruleset;
use Doctrine\Inflector\Rules\Substitution;
use Doctrine\Inflector\Rules\Substitutions;
use Doctrine\Inflector\Rules\Transformation;
use Doctrine\Inflector\Rules\Transformations;
use Doctrine\Inflector\Rules\Word;
use Doctrine\Inflector\RulesetInflector;

/**
 * What an inflector does, as a hash of its rules: the extension implements
 * one set of rules (doctrine/inflector 2.1's English ones) and is only used
 * for an inflector that holds exactly those, read from the instance itself so
 * another language, another doctrine/inflector release or rules installed
 * by hand all go to Doctrine.
 */
final class InflectorFingerprint
{
    /**
     * The hash, or null for an inflector not built the way Doctrine's
     * factories build one (any subclass could inflect differently).
     */
    public static function of(object $inflector): ?string
    {
        $rules = [];
        foreach (['singularizer', 'pluralizer'] as $direction) {
            $cached = self::property($inflector, Inflector::class, $direction);
            $rulesets = self::property(
                self::property($cached, CachedWordInflector::class, 'wordInflector'),
                RulesetInflector::class,
                'rulesets',
            );
            if (! \is_array($rulesets) || \count($rulesets) !== 1 || ! self::is($ruleset = reset($rulesets), Ruleset::class)) {
                return null;
            }
            $rules[$direction] = self::rules($ruleset);
            if ($rules[$direction] === null) {
                return null;
            }
        }

        return hash('xxh128', serialize($rules));
    }

    /**
     * @return array{regular: list<array{string, string}>, uninflected: string, irregular: array<string, string>}|null
     */
    private static function rules(Ruleset $ruleset): ?array
    {
        $transformations = self::property($ruleset->getRegular(), Transformations::class, 'transformations');
        $uninflected = self::property($ruleset->getUninflected(), Patterns::class, 'regex');
        $substitutions = self::property($ruleset->getIrregular(), Substitutions::class, 'substitutions');
        if (! \is_array($transformations) || ! \is_string($uninflected) || ! \is_array($substitutions)) {
            return null;
        }

        $regular = [];
        foreach ($transformations as $transformation) {
            if (! self::is($transformation, Transformation::class) || ! self::is($transformation->getPattern(), Pattern::class)) {
                return null;
            }
            $regular[] = [$transformation->getPattern()->getRegex(), $transformation->getReplacement()];
        }

        $irregular = [];
        foreach ($substitutions as $from => $substitution) {
            if (! self::is($substitution, Substitution::class) || ! self::is($substitution->getTo(), Word::class)) {
                return null;
            }
            $irregular[$from] = $substitution->getTo()->getWord();
        }

        return ['regular' => $regular, 'uninflected' => $uninflected, 'irregular' => $irregular];
    }

    private static function is(mixed $value, string $class): bool
    {
        return \is_object($value) && $value::class === $class;
    }

    /** A private property of an object of exactly $class, or null. */
    private static function property(mixed $object, string $class, string $name): mixed
    {
        return self::is($object, $class) ? ((array) $object)["\0{$class}\0{$name}"] ?? null : null;
    }
}
