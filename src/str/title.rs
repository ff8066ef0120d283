//! `Str::title()`, `ucsplit()`, `headline()` and `apa()`.
//!
//! `title()`, `ucsplit()` and `headline()` are decided natively for the
//! scripts whose case properties every supported PHP agrees on (mbstring's
//! and PCRE2's Unicode releases differ elsewhere); `apa()`, a chain of
//! per-word `mb_*` calls, for ASCII. Everything else returns `None` and stays
//! Laravel's.

use std::sync::OnceLock;

use super::php_trim;
use super::unicode::{
    MBSTRING_SUBSTITUTE, is_pcre_space, is_uncertain, push_lowercase, push_titlecase,
};

/// ASCII characters that are case-ignorable (Unicode's Word_Break
/// MidLetter/MidNumLet/Single_Quote, or modifier symbols): inside a word
/// they do not end it for `MB_CASE_TITLE`.
fn is_case_ignorable(byte: u8) -> bool {
    matches!(byte, b'\'' | b'.' | b':' | b'^' | b'`')
}

/// Appends `mb_convert_case($text, MB_CASE_TITLE)` of ASCII `text`: a letter
/// after a cased letter (case-ignorable characters between) is lowered, any
/// other letter raised. `in_word`: whether the last character that was not
/// case-ignorable was cased, before and after.
fn push_ascii_title(text: &str, out: &mut String, in_word: &mut bool) {
    for byte in text.bytes() {
        out.push(char::from(if *in_word {
            byte.to_ascii_lowercase()
        } else {
            byte.to_ascii_uppercase()
        }));
        if !is_case_ignorable(byte) {
            *in_word = byte.is_ascii_alphabetic();
        }
    }
}

/// Appends `mb_convert_case($text, MB_CASE_TITLE, 'UTF-8')`: a character
/// after a cased one (case-ignorable ones between) is lowered and any other
/// title-cased; `in_word` as for [`push_ascii_title`]. `None` for a
/// character [`case_properties`] does not know.
fn push_title(text: &str, out: &mut String, in_word: &mut bool) -> Option<()> {
    // Byte by byte, ASCII (the common case) titles long text twice as fast
    // as the general loop (measured: 7.4× stock against 3.3×).
    if text.is_ascii() {
        push_ascii_title(text, out, in_word);
        return Some(());
    }
    for c in text.chars() {
        let (cased, ignorable) = if c.is_ascii() {
            let byte = c as u8;
            (byte.is_ascii_alphabetic(), is_case_ignorable(byte))
        } else {
            known_case_properties(c)?
        };
        if !cased && !ignorable {
            // Caseless (Hebrew, Han, kana, symbols): no mapping changes it.
            out.push(c);
            *in_word = false;
            continue;
        }
        if *in_word {
            push_lowercase(c, out);
        } else {
            push_titlecase(c, out);
        }
        if !ignorable {
            *in_word = cased;
        }
    }
    Some(())
}

