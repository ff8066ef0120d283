<?php

/*
| Oxide runs each accelerator natively when the oxide extension is loaded and
| compatible with this package. Switch one off (false, off, no or 0, in the
| environment or .env) to fall back to Laravel's own code for it;
| `php artisan oxide:status` shows what is active and why.
|
| Transparent mode and Eloquent are switched by OXIDE_TRANSPARENT and
| OXIDE_ELOQUENT in the environment only: they are decided before Laravel
| loads its configuration.
*/

return [

    'accelerators' => [

        // Illuminate\Support\Str (transparent mode) and Oxide\Str: case
        // conversion, slugs, formatting, inflection, ids.
        'str' => Oxide\Switches::enabled('OXIDE_STR'),

        // Illuminate\Support\Arr (transparent mode) and Oxide\Arr: dotted
        // paths, reading, writing and reshaping arrays.
        'arr' => Oxide\Switches::enabled('OXIDE_ARR'),

        // Oxide\Validation\Validator behind Validator::make(),
        // $request->validate() and form requests.
        'validation' => Oxide\Switches::enabled('OXIDE_VALIDATION'),

        // Str::markdown() (Illuminate\Support\Str in transparent mode, and
        // Oxide\Str): league/commonmark's HTML, rendered natively.
        'markdown' => Oxide\Switches::enabled('OXIDE_MARKDOWN'),

    ],

];
