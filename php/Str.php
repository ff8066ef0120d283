<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Concerns\MakesOxideStringables;
use Oxide\Concerns\UsesNativeCaseConversion;

// Decided once, when the class is first loaded: without a compatible
// extension Oxide\Str is Laravel's Str as it is (but for of()), with no
// per-call overhead.
if (Extension::detect()->provides(Accelerator::Str)) {
    /**
     * Laravel's Str with native hot paths.
     */
    class Str extends LaravelStr
    {
        use MakesOxideStringables;
        use UsesNativeCaseConversion;
    }
} else {
    /**
     * Laravel's Str (the oxide extension is not available); of() still
     * returns Oxide\Stringable, so the class callers get does not depend on
     * the extension.
     */
    class Str extends LaravelStr
    {
        use MakesOxideStringables;
    }
}
