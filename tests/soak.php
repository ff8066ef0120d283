<?php

declare(strict_types=1);

/*
 * Soak test: every native entry point a million times in one PHP process, as
 * a long-running worker (Octane, FrankenPHP) would call it, with PHP's
 * memory and the process's resident size (Rust allocates outside PHP's
 * allocator) sampled before and after. Any growth past a small slack fails.
 *
 *   php -d extension=modules/oxide.so tests/soak.php [--iterations=N] [--no-memory-check]
 *
 * --no-memory-check runs the workloads without judging memory (under
 * valgrind with USE_ZEND_ALLOC=0 PHP's figures mean nothing).
 */

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Collection;
use Illuminate\Support\Fluent;
use Illuminate\Support\Str as LaravelStr;
use Oxide\Arr;
use Oxide\Eloquent\HandBack;
use Oxide\Native;
use Oxide\Str;
use Oxide\Tests\Support\Fixtures\MagicAttributes;
use Oxide\Tests\Support\Fixtures\Priority;
use Oxide\Tests\Support\Fixtures\ReferencingMagic;
use Oxide\Tests\Support\Fixtures\ReferencingOffsets;
use Oxide\Tests\Support\Fixtures\Suit;
use Oxide\Tests\Support\Fixtures\TypedProperties;
use ReflectionClass;
use RuntimeException;

require __DIR__.'/bootstrap.php';

$options = getopt('', ['iterations:', 'no-memory-check']);
$iterations = (int) ($options['iterations'] ?? 1_000_000);
$checkMemory = ! isset($options['no-memory-check']);

// A model with the casts the native read answers, and one it hands back.
$soakModel = new class extends Model
{
    protected $casts = ['total' => 'decimal:2', 'suit' => Suit::class, 'priority' => Priority::class, 'meta' => 'array'];
};

// A model attributesToArray() serializes natively: dates written natively
// and through Carbon, JSON, a collection, an enum, a hidden column.
$soakSerialized = new class extends Model
{
    protected $casts = ['placed_at' => 'datetime', 'due' => 'date', 'meta' => 'array', 'tags' => 'collection', 'suit' => Suit::class, 'total' => 'decimal:2'];

    protected $dateFormat = 'Y-m-d H:i:s';

    protected $hidden = ['secret'];
};
// hydrate() names its query's connection.
$capsule = new Illuminate\Database\Capsule\Manager;
$capsule->addConnection(['driver' => 'sqlite', 'database' => ':memory:']);
$capsule->bootEloquent();
$soakQuery = $soakSerialized->newQuery();
// Laravel's own run fills the mutator cache and resolves the Date facade.
$soakSerialized->newFromBuilder(['placed_at' => '2024-01-02 03:04:05'])->attributesToArray();

