<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Illuminate\Contracts\Console\Kernel;
use Illuminate\Filesystem\Filesystem;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Console\AboutCommand;

/**
 * A real Laravel application in a temporary base path, whose vendor/composer/
 * installed.json lists this package as Composer would: the service provider
 * arrives by package auto-discovery, exactly as in a user's app.
 */
final class LaravelApp
{
    public readonly Application $app;

    private readonly string $basePath;

    /**
     * @param  array<string, mixed>|null  $oxideConfig  a published config/oxide.php
     * @param  callable(Application): void|null  $beforeBoot
     */
    public function __construct(?array $oxideConfig = null, ?callable $beforeBoot = null)
    {
        $this->basePath = sys_get_temp_dir().'/oxide-app-'.bin2hex(random_bytes(6));
        foreach (['bootstrap/cache', 'config', 'storage/framework', 'vendor/composer'] as $dir) {
            mkdir("{$this->basePath}/{$dir}", 0777, true);
        }
        $composer = json_decode((string) file_get_contents(__DIR__.'/../../composer.json'), true, flags: JSON_THROW_ON_ERROR);
        file_put_contents("{$this->basePath}/vendor/composer/installed.json", json_encode(['packages' => [$composer]]));
        if ($oxideConfig !== null) {
            file_put_contents("{$this->basePath}/config/oxide.php", '<?php return '.var_export($oxideConfig, true).';');
        }

        $this->app = Application::configure($this->basePath)->create();
        self::useDebianFrameworkConfig($this->app);
        if ($beforeBoot !== null) {
            $beforeBoot($this->app);
        }
        $this->app->make(Kernel::class)->bootstrap();
        // HandleExceptions pushed one error and one exception handler; PHPUnit
        // keeps its own and reports tests that leave others behind.
        restore_error_handler();
        restore_exception_handler();
    }

    /**
     * Debian's php-laravel-framework ships the framework's default config as
     * Illuminate/config, not where LoadConfiguration looks for it; use those
     * files as the app's own config, as a freshly created app has them.
     */
    private static function useDebianFrameworkConfig(Application $app): void
    {
        $foundation = dirname((string) (new \ReflectionClass(Application::class))->getFileName());
        if (is_dir($foundation.'/../../../config') || ! is_dir($foundation.'/../config')) {
            return;
        }
        foreach (glob($foundation.'/../config/*.php') ?: [] as $file) {
            if (! is_file($app->configPath(basename($file)))) {
                copy($file, $app->configPath(basename($file)));
            }
        }
        $app->dontMergeFrameworkConfiguration();
    }

    /**
     * @param  array<string, mixed>  $parameters
     */
    public function artisan(string $command, array $parameters = []): string
    {
        $kernel = $this->app->make(Kernel::class);
        $status = $kernel->call($command, $parameters);
        $output = $kernel->output();
        if ($status !== 0) {
            throw new \RuntimeException("{$command} exited {$status}: {$output}");
        }

        return $output;
    }

    public function __destruct()
    {
        // Static registries outlive the app, as Laravel's own TestCase knows.
        AboutCommand::flushState();
        (new Filesystem)->deleteDirectory($this->basePath);
    }
}
