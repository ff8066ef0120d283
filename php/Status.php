<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Contracts\Config\Repository;

/**
 * Whether each accelerator is active in this application, and why not.
 */
final readonly class Status
{
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
            ! $this->isEnabled($accelerator) => "disabled in config/oxide.php (oxide.accelerators.{$accelerator->value})",
            default => null,
        };
    }

    public function isEnabled(Accelerator $accelerator): bool
    {
        return (bool) $this->config->get("oxide.accelerators.{$accelerator->value}", true);
    }
}
