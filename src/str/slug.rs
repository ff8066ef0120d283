//! `Str::slug()` once the title is ASCII (Laravel 13.x).
//!
//! After transliteration (the caller's: portable-ascii returns printable
//! ASCII unchanged, [`super::ascii`] does the rest), Laravel's steps are
//! regular expressions with `\pL`, `\pN` and `\s`, which on ASCII are
//! letters, digits and PCRE's six whitespace bytes.
//! Anything else — non-ASCII text or dictionary words, or separators that
//! `preg_replace()` or `trim()` would read specially — is `None`, for
//! Laravel's code.

use std::borrow::Cow;

use crate::arr::{Key, KeyText};

/// `Str::slug($title, $separator, $language, $dictionary)` from the step
/// after transliteration: `title` is what `ascii()` made of the title (the
/// title itself for a falsy `$language`), and `dictionary` holds its words
/// (as `str_replace()` reads array keys) and values, or `None` for a value
/// that is no string (left to Laravel's concatenation).
pub fn slug<'a>(
    title: &[u8],
    separator: &[u8],
    dictionary: impl IntoIterator<Item = Option<(Key<'a>, &'a [u8])>>,
) -> Option<Vec<u8>> {
    // `$` and `\` are references in preg_replace()'s replacement, `..` a
    // range in trim()'s character list.
    if !title.is_ascii()
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
    if let Some(first) = memchr(flip, title) {
        text = Cow::Owned(replace_runs_of(title, first, flip, separator));
    }

    // str_replace() of each dictionary word in turn, with the separator
    // either side of its value; empty words are skipped, as PHP does.
    for entry in dictionary {
        let (key, value) = entry?;
        let word = KeyText::of(key);
        let word = word.as_bytes();
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
    // Each run becomes one mark: the separator itself when it is one byte
    // (the usual `-`), else RUN, which no kept byte (a letter or digit)
    // can be, for the separator afterwards. A run at the start (trimmed)
    // is never marked.
    let mark = match separator {
        [byte] => *byte,
        _ => RUN,
    };
    let mut marked = mark_runs(&text, &becomes, mark);
    // trim($title, $separator): no kept byte is one of the separator's
    // (they run), so that is the one mark a run at the end left.
    if marked.last() == Some(&mark) {
        marked.pop();
    }
    if mark != RUN {
        return Some(marked);
    }
    let runs = marked.iter().filter(|&&byte| byte == RUN).count();
    let mut slug = Vec::with_capacity(marked.len() - runs + runs * separator.len());
    for &byte in &marked {
        match byte {
            RUN => slug.extend_from_slice(separator),
            kept => slug.push(kept),
        }
    }
    Some(slug)
}

/// `text` with each byte as `becomes` says and each run as one `mark`,
/// from a run (so a run at the start is left out). Each byte written comes
/// from one at that place or after, so a buffer of the text's length holds
/// them without a capacity check. Kept bytes, the most common, are tested
/// first; as a function of its own, the loop keeps its values in registers.
#[inline(never)]
fn mark_runs(text: &[u8], becomes: &[u8; 128], mark: u8) -> Vec<u8> {
    let mut marked = vec![0; text.len()];
    let mut length = 0;
    let mut in_a_run = true;
    for &byte in text {
        let becomes = becomes[usize::from(byte & 0x7f)];
        if becomes > RUN {
            marked[length] = becomes;
            length += 1;
            in_a_run = false;
        } else if becomes == RUN && !in_a_run {
            marked[length] = mark;
            length += 1;
            in_a_run = true;
        }
    }
    marked.truncate(length);
    marked
}

/// In [`BECOMES`]: a byte the last pass removes.
const DROPPED: u8 = 0;
/// In [`BECOMES`]: PCRE's `\s`, part of a run that becomes one separator;
/// also the mark of a run for a separator of other than one byte.
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

/// Each maximal run of `byte` in `text`, the first at `first`, replaced by
/// `replacement`: the text between runs copied whole.
fn replace_runs_of(text: &[u8], first: usize, byte: u8, replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + replacement.len());
    let mut rest = text;
    let mut at = Some(first);
    while let Some(start) = at {
        out.extend_from_slice(&rest[..start]);
        out.extend_from_slice(replacement);
        let run = rest[start..]
            .iter()
            .take_while(|&&next| next == byte)
            .count();
        rest = &rest[start + run..];
        at = memchr(byte, rest);
    }
    out.extend_from_slice(rest);
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
            .map(|(word, value)| Some((Key::Bytes(word.as_bytes()), value.as_bytes())));
        slug(title.as_bytes(), separator.as_bytes(), dictionary)
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
        assert_eq!(
            slugged("--Hello  World--", "--", &[]).as_deref(),
            Some("hello--world")
        );
        assert_eq!(
            slugged(" Bob and Xavier ", "Xb", &[]).as_deref(),
            Some("oXbandXbxavier")
        );
        assert_eq!(slugged("  x  ", "", &[]).as_deref(), Some("x"));
    }

    #[test]
    fn leaves_what_it_cannot_decide_to_laravel() {
        assert_eq!(slugged("Ärger", "-", &[]), None);
        assert_eq!(slugged("a b", "$1", &[]), None);
        assert_eq!(slugged("a b", "\\", &[]), None);
        assert_eq!(slugged("a b", "a..z", &[]), None);
        assert_eq!(
            slugged("a & b", "-", &[("&", "und")]).as_deref(),
            Some("a-und-b")
        );
        assert_eq!(slugged("a & b", "-", &[("&", "ü")]), None);
        assert_eq!(slug(b"a & b", b"-", [None]), None);
        assert_eq!(slugged("tab\there", "-", &[]).as_deref(), Some("tab-here"));
    }
}
