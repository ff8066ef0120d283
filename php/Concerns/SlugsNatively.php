<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\Accelerator;
use Oxide\Native;
use Oxide\Runtime;

/**
 * Native slug() for a subclass of Illuminate\Support\Str, for titles in
 * ASCII (what transliteration leaves as it is). Other titles, dictionaries
 * with non-string values, and separators that preg_replace() or trim() would
 * read specially go to Laravel's code.
 */
trait SlugsNatively
{
    public static function slug($title, $separator = '-', $language = 'en', $dictionary = ['@' => 'at'])
    {
        if (\is_string($title) && \is_string($separator) && \is_array($dictionary) && Runtime::uses(Accelerator::Str)) {
            return Native\str_slug($title, $separator, (bool) $language, $dictionary)
                ?? parent::slug($title, $separator, $language, $dictionary);
        }

        return parent::slug($title, $separator, $language, $dictionary);
    }
}
