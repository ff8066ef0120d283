//! Markdown to HTML as league/commonmark writes it for Laravel (`Str::markdown`,
//! `Mail\Markdown`), parsed by comrak and rendered by a league-compatible renderer.
//!
//! `render` answers `None` when it cannot be sure its output is league's byte for byte; the
//! caller then runs league. Those rules are decided on the parsed tree before any HTML is
//! written (see docs/markdown.md).

mod autolink;
mod handback;
mod html;
mod render;
mod source;
mod tasks;

use comrak::{Arena, options};

pub use handback::Rule;
pub use html::HtmlInput;
use render::Renderer;
use source::Source;

/// Which league environment the text is rendered as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// `GithubFlavoredMarkdownConverter`: CommonMark plus autolinks, the raw-HTML tag filter,
    /// strikethrough, tables and task lists.
    Github,
    /// `Str::inlineMarkdown()`: GitHub's extensions with league's `InlinesOnlyExtension`, which
    /// parses no block but paragraphs (and GFM's tables) and writes paragraphs without `<p>`.
    GithubInlines,
    /// `Mail\Markdown::converter()`: CommonMark plus tables.
    Mail,
}

impl Flavor {
    /// Whether league's `GithubFlavoredMarkdownExtension` is in the environment.
    fn is_github(self) -> bool {
        matches!(self, Self::Github | Self::GithubInlines)
    }
}

/// The league configuration values the renderer reproduces.
#[derive(Clone, Debug)]
pub struct Options {
    pub flavor: Flavor,
    pub html_input: HtmlInput,
    pub allow_unsafe_links: bool,
    pub soft_break: String,
    /// `max_nesting_level`: no block starts inside a block this deep (the document is 0).
    pub max_nesting_level: usize,
    tag_filter: bool,
}

impl Options {
    pub fn new(
        flavor: Flavor,
        html_input: HtmlInput,
        allow_unsafe_links: bool,
        soft_break: String,
    ) -> Self {
        Self {
            flavor,
            html_input,
            allow_unsafe_links,
            soft_break,
            max_nesting_level: usize::MAX,
            tag_filter: flavor.is_github(),
        }
    }

    /// league's `max_nesting_level`; a negative one, like 0, lets no block start.
    pub fn with_max_nesting_level(self, level: i64) -> Self {
        Self {
            max_nesting_level: usize::try_from(level).unwrap_or(0),
            ..self
        }
    }
}

/// The HTML league would write for `text`, or `None` when league must be asked.
pub fn render(text: &str, options: &Options) -> Option<String> {
    render_or_rule(text, options).ok()
}

/// The rule that leaves `text` to league, if one does (for tools that count them).
pub fn hand_back_rule(text: &str, options: &Options) -> Option<Rule> {
    render_or_rule(text, options).err()
}

fn render_or_rule(text: &str, options: &Options) -> Result<String, Rule> {
    let source = Source::new(text);
    let arena = Arena::new();
    let root = comrak::parse_document(&arena, &source.text, &parser_options(options.flavor));
    let autolinks = handback::plan(root, &source, options)?;
    let mut renderer = Renderer::new(options, &source, autolinks);
    renderer.document(root);
    Ok(renderer.out)
}

