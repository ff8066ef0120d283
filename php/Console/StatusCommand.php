<?php

declare(strict_types=1);

namespace Oxide\Console;

use Illuminate\Console\Command;
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
        $verbose = $this->output->isVerbose();

        $this->table(['Oxide', 'Value'], [
            ['Extension loaded', $extension->isLoaded() ? 'yes' : 'no'],
            ['Extension version', $extension->version ?? '-'],
            ['Package version', Extension::PACKAGE_VERSION],
            ['Compatible', $extension->isCompatible() ? 'yes' : self::wrap('no'.($extension->isLoaded() ? ' ('.$extension->problem().')' : ''))],
            ['PHP version', PHP_VERSION],
            ['Laravel version', $this->laravel->version()],
            ['Global helpers', self::wrap($status->helpersSummary())],
            ['Transparent mode', self::wrap($transparent['on'] ? 'on: Laravel\'s own classes run native paths' : 'off ('.$transparent['why'].')')],
        ]);

        $this->table(['Accelerator', 'Active', 'Why not'], array_map(fn (Accelerator $accelerator) => [
            $verbose ? $accelerator->label()."\n".self::wrap($accelerator->description(), 44) : $accelerator->label(),
            $status->isActive($accelerator) ? 'yes' : 'no',
            self::wrap($status->whyInactive($accelerator) ?? '', 40),
        ], Accelerator::cases()));

        if ($transparent['on']) {
            // The longest name takes what the 100 columns leave after the borders.
            $width = min(40, 100 - 7 - max(array_map('strlen', array_keys($transparent['classes']))));
            $rows = [];
            foreach ($transparent['classes'] as $class => $report) {
                $native = $verbose ? implode(', ', $report['native']) : \count($report['native']).(\count($report['native']) === 1 ? ' method' : ' methods').($report['skipped'] === [] ? '' : ', '.\count($report['skipped']).' Laravel\'s');
                $rows[] = [$class, self::wrap($report['patched'] ? "native: {$native}" : 'Laravel\'s ('.$report['why'].')', $width)];
                foreach ($report['patched'] ? $report['skipped'] : [] as $method => $why) {
                    $rows[] = ['', self::wrap("{$method}(): Laravel's, {$why}", $width)];
                }
            }
            $this->table(['Transparent mode', 'Methods'], $rows);
            if (! $verbose) {
                $this->line('Every native method and what each accelerator covers: php artisan oxide:status -v');
            }
        }

        return self::SUCCESS;
    }

    /** Table cells wrap, so the output fits 100 columns. */
    private static function wrap(string $text, int $width = 60): string
    {
        return wordwrap($text, $width, "\n", true);
    }
}
