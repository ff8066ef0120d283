<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Database\Eloquent\Model;
use Oxide\Eloquent\AttributeReads;
use Oxide\Transparent;
use ReflectionClass;

/**
 * Transparent mode: attribute reads of Laravel's own models, as a report or
 * an API resource reads them ($model->column). The stock side is the same
 * model over Laravel's HasAttributes as Laravel ships it: an unpatched copy
 * of the trait, declared under another name, that the stock models use,
 * whose dates serialize through Carbon's own code.
 */
final class EloquentBenchmark implements Benchmark
{
    private const MODELS = 1000;

    /** Rows of the hydrate() row. */
    private const HYDRATED = 10_000;

    /** Each model: its casts, its stored row for model $i, and the columns read. */
    private const MODELS_READ = [
        'native: uncast, int, bool, decimal, enum' => [
            'casts' => "['total' => 'decimal:2', 'is_paid' => 'boolean', 'quantity' => 'int', 'status' => \\Oxide\\Bench\\BenchOrderStatus::class]",
            'methods' => '',
            'reads' => ['id', 'name', 'total', 'is_paid', 'notes', 'quantity', 'status'],
        ],
        'dates and JSON: datetime, immutable_datetime, array, collection (the model\'s asDateTime(), fromJson())' => [
            'casts' => "['placed_at' => 'datetime', 'shipped_at' => 'immutable_datetime', 'lines' => 'array', 'tags' => 'collection']",
            // No connection here: the storage format is given.
            'methods' => 'protected $dateFormat = "Y-m-d H:i:s";',
            'reads' => ['placed_at', 'shipped_at', 'lines', 'tags'],
        ],
        'handed back: accessor, Attribute, class cast' => [
            'casts' => "['lines' => \\Illuminate\\Database\\Eloquent\\Casts\\AsArrayObject::class]",
            'methods' => 'public function getLabelAttribute() { return "#".$this->attributes["id"]; }'
                .' protected function title(): \\Illuminate\\Database\\Eloquent\\Casts\\Attribute { return \\Illuminate\\Database\\Eloquent\\Casts\\Attribute::get(fn () => "Order ".$this->attributes["id"]); }',
            'reads' => ['label', 'title', 'lines'],
        ],
    ];

    /** The model toArray() serializes: 3 dates, 1 JSON, 1 enum and 3 scalar casts. */
    private const MODEL_SERIALIZED = [
        'casts' => "['placed_at' => 'datetime', 'shipped_at' => 'datetime', 'lines' => 'array', 'status' => \\Oxide\\Bench\\BenchOrderStatus::class, 'total' => 'decimal:2', 'is_paid' => 'boolean', 'quantity' => 'int']",
        'methods' => 'protected $dateFormat = "Y-m-d H:i:s"; protected $hidden = ["notes"]; protected $guarded = [];',
    ];

    public function rows(): iterable
    {
        $report = Transparent::report();
        class_exists(Model::class);
        if (! $report['on'] || ! Transparent::report()['classes'][AttributeReads::TRAIT]['patched']) {
            return;
        }
        self::declareStockTrait();
        foreach (self::MODELS_READ as $name => $model) {
            $class = 'OxideBenchModel'.md5($name);
            eval("final class {$class} extends \\Illuminate\\Database\\Eloquent\\Model { protected \$casts = {$model['casts']}; {$model['methods']} }");
            eval("final class {$class}Stock extends OxideBenchStockModel { protected \$casts = {$model['casts']}; {$model['methods']} }");
            [$stock, $oxide] = [self::hydrate("{$class}Stock"), self::hydrate($class)];
            $read = static function (array $models) use ($model): array {
                $values = [];
                foreach ($models as $instance) {
                    foreach ($model['reads'] as $column) {
                        $values[] = $instance->{$column};
                    }
                }

                return $values;
            };
            yield new Row(
                "framework: Eloquent reads, {$name} (".\count($model['reads']).' x 1,000)',
                self::MODELS * \count($model['reads']),
                fn () => $read($stock),
                fn () => $read($oxide),
                // Dates and collections are new objects on each read: compared by value.
                shape: fn (array $values) => array_map(fn (mixed $value) => match (true) {
                    $value instanceof \DateTimeInterface => $value::class.$value->format('Y-m-d H:i:s.u e'),
                    \is_object($value) && ! $value instanceof \UnitEnum => $value::class.json_encode($value),
                    default => $value,
                }, $values),
            );
        }
        $class = 'OxideBenchModel'.md5('toArray');
        $model = self::MODEL_SERIALIZED;
        eval("final class {$class} extends \\Illuminate\\Database\\Eloquent\\Model { protected \$casts = {$model['casts']}; {$model['methods']} }");
        eval("final class {$class}Stock extends OxideBenchStockModel { protected \$casts = {$model['casts']}; {$model['methods']} }");
        [$stock, $oxide] = [self::hydrate("{$class}Stock"), self::hydrate($class)];
        $serialize = static fn (array $models): array => array_map(static fn (Model $model) => $model->toArray(), $models);
        // hydrate() names the query's connection: an in-memory one.
        $capsule = new \Illuminate\Database\Capsule\Manager;
        $capsule->addConnection(['driver' => 'sqlite', 'database' => ':memory:']);
        $capsule->bootEloquent();
        // PDO's rows: stdClass objects. The stock model's class redeclares
        // what hydration mirrors (the stock trait), so the prologue hands
        // its result sets back at once and Laravel's code builds them.
        $rows = [];
        for ($i = 0; $i < self::HYDRATED; $i++) {
            $rows[] = (object) ['id' => $i + 1, 'name' => "Customer {$i}", 'total' => '12.50', 'is_paid' => 1, 'notes' => null,
                'quantity' => '3', 'status' => 'paid', 'placed_at' => '2025-01-02 10:00:00', 'lines' => '[]', 'created_at' => '2025-01-02 10:00:00'];
        }
        yield new Row(
            'framework: Eloquent hydrate(), 10 columns (10,000 rows, no SQL)',
            self::HYDRATED,
            fn () => "{$class}Stock"::hydrate($rows)->all(),
            fn () => $class::hydrate($rows)->all(),
            shape: fn (array $models) => array_map(fn (Model $model) => [$model->getAttributes(), $model->getRawOriginal(), $model->exists, $model->getConnectionName(), $model->preventsLazyLoading], $models),
        );
        yield new Row(
            'framework: Eloquent new Model([...]), 3 attributes filled (1,000 models)',
            self::MODELS,
            fn () => self::construct("{$class}Stock"),
            fn () => self::construct($class),
            shape: fn (array $models) => array_map(fn (Model $model) => [$model->getAttributes(), $model->getCasts(), $model->getOriginal(), $model->exists], $models),
        );
        yield new Row(
            'framework: Eloquent toArray(), 3 dates, JSON, enum, 3 scalar casts, hidden (1,000 models)',
            self::MODELS,
            fn () => $serialize($stock),
            fn () => $serialize($oxide),
        );
    }

