<?php

declare(strict_types=1);

namespace Oxide\Concerns;

use Oxide\CommonMarkRelease;
use Oxide\Native;
use Oxide\Runtime;

/**
 * Native markdown() for a subclass of Illuminate\Support\Str: the HTML league/commonmark's
 * GithubFlavoredMarkdownConverter writes, byte for byte.
 *
 * Native for strings with no extensions and options limited to html_input,
 * allow_unsafe_links and renderer.soft_break, while the installed league/commonmark is a
 * release the renderer was proven against. The extension hands a document back (null) when
 * it cannot vouch for its output, decided on the parsed tree before rendering: league then
 * renders it, as it does everything else (other options, which league may reject, other
 * types, extensions).
 */
trait RendersMarkdownNatively
{
    public static function markdown($string, array $options = [], array $extensions = [])
    {
        if (\is_string($string) && $extensions === [] && Runtime::$markdown && CommonMarkRelease::isProven()) {
            $html = $options === []
                ? Native\markdown($string, false, 'allow', true, "\n")
                : self::markdownWithOptions($string, $options);
            if ($html !== null) {
                return $html;
            }
        }

        return parent::markdown($string, $options, $extensions);
    }

    /** The native HTML under the options league's GFM converter is given, when supported. */
    private static function markdownWithOptions(string $string, array $options): ?string
    {
        $htmlInput = $options['html_input'] ?? 'allow';
        $allowUnsafeLinks = $options['allow_unsafe_links'] ?? true;
        $renderer = $options['renderer'] ?? [];
        unset($options['html_input'], $options['allow_unsafe_links'], $options['renderer']);
        if ($options !== [] || ! \is_string($htmlInput) || ! \is_bool($allowUnsafeLinks) || ! \is_array($renderer)) {
            return null;
        }
        $softBreak = $renderer['soft_break'] ?? "\n";
        unset($renderer['soft_break']);
        if ($renderer !== [] || ! \is_string($softBreak)) {
            return null;
        }

        return Native\markdown($string, false, $htmlInput, $allowUnsafeLinks, $softBreak);
    }
}
