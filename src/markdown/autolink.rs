//! league's GFM autolinks (`UrlAutolinkParser`, `EmailAutolinkParser`) over comrak's text.
//!
//! league finds them while it parses inlines; comrak, with its own autolinks off, leaves their
//! characters in text nodes. A text node is split natively only when league's reading is
//! certain: the node is the source's own characters (no escape or entity folded into it),
//! every link league would make ends inside it, and every character the URL grammar has to
//! classify is ASCII (league's classes are Unicode categories). Otherwise the document goes to
//! league.

use std::ops::Range;

use comrak::nodes::{Node, NodeValue};

use super::source::Source;

/// A piece of a text node.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    Text(Range<usize>),
    /// A URL; `www.` ones get `http://` before them in `href`.
    Url(Range<usize>),
    Email(Range<usize>),
}

/// Not certain: league must render the document.
#[derive(Debug, PartialEq, Eq)]
pub struct Unsure;

/// Whether league could find an autolink in this text at all: an `@`, or a URL prefix, found
/// from the `.` of `www.` or the `:` of `://`, which text seldom holds.
pub fn may_link(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(at, byte)| match byte {
        b'@' => true,
        b'.' => at >= 3 && trigger_at(bytes, at - 3).is_some(),
        b':' => (at.saturating_sub(5)..at).any(|start| trigger_at(bytes, start).is_some()),
        _ => false,
    })
}

/// The characters URL triggers may follow (league's `ALLOWED_AFTER`); `None` is the start of
/// the inline content.
fn may_precede_url(previous: Option<u8>) -> bool {
    matches!(
        previous,
        None | Some(b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'*' | b'_' | b'~' | b'(')
    )
}