/// Unicode's Cased and Case_Ignorable properties of a character beyond ASCII,
/// for the blocks where they have not changed since Unicode 14 (PHP 8.2's
/// mbstring): Latin, IPA, modifier letters and combining marks, Greek (but
/// Σ, whose lower case depends on its neighbours), Cyrillic, Hebrew, kana,
/// Han, Hangul syllables, symbols and emoji (whose later additions are
/// neither, as unassigned code points are).
fn case_properties(c: char) -> Option<(bool, bool)> {
    let cased = Some((true, false));
    let ignorable = Some((false, true));
    let neither = Some((false, false));
    match c {
        'ª' | 'µ' | 'º' => cased,
        '\u{AD}' | '¨' | '¯' | '´' | '·' | '¸' => ignorable,
        '\u{80}'..='\u{BF}' | '×' | '÷' | 'ƻ' | 'ǀ'..='ǃ' | 'ʔ' => neither,
        // PHARYNGEAL VOICED FRICATIVE: cased until Unicode 16, not in PHP 8.5's tables.
        'ʕ' => None,
        '\u{C0}'..='\u{2AF}' => cased,
        // Modifier letters and symbols, combining diacritical marks.
        '\u{2B0}'..='\u{36F}' => ignorable,
        'Σ' => None,
        // Greek numeral signs, ypogegrammeni, tonos, dialytika tonos, ano teleia.
        '\u{374}' | '\u{375}' | '\u{37A}' | '\u{384}' | '\u{385}' | '\u{387}' => ignorable,
        '\u{378}'
        | '\u{379}'
        | '\u{380}'..='\u{383}'
        | '\u{38B}'
        | '\u{38D}'
        | '\u{3A2}'
        | '\u{37E}'
        | '\u{3F6}' => neither,
        '\u{370}'..='\u{3FF}' => cased,
        '\u{483}'..='\u{489}' => ignorable,
        '҂' => neither,
        '\u{400}'..='\u{4FF}' | '\u{1E00}'..='\u{1EFF}' => cased,
        // Kana sound marks and iteration marks, the prolonged sound mark.
        '\u{3099}'..='\u{309E}' | 'ー' | 'ヽ' | 'ヾ' => ignorable,
        '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' => neither,
        // Hebrew points and accents, and the gershayim (a mid-letter).
        '\u{591}'..='\u{5BD}'
        | '\u{5BF}'
        | '\u{5C1}'..='\u{5C2}'
        | '\u{5C4}'..='\u{5C5}'
        | '\u{5C7}'
        | '\u{5F4}' => ignorable,
        '\u{590}'..='\u{5FF}' => neither,
        // Zero-width space, joiners and marks; variation selectors; emoji
        // skin tones (modifier symbols).
        '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' => ignorable,
        // Squared and circled Latin capitals are cased but no `\p{Lu}`.
        '\u{1F130}'..='\u{1F189}' => None,
        '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}' => neither,
        _ => None,
    }
}

/// The last character [`case_properties`] knows.
const LAST_KNOWN: char = '\u{1FAFF}';

/// The bits of a character's entry in [`CaseTable`].
const KNOWN: u8 = 1;
const CASED: u8 = 2;
const IGNORABLE: u8 = 4;
/// `\p{Lu}` is known: for every character with known case properties, and Σ.
const LETTER_CASE_KNOWN: u8 = 8;
const UPPER: u8 = 16;

/// [`case_properties`] and `\p{Lu}` of every character up to [`LAST_KNOWN`], computed once:
/// the match tests its ~40 arms in order (~20 ns a character), a binary search over its runs
/// took ~8 ns, this ~1 ns. Blocks of 256 characters share one entry when all of theirs are
/// equal, as most are.
struct CaseTable {
    blocks: Vec<Block>,
    leaves: Vec<u8>,
}

enum Block {
    Same(u8),
    Leaf(usize),
}

impl CaseTable {
    fn get() -> &'static Self {
        static TABLE: OnceLock<CaseTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            let mut table = CaseTable {
                blocks: Vec::new(),
                leaves: Vec::new(),
            };
            for block in 0..=u32::from(LAST_KNOWN) >> 8 {
                let entries: Vec<u8> = (block << 8..(block + 1) << 8)
                    .map(|code| char::from_u32(code).map_or(0, Self::entry_of))
                    .collect();
                table
                    .blocks
                    .push(if entries.iter().all(|&entry| entry == entries[0]) {
                        Block::Same(entries[0])
                    } else {
                        table.leaves.extend_from_slice(&entries);
                        Block::Leaf(table.leaves.len() - entries.len())
                    });
            }
            table
        })
    }

    fn entry_of(c: char) -> u8 {
        let upper = if c.is_uppercase() { UPPER } else { 0 };
        match (c.is_ascii(), case_properties(c)) {
            (false, Some((cased, ignorable))) => {
                KNOWN
                    | LETTER_CASE_KNOWN
                    | if cased { CASED } else { 0 }
                    | if ignorable { IGNORABLE } else { 0 }
                    | upper
            }
            // Its lower case depends on its neighbours, but it is `\p{Lu}` in every release.
            (false, None) if c == 'Σ' => LETTER_CASE_KNOWN | upper,
            _ => 0,
        }
    }

    /// The entry of a character beyond ASCII (0: not known).
    fn entry(&self, c: char) -> u8 {
        let code = u32::from(c) as usize;
        match self.blocks.get(code >> 8) {
            Some(Block::Same(entry)) => *entry,
            Some(Block::Leaf(start)) => self.leaves[start + (code & 0xFF)],
            None => 0,
        }
    }
}

