<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

/** The class late static binding names in {@see ClosureSources}. */
final class ClosureSourcesChild extends ClosureSources {}
