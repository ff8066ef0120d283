<?php

declare(strict_types=1);

namespace Oxide\Bench;

interface Benchmark
{
    /**
     * @return iterable<Row>
     */
    public function rows(): iterable;
}
