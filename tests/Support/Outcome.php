<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

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
            $errors[] = "{$errno}: {$message}";

            return true;
        });

        try {
            return new self($call(), null, $errors);
        } catch (Throwable $e) {
            return new self(null, $e::class.': '.$e->getMessage(), $errors);
        } finally {
            restore_error_handler();
        }
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
     * The value with NAN (never identical to itself) replaced by a marker.
     */
    private static function comparable(mixed $value): mixed
    {
        if (is_float($value) && is_nan($value)) {
            return 'NAN (float)';
        }
        if (! is_array($value)) {
            return $value;
        }
        $comparable = [];
        foreach ($value as $key => $item) {
            $comparable[$key] = self::comparable($item);
        }

        return $comparable;
    }
}
