//! When league must render: the places where comrak's tree, or what the renderer knows of
//! it, can differ from league's. Each rule is read off the source or the parsed tree before
//! any HTML is written; docs/markdown.md lists them with the inputs that showed them.

use comrak::nodes::{Ast, Node, NodeList, NodeValue};
use rustc_hash::FxHashMap;

use super::autolink::{self, Piece};
use super::source::{Source, may_define_reference};
use super::tasks::{Reading, TaskMarker};
use super::{Flavor, Options};

/// Lists nested deeper than this are left to league: comrak stops nesting lists at 100 levels,
/// league never does.
const MAX_LIST_DEPTH: usize = 90;

/// Documents nested deeper than this (quotes in quotes, emphasis in emphasis…) are left to
/// league, which keeps the native walks' recursion shallow.
const MAX_DEPTH: usize = 256;

/// An HTML block of the seventh kind (any other tag alone on its line).
const HTML_BLOCK_OF_ANY_TAG: u8 = 7;

/// Text nodes league splits into autolinks, by node address, with their pieces.
pub type Autolinks = FxHashMap<usize, Vec<Piece>>;

/// The node's address, the key of [`Autolinks`].
pub fn address(node: Node<'_>) -> usize {
    std::ptr::from_ref(node) as usize
}

/// Why league must render a document: the rule that decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    LinePair,
    BlankReferenceLabel,
    Depth,
    TabIndentation,
    ItemIndentation,
    HeadingEndsItem,
    ItemOpensBlankTwice,
    Backticks,
    Tildes,
    Autolink,
    CodeSpanOverLazyLine,
    TabInLink,
    Indentation,
    TableEscapedPipe,
    TableRowAfter,
    DefinitionParagraph,
    TaskMarker,
    HtmlBlockAfterText,
    HiddenHtml,
    BlockInInlines,
    NestingLevel,
}

/// The autolinks to render, or the rule that leaves the document to league.
pub fn plan(root: Node<'_>, source: &Source<'_>, options: &Options) -> Result<Autolinks, Rule> {
    if source.has_line_pair_read_otherwise() {
        return Err(Rule::LinePair);
    }
    if source.has_blank_reference_label() {
        return Err(Rule::BlankReferenceLabel);
    }
    // league parses no other block with only inlines: the lines comrak reads as a heading, a
    // list, a quote, code or raw HTML continue or start a paragraph there.
    if options.flavor == Flavor::GithubInlines
        && root.children().any(|block| {
            !matches!(
                block.data.borrow().value,
                NodeValue::Paragraph | NodeValue::Table(_)
            )
        })
    {
        return Err(Rule::BlockInInlines);
    }
    let mut walk = Walk {
        source,
        options,
        raw_html: false,
        hidden_lt: source.text.contains("\\<") || source.text.contains("](<"),
        tab_indented: None,
        autolinks: Autolinks::default(),
    };
    if let Some(rule) = walk.needs_league(root, Context::default()) {
        return Err(rule);
    }
    if walk.raw_html && walk.hidden_lt {
        return Err(Rule::HiddenHtml);
    }
    Ok(walk.autolinks)
}

#[derive(Clone, Copy, Default)]
struct Context {
    depth: usize,
    /// Blocks around the node and the node itself, the document not counted: league's depth.
    block_depth: usize,
    /// Inside a block quote, whose markers shift a line's columns.
    in_quote: bool,
    list_depth: usize,
    /// Inside a list or a block quote, whose paragraphs can have lazy lines.
    in_container: bool,
    /// Inside a link's or an image's text, where league undoes autolinks.
    in_link: bool,
    /// The column where the innermost list item's content starts.
    item_content: Option<usize>,
}

struct Walk<'w> {
    source: &'w Source<'w>,
    options: &'w Options,
    /// An inline HTML tag was parsed.
    raw_html: bool,
    /// A `<` that an escape, a code span or a link destination takes. league finds each inline
    /// parser's matches over the whole paragraph, without overlaps: an HTML tag match starting
    /// at such a `<` hides the tags that start inside it, although it is never taken.
    hidden_lt: bool,
    autolinks: Autolinks,
    /// Whether a line is indented with a tab, read once, at the first list.
    tab_indented: Option<bool>,
}

