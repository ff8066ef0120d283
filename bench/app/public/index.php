<?php

use Illuminate\Contracts\Http\Kernel;
use Illuminate\Http\Request;

$usage = getrusage();

define('LARAVEL_START', microtime(true));

require __DIR__.'/../vendor/autoload.php';

$app = require_once __DIR__.'/../bootstrap/app.php';

// Laravel's handleRequest() in its steps, so that the worker can report the
// CPU time the request cost it (boot and handling) in a response header.
$kernel = $app->make(Kernel::class);
$response = $kernel->handle($request = Request::capture());

$now = getrusage();
$microseconds = static fn (array $u): int => ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1_000_000
    + $u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec'];
$response->headers->set('X-Cpu-Microseconds', (string) ($microseconds($now) - $microseconds($usage)));

$response->send();
$kernel->terminate($request, $response);
