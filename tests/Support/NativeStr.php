<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

// The class whose native paths the parity tests compare with Laravel's:
// Oxide\Str, or Laravel's own Str in transparent mode.
class_alias(getenv('OXIDE_TRANSPARENT') === 'on' ? \Illuminate\Support\Str::class : \Oxide\Str::class, NativeStr::class);
