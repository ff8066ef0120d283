<?php

declare(strict_types=1);

namespace Oxide;

/**
 * The hot paths Oxide can run natively; each has a switch in config/oxide.php.
 */
enum Accelerator: string
{
    case Str = 'str';
    case Arr = 'arr';
    case Validation = 'validation';

    public function description(): string
    {
        return match ($this) {
            self::Str => 'Oxide\Str: snake, kebab, studly, camel, ascii, slug (ASCII titles), title, headline, ucsplit, apa (ASCII), squish, words, limit, mask, is, plural, pluralStudly, singular (English, ASCII), uuid, uuid7, orderedUuid, ulid, random',
            self::Arr => 'Oxide\Arr: dot, undot, get, has, hasAll, hasAny, set, forget (add, pull, except), pluck, select, flatten, collapse, crossJoin, prependKeysWith, whereNotNull, toCssClasses, toCssStyles',
            self::Validation => 'Oxide\Validation\Validator: wildcard expansion, rule verdicts',
        };
    }
}
