<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Oxide\Tests\Support\Validators;

/**
 * Validator::make()->passes() on issue 3's payloads: 10,000 items under
 * seven wildcard rules (valid, with validate() returning the validated data,
 * and with 10% invalid emails), a typical 10-field form, and 100,000 items
 * (with peak memory). Results compared are passes(), the messages and the
 * failed rules, or the validated data.
 */
final class ValidationBenchmark implements Benchmark
{
    private const RULES = [
        'items' => 'required|array',
        'items.*.id' => 'required|integer|min:0',
        'items.*.name' => 'required|string|max:255',
        'items.*.email' => 'required|email',
        'items.*.qty' => 'required|integer|between:0,100',
        'items.*.tags' => 'array',
        'items.*.tags.*' => 'string|in:a,b,c',
    ];

    private const FORM_RULES = [
        'name' => 'required|string|max:255',
        'email' => 'required|email|max:255',
        'password' => 'required|string|min:8|confirmed',
        'age' => 'nullable|integer|min:18|max:130',
        'country' => 'required|in:us,fr,de,gb',
        'phone' => 'nullable|string|max:20',
        'role' => 'required|in:admin,editor,viewer',
        'newsletter' => 'boolean',
        'terms' => 'accepted',
        'bio' => 'nullable|string|max:1000',
    ];

    private const FORM_BATCH = 200;

    public function rows(): iterable
    {
        // Each payload is built just before its rows: a large payload kept
        // alive meanwhile would slow the other rows' memory accesses.
        $valid = ['items' => self::items(10_000, invalidEvery: 0)];
        $form = [
            'name' => 'Taylor Otwell', 'email' => 'taylor@example.com', 'password' => 'correct horse',
            'password_confirmation' => 'correct horse', 'age' => '38', 'country' => 'us', 'phone' => null,
            'role' => 'editor', 'newsletter' => '1', 'terms' => 'yes', 'bio' => 'Builds things.',
        ];
        $validate = fn (string $side, array $data, array $rules) => fn () => self::outcome(Validators::$side($data, $rules));

        yield new Row('Validator 10k items, all valid', 1, $validate('laravel', $valid, self::RULES), $validate('oxide', $valid, self::RULES), repeat: 5);
        yield new Row(
            'Validator 10k items, validate() as a form request',
            1,
            fn () => [self::validate(Validators::laravel($valid, self::RULES))],
            fn () => [self::validate(Validators::oxide($valid, self::RULES))],
            // Laravel's side takes over 20 s per batch here.
            repeat: 3,
        );
        $failing = ['items' => self::items(10_000, invalidEvery: 10)];
        yield new Row('Validator 10k items, 10% failing', 1, $validate('laravel', $failing, self::RULES), $validate('oxide', $failing, self::RULES), repeat: 5);
        yield new Row(
            'Validator 10-field form',
            self::FORM_BATCH,
            fn () => array_map(fn () => self::outcome(Validators::laravel($form, self::FORM_RULES)), range(1, self::FORM_BATCH)),
            fn () => array_map(fn () => self::outcome(Validators::oxide($form, self::FORM_RULES)), range(1, self::FORM_BATCH)),
        );
        unset($valid, $failing);
        $huge = ['items' => self::items(100_000, invalidEvery: 0)];
        yield new Row('Validator 100k items, all valid', 1, $validate('laravel', $huge, self::RULES), $validate('oxide', $huge, self::RULES), repeat: 1, memory: true);
    }

    /**
     * @return list<array<string, mixed>>
     */
    private static function items(int $count, int $invalidEvery): array
    {
        $items = [];
        for ($i = 0; $i < $count; $i++) {
            $items[] = [
                'id' => $i,
                'name' => "Item {$i}",
                'email' => $invalidEvery > 0 && $i % $invalidEvery === 0 ? "user{$i}@" : "user{$i}@example.com",
                'qty' => $i % 101,
                'tags' => \array_slice(['a', 'b', 'c'], 0, $i % 4),
            ];
        }

        return $items;
    }

    /**
     * `validate()` as the validation factory configures validators (so as
     * `$request->validate()` and form requests run it).
     *
     * @return array<array-key, mixed>
     */
    private static function validate(\Illuminate\Validation\Validator $validator): array
    {
        $validator->excludeUnvalidatedArrayKeys = true;

        return $validator->validate();
    }

    /**
     * @return list<mixed>
     */
    private static function outcome(\Illuminate\Validation\Validator $validator): array
    {
        return [$validator->passes(), $validator->errors()->messages(), $validator->failed()];
    }
}
