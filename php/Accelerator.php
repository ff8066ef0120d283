<?php

declare(strict_types=1);

namespace Oxide;

/**
 * The hot paths Oxide can run natively; each has a switch in config/oxide.php
 * read from its environment variable.
 */
enum Accelerator: string
{
    case Str = 'str';
    case Arr = 'arr';
    case Validation = 'validation';
    case Markdown = 'markdown';

    /** The environment variable config/oxide.php reads: OXIDE_STR, … */
    public function environmentVariable(): string
    {
        return 'OXIDE_'.strtoupper($this->value);
    }

    /** The classes it makes native, in a few words. */
    public function label(): string
    {
        return match ($this) {
            self::Str => 'Str (Illuminate\Support\Str, Oxide\Str)',
            self::Arr => 'Arr (Illuminate\Support\Arr, Oxide\Arr)',
            self::Validation => 'Validation (Oxide\Validation\Validator)',
            self::Markdown => 'Markdown (Str, Mail\Markdown)',
        };
    }

    /** What it makes native, in full. */
    public function description(): string
    {
        return match ($this) {
            self::Str => 'Oxide\Str: snake, kebab, studly, camel, ascii, slug (ASCII titles), title, headline, ucsplit, apa (ASCII), squish, words, limit, mask, is, plural, pluralStudly, singular (English, ASCII), uuid, uuid7, orderedUuid, ulid, random',
            self::Arr => 'Oxide\Arr: dot, undot, get, has, hasAll, hasAny, set, forget (add, pull, except), pluck, select, flatten, collapse, crossJoin, prependKeysWith, whereNotNull, toCssClasses, toCssStyles',
            self::Validation => 'Oxide\Validation\Validator: wildcard expansion, rule verdicts',
            self::Markdown => 'Str::markdown, Str::inlineMarkdown (Illuminate\Support\Str in transparent mode, Oxide\Str) and Mail\Markdown::parse (transparent mode): Markdown as league/commonmark renders it',
        };
    }
}
