<?php

declare(strict_types=1);

/*
 * The real-app benchmark (make bench-app): bench/app, a Laravel 13 app, served
 * by php-fpm (pm static, OPcache, config/route/view caches, APP_DEBUG=false)
 * behind nginx on 127.0.0.1, once per mode:
 *
 *   stock                    no extension, Oxide not discovered
 *   oxide                    the extension and the package, as package
 *                            discovery loads it (transparent mode on)
 *   oxide-transparent-off    the same with OXIDE_TRANSPARENT=off: only code
 *                            that calls Oxide's classes is native
 *
 * Per endpoint: the CPU time each request cost its worker (the app reports it
 * in a header; requests interleaved across modes, medians, ratio with a
 * bootstrap 95% interval), then requests/s and p50/p99 latency from wrk, and
 * the body's hash, which must be the same in every mode (CSRF tokens masked).
 *
 *   php bench/bench-app.php [--rounds=N] [--duration=S] [--json=FILE] [--extension=oxide.so]
 *
 * Everything it starts, it stops; its files live under $OXIDE_CACHE/build/bench-app.
 */

namespace Oxide\Bench\App;

use RuntimeException;

const APP = __DIR__.'/app';

$options = getopt('', ['rounds:', 'duration:', 'json:', 'extension:']) + [
    'rounds' => 30, 'duration' => 4, 'json' => __DIR__.'/results/app.json',
    'extension' => \dirname(__DIR__).'/modules/oxide.so',
];
$work = (getenv('OXIDE_CACHE') ?: sys_get_temp_dir().'/oxide').'/build/bench-app';
$extension = realpath((string) $options['extension']) ?: throw new RuntimeException("no extension at {$options['extension']}: run make build PROFILE=release");

$modes = [
    'stock' => ['extension' => null, 'discover' => false, 'environment' => []],
    'oxide' => ['extension' => $extension, 'discover' => true, 'environment' => []],
    'oxide-transparent-off' => ['extension' => $extension, 'discover' => true, 'environment' => ['OXIDE_TRANSPARENT' => 'off']],
];

$servers = new Servers($work);
register_shutdown_function($servers->stop(...));
if (\function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    foreach ([SIGINT, SIGTERM] as $signal) {
        pcntl_signal($signal, static fn () => exit(130));
    }
}

echo "Preparing the app in {$work}\n";
@mkdir($work, 0777, true);
$instances = [];
$port = 18080;
foreach ($modes as $mode => $settings) {
    $instances[$mode] = Instance::prepare("{$work}/{$mode}", $settings['extension'], $settings['discover'], $settings['environment'], ++$port);
}
$database = $instances['stock']->migrateAndSeed();
foreach ($instances as $instance) {
    $instance->useDatabase($database);
    $instance->cache();
}
echo $instances['oxide']->artisan('oxide:status');

foreach ($instances as $instance) {
    $servers->startFpm($instance);
}
$servers->startNginx($instances);

$endpoints = Endpoints::all($database, "{$work}/payloads");
$client = new Client;

echo "Warming up, then {$options['rounds']} interleaved rounds per endpoint\n";
$cpu = [];
$bodies = [];
foreach ($endpoints as $name => $endpoint) {
    foreach ($instances as $mode => $instance) {
        for ($i = 0; $i < 5; $i++) {
            $client->send($instance, $endpoint);
        }
    }
}
for ($round = 0; $round < (int) $options['rounds']; $round++) {
    foreach ($endpoints as $name => $endpoint) {
        // Alternate which mode goes first, so neither always follows the other.
        $order = $round % 2 ? array_reverse($instances, true) : $instances;
        foreach ($order as $mode => $instance) {
            $response = $client->send($instance, $endpoint);
            if ($response['status'] !== $endpoint['status']) {
                throw new RuntimeException("{$mode} {$name}: HTTP {$response['status']}, expected {$endpoint['status']}: ".substr($response['body'], 0, 500));
            }
            $cpu[$name][$mode][] = $response['cpu'];
            $bodies[$name][hash('sha256', Endpoints::masked($response['body']))][$mode] = $response['body'];
        }
    }
}

