<?php

declare(strict_types=1);

namespace Oxide\Tests\Support;

use Random\Engine\Mt19937;
use Random\Randomizer;
use RuntimeException;

/**
 * Markdown documents for the parity suite: the CommonMark spec's examples (the npm package
 * commonmark-spec, fetched once into the cache), inputs of the GFM spec's extension sections,
 * the Markdown files Debian ships under /usr/share/doc, and seeded random documents.
 */
final class MarkdownCorpus
{
    private const SPEC_VERSION = '0.31.2';

    private const SPEC_TARBALL = 'https://registry.npmjs.org/commonmark-spec/-/commonmark-spec-'.self::SPEC_VERSION.'.tgz';

    private const SPEC_SHA256 = '257c41ad946f7a1414a499aca402a1aa8fdac3678532266611348c1cf54f4b80';

    /** @return array<string, string> name => Markdown */
    public static function specExamples(): array
    {
        return self::examples(
            (string) file_get_contents(self::specFile()),
            '/^`{32} example[^\n]*\n(.*?)^\.\n.*?^`{32}$/ms',
            'spec example',
        );
    }

    /** @return array<string, string> name => Markdown */
    public static function gfmExamples(): array
    {
        $text = (string) file_get_contents(__DIR__.'/Fixtures/gfm-extension-examples.txt');
        $examples = [];
        foreach (\array_slice(explode("%%%%\n", $text), 1) as $index => $markdown) {
            $examples['gfm example '.($index + 1)] = str_replace('→', "\t", $markdown);
        }

        return $examples;
    }

    /** @return array<string, string> path => Markdown, every .md file (gzipped or not) under /usr/share/doc */
    public static function debianDocuments(): array
    {
        $documents = [];
        foreach (glob('/usr/share/doc/*/{,*/,*/*/}*.{md,md.gz}', GLOB_BRACE) ?: [] as $path) {
            $contents = (string) file_get_contents($path);
            $documents[$path] = str_ends_with($path, '.gz') ? (string) gzdecode($contents) : $contents;
        }

        return $documents;
    }

    /** Inline pieces: every inline construct, entities, escapes, raw HTML, GFM triggers, edge bytes. */
    private const INLINES = [
        'foo', 'Bar', 'baz qux', 'x', '1', 'é', '中文', '—', '“quoted”', '’', '¡', '«', '»', "\u{A0}", "\u{2003}", '😀',
        '*', '**', '***', '_', '__', '~', '~~', '~~~', '`', '``', '\\', '\\*', '\\_', '\\`', '\\[', '\\|', '\\<', '\\~',
        '&amp;', '&copy;', '&#123;', '&#x1F600;', '&#0;', '&bogus;', '&', '<', '>', '"', "'", '(', ')', '[', ']', '!', '|',
        '[link](/url)', '[link](/url "title")', "[t](/u 'a&amp;b')", '[e](</a b>)', '[x](javascript:alert(1))',
        '[u](/ä?q=a b&c="d")', '[p](/%20%zz)', '![img](/i.png)', '![*alt* `c`](/i.png "t")', '[ref]', '[ref][]',
        '[Ref][ref]', '[undefined]', '<http://a.b/c?d=e&f>', '<mailto:a@b.c>', '<a@b.c>', '<span class="x">', '</span>',
        '<!-- c -->', '<?pi ?>', '<![CDATA[x]]>', '<title>', '<script>', '</script>', '<textarea>', '<ins>',
        'www.example.com', 'http://x.y/z?q=1', 'https://a.b/(c)', 'ftp://f.g', 'foo@bar.baz', 'a.b-c@d.e.', 'wwwx',
        '[ ]', '[x]', '[X]', "\0", "  \n", "\\\n",
    ];

    /** Block openings, nestable: headings, quotes, list markers, code, breaks, HTML, tables, definitions. */
    private const BLOCKS = [
        '', '', '', '', '# ', '## ', '###### ', '####### ', '> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '0. ',
        '    ', '  ', ' ', "\t", '- [ ] ', '- [x] ', '* [X] ', '1. [ ] ',
    ];

    /** Whole lines that open or close multi-line constructs. */
    private const LINES = [
        '```', '```php', '``` js title', '~~~', '~~~~', '---', '***', '___', '===', '- - -', '<div>', '</div>',
        '<pre>', '</pre>', '<!--', '-->', '<script>', '</script>', '<table><tr><td>', '[ref]: /u "t"',
        "[Ref]: <b c> 'x'", '[ref]:', '| a | b |', '|---|:-:|', '| :-- | --: |', 'a | b', '| c | d |', '|', '', '',
    ];

    /**
     * A random document of up to $maxLines lines, with mixed line endings; $inline: text as
     * inlineMarkdown() is given, whose lines seldom open a block.
     */
    public static function random(Randomizer $random, int $maxLines = 12, bool $inline = false): string
    {
        $endings = ["\n", "\n", "\n", "\r\n", "\r"];
        $document = '';
        for ($line = $random->getInt(1, $maxLines); $line > 0; $line--) {
            if ($random->getInt(0, 5) === 0) {
                $document .= self::pick($random, self::LINES);
            } else {
                for ($depth = $inline && $random->getInt(0, 7) > 0 ? -1 : $random->getInt(0, 3); $depth >= 0; $depth--) {
                    $document .= self::pick($random, self::BLOCKS);
                }
                for ($pieces = $random->getInt(0, 6); $pieces > 0; $pieces--) {
                    $document .= self::pick($random, self::INLINES).self::pick($random, ['', '', ' ', ' ', '  ', "\t"]);
                }
            }
            $document .= self::pick($random, $endings);
        }

        return $document;
    }

    public static function randomizer(int $seed): Randomizer
    {
        return new Randomizer(new Mt19937($seed));
    }

    /** @param  list<string>  $choices */
    private static function pick(Randomizer $random, array $choices): string
    {
        return $choices[$random->getInt(0, \count($choices) - 1)];
    }

    /** @return array<string, string> */
    private static function examples(string $text, string $pattern, string $label): array
    {
        preg_match_all($pattern, $text, $matches);
        $examples = [];
        foreach ($matches[1] as $index => $markdown) {
            $examples[$label.' '.($index + 1)] = str_replace('→', "\t", $markdown);
        }

        return $examples;
    }

    /** spec.txt of the npm package, fetched once into the cache and checked against its hash. */
    private static function specFile(): string
    {
        $directory = (getenv('OXIDE_CACHE') ?: sys_get_temp_dir().'/oxide').'/fixtures/commonmark-spec-'.self::SPEC_VERSION;
        $file = $directory.'/spec.txt';
        if (is_file($file) && hash_file('sha256', $file) === self::SPEC_SHA256) {
            return $file;
        }
        @mkdir($directory, 0777, true);
        $tarball = $directory.'/package.tgz';
        $bytes = @file_get_contents(self::SPEC_TARBALL);
        if ($bytes === false || file_put_contents($tarball, $bytes) === false) {
            throw new RuntimeException('Cannot fetch '.self::SPEC_TARBALL.' (the CommonMark spec examples)');
        }
        $spec = (string) file_get_contents('phar://'.$tarball.'/package/spec.txt');
        if (hash('sha256', $spec) !== self::SPEC_SHA256) {
            throw new RuntimeException('The CommonMark spec fetched from '.self::SPEC_TARBALL.' is not the one expected');
        }
        file_put_contents($file, $spec);

        return $file;
    }
}
