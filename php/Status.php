<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Contracts\Config\Repository;
use ReflectionFunction;

/**
 * Whether each accelerator is active in this application, and why not.
 */
final readonly class Status
{
    /** The helpers `oxide.helpers=1` replaces. */
    public const HELPERS = ['data_get', 'data_has', 'data_set', 'data_fill', 'data_forget', 'head', 'last'];

    public function __construct(
        public Extension $extension,
        private Repository $config,
    ) {}

    public function isActive(Accelerator $accelerator): bool
    {
        return $this->whyInactive($accelerator) === null;
    }

    public function whyInactive(Accelerator $accelerator): ?string
    {
        return $this->extension->problem() ?? match (true) {
            ! $this->extension->provides($accelerator) => 'not built into this extension',
            ! $this->isEnabled($accelerator) => Switches::offBecause($accelerator->environmentVariable())
                ?? "disabled in config/oxide.php (oxide.accelerators.{$accelerator->value})",
            $accelerator === Accelerator::Markdown && ! CommonMarkRelease::isProven() => sprintf(
                'league/commonmark %s is not a release the renderer was proven against (%s)',
                CommonMarkRelease::installed() ?? '(not recorded by Composer)',
                implode(', ', CommonMarkRelease::PROVEN),
            ),
            default => null,
        };
    }

    /**
     * The global helpers the extension provides natively (php.ini's
     * `oxide.helpers=1`), in place of Laravel's PHP definitions.
     *
     * @return list<string>
     */
    public function nativeHelpers(): array
    {
        return array_values(array_filter(
            self::HELPERS,
            static fn (string $helper) => function_exists($helper) && (new ReflectionFunction($helper))->getExtensionName() === 'oxide',
        ));
    }

    /**
     * One line for `oxide:status` about the global helpers.
     */
    public function helpersSummary(): string
    {
        $native = $this->nativeHelpers();

        return match (true) {
            $native !== [] => 'native: '.implode(', ', $native),
            ! $this->extension->isLoaded() => 'Laravel\'s (the oxide extension is not loaded)',
            default => 'Laravel\'s (oxide.helpers=1 in php.ini makes them native)',
        };
    }

    public function isEnabled(Accelerator $accelerator): bool
    {
        return (bool) $this->config->get("oxide.accelerators.{$accelerator->value}", true);
    }
}
