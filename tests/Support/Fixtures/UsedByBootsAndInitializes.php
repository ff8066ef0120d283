<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** A trait of a trait: class_uses_recursive() finds it, so its boot method runs. */
trait UsedByBootsAndInitializes
{
    private static function bootUsedByBootsAndInitializes(): void
    {
        BootLog::$calls[] = static::class.'::bootUsedByBootsAndInitializes';
    }

    public function initializeUsedByBootsAndInitializes(): void {}
}