impl Walk<'_> {
    fn needs_league(&mut self, node: Node<'_>, mut context: Context) -> Option<Rule> {
        context.depth += 1;
        if context.depth > MAX_DEPTH {
            return Some(Rule::Depth);
        }
        let ast = node.data.borrow();
        // league tries no block start in a block (a container, or a paragraph a line would
        // interrupt) at `max_nesting_level`: lines comrak reads as blocks there are text to
        // league. Every block, rows and cells aside (no line starts in them), must be above it.
        if ast.value.block()
            && !matches!(
                ast.value,
                NodeValue::Document | NodeValue::TableRow(_) | NodeValue::TableCell
            )
        {
            context.block_depth += 1;
            if context.block_depth >= self.options.max_nesting_level {
                return Some(Rule::NestingLevel);
            }
        }
        let github = self.options.flavor.is_github();
        match &ast.value {
            NodeValue::List(_) => {
                if context.list_depth >= MAX_LIST_DEPTH {
                    return Some(Rule::Depth);
                }
                let source = self.source;
                if context.list_depth == 0
                    && *self
                        .tab_indented
                        .get_or_insert_with(|| source.has_tab_in_an_indentation())
                {
                    return Some(Rule::TabIndentation);
                }
                context.list_depth += 1;
                context.in_container = true;
            }
            NodeValue::BlockQuote => {
                context.in_container = true;
                context.in_quote = true;
            }
            // After an item with more than one space after its marker, league continues the
            // item on a line indented past the marker and one space; comrak (and the spec)
            // needs the content's column.
            NodeValue::Item(item) if self.next_line_may_continue(&ast, item, context) => {
                return Some(Rule::ItemIndentation);
            }
            // A blank line after a heading or a thematic break that ends an item makes the
            // list loose for league (commonmark.js), not for comrak (cmark).
            NodeValue::Item(_)
                if last_heading_or_break(node)
                    .is_some_and(|line| self.source.has_blank_line(line + 1)) =>
            {
                return Some(Rule::HeadingEndsItem);
            }
            // An item may start with one blank line, not two: league ends it there, comrak
            // can take the lines after into it.
            NodeValue::Item(_)
                if node.first_child().is_some()
                    && self.source.is_blank_line(ast.sourcepos.start.line + 1)
                    && opens_blank(
                        self.source.line(ast.sourcepos.start.line),
                        ast.sourcepos.start.column,
                    ) =>
            {
                return Some(Rule::ItemOpensBlankTwice);
            }
            NodeValue::Text(text) if github && !context.in_link && autolink::may_link(text) => {
                let Ok(pieces) = autolink::text_pieces(node, text, self.source) else {
                    return Some(Rule::Autolink);
                };
                if pieces.iter().any(|piece| !matches!(piece, Piece::Text(_))) {
                    self.autolinks.insert(address(node), pieces);
                }
                return None;
            }
            // comrak keeps the indentation of a lazy line inside a code span; league drops it
            // with the rest of the line's leading whitespace.
            NodeValue::Code(code) => {
                self.hidden_lt |= code.literal.contains('<');
                return (context.in_container
                    && (ast.sourcepos.start.line + 1..=ast.sourcepos.end.line)
                        .any(|line| self.is_lazy(line, context)))
                .then_some(Rule::CodeSpanOverLazyLine);
            }
            NodeValue::HtmlInline(_) => self.raw_html = true,
            // league reads only spaces, not tabs, around a link's destination and title.
            NodeValue::Link(_) | NodeValue::Image(_)
                if self
                    .source
                    .span(ast.sourcepos.start, ast.sourcepos.end)
                    .contains('\t') =>
            {
                return Some(Rule::TabInLink);
            }
            NodeValue::Link(_) | NodeValue::Image(_) => context.in_link = true,
            // Code and raw HTML keep their lines' indentation, which the parsers measure
            // differently inside a container: league drops what a blank line holds past the
            // container's indentation and counts a tab's columns its own way, and the two
            // disagree on whether a blank line that ends raw HTML separates list items.
            NodeValue::CodeBlock(_) | NodeValue::HtmlBlock(_)
                if context.in_container && self.indentation_may_differ(&ast) =>
            {
                return Some(Rule::Indentation);
            }
            // GFM's newer rule for `\\|` in a cell (a literal backslash, then an escaped pipe)
            // is league's; comrak keeps the older one.
            NodeValue::Table(_)
                if self
                    .source
                    .lines(ast.sourcepos.start.line, ast.sourcepos.end.line)
                    .contains("\\\\|") =>
            {
                return Some(Rule::TableEscapedPipe);
            }
            // league takes any next line with a pipe as a row, even one that opens another
            // block (a quote, a heading); comrak ends the table there.
            NodeValue::Table(_) if self.source.line(ast.sourcepos.end.line + 1).contains('|') => {
                return Some(Rule::TableRowAfter);
            }
            // comrak numbers the lines of a paragraph's inlines from the paragraph's first line
            // even when link reference definitions took that line: their positions, which the
            // rules and the renderer read, are off.
            NodeValue::Paragraph
                if may_define_reference(self.source.line(ast.sourcepos.start.line)) =>
            {
                return Some(Rule::DefinitionParagraph);
            }
            NodeValue::Paragraph
                if github && matches!(TaskMarker::read(node, self.source), Reading::Unsure) =>
            {
                return Some(Rule::TaskMarker);
            }
            // Such a tag cannot interrupt a paragraph, not even a lazy one: comrak (like cmark)
            // ends a list or quote there, league (like commonmark.js) continues its paragraph.
            NodeValue::HtmlBlock(html)
                if html.block_type == HTML_BLOCK_OF_ANY_TAG
                    && !self.source.is_blank_line(ast.sourcepos.start.line - 1) =>
            {
                return Some(Rule::HtmlBlockAfterText);
            }
            NodeValue::Paragraph | NodeValue::Heading(_) | NodeValue::TableCell => {
                let loose = LooseRuns::of(node);
                // A backtick run left as text is one comrak found no closer for; its memo of
                // closers (cmark's) can then miss the code spans after it in the block.
                if loose.backticks >= 2 || (loose.backticks == 1 && loose.code_spans > 0) {
                    return Some(Rule::Backticks);
                }
                // A tilde run comrak leaves as text is one it did not pair; its pairing of the
                // other delimiters around it (tildes, and emphasis too) can then differ from
                // league's.
                if github && loose.tildes > 0 {
                    return Some(Rule::Tildes);
                }
            }
            NodeValue::Item(item) => {
                context.item_content = Some(ast.sourcepos.start.column - 1 + item.padding);
            }
            _ => {}
        }
        drop(ast);
        node.children()
            .find_map(|child| self.needs_league(child, context))
    }
}

