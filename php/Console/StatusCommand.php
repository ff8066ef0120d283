<?php

declare(strict_types=1);

namespace Oxide\Console;

use Illuminate\Console\Command;
use Illuminate\Foundation\Application;
use Oxide\Accelerator;
use Oxide\Extension;
use Oxide\Status;
use Oxide\Transparent;
use Symfony\Component\Console\Attribute\AsCommand;

#[AsCommand(name: 'oxide:status')]
final class StatusCommand extends Command
{
    protected $signature = 'oxide:status';

    protected $description = 'Show whether the Oxide extension is loaded and which accelerators are active';

    public function handle(Status $status): int
    {
        $extension = $status->extension;
        $transparent = Transparent::report();

        $this->table(['Oxide', 'Value'], [
            ['Extension loaded', $extension->isLoaded() ? 'yes' : 'no'],
            ['Extension version', $extension->version ?? '-'],
            ['Package version', Extension::PACKAGE_VERSION],
            ['Compatible', $extension->isCompatible() ? 'yes' : 'no'.($extension->isLoaded() ? ' ('.$extension->problem().')' : '')],
            ['PHP version', PHP_VERSION],
            ['Laravel version', Application::VERSION],
            ['Global helpers', $status->helpersSummary()],
            ['Transparent mode', $transparent['on'] ? 'on: Laravel\'s own Str and Arr run native paths' : 'off ('.$transparent['why'].')'],
        ]);

        $this->table(['Accelerator', 'Active', 'Why not'], array_map(fn (Accelerator $accelerator) => [
            $accelerator->description(),
            $status->isActive($accelerator) ? 'yes' : 'no',
            $status->whyInactive($accelerator) ?? '',
        ], Accelerator::cases()));

        if ($transparent['on']) {
            $rows = [];
            foreach ($transparent['classes'] as $class => $report) {
                $rows[] = [$class, $report['patched'] ? wordwrap('native: '.implode(', ', $report['native']), 72) : 'Laravel\'s ('.$report['why'].')'];
                foreach ($report['skipped'] as $method => $why) {
                    $rows[] = ['', "{$method}(): Laravel's, {$why}"];
                }
            }
            $this->table(['Transparent mode', 'Methods'], $rows);
        }

        return self::SUCCESS;
    }
}
