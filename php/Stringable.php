<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Stringable as LaravelStringable;

/**
 * Laravel's fluent string, with the case conversions and slug() routed through
 * Oxide\Str (and so natively when the extension is there). What
 * Oxide\Str::of() returns, with or without the extension.
 */
class Stringable extends LaravelStringable
{
    public function camel()
    {
        return new static(Str::camel($this->value));
    }

    public function kebab()
    {
        return new static(Str::kebab($this->value));
    }

    public function snake($delimiter = '_')
    {
        return new static(Str::snake($this->value, $delimiter));
    }

    public function slug($separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        return new static(Str::slug($this->value, $separator, $language, $dictionary));
    }

    public function studly(bool $normalize = false)
    {
        return new static(Str::studly($this->value, $normalize));
    }

    public function pascal(bool $normalize = false)
    {
        return new static(Str::pascal($this->value, $normalize));
    }
}