$workloads = [
    'str_snake, new result' => fn (int $i) => Native\str_snake("userProfileId{$i}", '_'),
    'str_snake, input returned' => fn (int $i) => Native\str_snake('already', '_'),
    'str_snake, unicode' => fn (int $i) => Native\str_snake("ÖffentlicheÜberraschung{$i}ΑΣ", '-'),
    'str_snake, handed back' => fn (int $i) => Native\str_snake("Foo\u{85}Bar{$i}", '_'),
    'str_snake, TypeError' => function (int $i) {
        try {
            Native\str_snake([$i], '_');
        } catch (TypeError) {
        }
    },
    'str_studly' => fn (int $i) => Native\str_studly("user_profile-id {$i} ßtraße"),
    'str_slug, ascii and handed back' => fn (int $i) => [
        Native\str_slug("Hello World @ {$i}", '-', 'en', ['@' => 'at', $i => 'n'], []),
        Native\str_slug("Ölpreis {$i}", '_', 'de', [], []),
    ],
    'str_title, _headline, _apa, _ucsplit, _squish, _words, _limit, _mask, _is' => fn (int $i) => [
        Native\str_title("öffentliche überraschung {$i}", true), Native\str_headline("user_profile-id{$i}"), Native\str_apa("the end of {$i}"),
        Native\str_ucsplit("FooBarΖωή{$i}"), Native\str_squish("  a \u{3000} b{$i}  "), Native\str_squish('kept'), Native\str_words("one two {$i} four", 2, '...'),
        Native\str_limit("one two {$i} four", 6, '…', $i % 2 === 0), Native\str_mask("user{$i}@example.com", '*', 2, -12, true),
        Native\str_is(['x*', "user/{$i}/*"], "user/{$i}/edit", $i % 2 === 0), Native\str_is('*a*b', str_repeat('a', 400), false),
        Native\str_title("\u{2160}{$i}", true), Native\str_title("caf\xE9 {$i}", true), Native\str_mask("caf\xE9 {$i}", '*', 1, null, true),
    ],
    'str_plural, _plural_studly, _singular, _inflector_fingerprint' => fn (int $i) => [
        Native\str_plural("category{$i}y", ['recommended', 'related']), Native\str_plural('sheep', ['sheep']),
        Native\str_plural("caf\u{E9}{$i}", []), Native\str_plural('user', [$i]), Native\str_plural_studly("UserProfile{$i}Child", []),
        Native\str_singular("Taxestaxes{$i}es"), Native\str_singular('PEOPLE'), Native\str_singular('users'),
        Native\str_singular(str_repeat('oxen', 20).$i), Native\str_inflector_fingerprint(),
    ],
    'str_ascii, _ascii_table, _ascii_load: maps kept once, short, long and invalid UTF-8 text' => function (int $i) {
        static $table;
        $table ??= Native\str_ascii_load('soak', ['ä' => 'ae', 'ö' => 'o', 'äö' => '[pair]', 'Ž' => 'Z']);

        return [
            Native\str_ascii("Düsseldorf äxö {$i}", $table), Native\str_ascii(str_repeat("Äö ž {$i} ", 12), $table),
            Native\str_ascii("a\xFF\r\n{$i}", $table), Native\str_ascii_table('soak'), Native\str_ascii_table("missing {$i}"),
        ];
    },
    'str_uuid, _uuid7, _ordered_uuid(_fields), _ulid, _random' => fn (int $i) => [
        Native\str_uuid(), Native\str_uuid7($i % 3 ? null : $i), Native\str_ordered_uuid(),
        Native\str_ordered_uuid_fields(), Native\str_ulid($i % 3 ? null : $i), Native\str_random($i % 100),
    ],
    'markdown: GFM (autolinks, task, table), mail, inline, handed back, not UTF-8' => fn (int $i) => match ($i % 5) {
        0 => Native\markdown("# Notes {$i}\n\n- [x] see www.example.com/{$i} or a{$i}@b.cd\n\n| a | b |\n|:-|-:|\n| {$i} | *x* |\n", 'github', 'allow', true, "\n", PHP_INT_MAX),
        1 => Native\markdown("<div>{$i}</div>\n\n[link](/u?{$i} \"t\") and [x](javascript:{$i})", 'mail', 'allow', false, "\n", PHP_INT_MAX),
        2 => Native\markdown("~a~~ b {$i}~\nline\t\nbreak", 'github', 'escape', true, '<br>', PHP_INT_MAX),
        3 => Native\markdown("**{$i}** *b* `c` <i>d</i> [e](/f \"g\") www.h.i", 'inline', 'strip', true, "\n", PHP_INT_MAX),
        default => Native\markdown("a\xFF{$i}", 'github', 'allow', true, "\n", PHP_INT_MAX),
    },
    'arr_dot' => fn (int $i) => Native\arr_dot('p.', ['user' => ['id' => $i, 'name' => "n{$i}", 'tags' => ['a', 'b']], 'empty' => []]),
    'arr_undot, separating a shared array' => fn (int $i) => Native\arr_undot(['user' => ['id' => $i], 'user.name' => "n{$i}", 'x.y.z' => $i]),
    'data_get, _has: public properties, Collection items and ArrayAccess calls natively, magic through PHP steps' => function (int $i) {
        static $magic;
        $magic ??= new class
        {
            public function __isset(string $name): bool
            {
                return $name === 'm';
            }

            public function __get(string $name): string
            {
                return "magic {$name}";
            }
        };
        $shared = ['deep' => "s{$i}"];
        $target = [
            'o' => (object) ['user' => (object) ['name' => "n{$i}", 'null' => null], 7 => $i],
            'c' => new Collection(['a' => ['b' => $i], 'rows' => [(object) ['id' => $i], ['id' => "x{$i}"]]]),
            'f' => new Fluent(['a' => ['b' => "f{$i}"]]),
            'ao' => new ArrayObject(['r' => &$shared]),
            'm' => $magic,
            'rows' => [(object) ['id' => $i], new ArrayObject(['id' => "a{$i}"]), new Collection(['id' => "c{$i}"])],
            // More rows than one native batch (16): prefetched hash and packed slots.
            'many' => array_map(static fn (int $j) => ['user' => ['name' => "n{$j}", 'tags' => [$j, "t{$i}"]], $j => $i], range(0, 40)),
        ];

        return [
            Native\data_get($target, 'o.user.name'), Native\data_get($target, 'o.user.null', 'd'), Native\data_get($target, 'o.7'),
            Native\data_get($target, 'c.a.b'), Native\data_get($target, 'c.rows.*.id'), Native\data_get($target, 'f.a.b'),
            Native\data_get($target, 'ao.r.deep'), Native\data_get($target, 'm.m'), Native\data_get($target, 'rows.*.id'),
            Native\data_get($target, 'many.*.user.name'), Native\data_get($target, 'many.*.user.tags.*'), Native\data_get($target, 'many.*.7'),
            Native\data_has($target, 'o.user.null'), Native\data_has($target, 'f.a.x'), Native\data_has($target, 'm.m'),
            Native\arr_get($target, 'f.a.b'), Native\arr_get($target, 'c.rows.0'),
        ];
    },
    'arr_get, _has, _pluck, _select, objects inside' => function (int $i) {
        $rows = [['id' => $i, 'user' => ['name' => "n{$i}"], 'o' => new ArrayObject(['k' => $i])], (object) ['id' => "s{$i}"]];

        return [
            Native\arr_get($rows, '0.user.name', fn () => $i), Native\arr_get($rows, '0.o.k'), Native\arr_get($rows, '1.id', 'd'),
            Native\arr_has($rows, ['0.id', '0.o.k', '1.x'], $i % 2 === 0),
            Native\arr_pluck($rows, 'user.name', 'id'), Native\arr_pluck($rows, 'id', null), Native\arr_select($rows, ['id', 'user']),
        ];
    },
    'arr_set, _forget, in place on shared arrays, objects released, references handed back' => function (int $i) {
        $base = ['user' => ['profile' => ['name' => "n{$i}", 'o' => new ArrayObject([$i])], 'id' => $i], 'list' => [1, 2, 3]];
        $array = $base;
        $referenced = ['x' => $i];
        $withReference = ['r' => &$referenced];

        return [
            Native\arr_set($array, "user.profile.o.deeper{$i}", [$i]), Native\arr_set($array, 'list.1', "s{$i}"),
            Native\arr_forget($array, ['user.id', 'list.0', "missing.{$i}", 'user.profile.name']),
            Native\arr_set($withReference, 'r.y', $i), Native\arr_forget($withReference, ['r.x']), $array, $base,
        ];
    },
    'data_set, _fill, _forget: wildcards in place, and the engine steps for objects and references' => function (int $i) {
        $rows = ['items' => [['id' => $i, 'tags' => ['a']], ['id' => "s{$i}"], 'scalar', null], 'o' => new ArrayObject(['k' => $i])];
        $copy = $rows;
        $referenced = ['x' => $i];
        $withReference = ['r' => &$referenced, 'rows' => [['x' => 1]]];

        return [
            Native\data_set($rows, 'items.*.seen', $i), Native\data_fill($rows, "items.*.tags.{$i}", 'f'),
            Native\data_forget($rows, 'items.*.id'), Native\data_set($rows, 'o.k', $i + 1), Native\data_forget($rows, 'o.k'),
            Native\data_set($withReference, 'r.y', $i), Native\data_forget($withReference, '*.x'), $copy,
        ];
    },
    'data_set, _fill, _forget natively through stdClass (shared tables, released values) and ArrayAccess leaves' => function (int $i) {
        $std = (object) ['user' => (object) ['name' => "n{$i}", 'null' => null], 'list' => [(object) ['id' => $i]]];
        $view = (array) $std->user;
        $rows = ['rows' => [(object) ['id' => $i], (object) [], new Fluent(['id' => $i])], 'f' => new Fluent(['a' => $i]), 'ao' => new ArrayObject([$i])];
        Native\data_set($std, 'user.name', new ArrayObject([$i]));
        Native\data_set($std, 'user.null.deep', "d{$i}");
        Native\data_fill($std, "user.{$i}", $i);
        Native\data_forget($std, 'user.name');
        Native\data_set($rows, 'rows.*.id', "r{$i}");
        Native\data_set($rows, 'f.a', [$i]);
        Native\data_fill($rows, 'ao.1', $i);
        Native\data_forget($rows, 'f.a');
        Native\data_forget($rows, "ao.{$i}");

        return [$std, $view, $rows];
    },
    'data_set, _fill, _forget natively through declared properties (replaced, unset and released values, a built property table)' => function (int $i) {
        $dto = new TypedProperties;
        get_object_vars($dto->nested);
        Native\data_set($dto, 'array.a.b', new ArrayObject([$i]));
        Native\data_set($dto, 'nullableArray.x', "x{$i}");
        Native\data_set($dto, 'object.o.p', [$i]);
        Native\data_fill($dto, 'uninitializedInt', $i);
        Native\data_set($dto, 'mixed', (object) ['i' => $i]);
        Native\data_forget($dto, 'mixed');
        Native\data_forget($dto, 'nested.array');
        Native\data_set($dto, 'nested.untyped.deep', "d{$i}");
        Native\data_forget($dto, 'nested.std.a');

        return [$dto, serialize($dto->nested)];
    },
    'data_set, _fill, _forget natively through ArrayAccess and magic properties on the way (write fetches, copies, references)' => function (int $i) {
        $shared = ['in' => "s{$i}"];
        $rows = [
            'ao' => new ArrayObject(['k' => ['m' => $i, 'r' => &$shared], 'o' => new stdClass]),
            'fluent' => new Fluent(['a' => ['b' => $i], 'o' => new stdClass]),
            'magic' => new MagicAttributes,
            'refs' => new ReferencingMagic,
            'offsets' => new ReferencingOffsets(['a' => ['b' => $i]]),
        ];
        set_error_handler(static fn (): bool => true, E_NOTICE);
        Native\data_set($rows, 'ao.k.m', [$i]);
        Native\data_set($rows, 'ao.k.r.in', "r{$i}");
        Native\data_set($rows, 'ao.new.x', $i);
        Native\data_set($rows, 'fluent.a.b', $i);
        Native\data_set($rows, 'fluent.o.x', [$i]);
        Native\data_set($rows, 'magic.a.b', $i);
        Native\data_set($rows, 'magic.o.x', "m{$i}");
        Native\data_fill($rows, 'magic.new.x', $i);
        Native\data_set($rows, 'refs.a.b', [$i]);
        Native\data_set($rows, 'offsets.a.b', "o{$i}");
        Native\data_forget($rows, 'ao.k.m');
        Native\data_forget($rows, 'refs.a.b');
        Native\data_forget($rows, 'magic.a.b');
        Native\data_forget($rows, 'magic.n');
        restore_error_handler();

        return [$rows, $shared];
    },
    'arr_pluck with keys PHP converts' => function (int $i) {
        try {
            return Native\arr_pluck([['v' => $i, 'k' => 1.5], ['v' => $i, 'k' => null], ['v' => $i, 'k' => [$i]]], 'v', 'k');
        } catch (TypeError) {
        }
    },
    'arr_flatten, _collapse, _where_not_null, _prepend_keys_with, _cross_join, _css' => fn (int $i) => [
        Native\arr_flatten([[$i, ["s{$i}", [null]]], 'k' => ['x' => "v{$i}"]], $i % 3 ? INF : 1),
        Native\arr_collapse([['a' => "s{$i}", $i], [$i => 'x'], 'skip']), Native\arr_where_not_null(['a' => null, 'b' => "s{$i}", $i]),
        Native\arr_prepend_keys_with(['a' => $i, $i => 'x'], "p{$i}."), Native\arr_cross_join([[1, "s{$i}"], ['k' => $i]]),
        Native\arr_css(['btn', "c{$i}" => true, 'off' => false], false), Native\arr_css(["color: c{$i};;", 'x: 1' => $i], true),
    ],
    'version, accelerators' => fn (int $i) => [Native\version(), Native\accelerators()],
    'model_attribute: uncast, int, decimal, enum, handed back' => function (int $i) use ($soakModel) {
        $model = $soakModel->newFromBuilder(['id' => $i, 'name' => "n{$i}", 'total' => "{$i}.125", 'suit' => 'H', 'priority' => $i % 2 ? 1 : 42, 'meta' => '[]']);

        return array_map(
            fn (string $key) => Native\model_attribute($model, $key, HandBack::Laravel),
            ['id', 'name', 'total', 'suit', 'priority', 'meta', 'missing'],
        );
    },
    'model_attributes_to_array: native and Carbon dates, JSON, collection, enum' => function (int $i) use ($soakSerialized) {
        $model = $soakSerialized->newFromBuilder([
            'id' => $i, 'placed_at' => $i % 2 ? '2024-01-02 03:04:05' : '2024-01-02T03:04:05Z', 'due' => '2024-02-29',
            'meta' => '{"a":[1,2]}', 'tags' => '["x"]', 'suit' => 'H', 'total' => "{$i}.125", 'secret' => 's', 'created_at' => '2024-03-04 05:06:07',
        ]);

        $array = Native\model_attributes_to_array($model, HandBack::Laravel);

        return $array !== HandBack::Laravel ? $array : throw new RuntimeException('attributesToArray() was handed back');
    },
    'model_hydrate: three rows, two of them copies' => function (int $i) use ($soakQuery) {
        $rows = [(object) ['id' => $i, 'placed_at' => '2024-01-02 03:04:05'], (object) ['id' => $i + 1, 'meta' => '[]'], ['id' => "{$i}x"]];
        $models = Native\model_hydrate($soakQuery, $soakQuery->getModel(), $rows, true, HandBack::Laravel);

        return $models !== HandBack::Laravel ? $models->all() : throw new RuntimeException('hydrate() was handed back');
    },
    'model_construct: new models given the first one\'s properties' => function (int $i) use ($soakSerialized) {
        $model = (new ReflectionClass($soakSerialized))->newInstanceWithoutConstructor();

        return Native\model_construct($model, []) !== 0 ? $model : throw new RuntimeException('construction was handed back');
    },
    'Oxide\Str, cache flushed every 1000 calls' => function (int $i) {
        if ($i % 1000 === 0) {
            LaravelStr::flushCache();
        }

        return [Str::snake("UserProfile{$i}"), Str::camel("user_profile_{$i}"), Str::kebab("UserProfile{$i}")];
    },
    'Oxide\Arr dot and undot' => fn (int $i) => Arr::undot(Arr::dot(['a' => ['b' => $i, 'c' => [$i]]])),
    'validation_explode, _pending, _validated, plan cache cycling' => function (int $i) {
        $data = ['items' => [['id' => $i, 'tags' => ['a', "t{$i}"]], ['id' => "x{$i}"]], 'email' => "u{$i}@example.com"];
        // Up to 5,000 distinct rule lists, warm-up included: the plan cache
        // fills, starts over and stays bounded.
        $rules = ['items.*.id' => 'required|integer|min:'.(intdiv($i, 50) % 5000), 'items.*.tags.*' => ['string', 'in:a,b'], 'email' => 'required|email'];
        [$expanded, $implicit] = Native\validation_explode($data, $rules);

        return [
            Native\validation_data_unchanged($data),
            Native\validation_pending($data, $expanded + ['items.*.tags.*' => ['distinct']], $implicit, true),
            Native\validation_validated($data, $expanded, true, '__dot__x', '__asterisk__x'),
        ];
    },
];