// One body per endpoint, whatever the mode and the round.
$different = array_keys(array_filter($bodies, fn (array $byHash) => \count($byHash) !== 1));
foreach ($different as $name) {
    foreach ($bodies[$name] as $hash => $byMode) {
        foreach ($byMode as $mode => $body) {
            file_put_contents("{$work}/body-".preg_replace('/\W+/', '-', $name)."-{$mode}-{$hash}.txt", $body);
        }
    }
}

echo "Load: wrk, {$options['duration']} s per endpoint and mode\n";
$load = [];
foreach ($endpoints as $name => $endpoint) {
    foreach ($instances as $mode => $instance) {
        $load[$name][$mode] = Wrk::run($instance, $endpoint, (int) $options['duration'], "{$work}/payloads");
    }
}

$results = [];
foreach ($endpoints as $name => $endpoint) {
    $row = ['endpoint' => $name, 'status' => $endpoint['status'], 'body_sha256' => \count($bodies[$name]) === 1 ? array_key_first($bodies[$name]) : 'DIFFERS'];
    foreach ($instances as $mode => $_) {
        $row[$mode] = [
            'cpu_ms_median' => Stats::median($cpu[$name][$mode]) / 1000,
            'cpu_samples' => \count($cpu[$name][$mode]),
        ] + $load[$name][$mode];
    }
    foreach (array_keys($instances) as $mode) {
        if ($mode !== 'stock') {
            $row[$mode]['cpu_ratio'] = $row['stock']['cpu_ms_median'] / $row[$mode]['cpu_ms_median'];
            $row[$mode]['cpu_ratio_95'] = Stats::ratioInterval($cpu[$name]['stock'], $cpu[$name][$mode]);
        }
    }
    $results[] = $row;
}

Report::table($results, array_keys($instances));
$machine = ['php' => PHP_VERSION, 'cpus' => (int) shell_exec('nproc'), 'fpm_workers' => Servers::WORKERS, 'wrk_connections' => Wrk::CONNECTIONS,
    'rounds' => (int) $options['rounds'], 'duration_s' => (int) $options['duration'], 'laravel' => $instances['stock']->laravelVersion()];
@mkdir(\dirname((string) $options['json']), 0777, true);
file_put_contents((string) $options['json'], json_encode(['machine' => $machine, 'endpoints' => $results], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES)."\n");
echo "JSON: {$options['json']}\n";

if ($different === []) {
    echo 'Response bodies: identical across modes and rounds for every endpoint ('.array_sum(array_map(\count(...), $cpu['ping'])).' requests each).'."\n";
} else {
    fwrite(STDERR, 'RESPONSE BODIES DIFFER between modes for: '.implode(', ', $different)." (bodies in {$work})\n");
    exit(1);
}

/**
 * One copy of bench/app for one mode: its own vendor/ shim, .env, storage,
 * caches and database.
 */
final class Instance
{
    /**
     * @param  array<string, string>  $environment  for its workers and artisan
     */
    private function __construct(
        public readonly string $path,
        public readonly ?string $extension,
        public readonly array $environment,
        public readonly int $port,
    ) {}

    /**
     * @param  array<string, string>  $environment
     */
    public static function prepare(string $path, ?string $extension, bool $discover, array $environment, int $port): self
    {
        passthru('rm -rf '.escapeshellarg($path));
        passthru('cp -r '.escapeshellarg(APP).' '.escapeshellarg($path), $status);
        $status === 0 || throw new RuntimeException("could not copy the app to {$path}");
        foreach (['bootstrap/cache', 'storage/framework/sessions', 'storage/framework/views', 'storage/framework/cache/data', 'storage/logs', 'vendor/composer', 'config'] as $dir) {
            @mkdir("{$path}/{$dir}", 0777, true);
        }
        $instance = new self($path, $extension, $environment, $port);
        $instance->writeAutoloader($discover);
        $instance->copyFrameworkConfig();
        file_put_contents("{$path}/.env", implode("\n", [
            'APP_NAME="Oxide Bench"', 'APP_ENV=production', 'APP_DEBUG=false', 'APP_URL=http://127.0.0.1',
            'APP_KEY=base64:'.base64_encode(str_repeat('k', 32)), 'LOG_CHANNEL=single', 'LOG_LEVEL=warning',
            'DB_CONNECTION=sqlite', "DB_DATABASE={$path}/database/database.sqlite",
            'SESSION_DRIVER=file', 'CACHE_STORE=file', 'QUEUE_CONNECTION=sync', 'BCRYPT_ROUNDS=12',
        ])."\n");

        return $instance;
    }

