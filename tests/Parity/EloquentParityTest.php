<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Eloquent attribute reads with transparent mode on (Laravel's own
 * getAttribute() with Oxide's prologue) against Laravel's unpatched code:
 * the same random model classes and stored values, read in two processes,
 * must give identical outcomes (values and their types, exceptions,
 * warnings), and the native read must have answered a good share of them.
 */
final class EloquentParityTest extends TestCase
{
    /** Models per seed; each is read about forty ways. */
    private const MODELS = 500;

    /** @return iterable<string, array{int}> */
    public static function seeds(): iterable
    {
        $seed = RandomText::seed() % (PHP_INT_MAX - 3);
        foreach (range(0, 3) as $offset) {
            yield 'seed '.($seed + $offset) => [$seed + $offset];
        }
    }

    #[DataProvider('seeds')]
    public function test_reads_match_laravels(int $seed): void
    {
        $stock = $this->child($seed, 'off');
        $oxide = $this->child($seed, 'on');
        // The models, then the dates read without a test now.
        $this->assertCount(self::MODELS + 1, $oxide['outcomes']);
        foreach ($stock['outcomes'] as $index => $outcome) {
            $this->assertSame($outcome, $oxide['outcomes'][$index], "seed {$seed} (rerun with OXIDE_SEED={$seed}), model {$index}:\n".($outcome['class'] ?? 'dates without a test now'));
        }
        $this->assertGreaterThan(0.3 * $oxide['reads'], $oxide['native'], "seed {$seed}: too few reads were native");
        $this->assertGreaterThan(0.2 * $oxide['arrays'], $oxide['arraysNative'], "seed {$seed}: too few attributesToArray() calls were native");
        $this->assertGreaterThan(0.5 * $oxide['hydrations'], $oxide['hydrationsNative'], "seed {$seed}: too few hydrate() calls were native");
        $this->assertGreaterThan(0.5 * $oxide['constructions'], $oxide['constructionsNative'], "seed {$seed}: too few constructions were native");
        $this->assertGreaterThan(0.2 * $oxide['relations'], $oxide['relationsNative'], "seed {$seed}: too few relation reads were native");
        $this->assertGreaterThan(0.2 * $oxide['fills'], $oxide['fillsNative'], "seed {$seed}: too few forceFill() calls were native");
        $this->assertGreaterThan(0.2 * $oxide['resources'], $oxide['resourcesNative'], "seed {$seed}: too few resource reads were native");
    }

    /**
     * @return array{outcomes: list<array<string, mixed>>, reads: int, native: int, arrays: int, arraysNative: int, hydrations: int, hydrationsNative: int, constructions: int, constructionsNative: int, relations: int, relationsNative: int, fills: int, fillsNative: int, resources: int, resourcesNative: int}
     */
    private function child(int $seed, string $transparent): array
    {
        $command = [PHP_BINARY];
        $module = getenv('OXIDE_EXTENSION');
        if (\is_string($module) && $module !== '') {
            array_push($command, '-d', "extension={$module}");
        }
        array_push($command, __DIR__.'/eloquent-child.php', (string) $seed, (string) self::MODELS);
        if ($transparent === 'on') {
            $command[] = '--expect-native';
        }
        $environment = [...getenv(), 'OXIDE_TRANSPARENT' => $transparent];
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $environment);
        $this->assertIsResource($process);
        $output = (string) stream_get_contents($pipes[1]);
        $errors = (string) stream_get_contents($pipes[2]);
        $this->assertSame(0, proc_close($process), "transparent mode {$transparent}: {$errors}".substr($output, 0, 2000));
        $result = unserialize($output);
        $this->assertIsArray($result, $errors);

        return $result;
    }
}