/// [`case_properties`] from the [`CaseTable`].
fn known_case_properties(c: char) -> Option<(bool, bool)> {
    let entry = CaseTable::get().entry(c);
    (entry & KNOWN != 0).then_some((entry & CASED != 0, entry & IGNORABLE != 0))
}

/// `Str::title($value)`.
pub fn title(value: &str) -> Option<String> {
    let mut titled = String::with_capacity(value.len());
    push_title(value, &mut titled, &mut false)?;
    Some(titled)
}

/// `Str::title($value)` of bytes that are not all UTF-8, with mbstring's
/// default substitute character: each ill-formed sequence (a maximal
/// subpart, as mbstring decodes) becomes `?` and, unlike a `?` in the text,
/// leaves the word going on or not as it was.
pub fn title_of_bytes(value: &[u8]) -> Option<String> {
    let mut titled = String::with_capacity(value.len());
    let mut in_word = false;
    for chunk in value.utf8_chunks() {
        push_title(chunk.valid(), &mut titled, &mut in_word)?;
        if !chunk.invalid().is_empty() {
            titled.push(MBSTRING_SUBSTITUTE);
        }
    }
    Some(titled)
}

/// `\p{Lu}`, for ASCII, the characters [`case_properties`] knows (where
/// upper-case letters are exactly Rust's upper-case characters) and Σ.
fn is_upper_letter(c: char, table: &CaseTable) -> Option<bool> {
    if c.is_ascii() {
        return Some(c.is_ascii_uppercase());
    }
    let entry = table.entry(c);
    (entry & LETTER_CASE_KNOWN != 0).then_some(entry & UPPER != 0)
}

/// Where `Str::ucsplit($value)` starts a piece after the first: before every upper-case letter
/// but a leading one. Empty, without allocating, when the value is one piece (or none).
pub fn ucsplit_points(value: &str) -> Option<Vec<usize>> {
    let mut points = Vec::new();
    if value.is_ascii() {
        points.extend(
            value
                .bytes()
                .enumerate()
                .skip(1)
                .filter(|(_, byte)| byte.is_ascii_uppercase())
                .map(|(at, _)| at),
        );
        return Some(points);
    }
    let table = CaseTable::get();
    for (at, c) in value.char_indices() {
        if is_upper_letter(c, table)? && at > 0 {
            points.push(at);
        }
    }
    Some(points)
}

/// `Str::ucsplit($value)`: `preg_split('/(?=\p{Lu})/u', …, PREG_SPLIT_NO_EMPTY)`.
pub fn ucsplit(value: &str) -> Option<Vec<&str>> {
    Some(pieces_at(value, &ucsplit_points(value)?).collect())
}

/// The pieces of `value` cut at `points` (none of an empty value).
pub fn pieces_at<'v>(value: &'v str, points: &[usize]) -> impl Iterator<Item = &'v str> {
    let starts = std::iter::once(0).chain(points.iter().copied());
    let ends = points.iter().copied().chain(std::iter::once(value.len()));
    starts
        .zip(ends)
        .filter(|(start, end)| start < end)
        .map(|(start, end)| &value[start..end])
}

/// `preg_split('/\s+/u', $value, -1, PREG_SPLIT_NO_EMPTY)` of text free of
/// characters whose class depends on the PCRE2 release.
fn blank_separated(value: &str) -> impl Iterator<Item = &str> {
    value.split(is_pcre_space).filter(|part| !part.is_empty())
}

