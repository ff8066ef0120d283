<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Native;
use Oxide\Runtime;

/**
 * Native slug() for a subclass of Illuminate\Support\Str, for titles in
 * printable ASCII (what transliteration leaves as it is), and for others
 * once static::ascii() (native where it can be) has made them so: the rest
 * of Laravel's slug() then reads only that ASCII text. Titles that stay
 * otherwise (no language, control characters portable-ascii keeps),
 * dictionaries with non-string values, and separators that preg_replace()
 * or trim() would read specially go to Laravel's code.
 */
trait SlugsNatively
{
    public static function slug($title, $separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        if (\is_string($title) && \is_string($separator) && \is_array($dictionary) && Runtime::$str) {
            // A title that is not printable ASCII is transliterated first, as
            // Laravel does. (A separator or dictionary native code leaves
            // makes that a second null: rare, and Laravel's code decides.)
            return Native\str_slug($title, $separator, (bool) $language, $dictionary)
                ?? ($language ? Native\str_slug(static::ascii($title, $language), $separator, true, $dictionary) : null)
                ?? parent::slug($title, $separator, $language, $dictionary);
        }

        return parent::slug($title, $separator, $language, $dictionary);
    }
}
