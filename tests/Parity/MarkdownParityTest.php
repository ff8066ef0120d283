<?php

declare(strict_types=1);

namespace Oxide\Tests\Parity;

use Illuminate\Config\Repository;
use Illuminate\Mail\Markdown;
use Illuminate\Support\HtmlString;
use League\CommonMark\Extension\CommonMark\CommonMarkCoreExtension;
use Oxide\Accelerator;
use Oxide\CommonMarkRelease;
use Oxide\Extension;
use Oxide\Mail\MarkdownParsing;
use Oxide\Native;
use Oxide\Runtime;
use Oxide\Status;
use Oxide\Transparent;
use Oxide\Tests\Support\LaravelStr;
use Oxide\Tests\Support\MarkdownCorpus;
use Oxide\Tests\Support\NativeStr as Str;
use Oxide\Tests\Support\RandomText;
use PHPUnit\Framework\TestCase;

/**
 * Str::markdown() against Laravel's (league/commonmark's GFM converter) on the installed
 * release: the CommonMark spec examples, the GFM extension examples, Debian's Markdown files
 * and seeded random documents, under the options the native path supports. Every document
 * renders identically; the share the extension hands back to league is counted and bounded,
 * so a renderer that hands everything back fails too.
 */
final class MarkdownParityTest extends TestCase
{
    private const RANDOM_DOCUMENTS = 2000;

    /** Option sets the native path supports, each compared on every corpus. */
    private const OPTIONS = [
        'defaults' => [],
        'escape, safe links, nesting 6' => ['html_input' => 'escape', 'allow_unsafe_links' => false, 'max_nesting_level' => 6],
        'strip, soft break' => ['html_input' => 'strip', 'renderer' => ['soft_break' => '<br>']],
    ];

    public function test_spec_examples(): void
    {
        $this->assertCorpus(MarkdownCorpus::specExamples(), minimumNative: 0.92);
        $this->assertCorpus(MarkdownCorpus::specExamples(), minimumNative: 0.55, method: 'inlineMarkdown');
    }

    public function test_gfm_extension_examples(): void
    {
        $this->assertCorpus(MarkdownCorpus::gfmExamples(), minimumNative: 0.8);
        $this->assertCorpus(MarkdownCorpus::gfmExamples(), minimumNative: 0.5, method: 'inlineMarkdown');
    }

    public function test_debian_documents(): void
    {
        $documents = MarkdownCorpus::debianDocuments();
        $this->assertGreaterThan(50, \count($documents), 'the corpus of /usr/share/doc');
        $this->assertCorpus($documents, minimumNative: 0.85);
    }

    public function test_random_documents(): void
    {
        $seed = RandomText::seed();
        $random = MarkdownCorpus::randomizer($seed);
        $documents = [];
        for ($i = 0; $i < self::RANDOM_DOCUMENTS; $i++) {
            $documents["seed {$seed}, document {$i}"] = MarkdownCorpus::random($random);
        }
        $this->assertCorpus($documents, minimumNative: 0.25);
    }

    /** inlineMarkdown()'s text: a few lines of inlines, now and then one that opens a block. */
    public function test_random_inline_texts(): void
    {
        $seed = RandomText::seed();
        $random = MarkdownCorpus::randomizer($seed);
        $texts = [];
        for ($i = 0; $i < self::RANDOM_DOCUMENTS; $i++) {
            $texts["seed {$seed}, text {$i}"] = MarkdownCorpus::random($random, maxLines: 3, inline: true);
        }
        $this->assertCorpus($texts, minimumNative: 0.35, method: 'inlineMarkdown');
    }

