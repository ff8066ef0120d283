<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Closure;

/**
 * Parity for functions that change their target in place (by reference):
 * each side gets a fresh target, so that PHP references in it are not shared
 * between the two, and keeps a copy of it. The return value, the target
 * afterwards, whether the copy kept its value, and the exception and
 * warnings must all match.
 */
trait ComparesInPlaceWrites
{
    /**
     * @param  Closure(mixed &): mixed  $laravel
     * @param  Closure(mixed &): mixed  $oxide
     * @param  Closure(): mixed  $make
     */
    private function assertInPlaceParity(Closure $laravel, Closure $oxide, Closure $make, string $message): void
    {
        $run = function (Closure $write) use ($make): array {
            $target = $make();
            $copy = $target;
            $before = self::snapshot($copy);
            $outcome = Outcome::of(function () use ($write, &$target) {
                return $write($target);
            });

            return [self::snapshot($outcome->toArray()), self::snapshot($target), self::snapshot($copy) === $before];
        };

        [$laravelOutcome, $laravelTarget, $laravelCopyKept] = $run($laravel);
        [$oxideOutcome, $oxideTarget, $oxideCopyKept] = $run($oxide);
        $this->assertSame($laravelOutcome, $oxideOutcome, "{$message}: outcome");
        $this->assertSame($laravelTarget, $oxideTarget, "{$message}: target afterwards");
        $this->assertSame($laravelCopyKept, $oxideCopyKept, "{$message}: copy of the target");
    }

    /**
     * A value as assertSame() compares it, objects by class and properties
     * (a fresh target's objects are new on each side), an object met again
     * inside itself by how many levels up it was met.
     *
     * @param  list<object>  $within  the objects the value lies inside
     */
    private static function snapshot(mixed $value, array $within = []): mixed
    {
        $inner = fn (mixed $item) => self::snapshot($item, $within);

        return match (true) {
            \is_array($value) => array_map($inner, $value),
            $value instanceof Closure => 'Closure',
            \is_float($value) && is_nan($value) => 'NAN',
            str_starts_with(get_debug_type($value), 'resource') => get_debug_type($value),
            \in_array($value, $within, true) => 'cycle '.(\count($within) - array_search($value, $within, true)),
            \is_object($value) => [$value::class => self::snapshot((array) $value, [...$within, $value])],
            default => $value,
        };
    }
}
