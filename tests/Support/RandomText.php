<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Random\Engine\Mt19937;
use Random\Randomizer;

/**
 * Seeded generator of awkward strings: mixed case ASCII, digits, separators,
 * every kind of whitespace, Unicode letters with special case mappings,
 * combining marks, emoji, invalid UTF-8.
 */
final class RandomText
{
    private const PIECES = [
        'a', 'b', 'z', 'A', 'B', 'Z', 'foo', 'Bar', 'BAZ', 'HTTP', 'Request', 'id', 'ID', 'x', 'Y',
        '0', '1', '42', '-', '_', '.', ' ', '  ', "\t", "\n", "\r\n", "\x0B", "\x0C", '$', '\\', '/', '*',
        'é', 'É', 'ß', 'ẞ', 'ǆ', 'ǅ', 'Ǆ', 'ĳ', 'ﬁ', 'ŉ', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ΑΣ', 'Ω', 'ᾳ', 'ᾈ', 'ᾲ',
        'ɤ', 'ƛ', 'Ж', 'ж', 'Ґ', 'ა', 'Ა', 'Ա', 'և', 'ﬓ', '中文', 'ひらがな', 'العربية', 'עברית', 'Ⓐ', 'ⓐ', '𐐀', '𐐨',
        "e\u{301}", "\u{345}", "\u{301}", '😀', '👩‍💻', "\u{A0}", "\u{2003}", "\u{3000}", "\u{2028}",
        "\u{200B}", "\u{FEFF}", "\u{85}", "\u{180E}", "\u{1C89}", "\u{A7CE}", "\u{16EA0}", "\x00",
        // Ill-formed UTF-8: a stray continuation, overlong, truncated, surrogate, beyond U+10FFFF, a 5-byte lead.
        "\xFF", "\xC3", "\x80", "\xC0\xAF", "\xE0\x80\x80", "\xE2\x82", "\xED\xA0\x80", "\xF0\x9F\x98", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80",
    ];

    /** ASCII that title casing, word splitting and APA style treat specially. */
    private const ASCII_PIECES = [
        "'", ':', '^', '`', ',', '!', '?', '(', ')', '<', '>', '<b>', '</b>', '0', 'and', 'the', 'of', 'a-b', 'self-report',
        'une', 'o\'neil', 'mcDonald', 'iPhone', 'X', 'lower', 'UPPER', '--', '__',
    ];

    private readonly Randomizer $random;

    /** @var list<string> the variables each array's references share */
    private array $shared = [];

    public function __construct(public readonly int $seed)
    {
        $this->random = new Randomizer(new Mt19937($seed));
    }

    public static function seed(): int
    {
        $seed = getenv('OXIDE_SEED');

        return is_string($seed) && $seed !== '' ? (int) $seed : random_int(1, PHP_INT_MAX);
    }

    public function text(int $maxPieces = 12): string
    {
        return $this->joined(self::PIECES, $maxPieces);
    }

    /**
     * ASCII only (what the title cases decide natively): the ASCII pieces of
     * text() and punctuation, markup and words those methods care about.
     */
    public function ascii(int $maxPieces = 12): string
    {
        static $pieces;
        $pieces ??= [...array_values(array_filter(self::PIECES, fn (string $piece): bool => mb_check_encoding($piece, 'ASCII'))), ...self::ASCII_PIECES];

        return $this->joined($pieces, $maxPieces);
    }

    /**
     * @param  list<string>  $pieces
     */
    private function joined(array $pieces, int $maxPieces): string
    {
        $text = '';
        for ($i = $this->random->getInt(0, $maxPieces); $i > 0; $i--) {
            $text .= $pieces[$this->random->getInt(0, count($pieces) - 1)];
        }

        return $text;
    }

    /**
     * A random nested array: keys that PHP normalises or Laravel splits
     * (numeric strings, dots, empty), leaves of every type including empty
     * arrays, shared objects and references. The references of one array
     * share a variable of its own: Laravel's writers assign through them,
     * and a variable shared by every array would carry that into the next.
     *
     * @return array<array-key, mixed>
     */
    public function array(int $depth = 3, int $maxEntries = 6): array
    {
        $referenced = 'referenced';
        // Held here too, so that even a single use is a reference PHP
        // reports (ReflectionReference ignores a reference held only once).
        $this->shared[] = &$referenced;

        return $this->arraySharing($referenced, $depth, $maxEntries);
    }

    /**
     * @return array<array-key, mixed>
     */
    private function arraySharing(string &$referenced, int $depth, int $maxEntries): array
    {
        static $object;
        $object ??= new \stdClass;
        $keys = [0, 1, 2, 7, -1, PHP_INT_MAX, '5', '05', '-0', '-5', '1.5', 'a', 'b', 'id', 'a.b', '.', '..', 'x.', '.y',
            '', ' ', 'ключ', '键', '*', 'a*b', 'user.name', 'user'];
        $array = [];
        for ($i = $this->random->getInt(0, $maxEntries); $i > 0; $i--) {
            $key = $this->random->getInt(0, 4) === 0 ? $this->text(3) : $this->pick($keys);
            unset($array[$key]); // never assign through an earlier reference
            $array[$key] = match ($this->random->getInt(0, 9)) {
                0, 1, 2 => $depth > 0 ? $this->arraySharing($referenced, $depth - 1, $maxEntries) : [],
                3 => [],
                4 => null,
                5 => $this->random->getInt(-5, 5),
                6 => $this->pick([true, false, 1.5, -0.0, '0', '']),
                7 => $object,
                8 => $this->text(4),
                default => 'leaf',
            };
            if ($this->random->getInt(0, 20) === 0) {
                $array[$key] = &$referenced;
            }
        }

        return $array;
    }

    public function int(int $min, int $max): int
    {
        return $this->random->getInt($min, $max);
    }

    /**
     * @template T
     *
     * @param  list<T>  $choices
     * @return T
     */
    public function pick(array $choices): mixed
    {
        return $choices[$this->random->getInt(0, count($choices) - 1)];
    }
}
