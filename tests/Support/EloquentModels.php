<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Carbon\Carbon;
use Carbon\CarbonImmutable;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\Pivot;
use Illuminate\Http\Resources\Json\JsonResource;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\Date;
use Oxide\Eloquent\HandBack;
use Oxide\Tests\Support\Fixtures\BootLog;
use Throwable;

/**
 * Random Eloquent model classes and stored values, read as apps read them
 * ($model->key, getAttribute(), isset(), offsetGet(), attributesToArray()),
 * with every outcome (value and type, exception, warning) normalised so two
 * processes can compare them.
 */
final class EloquentModels
{
    /** Casts, each drawn with its spellings. */
    private const CASTS = [
        'int', 'integer', 'INT', ' Integer ', 'real', 'float', 'double', 'Float', 'string', 'bool', 'boolean',
        'BOOL', 'decimal:2', 'decimal:0', 'decimal:4', 'decimal:02', 'Decimal:2', 'decimal: 2', 'decimal:x', 'decimal:', 'datetime', 'date', 'immutable_datetime', 'datetime:Y-m-d', 'timestamp', 'array',
        'json', 'object', 'collection', 'hashed', 'encrypted', 'int ', "int\n", 'integer:1', 'Oxide\Tests\Support\Fixtures\Suit',
        'Oxide\Tests\Support\Fixtures\Priority', 'Illuminate\Database\Eloquent\Casts\AsArrayObject',
        'Oxide\Tests\Support\Fixtures\Suit', 'Oxide\Tests\Support\Fixtures\Priority', '\Oxide\Tests\Support\Fixtures\Suit',
        'oxide\tests\support\fixtures\priority', 'Oxide\Tests\Support\Fixtures\Direction', 'Oxide\Tests\Support\Fixtures\CastableStatus',
        'Oxide\Tests\Support\Fixtures\Missing', 'date:Y', 'json:unicode', 'Array', ' datetime ', 'TIMESTAMP', 'Object',
        'custom_datetime', 'datetime:', 'immutable_date', 'immutable_datetime:Y-m-d', 'immutable_date:Y', 'Collection',
    ];

    /** Casts as Laravel lists them (exact spellings), enums included. */
    private const LISTED_CASTS = [
        'int', 'integer', 'real', 'float', 'double', 'string', 'bool', 'boolean', 'decimal:2', 'decimal:0', 'datetime', 'date',
        'immutable_datetime', 'immutable_date', 'timestamp', 'array', 'json', 'json:unicode', 'object', 'collection',
        'custom_datetime', 'Oxide\Tests\Support\Fixtures\Suit', 'Oxide\Tests\Support\Fixtures\Priority',
    ];

    /** Stored values: what PDO, setRawAttributes() and fill() leave there. */
    private const VALUES = [
        null, '', '0', '1', '12', ' 42 ', "42\n", '+7', '-7', '-0', '007', '12abc', '1e3', '0.1', '.5', '5.', '-2.50',
        'Infinity', '-Infinity', 'NaN', '99999999999999999999', '9223372036854775807', '-9223372036854775808',
        '0x1A', '2.345', '-2.345', '999.995', '-0.004', '+1.5', '1.23456789', '12345678901234567890.5', '1/2', '1.', '1e-2',
        'true', 'false', 'Up', 'Down', 'h', 'H', 'S', 'hearts', 'Ünïcödé', '2024-01-02 03:04:05', '2024-01-02', '1700000000',
        '{"a":1}', '[1,2]', '{"a":', 'null', '"text"', '{"big":12345678901234567890,"u":"\u00e9"}', '2024-02-30 10:00:00',
        '2024-01-02T03:04:05Z', '2024-01-02 03:04:05.123456', 'now', 'tomorrow', '1999-12-31 23:59:59', '2000-02-29',
        '2024-02-29 00:00:00', '2023-02-29 12:00:00', '0999-01-01 00:00:00', '2024-1-2', "2024-01-02\n", '2024-01-02 24:00:00', '1700000000.5', '-1', 0, 1, -5, 42, PHP_INT_MAX, PHP_INT_MIN, 0.0, -0.0, 0.5, 0.1, 1e19, -2.9, 3.0,
        INF, true, false, [1, 2], ['a' => 'b'], 123.45, 0.125, 2.675, 1e14, 1e13, 1.5e-5, 99999999999999.99,
        -0.004, 1234.5678, 0.30000000000000004, self::RANDOM_FLOAT, self::RANDOM_FLOAT,
    ];