    /**
     * vendor/autoload.php as Composer would lay it out: a Composer vendor/ in
     * bench/app when there is one, else Debian's Laravel; the app's
     * namespaces; Oxide's (and its discovery through installed.json) only in
     * modes that have the package.
     */
    private function writeAutoloader(bool $discover): void
    {
        $composerVendor = APP.'/vendor/autoload.php';
        $psr4 = ['App\\' => "{$this->path}/app/", 'Database\\Seeders\\' => "{$this->path}/database/seeders/"];
        $packages = [];
        if (is_file($composerVendor)) {
            $installed = json_decode((string) file_get_contents(APP.'/vendor/composer/installed.json'), true);
            $packages = array_values(array_filter($installed['packages'] ?? $installed, fn (array $p) => $discover || $p['name'] !== 'oxide/laravel'));
            $framework = "require '{$composerVendor}';";
        } else {
            // Debian's libraries, with their releases recorded as Composer would record them.
            $framework = "require '/usr/share/php/Illuminate/autoload.php';\nrequire '".\dirname(__DIR__)."/tests/Support/debian-installed-versions.php';";
            if ($discover) {
                $packages[] = json_decode((string) file_get_contents(\dirname(__DIR__).'/composer.json'), true);
                $psr4['Oxide\\'] = \dirname(__DIR__).'/php/';
            }
        }
        // Transparent mode's copies go to this instance's storage.
        $framework = "putenv('OXIDE_TRANSPARENT_CACHE={$this->path}/storage/framework/oxide');\n".$framework;
        file_put_contents("{$this->path}/vendor/composer/installed.json", json_encode(['packages' => $packages]));
        // Without Composer, the package's "files" autoload is required here.
        $files = $discover && ! is_file($composerVendor) ? "\nrequire '".\dirname(__DIR__)."/php/transparent-mode.php';\n" : '';
        file_put_contents("{$this->path}/vendor/autoload.php", "<?php\n\n// Written by bench/bench-app.php.\n{$framework}\n\n"
            .'spl_autoload_register(static function (string $class): void {'."\n"
            .'    foreach ('.var_export($psr4, true).' as $prefix => $dir) {'."\n"
            .'        if (str_starts_with($class, $prefix) && is_file($file = $dir.strtr(substr($class, strlen($prefix)), \'\\\\\', \'/\').\'.php\')) {'."\n"
            .'            require $file;'."\n\n"
            .'            return;'."\n"
            .'        }'."\n"
            .'    }'."\n"
            // First in the queue, as Composer registers its loader: behind
            // Debian's sixty per-package loaders, every class of the app and
            // of the package would first miss in each of them.
            ."}, true, true);\n".$files);
    }

    /** Debian's Laravel keeps the framework's default config where the app must copy it from. */
    private function copyFrameworkConfig(): void
    {
        if (is_file(APP.'/vendor/autoload.php')) {
            return;
        }
        foreach (glob('/usr/share/php/Illuminate/config/*.php') ?: [] as $file) {
            copy($file, "{$this->path}/config/".basename($file));
        }
    }

    /** Migrates and seeds this instance's database; returns its file. */
    public function migrateAndSeed(): string
    {
        touch("{$this->path}/database/database.sqlite");
        $this->artisan('migrate --force --seed');

        return "{$this->path}/database/database.sqlite";
    }

