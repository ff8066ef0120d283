<?php

declare(strict_types=1);

namespace Oxide\Validation;

use Illuminate\Validation\Validator as LaravelValidator;
use Oxide\Accelerator;
use Oxide\Concerns\ValidatesNatively;
use Oxide\Extension;

// Decided once, when the class is first loaded: without a compatible
// extension this is Laravel's Validator as it is.
if (Extension::detect()->provides(Accelerator::Validation)) {
    /**
     * Laravel's Validator with native rule expansion and evaluation.
     */
    class Validator extends LaravelValidator
    {
        use ValidatesNatively;
    }
} else {
    /**
     * Laravel's Validator (the oxide extension is not available).
     */
    class Validator extends LaravelValidator {}
}