    /** Drawn as a value: a random float (what SQLite gives for decimal columns). */
    private const RANDOM_FLOAT = 'random float';

    /** Attribute names: plain, snake, dashed, spaced, relation-like, odd. */
    private const KEYS = [
        'id', 'name', 'total', 'is_paid', 'first_name', 'status', 'meta', 'created_at', 'updated_at', 'placed_at',
        'user-id', 'full name', 'title', 'count', 'posted', 'key', 'attributes', 'exists', 'uuid', 'Ünï', '9lives',
    ];

    /**
     * Loaded relation names: plain, cased, a pivot; named like an attribute,
     * an Attribute mutator, the relation methods, the key, Model's own methods.
     */
    private const RELATIONS = [
        'author', 'tags', 'pivot', 'Author', 'comments_count', 'name', 'status', 'meta', 'count', 'key', 'title',
        'first_name', 'id', 'uuid', 'push', 'save', 'getKey', 'exists', 'relations',
    ];

    private static int $classes = 0;

    /** Reads of stored attributes, and how many of them the native path answered (transparent mode). */
    public int $reads = 0;

    public int $answeredNatively = 0;

    /** Reads of keys that name a loaded relation (and no stored attribute), and how many the native path answered. */
    public int $relationReads = 0;

    public int $relationsNatively = 0;

    /** Reads through an API resource, and how many of them the native path answered. */
    public int $resourceReads = 0;

    public int $resourcesNatively = 0;

    /** forceFill() calls, and how many of them the native path answered. */
    public int $fills = 0;

    public int $fillsNatively = 0;

    /** attributesToArray() calls, and how many of them the native path answered. */
    public int $arrays = 0;

    public int $arraysNatively = 0;

    /** hydrate() calls, and how many of them the native path answered. */
    public int $hydrations = 0;

    public int $hydrationsNatively = 0;

    /** Constructions, and how many of them the native steps answered. */
    public int $constructions = 0;

    public int $constructionsNatively = 0;

    private RandomText $random;

    public function __construct(int $seed)
    {
        $this->random = new RandomText($seed);
    }

