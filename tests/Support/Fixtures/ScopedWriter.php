<?php

declare(strict_types=1);

namespace Oxide\Tests\Support\Fixtures;

use Closure;
use Throwable;

/**
 * Runs a writing helper on itself from inside its own class, where its
 * private and protected properties are visible to the calling code but not
 * to Laravel's global helpers; __get()/__set() answer for what they cannot see.
 */
final class ScopedWriter
{
    /** @var list<string> */
    public array $calls = [];

    private array $secret = ['a' => 1];

    protected array $guarded = ['a' => 1];

    public function __get(string $name): mixed
    {
        $this->calls[] = "get {$name}";

        return null;
    }

    public function __set(string $name, mixed $value): void
    {
        $this->calls[] = "set {$name}";
    }

    /**
     * @return array{string, list<string>, array<string, mixed>}
     */
    public function write(Closure $helper, string $key): array
    {
        $target = $this;
        $errors = [];
        set_error_handler(static function (int $level, string $message) use (&$errors): bool {
            $errors[] = "{$level}: {$message}";

            return true;
        });
        try {
            $helper($target, $key, 'v');
            $outcome = 'returned';
        } catch (Throwable $e) {
            $outcome = $e::class.': '.$e->getMessage();
        } finally {
            restore_error_handler();
        }

        return [$outcome, $errors, get_object_vars($this)];
    }
}
