//! `Str::ascii($value, $language)`: portable-ascii 2.1's `ASCII::to_ascii()`
//! as Laravel calls it (unsupported characters removed, no extra symbols,
//! no transliteration, multi-character keys allowed), for a language with a
//! replacement map. The map itself is the installed library's, which the
//! package hands over (see [`Table`]); this module holds no language data.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

/// xxh128 of the `ASCII.php` (portable-ascii 2.1.1) whose `to_ascii()` this
/// module follows; the package hands maps over only for that file.
pub const LIBRARY: &str = "deaec9bf13a27bc74213a8a03fc9567b";

/// One language's replacement map (portable-ascii's map of every language,
/// with the language's own entries on top), ready for `strtr()`.
pub struct Table {
    replacements: FxHashMap<Box<[u8]>, Replacement>,
    keys: Keys,
    /// The keys portable-ascii's path for short strings can use.
    short_keys: Keys,
}

struct Replacement {
    value: Box<[u8]>,
    /// Whether the key is one to five characters outside printable ASCII,
    /// the only keys the short-string path can replace (see
    /// [`to_ascii`]).
    on_short_path: bool,
}

/// What `strtr()` needs to know of a set of keys to skip positions where
/// none can start, and to look up only the lengths keys starting there have.
struct Keys {
    first_bytes: [bool; 256],
    /// By the first character of keys (see [`first_character`]): bit `n`
    /// set when such a key is `n` bytes long (up to 63; longer keys set bit
    /// 63 and are tried at every length from there).
    lengths: FxHashMap<u32, u64>,
    shortest: usize,
    longest: usize,
    /// Whether no key holds a printable ASCII byte: then a candidate ends
    /// before the first one.
    unprintable_only: bool,
}

/// The first UTF-8 character of `bytes` (its lead byte's length, one for
/// any other byte; fewer bytes at the end), packed into a number. Keys and
/// text need only be cut alike; a whole character tells keys apart best.
fn first_character(bytes: &[u8]) -> u32 {
    let width = match bytes.first() {
        Some(0xc0..=0xdf) => 2,
        Some(0xe0..=0xef) => 3,
        Some(0xf0..=0xff) => 4,
        _ => 1,
    };
    bytes
        .iter()
        .take(width)
        .fold(0, |packed, &byte| packed << 8 | u32::from(byte))
}

/// Whether a length mask of [`Keys`] has `length`.
fn has_length(lengths: u64, length: usize) -> bool {
    lengths & 1 << length.min(63) != 0
}

impl Keys {
    fn of<'a>(keys: impl IntoIterator<Item = &'a [u8]>) -> Self {
        let mut summary = Keys {
            first_bytes: [false; 256],
            lengths: FxHashMap::default(),
            shortest: usize::MAX,
            longest: 0,
            unprintable_only: true,
        };
        for key in keys {
            summary.unprintable_only &= key.iter().all(|&byte| is_unprintable(byte));
            summary.first_bytes[usize::from(key[0])] = true;
            *summary.lengths.entry(first_character(key)).or_default() |= 1 << key.len().min(63);
            summary.shortest = summary.shortest.min(key.len());
            summary.longest = summary.longest.max(key.len());
        }
        summary
    }
}

