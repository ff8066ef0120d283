<?php

declare(strict_types=1);

namespace Oxide;

use Composer\InstalledVersions;

/**
 * The league/commonmark release the application runs, as Composer recorded it. The extension
 * renders what the releases below render, proven by the parity suite; with any other release,
 * or one Composer does not know, Str::markdown() stays league's.
 */
final class CommonMarkRelease
{
    /** Releases the native renderer was proven against. */
    public const PROVEN = ['2.10.4'];

    private static ?bool $proven = null;

    public static function isProven(): bool
    {
        return self::$proven ??= \in_array(self::installed(), self::PROVEN, true);
    }

    /**
     * The installed release ("2.10.4"), or null when Composer does not know
     * it. Read from Composer's installed.php: a fact of the files on disk,
     * which every request's boot would otherwise load again.
     */
    public static function installed(): ?string
    {
        $release = WorkerFacts::get('installed:league/commonmark', static function (): string {
            if (! class_exists(InstalledVersions::class) || ! InstalledVersions::isInstalled('league/commonmark')) {
                return '';
            }

            return ltrim((string) InstalledVersions::getPrettyVersion('league/commonmark'), 'v');
        });

        return $release === '' ? null : $release;
    }
}
