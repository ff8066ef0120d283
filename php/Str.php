<?php

declare(strict_types=1);

namespace Oxide;

use Illuminate\Support\Str as LaravelStr;
use Oxide\Concerns\FormatsStringsNatively;
use Oxide\Concerns\GeneratesIdStrings;
use Oxide\Concerns\GeneratesIdStringsNatively;
use Oxide\Concerns\GeneratesIdsNatively;
use Oxide\Concerns\InflectsNatively;
use Oxide\Concerns\MakesOxideStringables;
use Oxide\Concerns\RendersMarkdownNatively;
use Oxide\Concerns\TransliteratesNatively;
use Oxide\Concerns\UsesNativeCaseConversion;

// Decided once, when the class is first loaded: without a compatible
// extension Oxide\Str is Laravel's Str as it is (but for of() and the *String() variants), with no
// per-call overhead.
if (Extension::detect()->provides(Accelerator::Str)) {
    /**
     * Laravel's Str with native hot paths.
     */
    class Str extends LaravelStr
    {
        use FormatsStringsNatively;
        use GeneratesIdsNatively;
        use GeneratesIdStringsNatively;
        use InflectsNatively;
        use MakesOxideStringables;
        use RendersMarkdownNatively;
        use TransliteratesNatively;
        use UsesNativeCaseConversion;
    }
} else {
    /**
     * Laravel's Str (the oxide extension is not available); of() still
     * returns Oxide\Stringable and the *String() identifier variants exist,
     * so what callers get does not depend on the extension.
     */
    class Str extends LaravelStr
    {
        use GeneratesIdStrings;
        use MakesOxideStringables;
    }
}