    public function useDatabase(string $database): void
    {
        if ($database !== "{$this->path}/database/database.sqlite") {
            copy($database, "{$this->path}/database/database.sqlite");
        }
    }

    public function cache(): void
    {
        $this->artisan('config:cache');
        $this->artisan('route:cache');
        $this->artisan('view:cache');
    }

    public function artisan(string $command): string
    {
        $php = escapeshellarg(PHP_BINARY).($this->extension ? ' -d extension='.escapeshellarg($this->extension) : '');
        $environment = implode(' ', array_map(fn ($name, $value) => "{$name}=".escapeshellarg($value), array_keys($this->environment), $this->environment));
        exec("cd {$this->path} && env {$environment} {$php} artisan {$command} --no-ansi 2>&1", $output, $status);
        $status === 0 || throw new RuntimeException("artisan {$command} failed in {$this->path}:\n".implode("\n", $output));

        return implode("\n", $output)."\n";
    }

    public function laravelVersion(): string
    {
        return trim($this->artisan('--version'));
    }

    public function url(string $path): string
    {
        return "http://127.0.0.1:{$this->port}{$path}";
    }
}

/** php-fpm masters (one per mode) and one nginx, stopped on exit. */
final class Servers
{
    public const WORKERS = 2;

    /** @var list<resource> */
    private array $processes = [];

    public function __construct(private readonly string $work) {}

    public function startFpm(Instance $instance): void
    {
        $dir = "{$this->work}/run/".basename($instance->path);
        @mkdir($dir, 0777, true);
        $workers = self::WORKERS;
        $environment = implode("\n", array_map(fn ($name, $value) => "env[{$name}] = \"{$value}\"", array_keys($instance->environment), $instance->environment));
        file_put_contents("{$dir}/fpm.conf", <<<CONF
            [global]
            pid = {$dir}/fpm.pid
            error_log = {$dir}/fpm.log
            daemonize = no

            [app]
            user = root
            group = root
            listen = {$dir}/fpm.sock
            listen.mode = 0666
            pm = static
            pm.max_children = {$workers}
            catch_workers_output = yes
            {$environment}
            CONF);
        $fpm = getenv('OXIDE_PHP_FPM') ?: '/usr/sbin/php-fpm'.PHP_MAJOR_VERSION.'.'.PHP_MINOR_VERSION;
        $ini = ['opcache.enable=1', 'opcache.validate_timestamps=0', 'opcache.memory_consumption=256', 'opcache.max_accelerated_files=20000', 'memory_limit=512M'];
        if ($instance->extension !== null) {
            $ini[] = "extension={$instance->extension}";
        }
        $this->spawn(array_merge([$fpm, '-R', '-F', '-y', "{$dir}/fpm.conf"], ...array_map(fn ($s) => ['-d', $s], $ini)), "{$dir}/fpm.out");
        $this->await(fn () => file_exists("{$dir}/fpm.sock"), "php-fpm for {$instance->path} (see {$dir}/fpm.log)");
    }

