//! `Str::words()` and `Str::limit()`.

use std::borrow::Cow;

use super::php_rtrim;
use super::unicode::{is_pcre_space, is_uncertain};

/// The first character `mb_strwidth()` may count as two columns (East Asian
/// wide and full-width characters start at U+1100 in every mbstring table).
const FIRST_WIDE: char = '\u{1100}';

/// `rtrim($prefix).$end`.
fn shortened(prefix: &str, end: &str) -> String {
    // `rtrim()` strips ASCII bytes only, so the kept part ends on a character boundary.
    [&prefix[..php_rtrim(prefix.as_bytes()).len()], end].concat()
}

/// The byte offset after the run of characters from `from` that `keep` accepts.
fn skip_while(value: &str, from: usize, keep: impl Fn(char) -> bool) -> usize {
    value[from..]
        .char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(value.len(), |(offset, _)| from + offset)
}

/// `Str::words($value, $words, $end)`, for a `$words` PCRE compiles: the match of `/^\s*+(?:\S++\s*+){1,$words}/u`, right
/// trimmed, plus `$end`, unless it is the whole value. `None` when a
/// character's class depends on the PCRE2 release.
pub fn words<'a>(value: &'a str, words: u16, end: &str) -> Option<Cow<'a, str>> {
    if value.chars().any(is_uncertain) {
        return None;
    }
    let mut matched = skip_while(value, 0, is_pcre_space);
    let mut any_word = false;
    for _ in 0..words {
        let word_end = skip_while(value, matched, |c| !is_pcre_space(c));
        if word_end == matched {
            break;
        }
        any_word = true;
        matched = skip_while(value, word_end, is_pcre_space);
    }
    // No word at all is no match, and a match of everything is the value.
    Some(if !any_word || matched == value.len() {
        Cow::Borrowed(value)
    } else {
        Cow::Owned(shortened(&value[..matched], end))
    })
}

/// `Str::limit($value, $limit, $end, $preserveWords)` for a non-negative
/// `$limit`. `None` for characters `mb_strwidth()` may count twice, and,
/// when preserving words, for anything but ASCII free of what
/// `strip_tags()` acts on (`<`, `>`, NUL).
pub fn limit<'a>(
    value: &'a str,
    limit: usize,
    end: &str,
    preserve_words: bool,
) -> Option<Cow<'a, str>> {
    if value.chars().any(|c| c >= FIRST_WIDE) {
        return None;
    }
    // Every character is one column wide, so widths are character counts.
    let Some((cut, _)) = value.char_indices().nth(limit) else {
        return Some(Cow::Borrowed(value));
    };
    if !preserve_words {
        return Some(Cow::Owned(shortened(&value[..cut], end)));
    }
    if !value.is_ascii() || value.bytes().any(|b| matches!(b, b'<' | b'>' | 0)) {
        return None;
    }

    // trim(preg_replace('/[\n\r]+/', ' ', $value)), in bytes (all ASCII).
    let mut flattened = String::with_capacity(value.len());
    let mut in_break = false;
    for c in value.chars() {
        let is_break = matches!(c, '\n' | '\r');
        if !is_break {
            flattened.push(c);
        } else if !in_break {
            flattened.push(' ');
        }
        in_break = is_break;
    }
    let flattened = super::php_trim(flattened.as_bytes());
    let prefix = &flattened[..limit.min(flattened.len())];
    let trimmed = php_rtrim(prefix);
    let kept = if flattened.get(limit) == Some(&b' ') {
        trimmed
    } else {
        // preg_replace("/(.*)\s.*/", '$1', $trimmed): everything before the
        // last white space (`\s` without `/u` is `\s` of ASCII; no line
        // breaks are left for `.` to miss).
        trimmed
            .iter()
            .rposition(|&byte| is_pcre_space(char::from(byte)))
            .map_or(trimmed, |last| &trimmed[..last])
    };
    // All ASCII, so any cut is valid UTF-8.
    Some(Cow::Owned([std::str::from_utf8(kept).ok()?, end].concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keeps_the_leading_words() {
        assert_eq!(
            words("Taylor Otwell is here", 2, "...").as_deref(),
            Some("Taylor Otwell...")
        );
        assert_eq!(
            words("  one  two  ", 2, "!").as_deref(),
            Some("  one  two  ")
        );
        assert_eq!(
            words("one\u{3000}two three", 2, "…").as_deref(),
            Some("one\u{3000}two…")
        );
        assert_eq!(words("   ", 1, "...").as_deref(), Some("   "));
        assert_eq!(words("", 1, "...").as_deref(), Some(""));
        assert_eq!(words("a\x0c b", 1, "").as_deref(), Some("a\x0c"));
        assert_eq!(words("a\0 b", 1, "").as_deref(), Some("a"));
        assert_eq!(words("a\u{85}b", 1, ""), None);
    }

    #[test]
    fn limit_cuts_at_columns() {
        assert_eq!(
            limit("Laravel is fast", 7, "...", false).as_deref(),
            Some("Laravel...")
        );
        assert_eq!(
            limit("Laravel is fast", 8, "...", false).as_deref(),
            Some("Laravel...")
        );
        assert_eq!(
            limit("Laravel", 7, "...", false).as_deref(),
            Some("Laravel")
        );
        assert_eq!(limit("éèàù", 2, "", false).as_deref(), Some("éè"));
        assert_eq!(limit("日本語", 2, "", false), None);
    }

    #[test]
    fn limit_preserving_words_cuts_at_the_last_space() {
        assert_eq!(
            limit("The quick brown fox", 12, "...", true).as_deref(),
            Some("The quick...")
        );
        assert_eq!(
            limit("The quick brown fox", 9, "...", true).as_deref(),
            Some("The quick...")
        );
        assert_eq!(
            limit("Thequickbrownfox", 5, "...", true).as_deref(),
            Some("Thequ...")
        );
        assert_eq!(
            limit("one\r\n\ntwo three", 7, "", true).as_deref(),
            Some("one two")
        );
        assert_eq!(limit("<b>bold</b> text", 4, "", true), None);
    }
}
