<?php

declare(strict_types=1);

// Composer's "files" autoload runs this before any class loads: Laravel's own
// Str and Arr then run Oxide's native paths (OXIDE_TRANSPARENT=off disables).
Oxide\Transparent::register();
