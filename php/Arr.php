<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Arr as LaravelArr;
use Oxide\Concerns\ReadsArraysNatively;
use Oxide\Concerns\ReshapesArraysNatively;
use Oxide\Concerns\UsesNativeArrayFlattening;
use Oxide\Concerns\WritesArraysNatively;

// Decided once, when the class is first loaded: without a compatible
// extension Oxide\Arr is Laravel's Arr as it is, with no per-call overhead.
if (Extension::detect()->provides(Accelerator::Arr)) {
    /**
     * Laravel's Arr with native hot paths.
     */
    class Arr extends LaravelArr
    {
        use ReadsArraysNatively;
        use ReshapesArraysNatively;
        use UsesNativeArrayFlattening;
        use WritesArraysNatively;
    }
} else {
    /**
     * Laravel's Arr (the oxide extension is not available).
     */
    class Arr extends LaravelArr {}
}
