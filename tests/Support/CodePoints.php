<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

/**
 * Every Unicode scalar value (surrogates excluded) as UTF-8, in batches, for
 * tests that compare a method on all of them.
 */
final class CodePoints
{
    /**
     * @return iterable<string, list<string>> "batch ending at U+XXXX" => characters
     */
    public static function batches(int $size = 256): iterable
    {
        $batch = [];
        for ($codePoint = 0; $codePoint <= 0x10FFFF; $codePoint++) {
            if ($codePoint >= 0xD800 && $codePoint <= 0xDFFF) {
                continue;
            }
            $batch[] = mb_chr($codePoint, 'UTF-8');
            if (count($batch) === $size || $codePoint === 0x10FFFF) {
                yield sprintf('batch ending at U+%04X', $codePoint) => $batch;
                $batch = [];
            }
        }
    }
}
