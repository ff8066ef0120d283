//! An HTML renderer over comrak's tree that writes what league/commonmark's `HtmlRenderer` and
//! node renderers write: the same separators, attribute order, escaping and URL encoding.

use std::cell::Ref;

use comrak::nodes::{Ast, ListType, Node, NodeValue, TableAlignment};

use super::autolink::Piece;
use super::handback::{Autolinks, address};
use super::html::{
    HtmlInput, is_link_potentially_unsafe, push_encoded_url, push_escaped, push_filtered,
    push_tag_filtered,
};
use super::source::Source;
use super::tasks::{Reading, TaskMarker};
use super::{Flavor, Options};

/// league's `renderer/block_separator` and `renderer/inner_separator` defaults.
const SEPARATOR: &str = "\n";

pub struct Renderer<'o> {
    options: &'o Options,
    source: &'o Source<'o>,
    autolinks: Autolinks,
    pub out: String,
}

impl<'o> Renderer<'o> {
    pub fn new(options: &'o Options, source: &'o Source<'o>, autolinks: Autolinks) -> Self {
        let capacity = source.text.len() + source.text.len() / 4;
        Self {
            options,
            source,
            autolinks,
            out: String::with_capacity(capacity),
        }
    }

    /// `DocumentRenderer`: the blocks, and a final newline unless there are none. With only
    /// inlines, `ChildRenderer`: the blocks alone.
    pub fn document(&mut self, root: Node<'_>) {
        self.children(root);
        if !self.out.is_empty() && self.options.flavor != Flavor::GithubInlines {
            self.out.push('\n');
        }
    }

    /// `HtmlRenderer::renderNodes()`: a block separator before every block but the first.
    fn children(&mut self, parent: Node<'_>) {
        for (index, child) in parent.children().enumerate() {
            if index > 0 && is_block(&child.data.borrow()) {
                self.out.push_str(SEPARATOR);
            }
            self.node(child);
        }
    }