impl Walk<'_> {
    /// Whether a paragraph's line in a container may be lazy: in a quote, any line (its
    /// markers are not counted here); in a list item, one indented short of its content.
    fn is_lazy(&self, line: usize, context: Context) -> bool {
        match context.item_content {
            Some(content) if !context.in_quote => {
                let text = self.source.line(line);
                text.len() - text.trim_start_matches(' ').len() < content
            }
            _ => true,
        }
    }

    /// For an item whose content starts more than one space after its marker: whether the
    /// first non-blank line after it is indented between the marker's end plus one space and
    /// the content's column (or the item is in a quote, whose markers shift columns).
    fn next_line_may_continue(&self, ast: &Ast, item: &NodeList, context: Context) -> bool {
        let line = self.source.line(ast.sourcepos.start.line);
        let marker_start = ast.sourcepos.start.column - 1;
        let rest = line.as_bytes().get(marker_start..).unwrap_or_default();
        let marker_length = match rest.iter().take_while(|byte| byte.is_ascii_digit()).count() {
            0 => 1,
            digits => digits + 1,
        };
        if item.padding <= marker_length + 1 {
            return false;
        }
        if context.in_quote {
            return true;
        }
        let next = (ast.sourcepos.end.line + 1..=self.source.line_count())
            .map(|line| self.source.line(line))
            .find(|line| !line.trim_matches([' ', '\t']).is_empty());
        next.is_some_and(|line| {
            let indent = line.len() - line.trim_start_matches(' ').len();
            indent > marker_start + marker_length && indent < marker_start + item.padding
        })
    }

    /// For a code or HTML block in a container: a line of only whitespace in its text, a
    /// blank last line, or a tab in the indentation of one of its source lines.
    fn indentation_may_differ(&self, ast: &Ast) -> bool {
        let literal = match &ast.value {
            NodeValue::CodeBlock(code) => &code.literal,
            NodeValue::HtmlBlock(html) => &html.literal,
            _ => return false,
        };
        let body = literal.strip_suffix('\n').unwrap_or(literal);
        body.ends_with('\n')
            || body
                .split('\n')
                .any(|line| !line.is_empty() && line.trim_matches([' ', '\t']).is_empty())
            || (ast.sourcepos.start.line..=ast.sourcepos.end.line).any(|line| {
                self.source
                    .line(line)
                    .bytes()
                    .take_while(|byte| matches!(byte, b' ' | b'\t' | b'>'))
                    .any(|byte| byte == b'\t')
            })
    }
}

/// Whether a list item's first line holds only its marker, which starts at 1-based byte
/// `column` (an outer item's marker may come first).
fn opens_blank(line: &str, column: usize) -> bool {
    let content = line.get(column.saturating_sub(1)..).unwrap_or_default();
    let marker = content.strip_prefix(['-', '*', '+']).or_else(|| {
        let digits = content.len()
            - content
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        (digits > 0)
            .then(|| content[digits..].strip_prefix(['.', ')']))
            .flatten()
    });
    marker.is_some_and(|rest| rest.trim_matches([' ', '\t']).is_empty())
}

/// What a block's inlines leave as text that a parser could have paired.
struct LooseRuns {
    backticks: usize,
    tildes: usize,
    code_spans: usize,
}

impl LooseRuns {
    fn of(block: Node<'_>) -> Self {
        let mut loose = Self {
            backticks: 0,
            tildes: 0,
            code_spans: 0,
        };
        for node in block.descendants() {
            match &node.data.borrow().value {
                NodeValue::Text(text) => {
                    loose.backticks += text.bytes().filter(|&byte| byte == b'`').count();
                    loose.tildes += text.bytes().filter(|&byte| byte == b'~').count();
                }
                NodeValue::Code(_) => loose.code_spans += 1,
                _ => {}
            }
        }
        loose
    }
}

/// The last line of an item's last block when that block, through nested lists and items,
/// is a heading or a thematic break.
fn last_heading_or_break(item: Node<'_>) -> Option<usize> {
    let mut node = item;
    while let Some(last) = node.last_child() {
        let ast = last.data.borrow();
        match ast.value {
            NodeValue::Heading(_) | NodeValue::ThematicBreak => {
                return Some(ast.sourcepos.end.line);
            }
            NodeValue::List(_) | NodeValue::Item(_) => {}
            _ => return None,
        }
        drop(ast);
        node = last;
    }
    None
}
