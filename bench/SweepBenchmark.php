<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Support\Arr as LaravelArr;
use Illuminate\Support\Str as LaravelStr;
use Oxide\Arr;
use Oxide\Str;

/**
 * Every accelerated Str method on every class of text a Laravel app sees
 * (ASCII short and long, accented Latin, Cyrillic, Greek, CJK, Hebrew,
 * mixed scripts, emoji, invalid UTF-8, empty, and input the method leaves
 * as it is), and the Arr methods on empty arrays: where native code hands
 * the input back to Laravel, the row shows what deciding costs. run.php
 * lists every row under 1.00x at the end. Both sides of a row run the same
 * closures, given another class: only the class differs between them.
 */
final class SweepBenchmark implements Benchmark
{
    private const BATCH = 5000;

    /** Realistic values of each class, repeated over a batch as an app repeats them. */
    private const TEXTS = [
        'ascii short' => ['user profile', 'Order item', 'blog post', 'first name'],
        'ascii long' => [
            'The quick brown fox jumps over the lazy dog while the HTTPRequest is pending, and then some more words follow here for a while.',
            'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua today.',
        ],
        'accented' => ['José Müller', 'café crème', 'Œuvre complète', 'São Paulo', 'Ångström façade'],
        'cyrillic' => ['Привет мир', 'Новый заказ', 'пользователь', 'Москва сегодня'],
        'greek' => ['Καλημέρα κόσμε', 'νέα παραγγελία', 'Αθήνα'],
        'cjk' => ['東京都の天気', '新しい注文', '用户资料', '서울 날씨'],
        'hebrew' => ['שלום עולם', 'הזמנה חדשה', 'משתמש'],
        'mixed' => ['Hello мир café', 'Order 東京 #42', 'naïve Σ test'],
        'emoji' => ['Party 🎉 time', '🚀 launch day', 'thumbs 👍🏽 up'],
        'invalid utf-8' => ["abc\xff def", "caf\xe9 cr\xe8me", "\xc3\x28 broken"],
        'empty' => [''],
    ];

    /**
     * Each method's arguments after the text, and the input it leaves as it is.
     *
     * @var array<string, array{list<mixed>, list<string>}>
     */
    private const METHODS = [
        'apa' => [[], ['The Quick Brown Fox', 'A Tale of Two Cities']],
        'ascii' => [[], ['plain ascii text', 'already-ascii']],
        'camel' => [[], ['userProfile', 'orderItem']],
        'headline' => [[], ['User Profile', 'Order Item']],
        'kebab' => [[], ['user-profile', 'order-item']],
        'limit' => [[20], ['short', 'within the limit']],
        'mask' => [['*', 3], ['***', 'ab']],
        'plural' => [[], ['users', 'children']],
        'pluralStudly' => [[], ['UserProfiles', 'OrderItems']],
        'singular' => [[], ['user', 'child']],
        'slug' => [[], ['user-profile', 'order-item']],
        'snake' => [[], ['user_profile', 'order_item']],
        'squish' => [[], ['user profile', 'order item']],
        'studly' => [[], ['UserProfile', 'OrderItem']],
        'title' => [[], ['User Profile', 'Order Item']],
        'ucsplit' => [[], ['user', 'order']],
        'words' => [[3], ['one two', 'three']],
    ];

    public function rows(): iterable
    {
        foreach (self::METHODS as $method => [$arguments, $unchanged]) {
            foreach (self::TEXTS + ['unchanged' => $unchanged] as $class => $samples) {
                $values = array_map(fn (int $i) => $samples[$i % \count($samples)], range(1, self::BATCH));
                $side = fn (string $str) => fn () => array_map(fn (string $value) => self::outcome($str, $method, $value, $arguments), $values);
                yield new Row("sweep Str::{$method} {$class}", self::BATCH, $side(LaravelStr::class), $side(Str::class));
            }
        }

        $empty = [
            'get' => static fn (string $arr) => $arr::get([], 'a.b'),
            'has' => static fn (string $arr) => $arr::has([], 'a.b'),
            'hasAny' => static fn (string $arr) => $arr::hasAny([], ['a', 'b.c']),
            'dot' => static fn (string $arr) => $arr::dot([]),
            'undot' => static fn (string $arr) => $arr::undot([]),
            'flatten' => static fn (string $arr) => $arr::flatten([]),
            'collapse' => static fn (string $arr) => $arr::collapse([]),
            'pluck' => static fn (string $arr) => $arr::pluck([], 'name'),
            'select' => static fn (string $arr) => $arr::select([], ['name']),
            'whereNotNull' => static fn (string $arr) => $arr::whereNotNull([]),
            'prependKeysWith' => static fn (string $arr) => $arr::prependKeysWith([], 'p.'),
            'crossJoin' => static fn (string $arr) => $arr::crossJoin([], [1]),
            'toCssClasses' => static fn (string $arr) => $arr::toCssClasses([]),
            'toCssStyles' => static fn (string $arr) => $arr::toCssStyles([]),
            'set' => static function (string $arr) {
                $array = [];
                $arr::set($array, 'a.b', 1);

                return $array;
            },
            'forget' => static function (string $arr) {
                $array = [];
                $arr::forget($array, 'a.b');

                return $array;
            },
        ];
        foreach ($empty as $method => $call) {
            $side = fn (string $arr) => fn () => array_map(fn () => $call($arr), range(1, self::BATCH));
            yield new Row("sweep Arr::{$method} empty", self::BATCH, $side(LaravelArr::class), $side(Arr::class));
        }
    }

    /**
     * The method's result, or what it threw (Laravel's apa() throws a
     * TypeError on invalid UTF-8, and Oxide must throw the same).
     *
     * @param  class-string  $class
     * @param  list<mixed>  $arguments
     */
    private static function outcome(string $class, string $method, string $value, array $arguments): mixed
    {
        try {
            return $class::$method($value, ...$arguments);
        } catch (\Throwable $e) {
            return [$e::class, $e->getMessage()];
        }
    }
}
