<?php

use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;

$app = Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware): void {
        // The registration form posts from other origins in the benchmark.
        $middleware->validateCsrfTokens(except: ['register']);
    })
    ->withExceptions(function (Exceptions $exceptions): void {
        //
    })->create();

// Debian's php-laravel-framework has no framework config/ to merge: the
// benchmark copies its defaults into config/ instead (bench/bench-app.php).
if (! is_dir(dirname((new ReflectionClass(Application::class))->getFileName(), 4).'/config')) {
    $app->dontMergeFrameworkConfiguration();
}

return $app;
