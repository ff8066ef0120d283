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
    keys: Keys,
    /// The keys portable-ascii's path for short strings can use: one to
    /// five characters outside printable ASCII (see [`replace`]).
    short_keys: Keys,
}

/// A set of `strtr()` pairs, arranged to skip positions where no key can
/// start and to look up only the lengths keys starting there have.
struct Keys {
    first_bytes: [bool; 256],
    /// By the first character of keys (see [`first_character`]).
    starts: FxHashMap<u32, Starts>,
    /// The replacements of keys that are more (or less) than one character.
    others: FxHashMap<Box<[u8]>, Box<[u8]>>,
    shortest: usize,
    longest: usize,
    /// Whether no key holds a printable ASCII byte: then a candidate ends
    /// before the first one.
    unprintable_only: bool,
}

/// What [`Keys`] knows of the keys that start with one character.
#[derive(Default)]
struct Starts {
    /// Bit `n` set when such a key is `n` bytes long (up to 63; longer keys
    /// set bit 63 and are tried at every length from there).
    lengths: u64,
    /// The replacement of the key that is this character alone: most keys
    /// are, and need no second lookup.
    alone: Option<Box<[u8]>>,
}

/// The byte length of the UTF-8 character a lead byte starts (one for any
/// other byte).
fn character_width(lead: u8) -> usize {
    match lead {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

/// The first UTF-8 character of `bytes` (fewer bytes at the end), packed
/// into a number. Keys and text need only be cut alike; a whole character
/// tells keys apart best.
fn first_character(bytes: &[u8]) -> u32 {
    let width = bytes.first().map_or(1, |&lead| character_width(lead));
    bytes
        .iter()
        .take(width)
        .fold(0, |packed, &byte| packed << 8 | u32::from(byte))
}

/// The lengths of a length mask of [`Starts`] up to `longest`, longest
/// first (every one from `longest` down to 63 for bit 63).
fn lengths_down_from(lengths: u64, longest: usize) -> impl Iterator<Item = usize> {
    let very_long_end = match lengths & 1 << 63 {
        0 => 0,
        _ => longest,
    };
    let up_to_longest = match longest {
        ..63 => (1 << (longest + 1)) - 1,
        _ => u64::MAX,
    };
    let mut shorter = lengths & !(1 << 63) & up_to_longest;
    (63..=very_long_end)
        .rev()
        .chain(std::iter::from_fn(move || {
            let length = shorter.checked_ilog2()?;
            shorter &= !(1 << length);
            Some(length as usize)
        }))
}

impl Keys {
    /// The set of `pairs`, whose keys are distinct and not empty.
    fn of<'a>(pairs: impl IntoIterator<Item = (&'a [u8], &'a [u8])>) -> Self {
        let mut keys = Keys {
            first_bytes: [false; 256],
            starts: FxHashMap::default(),
            others: FxHashMap::default(),
            shortest: usize::MAX,
            longest: 0,
            unprintable_only: true,
        };
        for (key, value) in pairs {
            keys.unprintable_only &= key.iter().all(|&byte| is_unprintable(byte));
            keys.first_bytes[usize::from(key[0])] = true;
            let starts = keys.starts.entry(first_character(key)).or_default();
            starts.lengths |= 1 << key.len().min(63);
            if key.len() == character_width(key[0]) {
                starts.alone = Some(Box::from(value));
            } else {
                keys.others.insert(Box::from(key), Box::from(value));
            }
            keys.shortest = keys.shortest.min(key.len());
            keys.longest = keys.longest.max(key.len());
        }
        keys
    }

    /// The replacement of the key that is the first `length` bytes of
    /// `text`, whose first character `starts` describes.
    fn get<'a>(&'a self, starts: &'a Starts, text: &[u8], length: usize) -> Option<&'a [u8]> {
        if length == character_width(text[0]) {
            starts.alone.as_deref()
        } else {
            self.others.get(&text[..length]).map(|value| &**value)
        }
    }
}

impl Table {
    /// The map from its entries; later entries win, as in `array_merge()`.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a [u8], &'a [u8])>) -> Self {
        let map: FxHashMap<&[u8], &[u8]> = entries
            .into_iter()
            // strtr() ignores empty keys.
            .filter(|(key, _)| !key.is_empty())
            .collect();
        let on_short_path = |key: &[u8]| {
            std::str::from_utf8(key)
                .is_ok_and(|key| key.chars().count() <= 5 && key.chars().all(is_unprintable_char))
        };
        Table {
            keys: Keys::of(map.iter().map(|(&key, &value)| (key, value))),
            short_keys: Keys::of(
                map.iter()
                    .filter(|(key, _)| on_short_path(key))
                    .map(|(&key, &value)| (key, value)),
            ),
        }
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
    // Invalid UTF-8 is only cleaned.
    remove_unsupported(replace(value, table).unwrap_or(Cow::Borrowed(value)))
}

/// portable-ascii's replacements; `None` for invalid UTF-8.
///
/// Strings of more than 64 bytes get `strtr()` with the whole map (none
/// when no byte is above 0x7F: no key starts below 0x80). Shorter ones
/// take portable-ascii's path for them: `strtr()` with only the entries for
/// the string's own unprintable characters, alone and in runs of two to
/// five consecutive ones (in the list of those characters, whatever lies
/// between them in the string); with the whole map when an ASCII letter
/// carries a combining mark (U+0300–U+036F) and the string has two
/// unprintable characters or more.
///
/// A key of one to five unprintable characters that occurs in the string
/// is always such a run (its characters are consecutive there, so in the
/// list too), and no other key is ever one: so this is `strtr()` with the
/// map's keys of that kind, with no lists built.
fn replace<'a>(value: &'a [u8], table: &Table) -> Option<Cow<'a, [u8]>> {
    let survey = Survey::of(value)?;
    Some(if value.len() > 64 {
        match survey.beyond_ascii {
            true => strtr(value, &table.keys),
            false => Cow::Borrowed(value),
        }
    } else if survey.unprintable > 1 && survey.marked_letter {
        strtr(value, &table.keys)
    } else {
        strtr(value, &table.short_keys)
    })
}