/// league's URL prefixes, matched case-insensitively: `www.`, `http://`, `https://`, `ftp://`.
fn trigger_at(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = &bytes[at..];
    ["www.", "http://", "https://", "ftp://"]
        .iter()
        .find(|prefix| {
            rest.len() >= prefix.len()
                && rest[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        })
        .map(|prefix| prefix.len())
}

/// The pieces of the text `line[text]`: `line` is the source line holding it (league's regexes
/// read on past the text), `previous` the character league sees before it (`None` at the
/// start of the inline content). Ranges are relative to the text.
pub fn pieces(line: &[u8], text: Range<usize>, previous: Option<u8>) -> Result<Vec<Piece>, Unsure> {
    let mut pieces = Vec::new();
    let mut cursor = text.start;
    let mut text_from = text.start;
    for (at, kind) in matches(line, text.clone())? {
        if at < cursor {
            continue;
        }
        let link = match kind {
            Trigger::Url => {
                let before = if at == text.start {
                    previous
                } else {
                    Some(line[at - 1])
                };
                if may_precede_url(before) {
                    url_length(&line[at..])?
                } else {
                    None
                }
            }
            Trigger::Email(length) => email_length(&line[at..at + length]),
        };
        match link {
            Some(length) if at + length > text.end => return Err(Unsure),
            Some(length) => {
                if text_from < at {
                    pieces.push(Piece::Text(text_from - text.start..at - text.start));
                }
                let range = at - text.start..at + length - text.start;
                pieces.push(match kind {
                    Trigger::Url => Piece::Url(range),
                    Trigger::Email(_) => Piece::Email(range),
                });
                cursor = at + length;
                text_from = cursor;
            }
            // league adds the character as text and goes on from the next one.
            None => cursor = at + 1,
        }
    }
    if text_from < text.end {
        pieces.push(Piece::Text(text_from - text.start..text.end - text.start));
    }
    Ok(pieces)
}

#[derive(Clone, Copy, Debug)]
enum Trigger {
    Url,
    /// The length of the regex's match.
    Email(usize),
}

/// Both parsers' matches in the text, as `preg_match_all()` finds each (left to right,
/// without overlaps; an e-mail match is read on the line past the text), in the order league
/// visits them: at one position the e-mail parser, registered first, is tried first. An
/// e-mail whose local part starts before the text is not certain.
fn matches(line: &[u8], text: Range<usize>) -> Result<Vec<(usize, Trigger)>, Unsure> {
    let mut found = Vec::new();
    let mut at = text.start;
    while at < text.end {
        // Every prefix starts with one of these letters.
        if !matches!(line[at], b'w' | b'W' | b'h' | b'H' | b'f' | b'F') {
            at += 1;
            continue;
        }
        match trigger_at(&line[..text.end], at) {
            Some(length) => {
                found.push((at, Trigger::Url));
                at += length;
            }
            None => at += 1,
        }
    }
    let mut from = text.start;
    for at_sign in (text.start..text.end).filter(|&at| line[at] == b'@') {
        if at_sign < from {
            continue;
        }
        let run_start = line[..at_sign]
            .iter()
            .rposition(|&byte| !is_local(byte))
            .map_or(0, |last| last + 1);
        if run_start < text.start && from == text.start {
            return Err(Unsure);
        }
        // The search goes on where the last match ended.
        let local_start = run_start.max(from);
        if local_start == at_sign {
            continue;
        }
        if let Some(end) = email_match_end(line, at_sign) {
            found.push((local_start, Trigger::Email(end - local_start)));
            from = end;
        }
    }
    found.sort_by_key(|&(at, trigger)| (at, matches!(trigger, Trigger::Url)));
    Ok(found)
}

/// `[A-Za-z0-9.\-_+]`, the local part of league's e-mail regex.
fn is_local(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_' | b'+')
}

/// The end of `@[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_.]+` from the `@`.
fn email_match_end(bytes: &[u8], at_sign: usize) -> Option<usize> {
    let label = |byte: &u8| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_');
    let domain = at_sign
        + 1
        + bytes[at_sign + 1..]
            .iter()
            .take_while(|byte| label(byte))
            .count();
    if domain == at_sign + 1 || bytes.get(domain) != Some(&b'.') {
        return None;
    }
    let rest = bytes[domain + 1..]
        .iter()
        .take_while(|byte| label(byte) || **byte == b'.')
        .count();
    (rest > 0).then_some(domain + 1 + rest)
}

/// `EmailAutolinkParser::parse()`: no link when the match ends in `-` or `_`; a final `.` is
/// left out.
fn email_length(email: &[u8]) -> Option<usize> {
    match email.last() {
        Some(b'-' | b'_') => None,
        Some(b'.') => Some(email.len() - 1),
        _ => Some(email.len()),
    }
}

/// The length of the URL league links at the start of `rest` (the source from a trigger to
/// the end of its line), after its trimming; `None` when its regex does not match.
fn url_length(rest: &[u8]) -> Result<Option<usize>, Unsure> {
    // No class of the grammar holds a line break: a scan stops at the line's end by itself.
    let mut scan = Scan { bytes: rest, at: 0 };
    if !scan.eat_ascii_case("www.") {
        let scheme = ["http://", "https://", "ftp://"]
            .iter()
            .find(|scheme| scan.eat_ascii_case(scheme));
        if scheme.is_none() {
            return Ok(None);
        }
        // The optional user information is given back when no host follows it.
        let host_start = scan.at;
        scan.authority()?;
        if scan.at > host_start && !scan.host()? {
            scan.at = host_start;
        } else if scan.at > host_start {
            scan.port();
            scan.path_query_fragment()?;
            return Ok(Some(trimmed(&scan.bytes[..scan.at])));
        }
    }
    if !scan.host()? {
        return Ok(None);
    }
    scan.port();
    scan.path_query_fragment()?;
    Ok(Some(trimmed(&scan.bytes[..scan.at])))
}

/// The URL after league's trimming: trailing punctuation, one trailing entity, and as many
/// final bytes as there are unmatched closing parentheses.
fn trimmed(url: &[u8]) -> usize {
    let mut length = url.len();
    let punctuation = url[1..]
        .iter()
        .rev()
        .take_while(|byte| b"?!.,:*_~".contains(byte))
        .count();
    length -= punctuation;
    if let Some(ampersand) = url[..length].iter().rposition(|&byte| byte == b'&')
        && ampersand > 0
        && length - ampersand > 2
        && url[length - 1] == b';'
        && url[ampersand + 1..length - 1]
            .iter()
            .all(u8::is_ascii_alphanumeric)
    {
        length = ampersand;
    }
    if url[..length].last() == Some(&b')') {
        let count = |wanted: u8| url[..length].iter().filter(|&&byte| byte == wanted).count();
        let unmatched = count(b')').saturating_sub(count(b'('));
        length -= unmatched.min(length);
    }
    length
}

/// A cursor over the URL's line, matching the pieces of league's regex. Every character
/// class is decided on ASCII; meeting another character where one must be classified is
/// `Unsure`.
struct Scan<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat_ascii_case(&mut self, text: &str) -> bool {
        let rest = &self.bytes[self.at..];
        let found =
            rest.len() >= text.len() && rest[..text.len()].eq_ignore_ascii_case(text.as_bytes());
        if found {
            self.at += text.len();
        }
        found
    }

    /// The length of a run from `from` of characters in `class` or `%XX` escapes (when
    /// `escapes`); `Unsure` at a non-ASCII character.
    fn run(&self, from: usize, class: fn(u8) -> bool, escapes: bool) -> Result<usize, Unsure> {
        let mut at = from;
        while let Some(&byte) = self.bytes.get(at) {
            if !byte.is_ascii() {
                return Err(Unsure);
            }
            if class(byte) {
                at += 1;
            } else if escapes
                && byte == b'%'
                && self.bytes.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
                && self.bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit)
            {
                at += 3;
            } else {
                break;
            }
        }
        Ok(at - from)
    }

    /// `(?:(?:USER+:)?(USER+)@)?` after a scheme.
    fn authority(&mut self) -> Result<(), Unsure> {
        let user = |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'-');
        let first = self.run(self.at, user, true)?;
        if first == 0 {
            return Ok(());
        }
        let after = self.at + first;
        match self.bytes.get(after) {
            Some(b'@') => self.at = after + 1,
            Some(b':') => {
                let second = self.run(after + 1, user, true)?;
                if second > 0 && self.bytes.get(after + 1 + second) == Some(&b'@') {
                    self.at = after + 2 + second;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The host alternatives in league's order: punycode labels, a multi-level name, a
    /// single label (each with an optional final dot), then an IPv6 address in brackets
    /// (left to league). An IPv4 address is read by the first two.
    fn host(&mut self) -> Result<bool, Unsure> {
        if self.peek() == Some(b'[') {
            return Err(Unsure);
        }
        let matched = self.punycode()? || self.multi_level()? || self.single_label()?;
        if matched && self.peek() == Some(b'.') {
            self.at += 1;
        }
        Ok(matched)
    }

    /// `(?:xn--[a-z0-9-]++\.)*+xn--[a-z0-9-]++`, case-insensitively, without backtracking.
    fn punycode(&mut self) -> Result<bool, Unsure> {
        let label_char = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'-';
        let mut at = self.at;
        let mut last_label_end = None;
        loop {
            let rest = &self.bytes[at..];
            if rest.len() < 4 || !rest[..4].eq_ignore_ascii_case(b"xn--") {
                break;
            }
            let length = self.run(at + 4, label_char, false)?;
            if length == 0 {
                break;
            }
            let end = at + 4 + length;
            if self.bytes.get(end) == Some(&b'.') {
                // `(?:…\.)*+` keeps every label followed by a dot.
                at = end + 1;
                last_label_end = None;
            } else {
                last_label_end = Some(end);
                break;
            }
        }
        match last_label_end {
            Some(end) => {
                self.at = end;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `(?:[\pL\pN\pS\pM\-\_]++\.){1,127}[\pL\pN\pM]++`.
    fn multi_level(&mut self) -> Result<bool, Unsure> {
        let label = |byte: u8| {
            byte.is_ascii_alphanumeric() || is_ascii_symbol(byte) || matches!(byte, b'-' | b'_')
        };
        // Label starts of the repetitions that matched, each followed by a dot.
        let mut dots = Vec::new();
        let mut at = self.at;
        while dots.len() < 127 {
            let length = self.run(at, label, false)?;
            if length == 0 || self.bytes.get(at + length) != Some(&b'.') {
                break;
            }
            at += length + 1;
            dots.push(at);
        }
        // Backtracking gives repetitions back until the final run matches.
        while let Some(&after_dot) = dots.last() {
            let length = self.run(after_dot, |byte| byte.is_ascii_alphanumeric(), false)?;
            if length > 0 {
                self.at = after_dot + length;
                return Ok(true);
            }
            dots.pop();
        }
        Ok(false)
    }

    /// `[a-z0-9\-\_]++`, case-insensitively.
    fn single_label(&mut self) -> Result<bool, Unsure> {
        let length = self.run(
            self.at,
            |byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_'),
            false,
        )?;
        self.at += length;
        Ok(length > 0)
    }

    /// `(?::[0-9]+)?`.
    fn port(&mut self) {
        if self.peek() == Some(b':') {
            let digits = self.bytes[self.at + 1..]
                .iter()
                .take_while(|byte| byte.is_ascii_digit())
                .count();
            if digits > 0 {
                self.at += 1 + digits;
            }
        }
    }

    /// The path segments, the query and the fragment, each greedy.
    fn path_query_fragment(&mut self) -> Result<(), Unsure> {
        let path = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte);
        while self.peek() == Some(b'/') {
            self.at += 1 + self.run(self.at + 1, path, true)?;
        }
        if self.peek() == Some(b'?') {
            let query =
                |byte: u8| byte.is_ascii_alphanumeric() || b"-._~!$&'[]()*+,;=:@/?".contains(&byte);
            self.at += 1 + self.run(self.at + 1, query, true)?;
        }
        if self.peek() == Some(b'#') {
            let fragment =
                |byte: u8| byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte);
            self.at += 1 + self.run(self.at + 1, fragment, true)?;
        }
        Ok(())
    }
}

/// ASCII characters of Unicode's symbol categories (`\pS`): `$ + < = > ^ \` | ~`.
fn is_ascii_symbol(byte: u8) -> bool {
    b"$+<=>^`|~".contains(&byte)
}

/// The pieces of a comrak text node with a possible autolink, read against the source.
pub fn text_pieces(node: Node<'_>, text: &str, source: &Source<'_>) -> Result<Vec<Piece>, Unsure> {
    let position = node.data.borrow().sourcepos;
    let literal = position.start.line == position.end.line
        && source.span(position.start, position.end) == text
        && !node.previous_sibling().is_some_and(is_text)
        && !node.next_sibling().is_some_and(is_text);
    if !literal {
        return Err(Unsure);
    }
    let line = source.line(position.start.line).as_bytes();
    let start = position.start.column - 1;
    // comrak folds an escaped character into the text after it and starts the text there;
    // league's cursor has passed it, and with it any match that starts on it.
    if start > 0 && line[start - 1] == b'\\' {
        return Err(Unsure);
    }
    pieces(
        line,
        start..start + text.len(),
        previous_character(node, line, start)?,
    )
}

fn is_text(node: Node<'_>) -> bool {
    matches!(node.data.borrow().value, NodeValue::Text(_))
}

/// What league's cursor holds before the text: nothing at the start of a block's inlines, a
/// line break after one, otherwise the source's own character (an emphasis delimiter, say).
fn previous_character(node: Node<'_>, line: &[u8], start: usize) -> Result<Option<u8>, Unsure> {
    match node.previous_sibling() {
        None if node
            .parent()
            .is_some_and(|parent| parent.data.borrow().value.block()) =>
        {
            Ok(None)
        }
        Some(previous)
            if matches!(
                previous.data.borrow().value,
                NodeValue::SoftBreak | NodeValue::LineBreak
            ) =>
        {
            Ok(Some(b'\n'))
        }
        _ if start > 0 => Ok(Some(line[start - 1])),
        _ => Err(Unsure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Option<usize> {
        url_length(text.as_bytes()).unwrap()
    }

    #[test]
    fn urls_follow_leagues_regex_and_trimming() {
        assert_eq!(url("www.example.com/a?b=c#d e"), Some(23));
        assert_eq!(url("http://a.b/c)"), Some(12));
        assert_eq!(url("http://a.b/c_(d)"), Some(16));
        assert_eq!(url("http://a.b/c.,:!?*_~"), Some(12));
        assert_eq!(url("http://a.b/c&amp;"), Some(12));
        assert_eq!(url("http://a.b/c&amp;x"), Some(18));
        assert_eq!(url("http://user:pw@host:8080/p"), Some(26));
        // The user information is given back when no host follows it.
        assert_eq!(url("http://user@/x"), Some(11));
        assert_eq!(url("http://a.b-c./"), Some(10));
        assert_eq!(url("http://xn--d.xn--e/"), Some(19));
        assert_eq!(url("www."), None);
        assert_eq!(url_length("http://é.fr".as_bytes()), Err(Unsure));
    }

    #[test]
    fn emails_follow_leagues_regex() {
        let pieces = |text: &str| pieces(text.as_bytes(), 0..text.len(), None).unwrap();
        assert_eq!(
            pieces("a.b-c_d@a.b."),
            vec![Piece::Email(0..11), Piece::Text(11..12)]
        );
        assert_eq!(pieces("a@b.c_"), vec![Piece::Text(0..6)]);
        assert_eq!(
            pieces("x:y@z.de"),
            vec![Piece::Text(0..2), Piece::Email(2..8)]
        );
        assert_eq!(
            pieces("a@b c@d.e"),
            vec![Piece::Text(0..4), Piece::Email(4..9)]
        );
        // A URL takes the address in its path; a trigger needs a space or `*_~(` before it.
        assert_eq!(pieces("http://a.b/x@c.de"), vec![Piece::Url(0..17)]);
        assert_eq!(pieces("xwww.a.b"), vec![Piece::Text(0..8)]);
    }
}