    /** @return list<Model> */
    private static function construct(string $class): array
    {
        $models = [];
        for ($i = 0; $i < self::MODELS; $i++) {
            $models[] = new $class(['name' => "Customer {$i}", 'total' => '12.50', 'quantity' => $i]);
        }

        return $models;
    }

    /** @return list<Model> */
    private static function hydrate(string $class): array
    {
        $models = [];
        for ($i = 0; $i < self::MODELS; $i++) {
            $models[] = (new $class)->newFromBuilder([
                'id' => $i + 1, 'name' => "Customer {$i}", 'total' => \sprintf('%d.%02d', $i * 7, $i % 100),
                'is_paid' => $i % 3, 'notes' => null, 'quantity' => (string) $i, 'status' => $i % 3 ? 'paid' : 'pending',
                'placed_at' => \sprintf('2025-%02d-%02d 10:00:00', $i % 12 + 1, $i % 28 + 1), 'lines' => '[{"sku":"A","qty":2}]',
                'shipped_at' => \sprintf('2025-%02d-%02d 18:30:00', $i % 12 + 1, $i % 28 + 1), 'tags' => '["a","b"]',
                'created_at' => \sprintf('2024-%02d-%02d 08:15:00', $i % 12 + 1, $i % 28 + 1),
            ]);
        }

        return $models;
    }

    /**
     * Laravel's HasAttributes as Laravel ships it, renamed, and a base model
     * whose methods it replaces (a trait a class uses overrides inherited
     * methods): Laravel's reads without the prologue, in this process.
     */
    private static function declareStockTrait(): void
    {
        if (class_exists('OxideBenchStockModel', false)) {
            return;
        }
        // Laravel's file, from a class transparent mode leaves alone.
        $file = \dirname((string) (new ReflectionClass(\Illuminate\Database\Eloquent\Collection::class))->getFileName()).'/Concerns/HasAttributes.php';
        $code = preg_replace('/^trait HasAttributes\b/m', 'trait OxideBenchStockHasAttributes', substr((string) file_get_contents($file), 5), 1, $count);
        if ($count !== 1) {
            throw new \RuntimeException("no trait HasAttributes in {$file}");
        }
        // Dates serialize through Carbon's own toISOString(): transparent mode
        // answers it for Carbon's classes in this whole process, so the stock
        // side serializes through subclasses, which it leaves to Carbon.
        $code = str_replace(
            ['CarbonImmutable::instance($date)->toJSON()', 'Carbon::instance($date)->toJSON()'],
            ['\\OxideBenchStockCarbonImmutable::instance($date)->toJSON()', '\\OxideBenchStockCarbon::instance($date)->toJSON()'],
            $code,
            $count,
        );
        if ($count !== 2) {
            throw new \RuntimeException("no serializeDate() as Laravel 13 writes it in {$file}");
        }
        eval('class OxideBenchStockCarbon extends \Illuminate\Support\Carbon {} class OxideBenchStockCarbonImmutable extends \Carbon\CarbonImmutable {}');
        eval($code);
        eval('abstract class OxideBenchStockModel extends \Illuminate\Database\Eloquent\Model { use \Illuminate\Database\Eloquent\Concerns\OxideBenchStockHasAttributes; }');
    }
}

enum BenchOrderStatus: string
{
    case Pending = 'pending';
    case Paid = 'paid';
}