    /**
     * Mail\Markdown::parse(): the native HTML of its converter's configuration (CommonMark and
     * tables, unsafe links dropped), and parse() itself, native in transparent mode.
     */
    public function test_mail_markdown(): void
    {
        $seed = RandomText::seed();
        $random = MarkdownCorpus::randomizer($seed);
        $documents = MarkdownCorpus::specExamples() + MarkdownCorpus::gfmExamples();
        for ($i = 0; $i < 500; $i++) {
            $documents["seed {$seed}, document {$i}"] = MarkdownCorpus::random($random);
        }
        $native = 0;
        foreach ($documents as $name => $markdown) {
            $expected = Markdown::converter()->convert($markdown)->getContent();
            $text = $markdown;
            $html = MarkdownParsing::html($text, Markdown::class, []);
            if ($html !== null) {
                $native++;
                $this->assertSame($expected, $html, $name.': '.json_encode($markdown));
            }
            $this->assertSame($expected, (string) Markdown::parse($markdown), $name);
            $this->assertSame($expected, (string) Markdown::parse(new HtmlString($markdown)), $name);
        }
        $this->assertGreaterThan(0.4 * \count($documents), $native, 'documents rendered natively');
        if (getenv('OXIDE_TRANSPARENT') === 'on') {
            $this->assertSame(['parse'], Transparent::report()['classes'][Markdown::class]['native']);
        }
    }

    /** Not native: a subclass, registered extensions, encoded parsing, other types. */
    public function test_mail_markdown_goes_to_laravel(): void
    {
        $text = '*a*';
        $this->assertNull(MarkdownParsing::html($text, 'App\\Mail\\Markdown', []));
        $this->assertNull(MarkdownParsing::html($text, Markdown::class, [CommonMarkCoreExtension::class]));
        $array = ['*a*'];
        $this->assertNull(MarkdownParsing::html($array, Markdown::class, []));
        $this->assertSame("<p><em>a</em></p>\n", (string) Markdown::parse('*a*', encoded: true));
    }

    public function test_what_goes_to_league(): void
    {
        // Not UTF-8: league throws, from its own code.
        foreach (['github' => 'markdown', 'inline' => 'inlineMarkdown'] as $flavor => $method) {
            $this->assertNull(Native\markdown("a\xFF", $flavor, 'allow', true, "\n", PHP_INT_MAX));
            $this->assertSame(
                $this->outcome(fn () => LaravelStr::$method("a\xFF")),
                $this->outcome(fn () => Str::$method("a\xFF")),
            );
        }
        // Options league rejects or the renderer does not know.
        foreach ([['html_input' => 'nope'], ['allow_unsafe_links' => 'yes'], ['max_nesting_level' => 1], ['max_nesting_level' => -1], ['max_nesting_level' => '5'], ['renderer' => ['block_separator' => '']], ['unknown' => 1]] as $options) {
            foreach (['markdown', 'inlineMarkdown'] as $method) {
                $this->assertSame(
                    $this->outcome(fn () => LaravelStr::$method("*a*\nb", $options)),
                    $this->outcome(fn () => Str::$method("*a*\nb", $options)),
                    $method.json_encode($options),
                );
            }
        }
        // Fluent strings: Oxide's Stringable renders through Oxide\Str.
        $this->assertSame(
            (string) \Illuminate\Support\Str::of('# *a*')->markdown(['html_input' => 'escape']),
            (string) \Oxide\Str::of('# *a*')->markdown(['html_input' => 'escape']),
        );
        $this->assertSame(
            (string) \Illuminate\Support\Str::of('*a* <b>')->inlineMarkdown(['html_input' => 'escape']),
            (string) \Oxide\Str::of('*a* <b>')->inlineMarkdown(['html_input' => 'escape']),
        );
        // Other types, as Laravel casts them.
        foreach ([null, 42, 1.5, true, new HtmlString('*a*')] as $value) {
            $this->assertSame($this->outcome(fn () => LaravelStr::markdown($value)), $this->outcome(fn () => Str::markdown($value)));
            $this->assertSame(LaravelStr::inlineMarkdown($value), Str::inlineMarkdown($value));
        }
    }

