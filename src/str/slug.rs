//! `Str::slug()` for ASCII titles (Laravel 13.x).
//!
//! Laravel's steps are transliteration (portable-ascii returns printable
//! ASCII unchanged), then regular expressions with `\pL`, `\pN` and `\s`,
//! which on ASCII are letters, digits and PCRE's six whitespace bytes.
//! Anything else — non-ASCII text or dictionary words, or separators that
//! `preg_replace()` or `trim()` would read specially — is `None`, for
//! Laravel's code.

use std::borrow::Cow;

use crate::arr::{Decimal, Key};

/// `Str::slug($title, $separator, $language, $dictionary)` where
/// `transliterates` is whether `$language` is truthy and `dictionary` holds
/// its words (as `str_replace()` reads array keys) and values.
pub fn slug<'a>(
    title: &[u8],
    separator: &[u8],
    transliterates: bool,
    dictionary: impl IntoIterator<Item = (Key<'a>, &'a [u8])>,
) -> Option<Vec<u8>> {
    // portable-ascii returns only printable ASCII untouched. No early exit,
    // so the check runs over whole vectors.
    let untouched = if transliterates {
        title.iter().fold(true, |printable, &byte| {
            printable & (0x20..0x7f).contains(&byte)
        })
    } else {
        title.is_ascii()
    };
    // `$` and `\` are references in preg_replace()'s replacement, `..` a
    // range in trim()'s character list.
    if !untouched
        || !separator.is_ascii()
        || separator.iter().any(|&byte| byte == b'$' || byte == b'\\')
        || separator.windows(2).any(|pair| pair == b"..")
    {
        return None;
    }

    // Dashes (or underscores, when the separator is a dash) become the
    // separator: preg_replace('![_]+!u', $separator, $title).
    let flip = if separator == b"-" { b'_' } else { b'-' };
    let mut text = Cow::Borrowed(title);
    if title.contains(&flip) {
        text = Cow::Owned(replace_runs(
            title.iter().copied(),
            |byte| byte == flip,
            separator,
        ));
    }

    // str_replace() of each dictionary word in turn, with the separator
    // either side of its value; empty words are skipped, as PHP does.
    for (key, value) in dictionary {
        let decimal;
        let word = match key {
            Key::Bytes(word) => word,
            Key::Index(index) => {
                decimal = Decimal::of(index);
                decimal.as_bytes()
            }
        };
        if let Some(first) = find(&text, word) {
            text = Cow::Owned(replace_all(
                &text,
                first,
                word,
                [separator, value, separator],
            ));
        }
    }
    if !text.is_ascii() {
        return None;
    }

    // Lowercased, everything but the separator's bytes, letters, digits and
    // whitespace removed, then runs of separator bytes and whitespace made
    // one separator: one pass over a table of what each byte becomes once
    // lowercased, in which the bytes that lowercase to one of the
    // separator's run (none does to a capital).
    let mut becomes = BECOMES;
    for &byte in separator.iter().filter(|byte| !byte.is_ascii_uppercase()) {
        becomes[usize::from(byte)] = RUN;
        becomes[usize::from(byte.to_ascii_uppercase())] = RUN;
    }
    let mut slug = Vec::with_capacity(text.len() + separator.len());
    let mut in_a_run = false;
    for &byte in text.iter() {
        match becomes[usize::from(byte & 0x7f)] {
            DROPPED => {}
            RUN => {
                if !in_a_run {
                    // One byte (the usual `-`) is a push, not a copy call.
                    match separator {
                        [byte] => slug.push(*byte),
                        _ => slug.extend_from_slice(separator),
                    }
                    in_a_run = true;
                }
            }
            kept => {
                slug.push(kept);
                in_a_run = false;
            }
        }
    }

    // trim($title, $separator): the separator as a list of bytes.
    let is_separator_byte = |byte: &u8| separator.contains(byte);
    let end = slug
        .iter()
        .rposition(|byte| !is_separator_byte(byte))
        .map_or(0, |last| last + 1);
    slug.truncate(end);
    if slug.first().is_some_and(is_separator_byte) {
        let start = slug.iter().position(|byte| !is_separator_byte(byte));
        slug.drain(..start.unwrap_or(end));
    }
    Some(slug)
}

/// In [`BECOMES`]: a byte the last pass removes.
const DROPPED: u8 = 0;
/// In [`BECOMES`]: PCRE's `\s`, part of a run that becomes one separator.
const RUN: u8 = 1;