/// `Str::headline($value)`: several words are title-cased one by one, a
/// single word is split before its capitals first; then `-`, `_` and
/// spaces all separate words, and `array_filter()` drops empty and `"0"`
/// words.
pub fn headline(value: &str) -> Option<String> {
    if value.chars().any(is_uncertain) {
        return None;
    }
    let parts: Vec<&str> = blank_separated(value).collect();
    let joined_parts;
    let pieces = if parts.len() > 1 {
        parts
    } else {
        joined_parts = parts.concat();
        ucsplit(&joined_parts)?
    };
    let mut titled = String::with_capacity(value.len() + pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            titled.push('_');
        }
        push_title(piece, &mut titled, &mut false)?;
    }
    let words: Vec<&str> = titled
        .split(['-', '_', ' '])
        .filter(|word| !word.is_empty() && *word != "0")
        .collect();
    Some(words.join(" "))
}

/// Laravel's `apa()` minor words (all at most three characters long, so
/// its `mb_strlen() <= 3` test always holds).
const MINOR_WORDS: [&str; 34] = [
    "and", "as", "but", "for", "if", "nor", "or", "so", "yet", "a", "an", "the", "at", "by", "in",
    "of", "off", "on", "per", "to", "up", "via", "et", "ou", "un", "une", "la", "le", "les", "de",
    "du", "des", "par", "à",
];

fn is_minor(word: &str) -> bool {
    MINOR_WORDS.contains(&word)
}

/// `mb_strtoupper(mb_substr($word, 0, 1)).mb_substr($word, 1)`: the first
/// character's full upper-case mapping (`ß` becomes `SS`).
fn push_capitalised(word: &str, out: &mut String) {
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        if first.is_ascii() {
            out.push(first.to_ascii_uppercase());
        } else {
            out.extend(first.to_uppercase());
        }
        out.push_str(chars.as_str());
    }
}

/// `mb_strtolower($word)` of a word without `Σ`.
fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(word.len());
    word.chars().for_each(|c| push_lowercase(c, &mut lower));
    lower
}

