<?php

declare(strict_types=1);

/*
 * Reads valgrind memcheck logs and fails on what the extension could cause:
 * any memory error (invalid read/write/free, uninitialised value) anywhere,
 * and any definite leak whose allocation stack passes through oxide.so.
 * PHP's own definite leaks at exit (libxml2's startup, objects PHPUnit leaves
 * behind) are the same without the extension; they are reported, not counted.
 *
 *   php scripts/valgrind-check.php LOG...
 */

$memoryErrors = $ours = $theirs = $theirBlocks = 0;
foreach (array_slice($argv, 1) as $log) {
    $text = (string) file_get_contents($log);
    $memoryErrors += preg_match_all('/^==\d+== (Invalid (read|write|free)|Conditional jump|Use of uninitialised|Mismatched free|Syscall param .* uninitialised)/m', $text);

    // Each loss record runs from its "are definitely lost" line to a blank one.
    preg_match_all('/^==\d+== ([\d,]+)(?: \(([\d,]+) direct, [\d,]+ indirect\))? bytes in ([\d,]+) blocks are definitely lost.*?(?=^==\d+== $)/ms', $text, $records, PREG_SET_ORDER);
    foreach ($records as $record) {
        $bytes = (int) str_replace(',', '', $record[1]);
        if (str_contains($record[0], 'oxide.so')) {
            $ours += $bytes;
            fwrite(STDERR, $record[0]);
        } else {
            $theirs += $bytes;
            $theirBlocks += (int) str_replace(',', '', $record[3]);
        }
    }
}

printf("valgrind: %d memory errors; definitely lost through oxide.so: %d bytes; elsewhere (PHP, its extensions, PHPUnit; the same without oxide): %d bytes in %d blocks\n",
    $memoryErrors, $ours, $theirs, $theirBlocks);
exit($memoryErrors === 0 && $ours === 0 ? 0 : 1);
