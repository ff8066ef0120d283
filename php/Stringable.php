<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Collection;
use Illuminate\Support\Stringable as LaravelStringable;

/**
 * Laravel's fluent string, with the methods Oxide\Str accelerates routed
 * through Oxide\Str (and so natively when the extension is there). What
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

    public function title()
    {
        return new static(Str::title($this->value));
    }

    public function headline()
    {
        return new static(Str::headline($this->value));
    }

    public function apa()
    {
        return new static(Str::apa($this->value));
    }

    public function ucsplit()
    {
        return new Collection(Str::ucsplit($this->value));
    }

    public function squish()
    {
        return new static(Str::squish($this->value));
    }

    public function words($words = 100, $end = '...')
    {
        return new static(Str::words($this->value, $words, $end));
    }

    public function limit($limit = 100, $end = '...', $preserveWords = false)
    {
        return new static(Str::limit($this->value, $limit, $end, $preserveWords));
    }

    public function mask($character, $index, $length = null, $encoding = 'UTF-8')
    {
        return new static(Str::mask($this->value, $character, $index, $length, $encoding));
    }

    public function is($pattern, $ignoreCase = false)
    {
        return Str::is($pattern, $this->value, $ignoreCase);
    }

    public function plural($count = 2, $prependCount = false)
    {
        return new static(Str::plural($this->value, $count, $prependCount));
    }

    public function pluralStudly($count = 2)
    {
        return new static(Str::pluralStudly($this->value, $count));
    }

    public function pluralPascal($count = 2)
    {
        return new static(Str::pluralStudly($this->value, $count));
    }

    public function markdown(array $options = [], array $extensions = [])
    {
        return new static(Str::markdown($this->value, $options, $extensions));
    }

    public function inlineMarkdown(array $options = [], array $extensions = [])
    {
        return new static(Str::inlineMarkdown($this->value, $options, $extensions));
    }

    public function singular()
    {
        return new static(Str::singular($this->value));
    }
}