    /**
     * @param  array<string, Instance>  $instances
     */
    public function startNginx(array $instances): void
    {
        $dir = "{$this->work}/run/nginx";
        @mkdir("{$dir}/tmp", 0777, true);
        $servers = '';
        foreach ($instances as $instance) {
            $socket = "{$this->work}/run/".basename($instance->path).'/fpm.sock';
            $servers .= <<<CONF
                server {
                    listen 127.0.0.1:{$instance->port};
                    root {$instance->path}/public;
                    location / { try_files \$uri /index.php?\$query_string; }
                    location = /index.php {
                        include /etc/nginx/fastcgi_params;
                        fastcgi_param SCRIPT_FILENAME \$document_root/index.php;
                        # One host for every mode, so that generated URLs match.
                        fastcgi_param HTTP_HOST app.test;
                        fastcgi_param SERVER_PORT 80;
                        fastcgi_pass unix:{$socket};
                        fastcgi_buffers 16 64k;
                    }
                }

            CONF;
        }
        file_put_contents("{$dir}/nginx.conf", <<<CONF
            daemon off;
            user root;
            worker_processes 1;
            pid {$dir}/nginx.pid;
            error_log {$dir}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_max_body_size 16m;
                client_body_buffer_size 1m;
                client_body_temp_path {$dir}/tmp/body;
                fastcgi_temp_path {$dir}/tmp/fastcgi;
                proxy_temp_path {$dir}/tmp/proxy;
                uwsgi_temp_path {$dir}/tmp/uwsgi;
                scgi_temp_path {$dir}/tmp/scgi;
            {$servers}}
            CONF);
        $this->spawn(['nginx', '-p', $dir, '-c', "{$dir}/nginx.conf", '-e', "{$dir}/error.log"], "{$dir}/nginx.out");
        $first = reset($instances);
        $this->await(fn () => @fsockopen('127.0.0.1', $first->port) !== false, "nginx (see {$dir}/error.log)");
    }

    /**
     * @param  list<string>  $command
     */
    private function spawn(array $command, string $log): void
    {
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']], $pipes);
        \is_resource($process) || throw new RuntimeException('could not start '.$command[0]);
        $this->processes[] = $process;
    }

    private function await(callable $ready, string $what): void
    {
        for ($i = 0; $i < 100; $i++) {
            if ($ready()) {
                return;
            }
            usleep(100_000);
        }
        throw new RuntimeException("{$what} did not start");
    }

    public function stop(): void
    {
        foreach ($this->processes as $process) {
            proc_terminate($process, SIGQUIT);
        }
        foreach ($this->processes as $process) {
            for ($i = 0; $i < 50 && proc_get_status($process)['running']; $i++) {
                usleep(100_000);
            }
            if (proc_get_status($process)['running']) {
                proc_terminate($process, SIGKILL);
            }
            proc_close($process);
        }
        $this->processes = [];
    }
}

/** The endpoints, their inputs and the statuses they must answer with. */
final class Endpoints
{
    /**
     * @return array<string, array{method: string, path: string, status: int, body?: string, type?: string}>
     */
    public static function all(string $database, string $payloads): array
    {
        $slug = (new \PDO("sqlite:{$database}"))->query('select slug from posts where id = 1')->fetchColumn();
        $json = 'application/json';
        $form = 'application/x-www-form-urlencoded';
        $registration = [
            'name' => ' Taylor Otwell ', 'email' => 'taylor@example.com', 'password' => 'correct horse',
            'password_confirmation' => 'correct horse', 'age' => '38', 'country' => 'us', 'phone' => '',
            'role' => 'editor', 'newsletter' => '1', 'terms' => 'yes', 'bio' => 'Builds things.',
        ];
        $endpoints = [
            'ping' => ['method' => 'GET', 'path' => '/ping', 'status' => 200],
            'api: 50 posts, eager-loaded resources' => ['method' => 'GET', 'path' => '/api/posts', 'status' => 200],
            'report: 5,000 orders' => ['method' => 'GET', 'path' => '/report', 'status' => 200],
            'page: Blade + 3 KB markdown' => ['method' => 'GET', 'path' => "/pages/{$slug}", 'status' => 200],
            'import: 1,000 items' => ['method' => 'POST', 'path' => '/api/orders/import', 'status' => 200, 'type' => $json, 'body' => json_encode(['orders' => self::orders(0)])],
            'import: 1,000 items, 10% invalid (422)' => ['method' => 'POST', 'path' => '/api/orders/import', 'status' => 422, 'type' => $json, 'body' => json_encode(['orders' => self::orders(10)])],
            'form: 10 fields' => ['method' => 'POST', 'path' => '/register', 'status' => 201, 'type' => $form, 'body' => http_build_query($registration)],
            'form: 10 fields, invalid (422)' => ['method' => 'POST', 'path' => '/register', 'status' => 422, 'type' => $form,
                'body' => http_build_query(['email' => 'taylor@', 'password' => 'short', 'age' => '12', 'country' => 'xx', 'terms' => 'no'] + $registration)],
        ];
        @mkdir($payloads, 0777, true);
        foreach ($endpoints as $name => &$endpoint) {
            if (isset($endpoint['body'])) {
                $endpoint['file'] = "{$payloads}/".md5($name).'.body';
                file_put_contents($endpoint['file'], $endpoint['body']);
            }
        }

        return $endpoints;
    }