impl Table {
    /// The map from its entries; later entries win, as in `array_merge()`.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a [u8], &'a [u8])>) -> Self {
        let replacements: FxHashMap<Box<[u8]>, Replacement> = entries
            .into_iter()
            // strtr() ignores empty keys.
            .filter(|(key, _)| !key.is_empty())
            .map(|(key, value)| {
                let on_short_path = std::str::from_utf8(key).is_ok_and(|key| {
                    key.chars().count() <= 5 && key.chars().all(is_unprintable_char)
                });
                let value = Box::from(value);
                (
                    Box::from(key),
                    Replacement {
                        value,
                        on_short_path,
                    },
                )
            })
            .collect();
        Table {
            keys: Keys::of(replacements.keys().map(|key| &**key)),
            short_keys: Keys::of(
                replacements
                    .iter()
                    .filter(|(_, replacement)| replacement.on_short_path)
                    .map(|(key, _)| &**key),
            ),
            replacements,
        }
    }

    fn get(&self, key: &[u8]) -> Option<&[u8]> {
        self.replacements
            .get(key)
            .map(|replacement| &*replacement.value)
    }

    fn get_on_short_path(&self, key: &[u8]) -> Option<&[u8]> {
        self.replacements
            .get(key)
            .filter(|replacement| replacement.on_short_path)
            .map(|replacement| &*replacement.value)
    }
}

/// Whether a byte (if any) continues a UTF-8 sequence.
fn is_continuation(byte: Option<&u8>) -> bool {
    byte.is_some_and(|&byte| byte & 0xc0 == 0x80)
}

/// `[^\x20-\x7E]` without `/u`: a byte outside printable ASCII.
fn is_unprintable(byte: u8) -> bool {
    !(0x20..=0x7e).contains(&byte)
}

/// Whether `text` is all printable ASCII: what portable-ascii returns as it
/// is.
pub fn is_printable(text: &[u8]) -> bool {
    // No early exit, so the check runs over whole vectors.
    !text.iter().fold(false, |unprintable, &byte| {
        unprintable | is_unprintable(byte)
    })
}

/// A character outside printable ASCII: one portable-ascii looks up.
fn is_unprintable_char(c: char) -> bool {
    u8::try_from(c).map_or(true, is_unprintable)
}

/// `ASCII::to_ascii($value, $language, true, false, false, false)` for a
/// language whose map `table` is.
pub fn to_ascii<'a>(value: &'a [u8], table: &Table) -> Cow<'a, [u8]> {
    if is_printable(value) {
        return Cow::Borrowed(value);
    }
    let replaced = match std::str::from_utf8(value) {
        // Invalid UTF-8 is only cleaned; so is text with no byte above 0x7F
        // (no key starts below 0x80), on the long path.
        Err(_) => Cow::Borrowed(value),
        Ok(_) if value.len() > 64 && value.is_ascii() => Cow::Borrowed(value),
        Ok(text) if value.len() <= 64 => replace_short(text, table),
        Ok(_) => strtr(value, |key| table.get(key), &table.keys),
    };
    remove_unsupported(replaced)
}

/// portable-ascii's path for strings of at most 64 bytes: `strtr()` with
/// only the entries for the string's own unprintable characters, alone and
/// in runs of two to five consecutive ones (in the list of those
/// characters, whatever lies between them in the string); with the whole map
/// when an ASCII letter carries a combining mark (U+0300–U+036F) and the
/// string has two unprintable characters or more.
///
/// A key of one to five unprintable characters that occurs in the string
/// is always such a run (its characters are consecutive there, so in the
/// list too), and no other key is ever one: so this is `strtr()` with the
/// map's keys of that kind, with no lists built.
///
/// Counted on bytes of valid UTF-8: a character outside printable ASCII is
/// an unprintable ASCII byte or a lead byte (0xC0 and up); U+0300–U+036F
/// are `CC 80`–`CD AF`.
fn replace_short<'a>(text: &'a str, table: &Table) -> Cow<'a, [u8]> {
    let bytes = text.as_bytes();
    let two_unprintable = bytes
        .iter()
        .filter(|&&byte| byte < 0x20 || byte == 0x7f || byte >= 0xc0)
        .nth(1)
        .is_some();
    let marked_letter = two_unprintable
        && bytes.iter().any(|&byte| byte & 0xfe == 0xcc)
        && bytes.windows(3).any(|window| {
            window[0].is_ascii_alphabetic()
                && matches!(
                    (window[1], window[2]),
                    (0xcc, 0x80..=0xbf) | (0xcd, 0x80..=0xaf)
                )
        });
    if marked_letter {
        strtr(bytes, |key| table.get(key), &table.keys)
    } else {
        strtr(bytes, |key| table.get_on_short_path(key), &table.short_keys)
    }
}

