<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Pluralizer;
use Illuminate\Support\Str as LaravelStr;
use Oxide\Str;

/**
 * plural(), singular() and pluralStudly() on the words Eloquent inflects
 * (model and table names, repeated, which Doctrine's word cache serves), and
 * on distinct words with a fresh inflector (its rules actually run).
 */
final class InflectorBenchmark implements Benchmark
{
    private const BATCH = 2000;

    private const MODELS = ['user', 'post', 'comment', 'category', 'person', 'status', 'address', 'child'];

    private const CLASSES = ['UserProfile', 'BlogPost', 'OrderItem', 'TeamMember', 'ProductCategory', 'PersonAddress', 'Child', 'Status'];

    public function rows(): iterable
    {
        $models = array_map(fn (int $i) => self::MODELS[$i % \count(self::MODELS)], range(1, self::BATCH));
        $tables = array_map(fn (string $model) => LaravelStr::plural($model), $models);
        $classes = array_map(fn (int $i) => self::CLASSES[$i % \count(self::CLASSES)], range(1, self::BATCH));
        $distinct = array_map(fn (int $i) => base_convert((string) $i, 10, 26).self::MODELS[$i % \count(self::MODELS)], range(1, self::BATCH));
        $freshInflector = fn () => Pluralizer::useLanguage('english');

        yield $this->row('Str::plural model names', $models, fn (string $word) => [$word]);
        yield $this->row('Str::singular table names', $tables, fn (string $word) => [$word], 'singular');
        yield $this->row('Str::pluralStudly class names', $classes, fn (string $word) => [$word], 'pluralStudly');
        yield $this->row('Str::plural count 1', $models, fn (string $word) => [$word, 1]);
        yield $this->row('Str::plural distinct words, fresh inflector', $distinct, fn (string $word) => [$word], 'plural', $freshInflector);
        yield $this->row('Str::singular distinct words, fresh inflector', $distinct, fn (string $word) => [$word.'s'], 'singular', $freshInflector);
    }

    /**
     * @param  list<string>  $words
     * @param  \Closure(string): list<mixed>  $arguments
     */
    private function row(string $name, array $words, \Closure $arguments, string $method = 'plural', ?\Closure $beforeBatch = null): Row
    {
        $calls = array_map($arguments, $words);

        return new Row(
            $name,
            self::BATCH,
            fn () => array_map(fn (array $call) => LaravelStr::$method(...$call), $calls),
            fn () => array_map(fn (array $call) => Str::$method(...$call), $calls),
            $beforeBatch,
        );
    }
}
