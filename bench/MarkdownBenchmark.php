<?php

declare(strict_types=1);

namespace Oxide\Bench;

use Illuminate\Mail\Markdown;
use Illuminate\Support\HtmlString;
use Illuminate\Support\Str as LaravelStr;
use Oxide\Mail\MarkdownParsing;
use Oxide\Str;
use RuntimeException;

/**
 * Str::markdown() of a short string, a 2 KB and a 20 KB document, Str::inlineMarkdown() of the
 * short string, and Mail\Markdown::parse()
 * of a password-reset mail's body, as the mail layout parses it. Each row checks first that
 * its document renders natively, so a hand-back cannot pass for a speed.
 */
final class MarkdownBenchmark implements Benchmark
{
    private const SHORT = 'Hello **World**! Read [the docs](https://laravel.com/docs "Docs") and run `php artisan serve`.';

    public function rows(): iterable
    {
        $notes = (string) file_get_contents(__DIR__.'/Fixtures/release-notes.md');
        $long = implode("\n", array_map(fn (int $part) => str_replace('# Release notes', "# Release notes, part {$part}", $notes), range(1, 11)));
        foreach (['short ('.\strlen(self::SHORT).' B)' => [self::SHORT, 500], '2 KB document' => [$notes, 50], '20 KB document' => [$long, 5]] as $label => [$text, $batch]) {
            self::assertNative(Str::markdown($text) === LaravelStr::markdown($text) && \Oxide\Native\markdown($text, 'github', 'allow', true, "\n", PHP_INT_MAX) !== null, $label);
            yield new Row(
                "Str::markdown {$label}",
                $batch,
                fn () => self::times($batch, fn () => LaravelStr::markdown($text)),
                fn () => self::times($batch, fn () => Str::markdown($text)),
            );
        }
        self::assertNative(Str::inlineMarkdown(self::SHORT) === LaravelStr::inlineMarkdown(self::SHORT) && \Oxide\Native\markdown(self::SHORT, 'inline', 'allow', true, "\n", PHP_INT_MAX) !== null, 'inline');
        yield new Row(
            'Str::inlineMarkdown short ('.\strlen(self::SHORT).' B)',
            500,
            fn () => self::times(500, fn () => LaravelStr::inlineMarkdown(self::SHORT)),
            fn () => self::times(500, fn () => Str::inlineMarkdown(self::SHORT)),
        );
        $mail = (string) file_get_contents(__DIR__.'/Fixtures/password-reset-mail.md');
        $copy = $mail;
        self::assertNative(MarkdownParsing::html($copy, Markdown::class, []) === Markdown::converter()->convert($mail)->getContent(), 'mail');
        yield new Row(
            'Mail Markdown::parse password reset ('.round(\strlen($mail) / 1024, 1).' KB)',
            50,
            fn () => self::times(50, fn () => new HtmlString(Markdown::converter()->convert($mail)->getContent())),
            fn () => self::times(50, function () use ($mail) {
                $text = $mail;

                return new HtmlString(MarkdownParsing::html($text, Markdown::class, []) ?? '');
            }),
        );
    }

    /** @return list<string> */
    private static function times(int $count, \Closure $render): array
    {
        $html = [];
        for ($i = 0; $i < $count; $i++) {
            $html[] = (string) $render();
        }

        return $html;
    }

    private static function assertNative(bool $native, string $label): void
    {
        if (! $native) {
            throw new RuntimeException("bench: the {$label} markdown row does not render natively (or differs)");
        }
    }
}
