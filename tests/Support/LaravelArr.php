<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

// Laravel's own Arr code, the reference of every parity test: the class
// itself, or in transparent mode the original it was renamed to.
class_alias(\Oxide\Transparent::original(\Illuminate\Support\Arr::class), LaravelArr::class);
