<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

// Laravel's own Str code, the reference of every parity test: the class
// itself, or in transparent mode the original it was renamed to.
class_alias(\Oxide\Transparent::original(\Illuminate\Support\Str::class), LaravelStr::class);
