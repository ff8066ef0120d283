<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\CommonMarkRelease;
use Oxide\Native;
use Oxide\Runtime;

/**
 * Native markdown() and inlineMarkdown() for a subclass of Illuminate\Support\Str: the HTML
 * league/commonmark writes with the environments Laravel builds (GitHub-flavoured Markdown;
 * the same with InlinesOnlyExtension), byte for byte.
 *
 * Native for strings with no extensions and options limited to html_input,
 * allow_unsafe_links, max_nesting_level and renderer.soft_break, while the installed
 * league/commonmark is a release the renderer was proven against. The extension hands a
 * document back (null) when it cannot vouch for its output, decided on the parsed tree
 * before rendering: league then renders it, as it does everything else (other options,
 * which league may reject, other types, extensions).
 */
trait RendersMarkdownNatively
{
    public static function markdown($string, array $options = [], array $extensions = [])
    {
        return self::nativeMarkdown('github', $string, $options, $extensions)
            ?? parent::markdown($string, $options, $extensions);
    }

    public static function inlineMarkdown($string, array $options = [], array $extensions = [])
    {
        return self::nativeMarkdown('inline', $string, $options, $extensions)
            ?? parent::inlineMarkdown($string, $options, $extensions);
    }

    /** The native HTML of $string as league's $flavor environment renders it, when supported. */
    private static function nativeMarkdown(string $flavor, mixed $string, array $options, array $extensions): ?string
    {
        if (! \is_string($string) || $extensions !== [] || ! isset(Runtime::$markdown) || ! CommonMarkRelease::isProven()) {
            return null;
        }
        if ($options === []) {
            return Native\markdown($string, $flavor, 'allow', true, "\n", PHP_INT_MAX);
        }
        $htmlInput = $options['html_input'] ?? 'allow';
        $allowUnsafeLinks = $options['allow_unsafe_links'] ?? true;
        $maxNestingLevel = $options['max_nesting_level'] ?? PHP_INT_MAX;
        $renderer = $options['renderer'] ?? [];
        unset($options['html_input'], $options['allow_unsafe_links'], $options['max_nesting_level'], $options['renderer']);
        if ($options !== [] || ! \is_string($htmlInput) || ! \is_bool($allowUnsafeLinks) || ! \is_int($maxNestingLevel) || ! \is_array($renderer)) {
            return null;
        }
        $softBreak = $renderer['soft_break'] ?? "\n";
        unset($renderer['soft_break']);
        if ($renderer !== [] || ! \is_string($softBreak)) {
            return null;
        }

        return Native\markdown($string, $flavor, $htmlInput, $allowUnsafeLinks, $softBreak, $maxNestingLevel);
    }
}
