<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Illuminate\Database\Eloquent\Attributes\Boot;
use Illuminate\Database\Eloquent\Attributes\Initialize;

/**
 * What Model::bootTraits() looks for: a conventional boot and initialize
 * method, methods marked #[Boot] and #[Initialize] under other names, and
 * look-alikes it must leave (an instance method marked #[Boot], a boot
 * method named after a trait the model does not use).
 */
trait BootsAndInitializes
{
    use UsedByBootsAndInitializes;

    public static function bootBootsAndInitializes(): void
    {
        BootLog::$calls[] = static::class.'::bootBootsAndInitializes';
    }

    public function initializeBootsAndInitializes(): void {}

    #[Boot]
    protected static function registerListeners(): void
    {
        BootLog::$calls[] = static::class.'::registerListeners';
    }

    #[Initialize]
    public function prepareDefaults(): void {}

    #[Boot]
    public function notStatic(): void
    {
        BootLog::$calls[] = static::class.'::notStatic';
    }

    public static function bootSomethingElse(): void
    {
        BootLog::$calls[] = static::class.'::bootSomethingElse';
    }

    #[Boot, Initialize]
    public static function bothAtOnce(): void
    {
        BootLog::$calls[] = static::class.'::bothAtOnce';
    }
}