fn parser_options(flavor: Flavor) -> comrak::Options<'static> {
    comrak::Options {
        extension: options::Extension {
            table: true,
            strikethrough: flavor.is_github(),
            ..options::Extension::default()
        },
        ..comrak::Options::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn github(text: &str) -> Option<String> {
        render(
            text,
            &Options::new(Flavor::Github, HtmlInput::Allow, true, "\n".into()),
        )
    }

    #[test]
    fn renders_as_league_separates_blocks() {
        assert_eq!(github("").as_deref(), Some(""));
        assert_eq!(
            github("# A\n\n- b\n- c\n\n> d\n").as_deref(),
            Some(
                "<h1>A</h1>\n<ul>\n<li>b</li>\n<li>c</li>\n</ul>\n<blockquote>\n<p>d</p>\n</blockquote>\n"
            )
        );
        assert_eq!(
            github("| a | b |\n|:-|-:|\n| c |\n").as_deref(),
            Some(
                "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n\
                 <tbody>\n<tr>\n<td align=\"left\">c</td>\n<td align=\"right\"></td>\n</tr>\n</tbody>\n</table>\n"
            )
        );
    }

    #[test]
    fn keeps_what_league_keeps() {
        // Line endings become `\n` in raw HTML; a tab before a line break stays.
        assert_eq!(
            github("<div>\r\nx\r\n</div>").as_deref(),
            Some("<div>\nx\n</div>\n")
        );
        assert_eq!(github("a\t\nb").as_deref(), Some("<p>a\t\nb</p>\n"));
        assert_eq!(github("a\t  \nb").as_deref(), Some("<p>a\t<br />\nb</p>\n"));
        assert_eq!(github("a\0b").as_deref(), Some("<p>a\u{FFFD}b</p>\n"));
    }

    #[test]
    fn writes_task_markers_and_autolinks() {
        assert_eq!(
            github("- [x] see www.example.com, or mail a.b@c.de.\n").as_deref(),
            Some(
                "<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> see \
                 <a href=\"http://www.example.com\">www.example.com</a>, or mail \
                 <a href=\"mailto:a.b@c.de\">a.b@c.de</a>.</li>\n</ul>\n"
            )
        );
        assert_eq!(
            github("(https://a.b/c_(d))) x").as_deref(),
            Some("<p>(<a href=\"https://a.b/c_(d)\">https://a.b/c_(d)</a>)) x</p>\n")
        );
    }

    /// One input for each hand-back rule; each must go to league.
    #[test]
    fn hands_back_what_comrak_reads_otherwise() {
        for text in [
            "[x]: /u\n2) list",        // definition, then a block start
            "* a\n</script>",          // a lazy line opening raw HTML
            "- [x](/u) link",          // a marker comrak read as a link
            "- \\[x] escaped",         // a marker comrak's text spells
            "~a~~ b~",                 // unpaired tildes
            "| a |\n| - |\n| \\\\| |", // GFM's newer `\\|` rule
            "| a |\n| - |\n> b | c",   // a quote league reads as a row
            "* a `b\n c`",             // a code span over a lazy line
            "- <div>\n\n  \t<p>",      // indentation of raw HTML in a list
            "[a](\t/u)",               // a tab around a destination
            "\\<b x=\"<i>\">",         // a `<` taken, hiding a tag
            "a\n|-|\n|-|",             // stacked delimiter rows
            "+ + \n    \n    <?pi ?>", // a nested item opening blank, then a blank line
            "1. # a\n\n2. b",          // a blank line after an item's heading
            "[a][ ]\n\n[a]: /u",       // a reference label of whitespace
            "* \ta\n  # b",            // a tab after a list marker
            "*  a\n\n  b",             // a line past the marker, short of the content
            "a\n\t- |",                // a delimiter row indented with a tab
            "> a `b\nc`",              // a code span over a lazy line in a quote
            "x http://a.b/caf\u{e9}",  // a URL character beyond ASCII
            "\\_a@b.cd",               // an e-mail starting on an escape
            "a [b\nhttp://[::1]/ c",   // an IPv6 host
        ] {
            assert_eq!(github(text), None, "{text:?}");
        }
        let deep = "> ".repeat(300) + "a";
        assert_eq!(github(&deep), None);
    }

    #[test]
    fn inlines_only_writes_paragraphs_bare_and_hands_back_blocks() {
        let options = Options::new(Flavor::GithubInlines, HtmlInput::Allow, true, "\n".into());
        let inline = |text: &str| render(text, &options);
        assert_eq!(inline("").as_deref(), Some(""));
        assert_eq!(
            inline("**a** ~b~ www.c.d\n\ne").as_deref(),
            Some("<strong>a</strong> <del>b</del> <a href=\"http://www.c.d\">www.c.d</a>\n\ne\n")
        );
        assert_eq!(
            inline("| a |\n| - |\n\nb").as_deref(),
            Some("<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\nb\n")
        );
        for text in ["# a", "a\n- b", "> a", "    a", "a\n===", "<div>", "***"] {
            assert_eq!(
                hand_back_rule(text, &options),
                Some(Rule::BlockInInlines),
                "{text:?}"
            );
        }
    }

    /// league tries no block start in a block at the level: a deeper block goes to league.
    #[test]
    fn nesting_level_bounds_every_block() {
        let at = |level: i64, text: &str| {
            let options = Options::new(Flavor::Github, HtmlInput::Allow, true, "\n".into())
                .with_max_nesting_level(level);
            render(text, &options)
        };
        assert_eq!(
            at(3, "> a").as_deref(),
            Some("<blockquote>\n<p>a</p>\n</blockquote>\n")
        );
        assert_eq!(at(3, "> > a"), None);
        assert_eq!(at(1, "a\n# b"), None);
        assert_eq!(at(0, "").as_deref(), Some(""));
        assert_eq!(at(-1, "a"), None);
        assert_eq!(
            at(2, "| a |\n| - |\n| b |").as_deref(),
            at(i64::MAX, "| a |\n| - |\n| b |").as_deref()
        );
    }

    #[test]
    fn mail_has_no_gfm_extensions() {
        let mail = Options::new(Flavor::Mail, HtmlInput::Allow, false, "\n".into());
        assert_eq!(
            render("- [ ] a www.b.c ~d~ <script>\n\n[x](javascript:y)", &mail).as_deref(),
            Some("<ul>\n<li>[ ] a www.b.c ~d~ <script></li>\n</ul>\n<p><a>x</a></p>\n")
        );
    }
}
