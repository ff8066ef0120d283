<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

// The class whose native paths the parity tests compare with Laravel's:
// Oxide\Arr, or Laravel's own Arr in transparent mode.
class_alias(getenv('OXIDE_TRANSPARENT') === 'on' ? \Illuminate\Support\Arr::class : \Oxide\Arr::class, NativeArr::class);
