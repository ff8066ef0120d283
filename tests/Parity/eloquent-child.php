<?php

declare(strict_types=1);

/*
 * One side of EloquentParityTest: random model classes (casts, accessors,
 * Attribute mutators, overrides, timestamps, keys) and random stored values,
 * read every way an app reads them. Prints each read's outcome, serialized;
 * the test runs this with transparent mode on and off and compares.
 *
 * Usage: eloquent-child.php <seed> <models> [--expect-native]
 * Prints ['outcomes' => …, 'reads' => stored attributes read, 'native' => how
 * many of those the native read answers, 'arrays' => attributesToArray()
 * calls, 'arraysNative' => how many of those the native path answers,
 * 'hydrations' and 'hydrationsNative' likewise for hydrate(), and
 * 'constructions' and 'constructionsNative' for model constructions, and
 * 'relations' and 'relationsNative' for reads of loaded relations, and
 * 'fills' and 'fillsNative' for forceFill(), 'resources' and
 * 'resourcesNative' for reads through an API resource].
 */

use Illuminate\Database\Capsule\Manager as Capsule;
use Oxide\Tests\Support\EloquentModels;

require __DIR__.'/../bootstrap.php';

// A runaway model fails here, not by the kernel's OOM killer.
ini_set('memory_limit', '1G');

[$seed, $count] = [(int) $argv[1], (int) $argv[2]];
$capsule = new Capsule;
$capsule->addConnection(['driver' => 'sqlite', 'database' => ':memory:']);
$capsule->setAsGlobal();
$capsule->bootEloquent();
// Model events go through Laravel's dispatcher, as in an app.
Illuminate\Database\Eloquent\Model::setEventDispatcher(new Illuminate\Events\Dispatcher);
// Dates parsed from text such as '' or 'true' are now.
Carbon\Carbon::setTestNow('2025-06-15 12:34:56.789012');
Carbon\CarbonImmutable::setTestNow('2025-06-15 12:34:56.789012');

if (in_array('--expect-native', $argv, true)) {
    // Loading Eloquent's Model loads the trait.
    EloquentModels::warmUp();
    $report = Oxide\Transparent::report()['classes'][Oxide\Eloquent\AttributeReads::TRAIT];
    if (! $report['patched']) {
        fwrite(STDERR, 'the prologue was not written: '.$report['why']."\n");
        exit(3);
    }
}

$models = new EloquentModels($seed);
$outcomes = $models->run($count);
$outcomes[] = EloquentModels::datesWithoutTestNow();
echo serialize([
    'outcomes' => $outcomes, 'reads' => $models->reads, 'native' => $models->answeredNatively,
    'arrays' => $models->arrays, 'arraysNative' => $models->arraysNatively,
    'hydrations' => $models->hydrations, 'hydrationsNative' => $models->hydrationsNatively,
    'constructions' => $models->constructions, 'constructionsNative' => $models->constructionsNatively,
    'relations' => $models->relationReads, 'relationsNative' => $models->relationsNatively,
    'fills' => $models->fills, 'fillsNative' => $models->fillsNatively,
    'resources' => $models->resourceReads, 'resourcesNative' => $models->resourcesNatively,
]);
