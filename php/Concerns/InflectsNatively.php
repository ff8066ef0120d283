<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Closure;
use Doctrine\Inflector\InflectorFactory;
use Illuminate\Support\Pluralizer;
use Oxide\InflectorFingerprint;
use Oxide\Native;
use Oxide\Runtime;
use Oxide\WorkerFacts;

/**
 * Native plural(), pluralStudly() and singular() for a subclass of
 * Illuminate\Support\Str: Laravel's Pluralizer over doctrine/inflector's
 * English rules, for printable ASCII words with an int (or countable) count,
 * while Pluralizer's inflector holds exactly the rules the extension
 * implements. Everything else, and any locale but C for PCRE, runs Laravel's
 * code.
 *
 * Pluralizer builds its inflector on first use (Doctrine's English rules:
 * hundreds of objects, ~80 µs, and fingerprinting them ~30 µs more, in
 * every request that pluralizes a table name). Until something asks
 * Pluralizer for it, the inflector it would build for English is the one
 * the installed doctrine/inflector builds, whose rules the worker checks
 * once (as often as OPcache re-reads files) instead of every request.
 */
trait InflectsNatively
{
    /** The inflector Pluralizer uses if it holds the rules the extension implements. */
    private static ?object $nativeInflector = null;

    /** The last inflector Pluralizer used that does not. */
    private static ?object $otherInflector = null;

    /** Pluralizer's inflector, null while it has none for English, false while it has none for another language. */
    private static ?Closure $pluralizerInflector = null;

    /** Whether the inflector Doctrine builds for English holds the rules the extension implements. */
    private static ?bool $englishIsNative = null;

    public static function plural($value, $count = 2, $prependCount = false)
    {
        if (\is_string($value)) {
            if (! $prependCount) {
                // Pluralizer's first test, before it reads the word or its
                // rules: no native code, so no need to ask Runtime first.
                if ($count === 1 || $count === -1) {
                    return $value;
                }
                if (isset(Runtime::$str)) {
                    if (\is_countable($count)) {
                        $count = \count($count);
                    }
                    // abs(PHP_INT_MIN) is a float, whose (int) cast PHP 8.5 warns about.
                    if (\is_int($count) && $count !== 1 && $count !== -1 && $count !== PHP_INT_MIN) {
                        // Once the native inflector has been Pluralizer's in
                        // this request, the extension is asked before it is
                        // checked again: Pluralizer's last test fails on ''
                        // and on text that is not UTF-8 (false), which stay as
                        // they are whatever the inflector, and null is
                        // Laravel's to decide.
                        if (isset(self::$nativeInflector) || self::inflectorIsNative()) {
                            $plural = $value === '' ? false : Native\str_plural($value, Pluralizer::$uncountable);
                            if ($plural === false) {
                                return $value;
                            }
                            if ($plural !== null && (! isset(self::$nativeInflector) || Pluralizer::inflector() === self::$nativeInflector || self::inflectorIsNative())) {
                                return $plural;
                            }
                        }
                    }

                    return parent::plural($value, $count);
                }
            }
        }

        return parent::plural($value, $count, $prependCount);
    }

    public static function pluralStudly($value, $count = 2)
    {
        if (\is_string($value)) {
            if (isset(Runtime::$str)) {
                if ($count !== 1 && $count !== -1) {
                    $plural = Native\str_plural_studly($value, Pluralizer::$uncountable);
                    if ($plural === false) {
                        // Not UTF-8: Laravel's preg_split() returns false,
                        // and its array_pop() of that throws this TypeError
                        // before the count or any rule is read.
                        array_pop($plural);
                    }
                    if (\is_countable($count)) {
                        $count = \count($count);
                    }
                    if (\is_int($count) && $count !== 1 && $count !== -1 && $count !== PHP_INT_MIN) {
                        if ((isset(self::$nativeInflector) && Pluralizer::inflector() === self::$nativeInflector) || self::inflectorIsNative()) {
                            return $plural ?? parent::pluralStudly($value, $count);
                        }
                    }
                }
            }
        }

        return parent::pluralStudly($value, $count);
    }

    public static function singular($value)
    {
        if (\is_string($value)) {
            if (isset(Runtime::$str)) {
                if ((isset(self::$nativeInflector) && Pluralizer::inflector() === self::$nativeInflector) || self::inflectorIsNative()) {
                    // The rules leave '' as it is, for less than a crossing.
                    if ($value === '') {
                        return '';
                    }

                    return Native\str_singular($value) ?? parent::singular($value);
                }
            }
        }

        return parent::singular($value);
    }

    /**
     * Whether Pluralizer's inflector, or the one it would build now, holds
     * the rules the extension implements; checked once per instance. The
     * callers first compare Pluralizer's inflector with the native one once
     * there is one (it is then built: asking for it builds nothing).
     */
    private static function inflectorIsNative(): bool
    {
        $inflector = (self::$pluralizerInflector ??= Closure::bind(
            static fn (): object|false|null => static::$inflector ?? (static::$language === 'english' ? null : false),
            null,
            Pluralizer::class,
        ))();
        if ($inflector === null && WorkerFacts::remembers()) {
            return self::$englishIsNative ??= WorkerFacts::get('inflector:english', static fn (): string => json_encode(
                InflectorFingerprint::of(InflectorFactory::createForLanguage('english')->build()) === Native\str_inflector_fingerprint(),
            )) === 'true';
        }
        if (! \is_object($inflector)) {
            $inflector = Pluralizer::inflector();
        }
        if ($inflector === self::$nativeInflector) {
            return true;
        }
        if ($inflector === self::$otherInflector) {
            return false;
        }
        if (InflectorFingerprint::of($inflector) === Native\str_inflector_fingerprint()) {
            self::$nativeInflector = $inflector;

            return true;
        }
        self::$otherInflector = $inflector;

        return false;
    }
}