/// What [`replace`] needs to know of a text, read in one pass.
#[derive(Default)]
struct Survey {
    beyond_ascii: bool,
    /// Characters outside printable ASCII (counted up to a few).
    unprintable: u8,
    /// Whether an ASCII letter is followed by U+0300–U+036F.
    marked_letter: bool,
}

impl Survey {
    /// `None` for invalid UTF-8 (as `std::str::from_utf8()` rejects it).
    fn of(bytes: &[u8]) -> Option<Self> {
        let mut survey = Survey::default();
        let mut at = 0;
        while let Some(&lead) = bytes.get(at) {
            if lead < 0x80 {
                survey.unprintable = survey
                    .unprintable
                    .saturating_add(u8::from(is_unprintable(lead)));
                at += 1;
                continue;
            }
            let second = *bytes.get(at + 1)?;
            let seconds = match lead {
                0xc2..=0xdf | 0xe1..=0xec | 0xee..=0xef | 0xf1..=0xf3 => 0x80..=0xbf,
                0xe0 => 0xa0..=0xbf,
                0xed => 0x80..=0x9f,
                0xf0 => 0x90..=0xbf,
                0xf4 => 0x80..=0x8f,
                _ => return None,
            };
            let width = character_width(lead);
            if !seconds.contains(&second)
                || !(2..width).all(|next| is_continuation(bytes.get(at + next)))
            {
                return None;
            }
            survey.beyond_ascii = true;
            survey.unprintable = survey.unprintable.saturating_add(1);
            // U+0300–U+036F are `CC 80`–`CD AF`.
            survey.marked_letter |= matches!((lead, second), (0xcc, _) | (0xcd, 0x80..=0xaf))
                && at > 0
                && bytes[at - 1].is_ascii_alphabetic();
            at += width;
        }
        Some(survey)
    }
}