/// PHP's `strtr($text, $pairs)`: at each position the longest key that
/// matches is replaced and skipped; otherwise one byte is kept.
fn strtr<'a, 'b>(
    text: &'a [u8],
    lookup: impl Fn(&[u8]) -> Option<&'b [u8]>,
    keys: &Keys,
) -> Cow<'a, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let mut at = 0;
    // `shortest` is usize::MAX for no keys at all.
    while text.len() - at >= keys.shortest {
        let lengths = match keys.first_bytes[usize::from(text[at])] {
            true => keys.lengths.get(&first_character(&text[at..])),
            false => None,
        };
        let Some(&lengths) = lengths else {
            at += 1;
            continue;
        };
        let mut longest = keys.longest.min(text.len() - at);
        if keys.unprintable_only {
            longest = text[at..at + longest]
                .iter()
                .position(|&byte| !is_unprintable(byte))
                .unwrap_or(longest);
        }
        let found = (keys.shortest..=longest)
            .rev()
            // Keys are whole UTF-8 characters: a candidate cannot end
            // inside one.
            .filter(|&length| {
                has_length(lengths, length) && !is_continuation(text.get(at + length))
            })
            .find_map(|length| lookup(&text[at..at + length]).map(|value| (length, value)));
        match found {
            Some((length, replacement)) => {
                let out = out.get_or_insert_with(|| Vec::with_capacity(text.len()));
                out.extend_from_slice(&text[copied..at]);
                out.extend_from_slice(replacement);
                at += length;
                copied = at;
            }
            None => at += 1,
        }
    }
    match out {
        Some(mut out) => {
            out.extend_from_slice(&text[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(text),
    }
}

/// portable-ascii's `$remove_unsupported_chars`: line breaks and tabs become
/// spaces (`\r\n` as one), then every byte outside printable ASCII goes,
/// but for the DLE (0x10) and DC3 (0x13) its pattern lets through.
fn remove_unsupported(text: Cow<'_, [u8]>) -> Cow<'_, [u8]> {
    if is_printable(&text) {
        return text;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.iter().copied().peekable();
    while let Some(byte) = bytes.next() {
        match byte {
            b'\r' if bytes.peek() == Some(&b'\n') => {
                bytes.next();
                out.push(b' ');
            }
            b'\r' | b'\n' | b'\t' => out.push(b' '),
            0x10 | 0x13 | 0x20..=0x7e => out.push(byte),
            _ => {}
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(entries: &[(&str, &str)]) -> Table {
        Table::new(
            entries
                .iter()
                .map(|(key, value)| (key.as_bytes(), value.as_bytes())),
        )
    }

    fn table() -> Table {
        table_of(&[
            ("ä", "a"),
            ("ö", "o"),
            ("ß", "ss"),
            ("ä", "ae"),
            ("€", "EUR"),
            ("äö", "[pair]"),
        ])
    }

    fn ascii(text: &str) -> String {
        String::from_utf8(to_ascii(text.as_bytes(), &table()).into_owned()).unwrap()
    }

    #[test]
    fn replaces_and_removes_like_portable_ascii() {
        assert_eq!(ascii("plain"), "plain");
        assert_eq!(ascii("Straße"), "Strasse");
        assert_eq!(ascii("ä"), "ae");
        assert_eq!(ascii("äö"), "[pair]");
        // Runs are of the unprintable characters, whatever lies between.
        assert_eq!(ascii("äxö"), "aexo");
        assert_eq!(ascii("5 € ☃"), "5 EUR ");
        assert_eq!(ascii("a\r\nb\tc\nd\re"), "a b c d e");
        assert_eq!(ascii("\u{10}\u{13}\u{0}x"), "\u{10}\u{13}x");
    }

    #[test]
    fn long_text_uses_the_whole_map() {
        let long = format!("{}äxö", "x".repeat(70));
        assert_eq!(ascii(&long), format!("{}aexo", "x".repeat(70)));
        let pair = format!("{}äö", "x".repeat(70));
        assert_eq!(ascii(&pair), format!("{}[pair]", "x".repeat(70)));
    }

    /// portable-ascii's short-string path as it reads: the list of the
    /// string's unprintable characters, its runs of two to five, the map
    /// filtered to those, then `strtr()`; the whole map when there are two
    /// such characters or more and an ASCII letter carries a combining mark.
    fn short_path_as_written(text: &str, table: &Table) -> Vec<u8> {
        let characters: Vec<&str> = text
            .char_indices()
            .filter(|&(_, c)| is_unprintable_char(c))
            .map(|(at, c)| &text[at..at + c.len_utf8()])
            .collect();
        let marked_letter = text
            .chars()
            .zip(text.chars().skip(1))
            .any(|(letter, mark)| {
                letter.is_ascii_alphabetic() && ('\u{300}'..='\u{36f}').contains(&mark)
            });
        if characters.len() > 1 && marked_letter {
            return strtr(text.as_bytes(), |key| table.get(key), &table.keys).into_owned();
        }
        let mut filtered: Vec<(String, &[u8])> = Vec::new();
        let runs = (2..=5).flat_map(|span| characters.windows(span).map(|run| run.concat()));
        for candidate in runs.chain(characters.iter().map(|c| c.to_string())) {
            if let Some(value) = table.get(candidate.as_bytes())
                && !filtered.iter().any(|(key, _)| *key == candidate)
            {
                filtered.push((candidate, value));
            }
        }
        let keys = Keys::of(filtered.iter().map(|(key, _)| key.as_bytes()));
        let lookup = |wanted: &[u8]| {
            filtered
                .iter()
                .find(|(key, _)| key.as_bytes() == wanted)
                .map(|&(_, value)| value)
        };
        strtr(text.as_bytes(), lookup, &keys).into_owned()
    }

    #[test]
    fn short_path_keys_replace_what_the_lists_replace() {
        // Keys with printable ASCII (as portable-ascii's "DŽ" or "A\u{327}")
        // and of six characters never count on the short path.
        let table = table_of(&[
            ("ä", "ae"),
            ("äö", "[pair]"),
            ("Dä", "[D]"),
            ("x", "[x]"),
            ("öööööö", "[six]"),
            ("ööööö", "[five]"),
            ("€", "EUR"),
            ("x\u{327}", "[x-cedilla]"),
            ("\u{327}", "[cedilla]"),
        ]);
        // U+0327 and U+036F are combining marks, U+0370 is not.
        let alphabet = [
            "ä", "ö", "D", "x", " ", "€", "\u{327}", "\u{36f}", "\u{370}",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            texts = texts
                .iter()
                .flat_map(|text| alphabet.iter().map(move |c| format!("{text}{c}")))
                .collect();
            for text in &texts {
                assert_eq!(
                    replace_short(text, &table).as_ref(),
                    short_path_as_written(text, &table),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn keys_with_printable_bytes_count_on_the_long_path_only() {
        let table = table_of(&[("xä", "[xa]"), ("ä", "a")]);
        assert_eq!(to_ascii("xä".as_bytes(), &table).as_ref(), b"xa");
        let long = format!("{}xä", "-".repeat(70));
        assert_eq!(
            to_ascii(long.as_bytes(), &table).as_ref(),
            format!("{}[xa]", "-".repeat(70)).as_bytes()
        );
    }

    #[test]
    fn invalid_utf8_is_only_cleaned() {
        assert_eq!(to_ascii(b"a\xC3\xA4\xFFb", &table()).as_ref(), b"ab");
    }
}
