<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Concerns\UsesNativeCaseConversion;

// Decided once, when the class is first loaded: without a compatible
// extension Oxide\Str is Laravel's Str as it is, with no per-call overhead.
if (Extension::detect()->provides(Accelerator::Str)) {
    /**
     * Laravel's Str with native hot paths.
     */
    class Str extends LaravelStr
    {
        use UsesNativeCaseConversion;
    }
} else {
    /**
     * Laravel's Str (the oxide extension is not available).
     */
    class Str extends LaravelStr {}
}