    /** Loads Eloquent's Model class (and so its traits). */
    public static function warmUp(): void
    {
        class_exists(Model::class);
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function run(int $models): array
    {
        $outcomes = [];
        for ($i = 0; $i < $models; $i++) {
            $class = $this->modelClass();
            $outcomes[] = ['class' => $this->lastSource, ...$this->readAll($class)];
        }

        return $outcomes;
    }

    /** Stored dates for reads without a test now: none depends on the time of day. */
    private const PLAIN_DATES = [
        '2024-01-02 03:04:05', '2024-03-31 02:30:00', '2024-10-27 02:30:00', '2024-02-29 12:00:00', '1999-12-31 23:59:59',
        '1000-01-01 00:00:00', '9999-12-31 23:59:59', '2024-03-10 02:30:00', '2024-02-30 10:00:00', '0999-01-01 00:00:00',
        '2024-01-02 24:00:00', '2024-01-02 03:04:05.123456', '2024-01-02T03:04:05Z', '2024-01-02', '2024-1-2 03:04:05', 1_700_000_000,
    ];

    /**
     * Date casts read without a test now (which the random models run under,
     * and which Carbon's plain parse needs absent): in several default
     * timezones, under each Date factory setting, after a failed parse left
     * Carbon's last errors set; with the date's whole state, whether its
     * constructedObjectId is its own id, and Carbon's and PHP's last errors.
     *
     * @return array<string, array<string, mixed>>
     */
    public static function datesWithoutTestNow(): array
    {
        $testNow = [Carbon::getTestNow(), CarbonImmutable::getTestNow()];
        Carbon::setTestNow();
        CarbonImmutable::setTestNow();
        $timezone = date_default_timezone_get();
        eval('final class OxideParityDates extends \Illuminate\Database\Eloquent\Model { protected $casts = ["placed_at" => "datetime", "due_at" => "immutable_datetime", "seen" => "datetime:Y-m-d"]; }');
        $described = static fn (mixed $date): mixed => $date instanceof \DateTimeInterface ? [
            $date::class, $date->format('Y-m-d H:i:s.u e P'), ((array) $date)["\0*\0constructedObjectId"] === spl_object_id($date),
            self::normalise(array_diff_key((array) $date, ["\0*\0constructedObjectId" => true])),
        ] : self::normalise($date);
        $outcomes = [];
        try {
            foreach (['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata'] as $zone) {
                date_default_timezone_set($zone);
                $mocked = 0;
                foreach (['default', 'immutable', 'callable', 'errors kept', 'test now elsewhere', 'test now closure'] as $setting) {
                    match ($setting) {
                        // A closure for now is called whenever Carbon asks for its mock.
                        'test now closure' => Carbon::setTestNow(function () use (&$mocked) {
                            $mocked++;

                            return Carbon::parse('2025-01-01 00:00:00', 'Asia/Tokyo');
                        }),
                        // Carbon's mocked now lends its timezone to parsed dates.
                        'test now elsewhere' => Carbon::setTestNow(Carbon::parse('2025-01-01 00:00:00', 'Asia/Tokyo')),
                        'immutable' => Date::use(CarbonImmutable::class),
                        'callable' => Date::useCallable(fn ($date) => $date->addHour()),
                        'errors kept' => Carbon::createFromFormat('Y-m-d H:i:s', '2024-02-30 10:00:00'),
                        default => null,
                    };
                    foreach (self::PLAIN_DATES as $value) {
                        $model = (new \OxideParityDates)->setRawAttributes(['placed_at' => $value, 'due_at' => $value, 'created_at' => $value, 'seen' => $value]);
                        $outcomes["{$zone} {$setting} {$value}"] = self::outcome(fn () => [
                            $described($model->placed_at), $described($model->due_at), $described($model->created_at), $described($model->seen),
                            Carbon::getLastErrors(), \DateTime::getLastErrors(), $model->toArray(), $mocked,
                        ]);
                    }
                    Date::useDefault();
                    Carbon::setTestNow();
                }
            }
        } finally {
            date_default_timezone_set($timezone);
            Carbon::setTestNow($testNow[0]);
            CarbonImmutable::setTestNow($testNow[1]);
        }

        return $outcomes;
    }

    private string $lastSource = '';

    /** @var array<string, string> the last class's $casts */
    private array $lastCasts = [];

    /** Stored dates, drawn half the time for date-cast and timestamp keys: those written natively and others. */
    private const DATE_VALUES = [
        '2024-01-02 03:04:05', '1999-12-31 23:59:59', '2024-02-29 12:00:00', '2024-03-31 00:00:00', '2025-10-26 02:30:00',
        '2024-01-02', '2000-02-29', '2024-02-30', '2024-01-02T03:04:05Z', '2024-01-02 03:04:05.5', 1_700_000_000, null,
    ];

    /** Stored values an enum cast finds a case for, drawn half the time for enum-cast keys. */
    private const CASE_VALUES = ['H', 'S', 1, 42, 'Up', '42'];

    /** Declares a random model class and answers its name. */
    private function modelClass(): string
    {
        $name = 'OxideParityModel'.(++self::$classes);
        $casts = [];
        // Half the classes use only the spellings attributesToArray() serializes natively.
        $castList = $this->random->int(0, 1) === 0 ? self::CASTS : self::LISTED_CASTS;
        foreach ($this->pick(self::KEYS, $this->random->int(0, 8)) as $key) {
            $casts[$key] = $this->random->pick($castList);
        }
        // Reads an app routes through its own code: __get(), getAttribute(), and a JSON
        // cast that reads its key again through a resource (inside the model's __get()
        // for it when read as a property) once the cast is gone.
        $ownReads = $this->random->int(0, 7) === 0 ? $this->random->pick([
            'public function __get($key) { return ["magic", parent::__get($key)]; }',
            'public function getAttribute($key) { return ["read", parent::getAttribute($key)]; }',
            'public function fromJson($value, $asObject = false) { $casts = $this->casts; $this->casts = []; try { return [(new \Illuminate\Http\Resources\Json\JsonResource($this))->meta, parent::fromJson($value, $asObject)]; } finally { $this->casts = $casts; } }',
        ]) : '';
        if (str_contains($ownReads, 'fromJson')) {
            $casts['meta'] = 'array';
        }
        $body = 'protected $guarded = [];'."\n".$ownReads."\n";
        if ($this->random->int(0, 4) === 0) {
            // What fill() reads on every construction: flipped, so anything but names warns.
            $body .= 'protected $fillable = '.var_export($this->random->pick([['title'], ['title', 'count'], [null], [1, 'name'], ['*'], []]), true).";\n";
        }
        $methods = [];
        $body .= 'protected $casts = '.var_export($casts, true).";\n";
        if ($this->random->int(0, 3) === 0) {
            $body .= 'public $incrementing = '.var_export($this->random->pick([false, true, 0, 1, 'yes']), true).";\n";
        }
        if ($this->random->int(0, 3) === 0) {
            $body .= 'protected $keyType = '.var_export($this->random->pick(['string', 'int', 'float', 'bool', 'Integer']), true).";\n";
        }
        if ($this->random->int(0, 4) === 0) {
            $body .= 'protected $primaryKey = '.var_export($this->random->pick(['uuid', 'key', 'name', 'title']), true).";\n";
        }
        if ($this->random->int(0, 5) === 0) {
            $body .= 'public $timestamps = false;'."\n";
        }
        if ($this->random->int(0, 5) === 0) {
            $body .= 'const CREATED_AT = '.var_export($this->random->pick(['posted', null, 'placed_at']), true).";\n";
        }
        if ($this->random->int(0, 5) === 0) {
            $body .= 'const UPDATED_AT = '.var_export($this->random->pick(['title', null]), true).";\n";
        }
        if ($this->random->int(0, 3) === 0) {
            $key = $this->random->pick(self::KEYS);
            $studly = str_replace(' ', '', ucwords(str_replace(['-', '_'], ' ', $key)));
            if (preg_match('/^\w+$/', $studly) && ! isset($methods["get{$studly}"])) {
                $methods["get{$studly}"] = true;
                $body .= "public function get{$studly}Attribute(\$value) { return ['accessor', \$value]; }\n";
            }
        }
        if ($this->random->int(0, 3) === 0) {
            $key = $this->random->pick(['name', 'total', 'status', 'title', 'first_name']);
            $camel = lcfirst(str_replace(' ', '', ucwords(str_replace(['-', '_'], ' ', $key))));
            $methods[strtolower($camel)] = true;
            $attribute = $this->random->int(0, 1) === 0
                ? "get(fn (\$value) => ['attribute', \$value])"
                : "make(get: fn (\$value) => ['attribute', \$value], set: fn (\$value) => ['set', \$value])";
            $body .= "protected function {$camel}(): \\Illuminate\\Database\\Eloquent\\Casts\\Attribute { return \\Illuminate\\Database\\Eloquent\\Casts\\Attribute::{$attribute}; }\n";
        }
        if ($this->random->int(0, 3) === 0) {
            // A set mutator, which fill() and forceFill() go through.
            $key = $this->random->pick(self::KEYS);
            $studly = str_replace(' ', '', ucwords(str_replace(['-', '_'], ' ', $key)));
            if (preg_match('/^\w+$/', $studly)) {
                $body .= "public function set{$studly}Attribute(\$value) { \$this->attributes['{$key}'] = ['set', \$value]; }\n";
            }
        }
        $relation = $this->random->pick(['status', 'meta', 'count', 'key']);
        if ($this->random->int(0, 4) === 0 && ! isset($methods[$relation])) {
            // A relation (or any method) named like an attribute. Its keys are
            // explicit: one named like the primary key would recurse forever.
            $body .= "public function {$relation}() { return \$this->hasMany(self::class, 'parent_id', 'id'); }\n";
        }
        if ($this->random->int(0, 6) === 0) {
            $override = $this->random->pick([
                'public function getCasts() { return array_merge(parent::getCasts(), ["name" => "int"]); }',
                'public function getKeyName() { return "name"; }',
                'public function getIncrementing() { return false; }',
                'protected function castAttribute($key, $value) { return ["custom", parent::castAttribute($key, $value)]; }',
                'public function getDates() { return ["total"]; }',
                'protected static $primitiveCastTypes = ["int"];',
                'public function hasGetMutator($key) { return false; }',
                'protected function asDateTime($value) { return parent::asDateTime($value)->addDay(); }',
                'public function fromJson($value, $asObject = false) { return ["json", parent::fromJson($value, $asObject)]; }',
                'protected $dateFormat = "U";',
                'protected $dateFormat = "Y-m-d";',
            ]);
            // One fromJson() per class.
            $body .= str_contains($override, 'fromJson') && $ownReads !== '' ? '' : $override."\n";
        }
        // What makes building each row's model observable (hydrate()).
        if ($this->random->int(0, 7) === 0) {
            $body .= $this->random->pick([
                'public static int $built = 0; public $serial; public function __construct(array $attributes = []) { parent::__construct($attributes); $this->serial = ++static::$built; }',
                'protected $dispatchesEvents = ["retrieved" => \Oxide\Tests\Support\Fixtures\Retrieved::class];',
                'use \Illuminate\Database\Eloquent\SoftDeletes;',
                'public function __clone() { $this->attributes["cloned"] = true; }',
                'protected static function booted(): void { static::retrieved(fn ($model) => $model->setAttribute("seen", true)); }',
                'public $tagged; public function initializeTagged() {} ',
            ])."\n";
        }
        // What bootTraits() calls and records as initializers.
        if ($this->random->int(0, 3) === 0) {
            $body .= $this->random->pick([
                'use \Oxide\Tests\Support\Fixtures\BootsAndInitializes;',
                'use \Oxide\Tests\Support\Fixtures\BootsAndInitializes, \Illuminate\Database\Eloquent\Concerns\HasUlids;',
                '#[\Illuminate\Database\Eloquent\Attributes\Boot] public static function startsUp(): void { \Oxide\Tests\Support\Fixtures\BootLog::$calls[] = static::class."::startsUp"; }',
                'public static function bootHasUlids(): void { \Oxide\Tests\Support\Fixtures\BootLog::$calls[] = static::class."::bootHasUlids"; }',
                '#[\Illuminate\Database\Eloquent\Attributes\Initialize] public function setsUp(): void {}',
            ])."\n";
        }
        // What attributesToArray() leaves out or adds.
        if ($this->random->int(0, 5) === 0) {
            $body .= 'protected $visible = '.var_export($this->pick([...self::KEYS, ...self::KEYS, 5, null], $this->random->int(1, 6)), true).";\n";
        }
        if ($this->random->int(0, 4) === 0) {
            $body .= 'protected $hidden = '.var_export($this->pick([...self::KEYS, ...self::KEYS, 5, null], $this->random->int(1, 4)), true).";\n";
        }
        if ($this->random->int(0, 7) === 0 && ! isset($methods['getlabel'])) {
            $body .= "protected \$appends = ['label'];\npublic function getLabelAttribute() { return 'label of '.json_encode(\$this->attributes['name'] ?? null); }\n";
        }
        if ($this->random->int(0, 6) === 0) {
            $body .= 'protected function casts(): array { return ["count" => "integer", "posted" => "bool"]; }'."\n";
        }
        // Class attributes Laravel reads through resolveClassAttribute().
        $attributes = '';
        if ($this->random->int(0, 3) === 0) {
            $attributes = $this->random->pick([
                '#[\Illuminate\Database\Eloquent\Attributes\DateFormat("U")]',
                '#[\Illuminate\Database\Eloquent\Attributes\DateFormat("Y-m-d")]',
                '#[\Illuminate\Database\Eloquent\Attributes\WithoutTimestamps]',
                '#[\Illuminate\Database\Eloquent\Attributes\Table(timestamps: false, dateFormat: "Y-m-d H:i")]',
                '#[\Illuminate\Database\Eloquent\Attributes\Table(key: "uuid", keyType: "string", incrementing: false)]',
                '#[\Illuminate\Database\Eloquent\Attributes\Hidden(["name", "meta"])]',
                '#[\Illuminate\Database\Eloquent\Attributes\Appends([])]',
            ])."\n";
        }
        // Class attributes on a used trait, a trait's trait (not read) and a parent.
        $body .= $this->random->pick(['', '', '', 'use \\Oxide\\Tests\\Support\\Fixtures\\HiddenByTrait;', 'use \\Oxide\\Tests\\Support\\Fixtures\\HiddenByNestedTrait;'])."\n";
        $parent = $this->random->int(0, 5) === 0 ? '\\Oxide\\Tests\\Support\\Fixtures\\DatedModel' : '\\Illuminate\\Database\\Eloquent\\Model';
        $this->lastSource = "{$attributes}extends {$parent}\n{$body}";
        $this->lastCasts = $casts;
        eval("{$attributes}final class {$name} extends {$parent} {\n{$body}}");

        return $name;
    }

    /**
     * @param  class-string<Model>  $class
     * @return array<string, mixed>
     */
    private function readAll(string $class): array
    {
        $attributes = [];
        foreach ($this->pick(self::KEYS, $this->random->int(1, 10)) as $key) {
            $cast = $this->lastCasts[$key] ?? '';
            $values = match (true) {
                $this->random->int(0, 1) === 0 => self::VALUES,
                str_contains($cast, 'Fixtures') => self::CASE_VALUES,
                str_contains(strtolower($cast), 'date') || \in_array($key, ['created_at', 'updated_at', 'posted', 'title'], true) => self::DATE_VALUES,
                default => self::VALUES,
            };
            $attributes[$key] = $this->random->pick($values);
            if ($attributes[$key] === self::RANDOM_FLOAT) {
                $attributes[$key] = $this->random->int(-999_999_999, 999_999_999) / 10 ** $this->random->int(0, 9);
            }
        }
        // (string) of a float, which decimal casts read, follows php.ini's precision.
        $precision = ini_set('precision', (string) $this->random->pick([14, 14, 14, 17, -1, 5, 0]));
        $model = new $class;
        $model->setRawAttributes($attributes, true);
        $model->exists = (bool) $this->random->int(0, 1);
        if ($this->random->int(0, 5) === 0) {
            // usesTimestamps() reads the instance's property.
            $model->timestamps = $this->random->pick([false, true, 0, 'yes', null]);
        }
        if ($this->random->int(0, 4) === 0) {
            $model->mergeCasts([$this->random->pick(self::KEYS) => $this->random->pick(self::CASTS)]);
        }
        // Relations as eager loading and setRelation() leave them; read below like attributes.
        $relations = [];
        foreach ($this->pick(self::RELATIONS, $this->random->int(0, 4)) as $relation) {
            $relations[$relation] = $this->random->pick([null, new Collection([1, 'two']), (object) ['related' => 1], new $class, []]);
            $model->setRelation($relation, $relations[$relation]);
        }
        $outcomes = ['attributes' => self::normalise($attributes), 'relations' => array_keys($relations)];
        // Constructions after the first: given what the first one's steps left.
        $outcomes['constructed'] = self::outcome(fn () => [self::state(new $class), self::state(new $class(['title' => 't', 'count' => 2]))]);
        // What the first construction's bootTraits() called and recorded.
        $outcomes['booted'] = [BootLog::of($class), (new \ReflectionProperty(Model::class, 'traitInitializers'))->getValue()[$class] ?? null];
        // forceFill(), as pivots, create() and update() fill, over keys of every kind
        // (casts, mutators, timestamps, JSON paths, integers), on a new model and on this one.
        $fill = [];
        foreach ($this->pick([...self::KEYS, 'meta->a', 'meta->a->b', 0, '12', 'plain', 'post_id'], $this->random->int(0, 5)) as $key) {
            $fill[$key] = $this->random->pick(self::VALUES);
        }
        $outcomes['forceFill'] = self::outcome(fn () => [self::state((new $class)->forceFill($fill)), self::state((clone $model)->forceFill($fill))]);
        // A pivot's timestamp columns are its parent's.
        $outcomes['pivot forceFill'] = self::outcome(function () use ($model, $fill) {
            $pivot = Pivot::fromAttributes($model, [], 'pivots', true);
            $pivot->timestamps = true;

            return self::state($pivot->forceFill([...$fill, 'posted' => '2024-01-02 03:04:05']));
        });
        if (\function_exists('Oxide\Native\model_force_fill')) {
            $this->fills++;
            try {
                $this->fillsNatively += (int) \Oxide\Native\model_force_fill(new $class, $fill);
            } catch (Throwable) {
            }
        }
        // Pivots, which a belongsToMany builds per related model: AsPivot declares its own
        // timestamp columns, so their reads are Laravel's, their construction native.
        $outcomes['pivots'] = self::outcome(fn () => [
            self::state(Pivot::fromAttributes($model, $attributes, 'pivots', true)),
            self::state(Pivot::fromRawAttributes($model, $attributes, 'pivots', (bool) $this->random->int(0, 1))),
        ]);
        if (\function_exists('Oxide\Native\model_construct')) {
            $this->constructions++;
            try {
                $this->constructionsNatively += (int) (\Oxide\Native\model_construct((new \ReflectionClass($class))->newInstanceWithoutConstructor(), []) !== 0);
            } catch (Throwable) {
            }
        }
        if ($this->random->int(0, 1) === 0) {
            // The model as a query's result set gives it: the second of three rows.
            $rows = [(object) ['id' => 7, 'name' => 'first'], (object) $attributes, ['id' => 9, 'status' => 'x']];
            $outcomes['hydrated'] = self::outcome(function () use ($class, $rows, &$model) {
                $collection = $class::hydrate($rows);
                $model = $collection[1] ?? $model;

                return [$collection::class, array_keys($collection->all()), array_map(self::state(...), $collection->all())];
            });
            if (\function_exists('Oxide\Native\model_hydrate')) {
                $this->hydrations++;
                $query = $class::query();
                try {
                    $this->hydrationsNatively += (int) (\Oxide\Native\model_hydrate($query, $query->getModel(), $rows, false, HandBack::Laravel) !== HandBack::Laravel);
                } catch (Throwable) {
                }
            }
        }
        foreach ([...array_keys($attributes), ...array_keys($relations), ...$this->pick(self::KEYS, 3), '', '0'] as $key) {
            $key = (string) $key;
            $outcomes["get {$key}"] = self::outcome(fn () => $model->getAttribute($key));
            // A loaded relation's very value (the same object), or another.
            $outcomes["same {$key}"] = self::outcome(fn () => \array_key_exists($key, $relations) && $model->getAttribute($key) === $relations[$key]);
            $outcomes["-> {$key}"] = self::outcome(fn () => $model->{$key});
            $outcomes["resource {$key}"] = self::outcome(fn () => (new JsonResource($model))->{$key});
            $outcomes["isset {$key}"] = self::outcome(fn () => isset($model->{$key}));
            $outcomes["[] {$key}"] = self::outcome(fn () => $model[$key]);
        }
        // Serialization under the date environments apps set up.
        $timezone = date_default_timezone_get();
        match ($this->random->int(0, 9)) {
            0 => date_default_timezone_set('Europe/Paris'),
            1 => Date::use(CarbonImmutable::class),
            2 => Date::useCallable(fn ($date) => $date->addHour()),
            default => null,
        };
        if ($this->random->int(0, 3) > 0) {
            // Filled on a class's first serialization, which Laravel's code runs.
            $model->getMutatedAttributes();
        }
        $outcomes['toArray'] = self::outcome(fn () => $model->attributesToArray());
        $outcomes['toJson'] = self::outcome(fn () => $model->toJson());
        if (\function_exists('Oxide\Native\model_attributes_to_array')) {
            $this->arrays++;
            try {
                $this->arraysNatively += (int) (\Oxide\Native\model_attributes_to_array($model, HandBack::Laravel) !== HandBack::Laravel);
            } catch (Throwable) {
                $this->arraysNatively++;
            }
        }
        if ($this->random->int(0, 4) === 0) {
            $outcomes['without timestamps'] = self::outcome(fn () => Model::withoutTimestamps(
                fn () => [$model->attributesToArray(), $model->getAttribute('created_at'), $model->getAttribute('updated_at')],
            ));
        }
        Date::useDefault();
        date_default_timezone_set($timezone);
        // What the class attributes decided (resolveClassAttribute()).
        $outcomes['class attributes'] = self::outcome(fn () => [
            $model->getTable(), $model->getKeyName(), $model->getKeyType(), $model->getIncrementing(), $model->usesTimestamps(),
            $model->getHidden(), $model->getVisible(), $model->getFillable(), $model->getGuarded(), $model->getAppends(), $model->getDateFormat(),
        ]);
        if (\function_exists('Oxide\Native\model_attribute')) {
            // The native read alone (it has no effect), as the prologue calls
            // it; a date or JSON cast's own method may throw, as in Laravel.
            foreach (array_keys($attributes) as $key) {
                $this->reads++;
                try {
                    $this->answeredNatively += (int) (\Oxide\Native\model_attribute($model, (string) $key, HandBack::Laravel) !== HandBack::Laravel);
                } catch (Throwable) {
                    $this->answeredNatively++;
                }
            }
        }
        if (\function_exists('Oxide\Native\resource_attribute')) {
            foreach ([...array_keys($attributes), ...array_keys($relations)] as $key) {
                $this->resourceReads++;
                try {
                    $this->resourcesNatively += (int) (\Oxide\Native\resource_attribute($model, (string) $key, HandBack::Laravel) !== HandBack::Laravel);
                } catch (Throwable) {
                }
            }
        }
        if (\function_exists('Oxide\Native\model_attribute')) {
            foreach (array_diff_key($relations, $attributes) as $key => $_) {
                $this->relationReads++;
                $this->relationsNatively += (int) (\Oxide\Native\model_attribute($model, (string) $key, HandBack::Laravel) !== HandBack::Laravel);
            }
        }
        $outcomes['dirty'] = self::outcome(fn () => $model->getDirty());
        ini_set('precision', (string) $precision);

        return $outcomes;
    }

    /**
     * A read's outcome: its normalised value, or its exception; with the
     * warnings and deprecations it raised.
     */
    private static function outcome(callable $read): array
    {
        $warnings = [];
        set_error_handler(function (int $level, string $message) use (&$warnings): bool {
            $warnings[] = "{$level}: {$message}";

            return true;
        });
        try {
            $outcome = ['value' => self::normalise($read())];
        } catch (Throwable $e) {
            // Transparent mode's copies keep Laravel's lines, not its paths.
            $outcome = ['thrown' => $e::class.': '.preg_replace('#/\S*/(HasAttributes|Model)(-[0-9a-f]{32})?\.php#', '$1.php', $e->getMessage())];
        } finally {
            restore_error_handler();
        }

        return $warnings === [] ? $outcome : [...$outcome, 'warnings' => $warnings];
    }

    /**
     * Everything a model holds, protected properties included, as text.
     *
     * @return array<string, mixed>
     */
    private static function state(Model $model): array
    {
        $state = [];
        foreach ((array) $model as $name => $value) {
            $state[str_replace("\0", '.', (string) $name)] = self::normalise($value);
        }

        return $state;
    }

    /** A value as text that tells types, -0.0, NAN and objects apart. */
    public static function normalise(mixed $value): mixed
    {
        return match (true) {
            \is_array($value) => array_map(self::normalise(...), $value),
            $value instanceof \DateTimeInterface => $value::class.'('.$value->format('Y-m-d H:i:s.u e').')',
            $value instanceof \UnitEnum => $value::class.'::'.$value->name,
            \is_object($value) => $value::class.json_encode($value),
            \is_float($value) => 'float('.(is_nan($value) ? 'NAN' : var_export($value, true)).')',
            default => get_debug_type($value).'('.var_export($value, true).')',
        };
    }

    /**
     * @param  list<mixed>  $values
     * @return list<mixed>
     */
    private function pick(array $values, int $count): array
    {
        $picked = [];
        for ($i = 0; $i < $count; $i++) {
            $picked[] = $this->random->pick($values);
        }

        return array_values(array_unique($picked, SORT_REGULAR));
    }
}
