<?php

declare(strict_types=1);

// Transparent mode only where a test run asks for it (make
// phpunit-transparent), with its cache outside the work tree.
if (getenv('OXIDE_TRANSPARENT') === false) {
    putenv('OXIDE_TRANSPARENT=off');
}
if (getenv('OXIDE_TRANSPARENT_CACHE') === false) {
    putenv('OXIDE_TRANSPARENT_CACHE='.(getenv('OXIDE_CACHE') ?: sys_get_temp_dir().'/oxide').'/build/transparent');
}

// A user who ran `composer install` tests against their vendor/; otherwise
// Debian's php-laravel-framework (the sandbox) provides Laravel. The native
// suite needs no Laravel: on PHP 8.2 (Debian 12) it runs without one.
if (is_file(__DIR__.'/../vendor/autoload.php')) {
    require __DIR__.'/../vendor/autoload.php';

    return;
}

if (is_file('/usr/share/php/Illuminate/autoload.php')) {
    require '/usr/share/php/Illuminate/autoload.php';
    require __DIR__.'/Support/debian-installed-versions.php';
}

spl_autoload_register(static function (string $class): void {
    foreach (['Oxide\\Tests\\' => __DIR__.'/', 'Oxide\\Bench\\' => __DIR__.'/../bench/', 'Oxide\\' => __DIR__.'/../php/'] as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir.str_replace('\\', '/', substr($class, strlen($prefix))).'.php';
            if (is_file($file)) {
                require $file;
            }

            return;
        }
    }
});

// What Composer's "files" autoload does for the package.
require __DIR__.'/../php/transparent-mode.php';
