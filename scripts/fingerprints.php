<?php

declare(strict_types=1);

/*
 * Records the normalised token hash of every Laravel method a native trait
 * mirrors (php/Transparent/fingerprints.php), for the installed Laravel, after
 * the parity suites have proven Oxide against it. Hashes already recorded (for
 * other Laravel releases) are kept. make fingerprints runs it.
 */

use Oxide\Transparent;

putenv('OXIDE_TRANSPARENT=off');
require __DIR__.'/../tests/bootstrap.php';

$file = __DIR__.'/../php/Transparent/fingerprints.php';
$known = is_file($file) ? require $file : [];
foreach (array_keys(Transparent::CLASSES) as $class) {
    $source = (string) file_get_contents((string) (new ReflectionClass($class))->getFileName());
    foreach (Transparent::fingerprints($class, $source) as $method => $fingerprint) {
        $known[$class][$method] = array_values(array_unique([...$known[$class][$method] ?? [], $fingerprint]));
    }
    ksort($known[$class]);
}

foreach (Transparent::PROLOGUES as $trait => ['spec' => $spec]) {
    $sources = [];
    foreach ($spec::SOURCES as $owner) {
        $sources[$owner] = (string) (new ReflectionClass($owner))->getFileName();
    }
    foreach (Transparent::prologueFingerprints($trait, $sources) as $owner => $methods) {
        foreach ($methods as $method => $fingerprint) {
            $known[$owner][$method] = array_values(array_unique([...$known[$owner][$method] ?? [], $fingerprint]));
        }
        ksort($known[$owner]);
    }
}

$php = "<?php\n\n// Written by scripts/fingerprints.php (make fingerprints): Laravel's method bodies\n// the native paths were proven against, as normalised token hashes.\n\nreturn [\n";
foreach ($known as $class => $methods) {
    $php .= '    '.var_export($class, true)." => [\n";
    foreach ($methods as $method => $hashes) {
        $php .= "        '{$method}' => ['".implode("', '", $hashes)."'],\n";
    }
    $php .= "    ],\n";
}
file_put_contents($file, $php."];\n");
echo 'recorded ', array_sum(array_map('count', $known)), " methods\n";