    fn node(&mut self, node: Node<'_>) {
        let ast = node.data.borrow();
        match &ast.value {
            NodeValue::Document => self.children(node),
            // `ChildRenderer`: the inlines, then a block separator.
            NodeValue::Paragraph if self.options.flavor == Flavor::GithubInlines => {
                self.paragraph_contents(node);
                self.out.push_str(SEPARATOR);
            }
            NodeValue::Paragraph => {
                if in_tight_list(node) {
                    self.paragraph_contents(node);
                } else {
                    self.out.push_str("<p>");
                    self.paragraph_contents(node);
                    self.out.push_str("</p>");
                }
            }
            NodeValue::Heading(heading) => {
                let tag = heading_tag(heading.level);
                self.element(tag, node);
            }
            NodeValue::BlockQuote => {
                self.out.push_str("<blockquote>");
                self.out.push_str(SEPARATOR);
                let before = self.out.len();
                self.children(node);
                if self.out.len() > before {
                    self.out.push_str(SEPARATOR);
                }
                self.out.push_str("</blockquote>");
            }
            NodeValue::List(list) => {
                let tag = match list.list_type {
                    ListType::Bullet => "ul",
                    ListType::Ordered => "ol",
                };
                self.out.push('<');
                self.out.push_str(tag);
                if list.list_type == ListType::Ordered && list.start != 1 {
                    self.out.push_str(" start=\"");
                    self.out.push_str(&list.start.to_string());
                    self.out.push('"');
                }
                self.out.push('>');
                self.out.push_str(SEPARATOR);
                drop(ast);
                self.children(node);
                self.out.push_str(SEPARATOR);
                self.close(tag);
            }
            NodeValue::Item(_) => {
                drop(ast);
                self.list_item(node);
            }
            NodeValue::CodeBlock(code) => {
                self.out.push_str("<pre><code");
                if code.fenced {
                    let first_word = code
                        .info
                        .split([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
                        .next()
                        .unwrap_or_default();
                    if !first_word.is_empty() {
                        self.out.push_str(" class=\"");
                        if !first_word.starts_with("language-") {
                            self.out.push_str("language-");
                        }
                        push_escaped(&mut self.out, first_word);
                        self.out.push('"');
                    }
                }
                self.out.push('>');
                push_escaped(&mut self.out, &code.literal);
                self.out.push_str("</code></pre>");
            }
            // comrak keeps the block's last line break; league's literal ends before it.
            NodeValue::HtmlBlock(html) => {
                self.raw_html(html.literal.strip_suffix('\n').unwrap_or(&html.literal));
            }
            NodeValue::ThematicBreak => self.out.push_str("<hr />"),
            NodeValue::Table(table) => {
                let alignments = table.alignments.clone();
                drop(ast);
                self.table(node, &alignments);
            }
            NodeValue::Text(text) => self.text_from(node, text, 0),
            NodeValue::SoftBreak => {
                self.whitespace_before_break(ast.sourcepos.start.line);
                self.out.push_str(&self.options.soft_break);
            }
            NodeValue::LineBreak => {
                self.whitespace_before_break(ast.sourcepos.start.line);
                self.out.push_str("<br />\n");
            }
            NodeValue::Code(code) => {
                self.out.push_str("<code>");
                push_escaped(&mut self.out, &code.literal);
                self.out.push_str("</code>");
            }
            NodeValue::HtmlInline(html) => self.raw_html(html),
            NodeValue::Emph => self.element("em", node),
            NodeValue::Strong => self.element("strong", node),
            NodeValue::Strikethrough => self.element("del", node),
            NodeValue::Link(link) => {
                self.out.push_str("<a");
                if self.options.allow_unsafe_links || !is_link_potentially_unsafe(&link.url) {
                    self.out.push_str(" href=\"");
                    self.url(&link.url);
                    self.out.push('"');
                }
                self.title(&link.title);
                self.out.push('>');
                drop(ast);
                self.children(node);
                self.out.push_str("</a>");
            }
            NodeValue::Image(link) => {
                self.out.push_str("<img src=\"");
                if self.options.allow_unsafe_links || !is_link_potentially_unsafe(&link.url) {
                    self.url(&link.url);
                }
                self.out.push_str("\" alt=\"");
                let mut alt = String::new();
                alt_text(node, &mut alt);
                push_escaped(&mut self.out, &alt);
                self.out.push('"');
                self.title(&link.title);
                self.out.push_str(" />");
            }
            // The parser runs with every other extension off, and the caller hands back
            // documents holding anything this renderer does not know.
            other => unreachable!("markdown node outside the parsed grammar: {other:?}"),
        }
    }

    /// A text with league's autolinks: `Link($url, $url)`, `http://` before `www.`, `mailto:`
    /// before an e-mail address; neither is URL-encoded.
    fn autolinked(&mut self, text: &str, pieces: &[Piece], skip: usize) {
        for piece in pieces {
            let (href_prefix, range) = match piece {
                Piece::Text(range) => {
                    push_escaped(
                        &mut self.out,
                        &text[range.start.max(skip)..range.end.max(skip)],
                    );
                    continue;
                }
                Piece::Url(range) if text[range.clone()].starts_with("www.") => ("http://", range),
                Piece::Url(range) => ("", range),
                Piece::Email(range) => ("mailto:", range),
            };
            let link = &text[range.clone()];
            self.out.push_str("<a");
            if self.options.allow_unsafe_links || !is_link_potentially_unsafe(link) {
                self.out.push_str(" href=\"");
                self.out.push_str(href_prefix);
                push_escaped(&mut self.out, link);
                self.out.push('"');
            }
            self.out.push('>');
            push_escaped(&mut self.out, link);
            self.out.push_str("</a>");
        }
    }

    fn whitespace_before_break(&mut self, line: usize) {
        self.out
            .push_str(self.source.whitespace_kept_before_break(line));
    }

    fn element(&mut self, tag: &str, node: Node<'_>) {
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push('>');
        self.children(node);
        self.close(tag);
    }

    fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// A paragraph's inlines, with the task-list marker league parses at the start of a list
    /// item's paragraph.
    fn paragraph_contents(&mut self, node: Node<'_>) {
        if self.options.flavor.is_github()
            && let Reading::Marker(marker) = TaskMarker::read(node, self.source)
        {
            self.out.push_str(if marker.checked {
                "<input checked=\"\" disabled=\"\" type=\"checkbox\">"
            } else {
                "<input disabled=\"\" type=\"checkbox\">"
            });
            marker.render_rest(node, self);
            return;
        }
        self.children(node);
    }

    pub fn inline(&mut self, node: Node<'_>) {
        self.node(node);
    }

    /// A text node from byte `skip` on, with its autolinks (none starts in a task marker).
    pub fn text_from(&mut self, node: Node<'_>, text: &str, skip: usize) {
        match self.autolinks.remove(&address(node)) {
            Some(pieces) => self.autolinked(text, &pieces, skip),
            None => push_escaped(&mut self.out, &text[skip..]),
        }
    }

    /// `ListItemRenderer`: a newline after `<li>` and before `</li>` around block children,
    /// except a paragraph of a tight list.
    fn list_item(&mut self, node: Node<'_>) {
        let tight = node.parent().is_some_and(
            |list| matches!(&list.data.borrow().value, NodeValue::List(list) if list.tight),
        );
        let needs_separator = |child: Option<Node<'_>>| {
            child.is_some_and(|child| {
                let ast = child.data.borrow();
                is_block(&ast) && !(tight && matches!(ast.value, NodeValue::Paragraph))
            })
        };
        self.out.push_str("<li>");
        if needs_separator(node.first_child()) {
            self.out.push('\n');
        }
        self.children(node);
        if needs_separator(node.last_child()) {
            self.out.push('\n');
        }
        self.out.push_str("</li>");
    }

    /// `TableRenderer` and friends: a head section, a body section when it has rows.
    fn table(&mut self, node: Node<'_>, alignments: &[TableAlignment]) {
        self.out.push_str("<table>\n<thead>\n");
        let mut rows = node.children();
        if let Some(head) = rows.next() {
            self.table_row(head, alignments, "th");
        }
        self.out.push_str("\n</thead>");
        let mut body = rows.peekable();
        if body.peek().is_some() {
            self.out.push_str("\n<tbody>\n");
            for (index, row) in body.enumerate() {
                if index > 0 {
                    self.out.push_str(SEPARATOR);
                }
                self.table_row(row, alignments, "td");
            }
            self.out.push_str("\n</tbody>");
        }
        self.out.push_str("\n</table>");
    }

    fn table_row(&mut self, row: Node<'_>, alignments: &[TableAlignment], tag: &str) {
        self.out.push_str("<tr>\n");
        for (index, cell) in row.children().enumerate() {
            if index > 0 {
                self.out.push_str(SEPARATOR);
            }
            self.out.push('<');
            self.out.push_str(tag);
            match alignments.get(index) {
                Some(TableAlignment::Left) => self.out.push_str(" align=\"left\""),
                Some(TableAlignment::Center) => self.out.push_str(" align=\"center\""),
                Some(TableAlignment::Right) => self.out.push_str(" align=\"right\""),
                _ => {}
            }
            self.out.push('>');
            self.children(cell);
            self.close(tag);
        }
        self.out.push_str("\n</tr>");
    }

    fn raw_html(&mut self, literal: &str) {
        if self.options.tag_filter && self.options.html_input != HtmlInput::Strip {
            let mut filtered = String::with_capacity(literal.len());
            push_filtered(&mut filtered, literal, self.options.html_input);
            push_tag_filtered(&mut self.out, &filtered);
        } else {
            push_filtered(&mut self.out, literal, self.options.html_input);
        }
    }

    fn url(&mut self, url: &str) {
        let mut encoded = String::with_capacity(url.len());
        push_encoded_url(&mut encoded, url);
        push_escaped(&mut self.out, &encoded);
    }

    fn title(&mut self, title: &str) {
        if !title.is_empty() {
            self.out.push_str(" title=\"");
            push_escaped(&mut self.out, title);
            self.out.push('"');
        }
    }
}

fn heading_tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6)) - 1]
}

/// league's `AbstractBlock`: everything that is not an inline.
fn is_block(ast: &Ref<'_, Ast>) -> bool {
    ast.value.block()
}

/// `ParagraphRenderer::inTightList()`: a paragraph directly in an item of a tight list.
fn in_tight_list(paragraph: Node<'_>) -> bool {
    paragraph
        .parent()
        .filter(|item| matches!(item.data.borrow().value, NodeValue::Item(_)))
        .and_then(|item| item.parent())
        .is_some_and(
            |list| matches!(&list.data.borrow().value, NodeValue::List(list) if list.tight),
        )
}

/// `ImageRenderer::getAltText()`: the literals of text, code and raw HTML, a newline per break.
fn alt_text(node: Node<'_>, alt: &mut String) {
    for child in node.children() {
        match &child.data.borrow().value {
            NodeValue::Text(text) => alt.push_str(text),
            NodeValue::Code(code) => alt.push_str(&code.literal),
            NodeValue::HtmlInline(html) => alt.push_str(html),
            NodeValue::SoftBreak | NodeValue::LineBreak => alt.push('\n'),
            _ => {}
        }
        alt_text(child, alt);
    }
}