/// What the last pass makes of an ASCII byte that is not the separator's,
/// once lowercased: `\pL` and `\pN` are kept (as that byte), whitespace
/// runs, anything else is dropped.
const BECOMES: [u8; 128] = {
    let mut becomes = [DROPPED; 128];
    let mut byte = 0;
    while byte < 128 {
        let lowered = (byte as u8).to_ascii_lowercase();
        becomes[byte] = if lowered.is_ascii_alphanumeric() {
            lowered
        } else if matches!(lowered, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            RUN
        } else {
            DROPPED
        };
        byte += 1;
    }
    becomes
};

/// Each maximal run of bytes `in_run` replaced by `replacement`.
fn replace_runs(
    text: impl Iterator<Item = u8>,
    in_run: impl Fn(u8) -> bool,
    replacement: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.size_hint().1.unwrap_or_default() + replacement.len());
    let mut in_a_run = false;
    for byte in text {
        if in_run(byte) {
            if !in_a_run {
                out.extend_from_slice(replacement);
            }
            in_a_run = true;
        } else {
            out.push(byte);
            in_a_run = false;
        }
    }
    out
}

/// `str_replace($search, $replacement, $text)` for a non-empty `search`
/// first found at `first`, the replacement in pieces: left to right,
/// non-overlapping.
fn replace_all(text: &[u8], first: usize, search: &[u8], replacement: [&[u8]; 3]) -> Vec<u8> {
    let length = replacement.iter().map(|piece| piece.len()).sum::<usize>();
    let mut out = Vec::with_capacity(text.len() + length.saturating_sub(search.len()) * 2);
    let mut at = Some(first);
    let mut rest = text;
    while let Some(found) = at {
        out.extend_from_slice(&rest[..found]);
        for piece in replacement {
            out.extend_from_slice(piece);
        }
        rest = &rest[found + search.len()..];
        at = find(rest, search);
    }
    out.extend_from_slice(rest);
    out
}

/// The first `needle` in `haystack`; never for an empty needle.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(offset) = memchr(first, &haystack[from..]) {
        let at = from + offset;
        if haystack[at + 1..].starts_with(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The first `byte` in `haystack`: libc's vectorised `memchr()`.
fn memchr(byte: u8, haystack: &[u8]) -> Option<usize> {
    // SAFETY: reads `haystack.len()` bytes of a live slice.
    let found = unsafe { libc::memchr(haystack.as_ptr().cast(), i32::from(byte), haystack.len()) };
    (!found.is_null()).then(|| found as usize - haystack.as_ptr() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugged(title: &str, separator: &str, dictionary: &[(&str, &str)]) -> Option<String> {
        let dictionary = dictionary
            .iter()
            .map(|(word, value)| (Key::Bytes(word.as_bytes()), value.as_bytes()));
        slug(title.as_bytes(), separator.as_bytes(), true, dictionary)
            .map(|bytes| String::from_utf8(bytes).unwrap())
    }

    #[test]
    fn slugs_like_laravel() {
        let at = [("@", "at")];
        assert_eq!(
            slugged("Hello World", "-", &at).as_deref(),
            Some("hello-world")
        );
        assert_eq!(
            slugged("hello_world", "-", &at).as_deref(),
            Some("hello-world")
        );
        assert_eq!(
            slugged("hello-world", "_", &at).as_deref(),
            Some("hello_world")
        );
        assert_eq!(
            slugged("user@host", "-", &at).as_deref(),
            Some("user-at-host")
        );
        assert_eq!(
            slugged("  --Hello,  World!--  ", "-", &at).as_deref(),
            Some("hello-world")
        );
        assert_eq!(slugged("a.b", ".", &at).as_deref(), Some("a.b"));
        assert_eq!(slugged("", "-", &at).as_deref(), Some(""));
        assert_eq!(
            slugged("Hello World", "", &at).as_deref(),
            Some("helloworld")
        );
        assert_eq!(slugged("500$ Deal", "-", &[]).as_deref(), Some("500-deal"));
    }

    #[test]
    fn leaves_what_it_cannot_decide_to_laravel() {
        assert_eq!(slugged("Ärger", "-", &[]), None);
        assert_eq!(slugged("a b", "$1", &[]), None);
        assert_eq!(slugged("a b", "\\", &[]), None);
        assert_eq!(slugged("a b", "a..z", &[]), None);
        assert_eq!(slugged("tab\there", "-", &[]), None);
        assert_eq!(
            slugged("a & b", "-", &[("&", "und")]).as_deref(),
            Some("a-und-b")
        );
        assert_eq!(slugged("a & b", "-", &[("&", "ü")]), None);
        assert_eq!(
            slug(b"tab\there", b"-", false, []).as_deref(),
            Some(&b"tab-here"[..])
        );
    }
}
