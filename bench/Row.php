<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Closure;

/**
 * One benchmark row: the same work done by stock Laravel and by Oxide.
 * Each closure runs one batch over $inputs and returns its results, which
 * must be identical (a fast wrong answer is not a result), or, for random
 * values, identical in shape.
 */
final readonly class Row
{
    /**
     * @param  Closure(): list<mixed>  $stock
     * @param  Closure(): list<mixed>  $oxide
     * @param  Closure(): void|null  $beforeBatch  e.g. flush caches for a cold row
     * @param  int|null  $repeat  timed batches per side, for rows too slow for the default
     * @param  bool  $memory  also report each side's peak memory per batch
     * @param  (Closure(list<mixed>): mixed)|null  $shape  what of random results must be identical
     */
    public function __construct(
        public string $name,
        public int $operations,
        public Closure $stock,
        public Closure $oxide,
        public ?Closure $beforeBatch = null,
        public ?int $repeat = null,
        public bool $memory = false,
        public ?Closure $shape = null,
    ) {}
}
