<?php

declare(strict_types=1);

namespace Oxide;

use Closure;

/**
 * Facts the package derives from files on disk (which copy of a Laravel
 * class transparent mode loads), kept by the extension for the worker's
 * life: PHP forgets them at the end of each request, and deriving them
 * again stats, locates and hashes Laravel's files (a third of a millisecond
 * a request). They are derived again as often as OPcache re-reads the files
 * it compiled: never with `opcache.validate_timestamps=0` (a deploy that
 * changes files reloads the workers for OPcache's sake anyway), every
 * `opcache.revalidate_freq` seconds otherwise, and on every request
 * without OPcache or without the extension.
 */
final class WorkerFacts
{
    /** Worked out once per request: OPcache's settings do not change within one. */
    private static ?int $maxAge = null;

    /**
     * The fact for $key: the one remembered while it is fresh (and, if
     * asked, still $valid), else what $derive gives, remembered unless it is
     * null (a failure is derived again next time).
     *
     * @param  Closure(): ?string  $derive
     * @param  (Closure(string): bool)|null  $valid
     */
    public static function get(string $key, Closure $derive, ?Closure $valid = null): ?string
    {
        $maxAge = self::maxAge();
        if ($maxAge > 0 && ($known = Native\remembered($key, $maxAge)) !== null && ($valid === null || $valid($known))) {
            return $known;
        }
        $fact = $derive();
        if ($maxAge > 0 && $fact !== null) {
            Native\remember($key, $fact);
        }

        return $fact;
    }

    /** Whether facts outlive the request (else deriving one ahead of need saves nothing). */
    public static function remembers(): bool
    {
        return self::maxAge() > 0;
    }

    /** Seconds a fact stays fresh; 0 when it must be derived every time. */
    private static function maxAge(): int
    {
        return self::$maxAge ??= self::settingsMaxAge();
    }

    private static function settingsMaxAge(): int
    {
        $opcache = ini_get(\PHP_SAPI === 'cli' ? 'opcache.enable_cli' : 'opcache.enable');
        if (! \function_exists('Oxide\Native\remembered') || ! filter_var($opcache, \FILTER_VALIDATE_BOOL)) {
            return 0;
        }

        return filter_var(ini_get('opcache.validate_timestamps'), \FILTER_VALIDATE_BOOL)
            ? max(0, (int) ini_get('opcache.revalidate_freq'))
            : \PHP_INT_MAX;
    }
}
