<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Illuminate\Support\Collection;
use ReflectionReference;
use Throwable;

/**
 * Everything a call lets its caller observe: the value or the exception, and
 * every warning, notice or deprecation raised on the way.
 */
final readonly class Outcome
{
    /**
     * @param  list<string>  $errors
     */
    private function __construct(
        public mixed $value,
        public ?string $exception,
        public array $errors,
    ) {}

    public static function of(callable $call): self
    {
        $errors = [];
        set_error_handler(static function (int $errno, string $message) use (&$errors): bool {
            $errors[] = self::laravelsNames("{$errno}: {$message}");

            return true;
        });

        try {
            return new self($call(), null, $errors);
        } catch (Throwable $e) {
            return new self(null, self::laravelsNames($e::class.': '.$e->getMessage()), $errors);
        } finally {
            restore_error_handler();
        }
    }

    /**
     * In transparent mode the reference side calls Laravel's code under the
     * name it was renamed to (Illuminate\Support\OxideOriginalStr), where a
     * stock app names Illuminate\Support\Str; TransparentModeTest checks
     * that Laravel's classes themselves never show the new name.
     */
    private static function laravelsNames(string $message): string
    {
        return str_replace('Illuminate\\Support\\OxideOriginal', 'Illuminate\\Support\\', $message);
    }

    /**
     * The same outcome with its exception and error messages rewritten.
     *
     * @param  callable(string): string  $rewrite
     */
    public function map(callable $rewrite): self
    {
        return new self(
            $this->value,
            $this->exception === null ? null : $rewrite($this->exception),
            array_map($rewrite, $this->errors),
        );
    }

    /**
     * @return array{value: mixed, exception: ?string, errors: list<string>}
     */
    public function toArray(): array
    {
        return ['value' => self::comparable($this->value), 'exception' => $this->exception, 'errors' => $this->errors];
    }

    /**
     * The value with NAN (never identical to itself) replaced by a marker,
     * and a reference back into an array that holds it (a cycle, which PHP
     * arrays can only form through references) by another.
     *
     * @param  array<int|string, true>  $enclosing  ids of the references the value is inside
     */
    private static function comparable(mixed $value, array $enclosing = []): mixed
    {
        if (is_float($value) && is_nan($value)) {
            return 'NAN (float)';
        }
        if (! is_array($value)) {
            return $value;
        }
        $comparable = [];
        foreach ($value as $key => $item) {
            $reference = ReflectionReference::fromArrayElement($value, $key)?->getId();
            if ($reference !== null && isset($enclosing[$reference])) {
                $comparable[$key] = '(a reference to an enclosing array)';

                continue;
            }
            $comparable[$key] = self::comparable($item, $reference === null ? $enclosing : $enclosing + [$reference => true]);
        }
        // A broken native table can hold a key twice, which the copy above
        // would fold into one.
        if (count($comparable) !== count($value)) {
            $comparable["\0entries"] = count($value);
        }

        return $comparable;
    }

    /**
     * A value with its objects (each side of a comparison has its own) shown
     * by class and content, Collections by their items.
     */
    public static function byContent(mixed $value, int $depth = 0): mixed
    {
        if ($depth > 8) {
            return '…';
        }
        if ($value instanceof Collection) {
            return ['Collection' => self::byContent($value->all(), $depth + 1)];
        }
        if (is_object($value)) {
            return [get_debug_type($value) => self::byContent((array) $value, $depth + 1)];
        }
        if (is_array($value)) {
            return array_map(static fn ($item) => self::byContent($item, $depth + 1), $value);
        }

        return $value;
    }
}