function residentBytes(): int
{
    return (int) explode(' ', (string) file_get_contents('/proc/self/statm'))[1] * 4096;
}

// Load every class the loop touches before measuring anything.
LaravelStr::flushCache();
Str::snake('Warm');

$failed = 0;
printf("%-44s %12s %12s %12s %12s\n", 'workload ('.number_format($iterations).' calls)', 'PHP before', 'PHP after', 'RSS before', 'RSS after');
foreach ($workloads as $name => $workload) {
    // Warm up with inputs of every shape the run will see (the counter's
    // digit count changes string sizes): the allocators' bins, caches.
    for ($i = 0; $i < $iterations; $i += 50) {
        $workload($i);
    }
    gc_collect_cycles();
    [$phpBefore, $rssBefore] = [memory_get_usage(), residentBytes()];

    for ($i = 0; $i < $iterations; $i++) {
        $workload($i);
    }
    LaravelStr::flushCache();
    gc_collect_cycles();
    [$phpAfter, $rssAfter] = [memory_get_usage(), residentBytes()];

    $flat = ! $checkMemory || ($phpAfter - $phpBefore <= 64 * 1024 && $rssAfter - $rssBefore <= 2 * 1024 * 1024);
    $failed += $flat ? 0 : 1;
    printf("%-44s %12s %12s %12s %12s %s\n", $name, number_format($phpBefore), number_format($phpAfter),
        number_format($rssBefore), number_format($rssAfter), $checkMemory ? ($flat ? 'flat' : 'GREW') : 'not judged');
}

printf("peak PHP memory %s bytes, peak RSS (VmHWM) %s\n", number_format(memory_get_peak_usage()),
    trim(preg_match('/VmHWM:\s*(.+)/', (string) file_get_contents('/proc/self/status'), $m) ? $m[1] : '?'));
printf("soak: %d passed, %d failed\n", count($workloads) - $failed, $failed);
exit($failed === 0 ? 0 : 1);
