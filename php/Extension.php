<?php

declare(strict_types=1);

namespace Oxide;

/**
 * What the loaded oxide extension (if any) offers this package.
 */
final readonly class Extension
{
    /** Kept equal to the crate version in Cargo.toml (tests check it). */
    public const PACKAGE_VERSION = '0.7.0';

    /** Decided once: every request asks it for each accelerator, twice. */
    private bool $compatible;

    /**
     * @param  string|null  $version  the extension's version, null when it is not loaded
     * @param  list<string>  $accelerators  the accelerators built into it
     */
    public function __construct(
        public ?string $version,
        public array $accelerators = [],
    ) {
        $this->compatible = $version !== null && self::apiLevel($version) === self::apiLevel(self::PACKAGE_VERSION);
    }

    public static function detect(): self
    {
        if (! function_exists('Oxide\Native\version')) {
            return new self(null);
        }

        // Only the version is promised across releases: an extension of
        // another API level may lack the rest, and is then merely incompatible.
        $accelerators = function_exists('Oxide\Native\accelerators') ? Native\accelerators() : [];

        return new self(Native\version(), $accelerators);
    }

    public function isLoaded(): bool
    {
        return $this->version !== null;
    }

    /**
     * The native API may change between minor versions until 1.0 and between
     * major versions after it, so those parts must match the package's.
     */
    public function isCompatible(): bool
    {
        return $this->compatible;
    }

    public function provides(Accelerator $accelerator): bool
    {
        return $this->isCompatible() && in_array($accelerator->value, $this->accelerators, true);
    }

    /**
     * Why the extension cannot be used, or null when it can.
     */
    public function problem(): ?string
    {
        return match (true) {
            ! $this->isLoaded() => 'the oxide extension is not loaded',
            ! $this->isCompatible() => sprintf(
                'extension %s is incompatible with package %s (needs %s.x)',
                $this->version, self::PACKAGE_VERSION, self::apiLevel(self::PACKAGE_VERSION),
            ),
            default => null,
        };
    }

    private static function apiLevel(string $version): string
    {
        [$major, $minor] = array_pad(explode('.', $version), 2, '0');

        return $major === '0' ? "0.{$minor}" : $major;
    }
}