    /**
     * Deep nesting, long lines and the patterns cmark's tracker lists as quadratic: no crash,
     * the same HTML as league or a hand-back.
     */
    public function test_hostile_documents(): void
    {
        $documents = [
            'nested quotes' => str_repeat('> ', 2000).'a',
            'nested lists' => implode("\n", array_map(fn (int $depth) => str_repeat('  ', $depth).'- a', range(0, 150))),
            'nested emphasis' => str_repeat('*a ', 3000).str_repeat(' a*', 3000),
            'open brackets' => str_repeat('[', 20000).'a',
            'link openers' => str_repeat('[a](', 5000),
            'emphasis runs' => str_repeat('a**b', 10000),
            'backticks' => implode(' ', array_map(fn (int $n) => str_repeat('`', $n), range(1, 300))),
            'entities' => str_repeat('&amp;&#123;&bogus;', 5000),
            'long line' => str_repeat('word *and* [link](/u) ', 20000),
            'tables' => "| a | b |\n|---|---|\n".str_repeat("| c | d |\n", 5000),
            'html' => str_repeat("<div>\n\n", 3000),
            'autolinks' => str_repeat('www.a.com http://b.c/d?e=f foo@bar.baz ', 3000),
            'reference definitions' => str_repeat("[a]: /u\n", 3000).'[a]',
            'nul and crlf' => str_repeat("a\0b\r\n", 5000),
        ];
        foreach ($documents as $name => $markdown) {
            $this->assertSame(LaravelStr::markdown($markdown), Str::markdown($markdown), $name);
            $this->assertSame(LaravelStr::inlineMarkdown($markdown), Str::inlineMarkdown($markdown), $name);
        }
    }

    /** Another league/commonmark release, or the switch off: league renders, and oxide:status says why. */
    public function test_an_unproven_league_release_keeps_leagues_code(): void
    {
        $proven = new \ReflectionProperty(CommonMarkRelease::class, 'proven');
        $status = new Status(Extension::detect(), new Repository([]));
        $this->assertNull($status->whyInactive(Accelerator::Markdown));
        try {
            $proven->setValue(null, false);
            $this->assertStringStartsWith('league/commonmark 2.10.4 is not a release', (string) $status->whyInactive(Accelerator::Markdown));
            $text = '*a*';
            $this->assertNull(MarkdownParsing::html($text, Markdown::class, []));
        } finally {
            $proven->setValue(null, null);
        }
        Runtime::use(Accelerator::Markdown, false);
        try {
            $text = '*a*';
            $this->assertNull(MarkdownParsing::html($text, Markdown::class, []));
            $this->assertSame(LaravelStr::markdown('*a*'), Str::markdown('*a*'));
        } finally {
            Runtime::use(Accelerator::Markdown);
        }
    }

    /**
     * @param  array<string, string>  $documents
     * @param  'markdown'|'inlineMarkdown'  $method
     */
    private function assertCorpus(array $documents, float $minimumNative, string $method = 'markdown'): void
    {
        $flavor = $method === 'markdown' ? 'github' : 'inline';
        foreach (self::OPTIONS as $label => $options) {
            $native = 0;
            foreach ($documents as $name => $markdown) {
                $expected = LaravelStr::$method($markdown, $options);
                $this->assertSame($expected, Str::$method($markdown, $options), "{$name} ({$method}, {$label}): ".json_encode($markdown));
                $native += $this->nativeHtml($markdown, $flavor, $options) !== null ? 1 : 0;
            }
            $this->assertGreaterThanOrEqual(
                (int) ceil($minimumNative * \count($documents)),
                $native,
                "documents rendered natively ({$method}, {$label}) of ".\count($documents),
            );
        }
    }

    private function nativeHtml(string $markdown, string $flavor, array $options): ?string
    {
        return Native\markdown(
            $markdown,
            $flavor,
            $options['html_input'] ?? 'allow',
            $options['allow_unsafe_links'] ?? true,
            $options['renderer']['soft_break'] ?? "\n",
            $options['max_nesting_level'] ?? PHP_INT_MAX,
        );
    }

    private function outcome(\Closure $call): array
    {
        try {
            return ['value' => $call()];
        } catch (\Throwable $e) {
            return ['throws' => $e::class, 'message' => $e->getMessage()];
        }
    }
}
