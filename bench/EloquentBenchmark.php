<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Database\Eloquent\Model;
use Oxide\Transparent;

/**
 * Transparent mode: attribute reads of Laravel's own models, as a report or
 * an API resource reads them ($model->column). The stock side reads the
 * same rows through a model class that redeclares fromFloat() as Laravel
 * writes it: the prologue hands every read back, so it runs Laravel's code
 * plus the cost of handing back (the ratio errs against Oxide).
 */
final class EloquentBenchmark implements Benchmark
{
    private const MODELS = 1000;

    public function rows(): iterable
    {
        // Declaring the models below loaded Model and so the trait.
        $report = Transparent::report();
        if (! $report['on'] || ! $report['classes']['Illuminate\Database\Eloquent\Concerns\HasAttributes']['patched']) {
            return;
        }
        $hydrate = static function (string $class): array {
            $models = [];
            for ($i = 0; $i < self::MODELS; $i++) {
                $models[] = (new $class)->newFromBuilder(['id' => $i + 1, 'name' => "Customer {$i}", 'total' => sprintf('%d.%02d', $i * 7, $i % 100), 'is_paid' => $i % 3, 'notes' => null, 'quantity' => (string) $i, 'status' => $i % 3 ? 'paid' : 'pending']);
            }

            return $models;
        };
        $read = static function (array $models): array {
            $values = [];
            foreach ($models as $model) {
                $values[] = [$model->id, $model->name, $model->total, $model->is_paid, $model->notes, $model->quantity, $model->status];
            }

            return $values;
        };
        [$stock, $oxide] = [$hydrate(BenchOrderLaravel::class), $hydrate(BenchOrder::class)];
        yield new Row(
            'framework: Eloquent, 7 reads x 1,000 models',
            self::MODELS * 7,
            fn () => $read($stock),
            fn () => $read($oxide),
        );
    }
}

enum BenchOrderStatus: string
{
    case Pending = 'pending';
    case Paid = 'paid';
}

/** A model as apps declare them: primitive, decimal and enum casts, the rest stored as is. */
class BenchOrder extends Model
{
    protected $casts = ['total' => 'decimal:2', 'is_paid' => 'boolean', 'quantity' => 'int', 'status' => BenchOrderStatus::class];
}

/** The same model, left to Laravel's code by redeclaring a method the native read mirrors. */
final class BenchOrderLaravel extends BenchOrder
{
    public function fromFloat($value)
    {
        return parent::fromFloat($value);
    }
}
