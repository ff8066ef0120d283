<?php

declare(strict_types=1);

// Run by GlobalHelpersTest in a fresh PHP, with and without oxide.helpers=1:
// framework code that calls data_get/data_has/head/last internally,
// then which definitions were in use and what oxide:status says.

use Illuminate\Config\Repository;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\Validator;
use Oxide\Status;
use Oxide\Tests\Support\LaravelApp;

require __DIR__.'/../bootstrap.php';

$laravel = new LaravelApp;
$rows = new Collection([
    ['user' => ['name' => 'Ann', 'age' => 31, 'team' => ['name' => 'core']], 'tags' => ['a', 'b']],
    ['user' => ['name' => 'Bob', 'age' => 27, 'team' => null], 'tags' => []],
    ['user' => (object) ['name' => 'Cid', 'age' => 40, 'team' => ['name' => 'ops']], 'tags' => ['c']],
]);
$config = new Repository(['app' => ['name' => 'Oxide', 'locales' => ['en', 'fr']]]);
$validator = Validator::make(
    ['items' => [['id' => 1, 'qty' => 2], ['id' => 'x', 'qty' => null]], 'meta' => ['tags' => ['a', '']]],
    ['items.*.id' => 'required|integer', 'items.*.qty' => 'required|numeric', 'meta.tags.*' => 'required|string'],
);
$filled = ['a' => [['b' => 1], []]];
data_fill($filled, 'a.*.b', 'filled');
$set = ['rows' => [['id' => 1], ['id' => 2, 'o' => new ArrayObject(['k' => 1])]]];
data_set($set, 'rows.*.seen', true);
data_set($set, 'rows.1.o.k', 2);
$forgotten = $set;
data_forget($forgotten, 'rows.*.id');
$fluent = (new Illuminate\Support\Fluent(['user' => ['name' => 'Ann']]))->set('user.role', 'admin');

// Laravel's helpers are userland functions: extra arguments (callbacks get
// the key too) are ignored, too few throw naming the caller's file and line.
$tooFew = function (Closure $call): string {
    try {
        $call();

        return 'no error';
    } catch (ArgumentCountError $e) {
        return $e->getMessage();
    }
};
$unset = null;

$results = [
    'extra arguments' => [
        (new Collection([[1, 2], [3]]))->map('head')->all(),
        (new Collection([[1, 2], [3]]))->map('last')->all(),
        array_map('data_get', [['a' => 1]], ['a'], [null], ['extra']),
        array_map('data_has', [['a' => 1]], ['a'], ['extra']),
    ],
    'too few arguments' => [
        $tooFew(fn () => data_get([])),
        $tooFew(fn () => data_has([])),
        $tooFew(fn () => head()),
        $tooFew(fn () => last()),
        $tooFew(fn () => data_set($unset, 'a')),
        $tooFew(fn () => data_fill($unset, 'a')),
        $tooFew(fn () => data_forget($unset)),
        $tooFew(fn () => array_map('head', [])),
    ],
    'pluck' => $rows->pluck('user.name')->all(),
    'pluck keyed' => $rows->pluck('user.age', 'user.name')->all(),
    'where' => $rows->where('user.team.name', 'core')->keys()->all(),
    'sortBy' => $rows->sortBy('user.age')->keys()->all(),
    'groupBy' => $rows->groupBy('user.team.name')->map->count()->all(),
    'sum' => $rows->sum('user.age'),
    'wildcard' => data_get($rows->all(), '*.tags.*'),
    'first and last' => [data_get($rows, '{first}.user.name'), data_get($rows, '{last}.user.name')],
    'has' => [data_has($rows->all(), '0.user.name'), data_has($rows->all(), '1.user.team.name')],
    'config' => [$config->get('app.name'), $config->get('app.locales.1'), $config->get('app.missing', fn () => 'lazy')],
    'validation' => $validator->errors()->toArray(),
    'data_fill' => $filled,
    'data_set' => [$set['rows'][0], $set['rows'][1]['seen'], $set['rows'][1]['o']['k']],
    'data_forget' => array_map(fn ($row) => array_keys($row), $forgotten['rows']),
    'Fluent::set' => $fluent->toArray(),
    'head and last' => [head([3, 4]), last([3, 4]), head([]), last(['k' => 'v'])],
];

echo json_encode([
    'results' => $results,
    'internal' => array_values(array_filter(Status::HELPERS, fn ($f) => (new ReflectionFunction($f))->isInternal())),
    'summary' => $laravel->app->make(Status::class)->helpersSummary(),
], JSON_THROW_ON_ERROR);
