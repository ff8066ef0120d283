<?php

declare(strict_types=1);

/*
 * How many documents of each Markdown corpus render natively, and which rule hands the
 * others to league (docs/markdown.md). Needs a debug build of the extension:
 *
 *   php -d extension=modules/oxide.so scripts/markdown-hand-backs.php [random documents] [seed]
 */

use Oxide\Tests\Support\MarkdownCorpus;

require __DIR__.'/../tests/bootstrap.php';

if (! function_exists('Oxide\Native\markdown_hand_back_rule')) {
    fwrite(STDERR, "markdown-hand-backs: needs a debug build of the extension (make build)\n");
    exit(1);
}

$random = MarkdownCorpus::randomizer((int) ($argv[2] ?? 1));
$documents = $texts = [];
for ($i = (int) ($argv[1] ?? 2000); $i > 0; $i--) {
    $documents[] = MarkdownCorpus::random($random);
    $texts[] = MarkdownCorpus::random($random, maxLines: 3, inline: true);
}
$corpora = [
    'spec' => MarkdownCorpus::specExamples(),
    'gfm' => MarkdownCorpus::gfmExamples(),
    'debian' => MarkdownCorpus::debianDocuments(),
    'random' => $documents,
    'random inline' => $texts,
];
foreach ($corpora as $name => $corpus) {
    foreach (['github', 'inline', 'mail'] as $flavor) {
        $rules = [];
        foreach ($corpus as $markdown) {
            $rule = mb_check_encoding($markdown, 'UTF-8') ? Oxide\Native\markdown_hand_back_rule($markdown, $flavor) : 'NotUtf8';
            $rules[$rule ?? 'native'] = ($rules[$rule ?? 'native'] ?? 0) + 1;
        }
        arsort($rules);
        $native = $rules['native'] ?? 0;
        unset($rules['native']);
        printf("%-13s %-6s %5d documents, %5d native; handed back: %s\n", $name, $flavor, count($corpus), $native,
            implode(', ', array_map(fn (string $rule, int $count) => "{$rule} {$count}", array_keys($rules), $rules)) ?: 'none');
    }
}