    /**
     * @return list<array<string, mixed>>
     */
    private static function orders(int $invalidEvery): array
    {
        $orders = [];
        for ($i = 0; $i < 1000; $i++) {
            $bad = $invalidEvery > 0 && $i % $invalidEvery === 0;
            $orders[] = [
                'reference' => sprintf(' ORD-%06d ', $i),
                'email' => $bad ? "buyer{$i}@" : "buyer{$i}@example.com",
                'quantity' => 1 + $i % 7,
                'price' => round(5 + ($i * 37 % 1000) / 10, 2),
                'status' => ['pending', 'paid', 'shipped'][$i % 3],
                'tags' => \array_slice(['gift', 'express', 'fragile'], 0, $i % 4),
            ];
        }

        return $orders;
    }

    /** JSON for the API and the form posts (so failures answer 422), HTML for pages. */
    public static function accept(array $endpoint): string
    {
        return str_starts_with($endpoint['path'], '/api') || $endpoint['method'] === 'POST' ? 'application/json' : 'text/html';
    }

    /** The body with what differs per request by design (CSRF tokens) masked. */
    public static function masked(string $body): string
    {
        return preg_replace('/(name="_token" value="|name="csrf-token" content=")[^"]*"/', '$1…"', $body);
    }
}

/** Keep-alive HTTP requests through curl, one handle per mode. */
final class Client
{
    /** @var array<string, \CurlHandle> one per mode and endpoint, each keeping its connection */
    private array $handles = [];

    private ?int $cpu = null;

    /**
     * @return array{status: int, cpu: int, body: string}
     */
    public function send(Instance $instance, array $endpoint): array
    {
        $handle = $this->handles[$instance->port.$endpoint['method'].$endpoint['path'].($endpoint['body'] ?? '')] ??= $this->handle($instance, $endpoint);
        $this->cpu = null;
        $body = curl_exec($handle);
        $body === false && throw new RuntimeException(curl_error($handle));
        $this->cpu ?? throw new RuntimeException("no CPU time from {$instance->url($endpoint['path'])}: ".substr($body, 0, 300));

        return ['status' => curl_getinfo($handle, CURLINFO_RESPONSE_CODE), 'cpu' => $this->cpu, 'body' => $body];
    }

    private function handle(Instance $instance, array $endpoint): \CurlHandle
    {
        $handle = curl_init($instance->url($endpoint['path']));
        curl_setopt_array($handle, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => array_values(array_filter(['Accept: '.Endpoints::accept($endpoint), isset($endpoint['type']) ? "Content-Type: {$endpoint['type']}" : null])),
            CURLOPT_HEADERFUNCTION => function ($curl, string $header): int {
                if (stripos($header, 'X-Cpu-Microseconds:') === 0) {
                    $this->cpu = (int) trim(substr($header, 19));
                }

                return \strlen($header);
            },
        ]);
        if ($endpoint['method'] === 'POST') {
            curl_setopt($handle, CURLOPT_POSTFIELDS, $endpoint['body']);
        }

        return $handle;
    }
}

/** wrk's requests/s and latency percentiles for one endpoint and mode. */
final class Wrk
{
    public const CONNECTIONS = 2;