/// `Str::apa($value)`: title case in APA style, words joined by one space.
/// `None` for `Σ`, whose lower case depends on its neighbours from PHP 8.3,
/// and for characters whose class or case depends on PHP's release.
pub fn apa(value: &str) -> Option<String> {
    if !value.is_ascii() && value.chars().any(|c| c == 'Σ' || is_uncertain(c)) {
        return None;
    }
    if php_trim(value.as_bytes()).is_empty() {
        return Some(value.to_owned());
    }
    let mut out = String::with_capacity(value.len());
    let mut follows_end_punctuation = true;
    for word in blank_separated(value) {
        if !out.is_empty() {
            out.push(' ');
        }
        let lower = lowercase(word);
        if lower.contains('-') {
            for (i, part) in lower.split('-').enumerate() {
                if i > 0 {
                    out.push('-');
                }
                if is_minor(part) {
                    out.push_str(part);
                } else {
                    push_capitalised(part, &mut out);
                }
            }
        } else if is_minor(&lower) && !follows_end_punctuation {
            out.push_str(&lower);
        } else {
            push_capitalised(&lower, &mut out);
        }
        follows_end_punctuation = out.ends_with(['.', '!', '?', ':', '—', ',']);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ill_formed_sequence_neither_starts_nor_ends_a_word() {
        assert_eq!(title_of_bytes(b"a\xFFa b").as_deref(), Some("A?a B"));
        assert_eq!(title_of_bytes(b"\xFFa?a").as_deref(), Some("?A?A"));
        assert_eq!(
            title_of_bytes(b"\xC3\x28 broken").as_deref(),
            Some("?( Broken")
        );
    }

    #[test]
    fn title_case_words_end_at_uncased_characters() {
        assert_eq!(
            title("jefferson costella").as_deref(),
            Some("Jefferson Costella")
        );
        assert_eq!(
            title("jefFErson coSTella").as_deref(),
            Some("Jefferson Costella")
        );
        assert_eq!(
            title("don't o'neil a.b c:d 1st x_y-z").as_deref(),
            Some("Don't O'neil A.b C:d 1St X_Y-Z")
        );
        assert_eq!(
            title("élan VITAL ǆungla ŉ").as_deref(),
            Some("Élan Vital ǅungla ʼN")
        );
        assert_eq!(
            title("e\u{301}cole a\u{345}").as_deref(),
            Some("E\u{301}cole A\u{345}")
        );
        assert_eq!(title("ΑΣ"), None);
        assert_eq!(title("‘quoted’"), None);
    }

    #[test]
    fn ucsplit_splits_before_capitals() {
        assert_eq!(
            ucsplit("laravel_php_framework").unwrap(),
            ["laravel_php_framework"]
        );
        assert_eq!(
            ucsplit("Laravel_P_h_p_framework").unwrap(),
            ["Laravel_", "P_h_p_framework"]
        );
        assert_eq!(
            ucsplit("HelloWORLD").unwrap(),
            ["Hello", "W", "O", "R", "L", "D"]
        );
        assert!(ucsplit("").unwrap().is_empty());
        assert_eq!(
            ucsplit("öffentlicheÜberraschungΖωή").unwrap(),
            ["öffentliche", "Überraschung", "Ζωή"]
        );
        assert_eq!(ucsplit("ǅx"), Some(vec!["ǅx"]));
        assert_eq!(ucsplit("a\u{2160}"), None);
        assert_eq!(ucsplit("naïve Σ test"), Some(vec!["naïve ", "Σ test"]));
    }

    #[test]
    fn headline_matches_laravels_examples() {
        for (value, expected) in [
            ("jefferson costella", "Jefferson Costella"),
            ("jefFErson coSTella", "Jefferson Costella"),
            (
                "jefferson_costella uses-_Laravel",
                "Jefferson Costella Uses Laravel",
            ),
            (
                "jefferson_costella uses__Laravel",
                "Jefferson Costella Uses Laravel",
            ),
            ("laravel_p_h_p_framework", "Laravel P H P Framework"),
            ("laravel_p h_p_framework", "Laravel P H P Framework"),
            ("laravelPhpFramework", "Laravel Php Framework"),
            ("laravel-phP-framework", "Laravel Ph P Framework"),
            ("lowerthenUPPER", "Lowerthen U P P E R"),
            ("0_a", "A"),
            ("öffentliche überraschung", "Öffentliche Überraschung"),
            ("öffentlicheÜberraschung", "Öffentliche Überraschung"),
            ("", ""),
        ] {
            assert_eq!(headline(value).as_deref(), Some(expected), "{value}");
        }
        assert_eq!(headline("a\u{85}b"), None);
    }

    #[test]
    fn the_table_agrees_with_the_match() {
        for c in '\u{80}'..=char::MAX {
            assert_eq!(
                known_case_properties(c),
                case_properties(c),
                "{:X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn characters_neither_cased_nor_case_ignorable_have_no_other_case() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if case_properties(c) == Some((false, false)) {
                assert_eq!(
                    title(&c.to_string()).as_deref(),
                    Some(&*c.to_string()),
                    "{:X}",
                    u32::from(c)
                );
                assert!(
                    c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]),
                    "{:X}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn apa_keeps_minor_words_lower_case() {
        for (value, expected) in [
            ("tom and jerry", "Tom and Jerry"),
            ("TOM AND JERRY", "Tom and Jerry"),
            ("to kill a mockingbird", "To Kill a Mockingbird"),
            ("the great gatsby: a novel", "The Great Gatsby: A Novel"),
            (
                "self-report of the well-known",
                "Self-Report of the Well-Known",
            ),
            ("  ", "  "),
            ("\x0c", ""),
            ("ÉCOLE DE LA RUE", "École de la Rue"),
            ("ßtraße à paris", "SStraße à Paris"),
            ("fin — à bientôt", "Fin — À Bientôt"),
            ("ПРИВЕТ МИР", "Привет Мир"),
        ] {
            assert_eq!(apa(value).as_deref(), Some(expected), "{value}");
        }
        assert_eq!(apa("ΣΟΦΙΑ"), None);
    }
}
