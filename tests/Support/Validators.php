<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Illuminate\Filesystem\Filesystem;
use Illuminate\Translation\FileLoader;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Validation\Validator as OxideValidator;
use ReflectionClass;

/**
 * Stock and Oxide validators built alike, with Laravel's own English
 * messages (so message texts are compared, not translation keys).
 */
final class Validators
{
    private static ?Translator $translator = null;

    public static function translator(): Translator
    {
        $lang = \dirname((string) (new ReflectionClass(Translator::class))->getFileName()).'/lang';

        return self::$translator ??= new Translator(new FileLoader(new Filesystem, $lang), 'en');
    }

    /**
     * @param  array<array-key, mixed>  $data
     * @param  array<array-key, mixed>  $rules
     */
    public static function laravel(array $data, array $rules, array $messages = [], array $attributes = []): LaravelValidator
    {
        return new LaravelValidator(self::translator(), $data, $rules, $messages, $attributes);
    }

    /**
     * @param  array<array-key, mixed>  $data
     * @param  array<array-key, mixed>  $rules
     */
    public static function oxide(array $data, array $rules, array $messages = [], array $attributes = []): OxideValidator
    {
        return new OxideValidator(self::translator(), $data, $rules, $messages, $attributes);
    }
}
