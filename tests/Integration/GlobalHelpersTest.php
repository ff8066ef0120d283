<?php

declare(strict_types=1);

namespace Oxide\Tests\Integration;

use Oxide\Status;
use PHPUnit\Framework\TestCase;

/**
 * php.ini's oxide.helpers=1, in a fresh PHP: the extension then defines
 * the data_* helpers, head and last, Laravel keeps its own
 * definitions of the others, and framework code gives the same results.
 * Without the extension the setting changes nothing.
 */
final class GlobalHelpersTest extends TestCase
{
    public function test_framework_results_are_the_same_with_native_helpers(): void
    {
        $stock = $this->runChild(helpers: false);
        $native = $this->runChild(helpers: true);

        $this->assertSame([], $stock['internal']);
        $this->assertStringStartsWith("Laravel's", $stock['summary']);
        if (extension_loaded('oxide')) {
            $this->assertSame(Status::HELPERS, $native['internal']);
            $this->assertSame('native: '.implode(', ', Status::HELPERS), $native['summary']);
        } else {
            $this->assertSame([], $native['internal']);
            $this->assertSame("Laravel's (the oxide extension is not loaded)", $native['summary']);
        }
        $this->assertSame($stock['results'], $native['results']);
        $this->assertSame(['Ann', 'Bob', 'Cid'], $native['results']['pluck']);
    }

    /**
     * @return array{results: array<string, mixed>, internal: list<string>, summary: string}
     */
    private function runChild(bool $helpers): array
    {
        $command = [PHP_BINARY];
        // The Makefile loads the extension with -d; a php.ini that loads it
        // reaches the child by itself.
        $module = getenv('OXIDE_EXTENSION');
        if (extension_loaded('oxide') && is_string($module) && $module !== '') {
            array_push($command, '-d', "extension={$module}");
        }
        array_push($command, '-d', 'oxide.helpers='.($helpers ? '1' : '0'), __DIR__.'/helpers-child.php');

        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertIsResource($process);
        $output = (string) stream_get_contents($pipes[1]);
        $errors = (string) stream_get_contents($pipes[2]);
        $status = proc_close($process);
        $this->assertSame(0, $status, $errors.$output);
        $this->assertSame('', $errors);

        return json_decode($output, true, flags: JSON_THROW_ON_ERROR);
    }
}
