<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Foundation\Console\AboutCommand;
use Illuminate\Support\ServiceProvider;
use Illuminate\Validation\Factory;
use Oxide\Console\StatusCommand;
use Oxide\Validation\Validator;

final class OxideServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->mergeConfigFrom(__DIR__.'/../config/oxide.php', 'oxide');

        // An app (or a test) may bind its own Extension before the provider registers.
        $this->app->singletonIf(Extension::class, fn () => Extension::detect());
        $this->app->singleton(Status::class, fn ($app) => new Status($app->make(Extension::class), $app['config']));
    }

    public function boot(): void
    {
        $status = $this->app->make(Status::class);

        foreach (Accelerator::cases() as $accelerator) {
            Runtime::use($accelerator, $status->isActive($accelerator));
        }

        // Validator::make(), $request->validate() and form requests all build
        // validators through the factory's resolver. An app that sets its
        // own resolver later (in its providers' boot) keeps it.
        if (Runtime::uses(Accelerator::Validation)) {
            $this->callAfterResolving('validator', function (Factory $factory): void {
                $factory->resolver(fn ($translator, $data, $rules, $messages, $attributes) => new Validator(
                    $translator, $data, $rules, $messages, $attributes,
                ));
            });
        }

        if ($this->app->runningInConsole()) {
            $this->publishes([__DIR__.'/../config/oxide.php' => $this->app->configPath('oxide.php')], 'oxide-config');
            $this->commands([StatusCommand::class]);
            AboutCommand::add('Oxide', fn () => $this->aboutSection($status));
        }
    }

    /**
     * @return array<string, string>
     */
    private function aboutSection(Status $status): array
    {
        $extension = $status->extension;
        $section = [
            'Extension' => $extension->isLoaded() ? "<fg=green;options=bold>{$extension->version}</>" : '<fg=yellow;options=bold>NOT LOADED</>',
            'Package' => Extension::PACKAGE_VERSION,
        ];

        foreach (Accelerator::cases() as $accelerator) {
            $section[ucfirst($accelerator->value)] = $status->isActive($accelerator)
                ? '<fg=green;options=bold>ON</>'
                : '<fg=yellow;options=bold>OFF</>';
        }

        return $section;
    }
}