/// PHP's `strtr($text, $pairs)`: at each position the longest key that
/// matches is replaced and skipped; otherwise one byte is kept.
fn strtr<'a>(text: &'a [u8], keys: &Keys) -> Cow<'a, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let mut at = 0;
    // `shortest` is usize::MAX for no keys at all.
    let starts_end = (text.len() + 1).saturating_sub(keys.shortest);
    while at < starts_end {
        // Positions where no key starts are skipped in a tight loop.
        let Some(skipped) = text[at..starts_end]
            .iter()
            .position(|&byte| keys.first_bytes[usize::from(byte)])
        else {
            break;
        };
        at += skipped;
        let Some(starts) = keys.starts.get(&first_character(&text[at..])) else {
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
        let mut found = None;
        for length in lengths_down_from(starts.lengths, longest) {
            // Keys are whole UTF-8 characters: a candidate cannot end
            // inside one.
            if is_continuation(text.get(at + length)) {
                continue;
            }
            if let Some(value) = keys.get(starts, &text[at..], length) {
                found = Some((length, value));
                break;
            }
        }
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
    use proptest::prelude::*;

    use super::*;
    use crate::str::properties::config;

    impl Keys {
        /// The replacement of exactly `key`.
        fn replacement(&self, key: &[u8]) -> Option<&[u8]> {
            let starts = self.starts.get(&first_character(key))?;
            self.get(starts, key, key.len())
        }
    }

    /// [`Survey`] as separate scans.
    fn surveyed_apart(bytes: &[u8]) -> Option<(bool, u8, bool)> {
        let text = std::str::from_utf8(bytes).ok()?;
        let unprintable = text.chars().filter(|&c| is_unprintable_char(c)).count();
        let marked_letter = text
            .chars()
            .zip(text.chars().skip(1))
            .any(|(letter, mark)| {
                letter.is_ascii_alphabetic() && ('\u{300}'..='\u{36f}').contains(&mark)
            });
        let unprintable = u8::try_from(unprintable).unwrap_or(u8::MAX);
        Some((!text.is_ascii(), unprintable, marked_letter))
    }

    proptest! {
        #![proptest_config(config())]
        #[test]
        fn one_pass_survey_reads_what_separate_scans_read(
            bytes in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..40),
                proptest::collection::vec(prop::sample::select(vec![
                    0x00, 0x1f, b'a', b'Z', b' ', 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xcc, 0xcd, 0xaf,
                    0xb0, 0xdf, 0xe0, 0xa0, 0x9f, 0xed, 0xef, 0xf0, 0x90, 0x8f, 0xf4, 0xf5, 0xff,
                ]), 0..40),
                any::<String>().prop_map(String::into_bytes),
            ]
        ) {
            let survey = Survey::of(&bytes)
                .map(|survey| (survey.beyond_ascii, survey.unprintable, survey.marked_letter));
            prop_assert_eq!(survey, surveyed_apart(&bytes));
        }
    }

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
    fn candidate_lengths_are_the_mask_s_longest_first() {
        let lengths = 1 << 1 | 1 << 2 | 1 << 4 | 1 << 63;
        let down_from = |longest| lengths_down_from(lengths, longest).collect::<Vec<_>>();
        assert_eq!(down_from(3), [2, 1]);
        assert_eq!(down_from(4), [4, 2, 1]);
        assert_eq!(down_from(65), [65, 64, 63, 4, 2, 1]);
        assert_eq!(down_from(0), [0usize; 0]);
        let without_long = lengths_down_from(lengths & !(1 << 63), 100).collect::<Vec<_>>();
        assert_eq!(without_long, [4, 2, 1]);
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
            return strtr(text.as_bytes(), &table.keys).into_owned();
        }
        let mut filtered: Vec<(String, &[u8])> = Vec::new();
        let runs = (2..=5).flat_map(|span| characters.windows(span).map(|run| run.concat()));
        for candidate in runs.chain(characters.iter().map(|c| c.to_string())) {
            if let Some(value) = table.keys.replacement(candidate.as_bytes())
                && !filtered.iter().any(|(key, _)| *key == candidate)
            {
                filtered.push((candidate, value));
            }
        }
        let keys = Keys::of(filtered.iter().map(|(key, value)| (key.as_bytes(), *value)));
        strtr(text.as_bytes(), &keys).into_owned()
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
                    replace(text.as_bytes(), &table).unwrap().as_ref(),
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