    /**
     * @return array{requests_per_s: float, p50_ms: float, p99_ms: float}
     */
    public static function run(Instance $instance, array $endpoint, int $seconds, string $dir): array
    {
        $script = "{$dir}/".md5(json_encode($endpoint)).'.lua';
        $accept = Endpoints::accept($endpoint);
        $lua = "wrk.method = \"{$endpoint['method']}\"\nwrk.headers[\"Accept\"] = \"{$accept}\"\n";
        if (isset($endpoint['file'])) {
            $lua .= "wrk.headers[\"Content-Type\"] = \"{$endpoint['type']}\"\n"
                ."local f = io.open(\"{$endpoint['file']}\", \"rb\")\nwrk.body = f:read(\"*a\")\nf:close()\n";
        }
        file_put_contents($script, $lua);
        $connections = self::CONNECTIONS;
        $output = (string) shell_exec("wrk -t{$connections} -c{$connections} -d{$seconds}s --latency -s ".escapeshellarg($script).' '.escapeshellarg($instance->url($endpoint['path'])).' 2>&1');
        $latency = function (string $percentile) use ($output): float {
            preg_match('/^\s+'.$percentile.'%\s+([\d.]+)(us|ms|s)\b/m', $output, $m) || throw new RuntimeException("wrk printed no {$percentile}%:\n{$output}");

            return (float) $m[1] * ['us' => 0.001, 'ms' => 1, 's' => 1000][$m[2]];
        };
        preg_match('/Requests\/sec:\s+([\d.]+)/', $output, $rate) || throw new RuntimeException("wrk failed:\n{$output}");
        if (preg_match('/Non-2xx or 3xx responses: (\d+)/', $output, $non2xx) && $endpoint['status'] < 400) {
            throw new RuntimeException("wrk saw {$non2xx[1]} error responses from {$instance->url($endpoint['path'])}");
        }

        return ['requests_per_s' => (float) $rate[1], 'p50_ms' => $latency('50'), 'p99_ms' => $latency('99')];
    }
}

final class Stats
{
    /**
     * @param  list<int|float>  $values
     */
    public static function median(array $values): float
    {
        sort($values);
        $middle = intdiv(\count($values), 2);

        return \count($values) % 2 ? (float) $values[$middle] : ($values[$middle - 1] + $values[$middle]) / 2;
    }

    /**
     * A bootstrap 95% interval of median(stock) / median(oxide).
     *
     * @param  list<int>  $stock
     * @param  list<int>  $oxide
     * @return array{float, float}
     */
    public static function ratioInterval(array $stock, array $oxide): array
    {
        mt_srand(1);
        $resample = fn (array $values) => array_map(fn () => $values[mt_rand(0, \count($values) - 1)], $values);
        $ratios = [];
        for ($i = 0; $i < 2000; $i++) {
            $ratios[] = self::median($resample($stock)) / max(1, self::median($resample($oxide)));
        }
        sort($ratios);

        return [$ratios[49], $ratios[1949]];
    }
}

final class Report
{
    /**
     * The results as the Markdown table the README shows: CPU per request
     * per mode (with the ratio to stock), then throughput and p99.
     *
     * @param  list<array<string, mixed>>  $results
     * @param  list<string>  $modes
     */
    public static function table(array $results, array $modes): void
    {
        $others = array_values(array_diff($modes, ['stock']));
        $header = ['endpoint', 'stock CPU ms'];
        foreach ($others as $mode) {
            $header[] = "{$mode} CPU ms (ratio [95% CI])";
        }
        array_push($header, 'req/s '.implode(' / ', $modes), 'p99 ms '.implode(' / ', $modes));
        echo '| '.implode(' | ', $header)." |\n|".str_repeat(' --- |', \count($header))."\n";
        foreach ($results as $r) {
            $cells = [$r['endpoint'], sprintf('%.2f', $r['stock']['cpu_ms_median'])];
            foreach ($others as $mode) {
                $cells[] = sprintf('%.2f (**%.2f×** [%.2f–%.2f])', $r[$mode]['cpu_ms_median'], $r[$mode]['cpu_ratio'], ...$r[$mode]['cpu_ratio_95']);
            }
            $cells[] = implode(' / ', array_map(fn ($mode) => sprintf('%.0f', $r[$mode]['requests_per_s']), $modes));
            $cells[] = implode(' / ', array_map(fn ($mode) => sprintf('%.1f', $r[$mode]['p99_ms']), $modes));
            echo '| '.implode(' | ', $cells)." |\n";
        }
    }
}
