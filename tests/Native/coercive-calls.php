<?php

// Deliberately without strict_types: internal functions juggle scalar types
// in coercive mode, and so must the native API.

$message = static function (callable $call): string {
    try {
        return (string) $call();
    } catch (Throwable $e) {
        return $e->getMessage();
    }
};

$deprecations = [];
set_error_handler(static function (int $errno, string $error) use (&$deprecations): bool {
    $deprecations[] = $error;

    return true;
}, E_DEPRECATED);
$null = Oxide\Native\str_studly(null);
restore_error_handler();

return [
    'int' => Oxide\Native\str_snake(12, '_'),
    'float' => Oxide\Native\str_snake(1.5, '_'),
    'stringable' => Oxide\Native\str_snake(new class { public function __toString(): string { return 'stringable'; } }, '_'),
    'array' => $message(fn () => Oxide\Native\str_snake([], '_')),
    'object' => $message(fn () => Oxide\Native\str_snake(new stdClass, '_')),
    'throwing' => $message(fn () => Oxide\Native\str_snake(new class { public function __toString(): string { throw new RuntimeException('thrown by __toString'); } }, '_')),
    'null' => [$null, ...$deprecations],
];
