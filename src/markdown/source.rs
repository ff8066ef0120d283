//! The document as both parsers read it: line endings normalised, positions mapped to bytes.

use std::borrow::Cow;

use comrak::nodes::LineColumn;

pub struct Source<'s> {
    pub text: Cow<'s, str>,
    line_starts: Vec<usize>,
}

/// What both parsers put in place of U+0000.
const REPLACEMENT: &str = "\u{FFFD}";

impl<'s> Source<'s> {
    /// league splits its input on `\r\n`, `\n` and `\r` and joins lines with `\n`, so raw HTML
    /// and code keep only `\n`; comrak keeps each line's own ending. Both read the same lines.
    /// league replaces U+0000 everywhere, comrak not in every construct.
    pub fn new(text: &'s str) -> Self {
        let mut text = Cow::Borrowed(text);
        if text.contains('\r') {
            text = Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"));
        }
        if text.contains('\0') {
            text = Cow::Owned(text.replace('\0', REPLACEMENT));
        }
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Self { text, line_starts }
    }

    /// The text from a node's start (comrak's 1-based line and byte column) to the end.
    pub fn from(&self, position: LineColumn) -> &[u8] {
        let at = self
            .line_starts
            .get(position.line.saturating_sub(1))
            .map_or(self.text.len(), |start| {
                start + position.column.saturating_sub(1)
            });
        self.text.as_bytes().get(at..).unwrap_or_default()
    }

    /// What league keeps of the whitespace ending 1-based line `line`, before a line break:
    /// its `NewlineParser` trims only spaces, comrak trims tabs, vertical tabs and form feeds
    /// too.
    pub fn whitespace_kept_before_break(&self, line: usize) -> &str {
        let line = self.line(line);
        let trailing = line.trim_end_matches([' ', '\t', '\x0b', '\x0c']);
        line[trailing.len()..].trim_end_matches(' ')
    }

    /// Whether two neighbouring lines read differently in the two parsers:
    /// - a line that may be a link reference definition, then one that may open a block:
    ///   league takes a definition off its paragraph as soon as it is read, so the next line
    ///   may start a block that cannot interrupt a paragraph (an ordered list from 2, say);
    ///   comrak takes definitions off when the paragraph closes;
    /// - two lines that could be a table's delimiter row: league may take the first as a
    ///   header row, comrak only tries it as the delimiter row of the line above;
    /// - a line that could be a delimiter row, indented four columns or with a tab: league
    ///   reads it as one after a paragraph line, comrak as the paragraph's.
    pub fn has_line_pair_read_otherwise(&self) -> bool {
        let mut lines = (1..=self.line_starts.len()).map(|line| self.line(line));
        let Some(mut previous) = lines.next() else {
            return false;
        };
        lines.any(|line| {
            let differs = (may_define_reference(previous)
                && !may_define_reference(line)
                && may_open_block(line))
                || (may_be_delimiter_row(previous) && may_be_delimiter_row(line))
                || (may_be_delimiter_row(line) && is_indented_as_code(line));
            previous = line;
            differs
        })
    }

    /// Whether some line is indented with a tab, among the spaces, quote markers and list
    /// markers that open it: the two parsers count the columns of a tab that a list item's
    /// indentation or marker takes in part differently.
    pub fn has_tab_in_an_indentation(&self) -> bool {
        (1..=self.line_starts.len()).any(|line| opening_has_tab(self.line(line).as_bytes()))
    }

    /// Whether a reference is written with a label of only whitespace, `[a][ ]`: league keeps
    /// the text, comrak takes `[a]` as a shortcut and drops the rest.
    pub fn has_blank_reference_label(&self) -> bool {
        self.text.match_indices("][").any(|(at, _)| {
            let rest = &self.text.as_bytes()[at + 2..];
            let blank = rest
                .iter()
                .take_while(|byte| matches!(byte, b' ' | b'\t' | b'\n'))
                .count();
            blank > 0 && rest.get(blank) == Some(&b']')
        })
    }

    /// The text of 1-based lines `first..=last`.
    pub fn lines(&self, first: usize, last: usize) -> &str {
        let start = self
            .line_starts
            .get(first.wrapping_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(last)
            .copied()
            .unwrap_or(self.text.len());
        &self.text[start..end.max(start)]
    }

    /// 1-based line `line`, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        &self.text[start..end]
    }

    /// The text from a node's first character to its last.
    pub fn span(&self, start: LineColumn, end: LineColumn) -> &str {
        let offset = |position: LineColumn| {
            self.line_starts
                .get(position.line.saturating_sub(1))
                .map_or(self.text.len(), |line| {
                    line + position.column.saturating_sub(1)
                })
                .min(self.text.len())
        };
        let (from, to) = (offset(start), (offset(end) + 1).min(self.text.len()));
        self.text.get(from..to.max(from)).unwrap_or_default()
    }

    /// The number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Whether 1-based line `line` exists and holds only spaces and tabs.
    pub fn has_blank_line(&self, line: usize) -> bool {
        line <= self.line_starts.len() && self.is_blank_line(line)
    }

    /// Whether 1-based line `line` holds only spaces and tabs (or does not exist).
    pub fn is_blank_line(&self, line: usize) -> bool {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return true;
        };
        self.text.as_bytes()[start..]
            .iter()
            .take_while(|&&byte| byte != b'\n')
            .all(|byte| matches!(byte, b' ' | b'\t'))
    }
}

/// A line whose content, past any quote and list markers, opens like `[label]:`.
pub fn may_define_reference(line: &str) -> bool {
    let content = line.trim_start_matches(|c: char| {
        matches!(c, ' ' | '\t' | '>' | '-' | '*' | '+' | '.' | ')') || c.is_ascii_digit()
    });
    content.starts_with('[') && content.contains("]:")
}

/// Only pipes, colons, hyphens and whitespace, with a hyphen.
fn may_be_delimiter_row(line: &str) -> bool {
    line.contains('-')
        && line
            .bytes()
            .all(|byte| matches!(byte, b'|' | b':' | b'-' | b' ' | b'\t'))
}

/// Whether a non-blank line may open a block: indented four columns, or starting with a
/// character some block starts with. A line of text continues the paragraph in both parsers.
fn may_open_block(line: &str) -> bool {
    let content = line.trim_start_matches(' ');
    let indent = line.len() - content.len();
    match content.bytes().next() {
        None => false,
        Some(b'\t') => true,
        Some(_) if indent >= 4 => true,
        Some(first) => b"#>-*+_=<`~|[0123456789".contains(&first),
    }
}

/// Whether the run of spaces, tabs, quote markers and list markers opening a line holds a tab.
fn opening_has_tab(line: &[u8]) -> bool {
    let mut at = 0;
    loop {
        match line.get(at) {
            Some(b'\t') => return true,
            Some(b' ' | b'>') => at += 1,
            Some(b'-' | b'*' | b'+') => at += 1,
            Some(byte) if byte.is_ascii_digit() => {
                at += line[at..]
                    .iter()
                    .take_while(|byte| byte.is_ascii_digit())
                    .count();
                if !matches!(line.get(at), Some(b'.' | b')')) {
                    return false;
                }
                at += 1;
            }
            _ => return false,
        }
    }
}

/// Whether a line's indentation is four columns or holds a tab.
fn is_indented_as_code(line: &str) -> bool {
    let indentation = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    indentation.contains('\t') || indentation.len() >= 4
}
