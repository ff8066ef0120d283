<?php

declare(strict_types=1);

namespace Oxide\Mail;

use Oxide\CommonMarkRelease;
use Oxide\Native;
use Oxide\Runtime;
use Stringable;

/**
 * Mail Markdown, which every Markdown mail pays in its layout and components: in
 * transparent mode Laravel's `Mail\Markdown::parse()` starts with the prologue below.
 *
 * Native for text (a string, or the component slot, an object that is Stringable) parsed
 * without `$encoded`, by Laravel's own class with no registered extensions, while the
 * installed league/commonmark is a release the renderer was proven against: the HTML of
 * converter()'s configuration (CommonMark and tables, unsafe links dropped). Otherwise, and
 * for every document the extension hands back, Laravel's body runs.
 */
final class MarkdownParsing
{
    /** Laravel's class whose method takes the prologue. */
    public const MARKDOWN = 'Illuminate\Mail\Markdown';

    /** Where the mirrored methods are declared. */
    public const SOURCES = [self::MARKDOWN];

    /** The code each method starts with. */
    public const PROLOGUES = [
        'parse' => 'if ($encoded === false && ($oxide = \Oxide\Mail\MarkdownParsing::html($text, static::class, static::$extensions)) !== null) '
            .'{ return new \Illuminate\Support\HtmlString($oxide); }',
    ];

    /**
     * The methods whose code the prologue mirrors: parse() and the converter it configures.
     *
     * @return list<string>
     */
    public static function mirrored(): array
    {
        return ['parse', 'converter'];
    }

    /**
     * The HTML of `Markdown::parse($text)`, or null for Laravel's code. A Stringable is made
     * a string here, once, as league's `convert(string $input)` would.
     *
     * @param  list<class-string>  $extensions
     */
    public static function html(mixed &$text, string $class, array $extensions): ?string
    {
        if ($class !== self::MARKDOWN || $extensions !== [] || ! isset(Runtime::$markdown) || ! CommonMarkRelease::isProven()) {
            return null;
        }
        if ($text instanceof Stringable) {
            $text = (string) $text;
        }

        return \is_string($text) ? Native\markdown($text, 'mail', 'allow', false, "\n", PHP_INT_MAX) : null;
    }
}
