<?php

/*
| Oxide runs each accelerator natively when the oxide extension is loaded and
| compatible with this package. Switch one off to fall back to Laravel's own
| code for it; `php artisan oxide:status` shows what is active and why.
*/

return [

    'accelerators' => [

        // Oxide\Str: snake, kebab, studly and camel case conversion.
        'str' => (bool) env('OXIDE_STR', true),

        // Oxide\Arr: dot and undot.
        'arr' => (bool) env('OXIDE_ARR', true),

        // Oxide\Validation\Validator for Validator::make(), $request->validate()
        // and form requests: native wildcard expansion and rule verdicts.
        'validation' => (bool) env('OXIDE_VALIDATION', true),

    ],

];
