//! Property tests (the fuzzing of the pure-Rust core): the optimised
//! one-pass conversions against literal transcriptions of Laravel's steps, on
//! arbitrary Unicode and on strings built from the characters that matter.
//! `make test` runs a bounded number of cases; `make fuzz` runs many more
//! (`OXIDE_FUZZ_CASES`).

use proptest::prelude::*;

use super::case::{MAX_NATIVE_RESULT, snake, studly};
use super::slug::slug;
use super::unicode::{is_pcre_space, is_uncertain, push_titlecase};
use crate::arr::Key;

pub(super) fn config() -> ProptestConfig {
    let cases = std::env::var("OXIDE_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok());
    ProptestConfig::with_cases(cases.unwrap_or(3000))
}

/// Arbitrary Unicode, or strings of the characters the conversions treat
/// specially (cases, separators, every kind of space, special case mappings).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop::sample::select(vec![
                "a", "Z", "q", "HTTP", "Id", "1", "-", "_", " ", "\t", "\n", "\r", "\x0b", "\x0c",
                ".", "$", "é", "É", "ß", "ǆ", "ǅ", "İ", "ı", "Σ", "σ", "ς", "ᾳ", "ᾷ", "ﬁ", "ŉ",
                "ა", "Ж", "中", "😀", "\u{301}", "\u{345}", "ɤ", "ƛ", "\u{A0}", "\u{2003}",
                "\u{3000}", "\u{2028}", "\u{85}", "\u{A7CE}",
            ]),
            0..24,
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

fn delimiter() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("_".to_owned()),
        Just("-".to_owned()),
        Just(String::new()),
        text()
    ]
}

/// Laravel's `snake()` step by step, one string per step.
fn literal_snake(value: &str, delimiter: &str) -> String {
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_lowercase()) {
        return value.to_owned();
    }
    let mut ucworded = String::new();
    let mut after_blank = true;
    for c in value.chars() {
        ucworded.push(if after_blank {
            c.to_ascii_uppercase()
        } else {
            c
        });
        after_blank = matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0b' | '\x0c');
    }
    let stripped: Vec<char> = ucworded.chars().filter(|&c| !is_pcre_space(c)).collect();
    let mut delimited = String::new();
    for (i, c) in stripped.iter().enumerate() {
        delimited.push(*c);
        if stripped.get(i + 1).is_some_and(char::is_ascii_uppercase) {
            delimited.push_str(delimiter);
        }
    }
    delimited.to_lowercase()
}

/// Laravel's `studly()`: replace, split, ucfirst each word, join.
fn literal_studly(value: &str) -> String {
    value
        .replace(['-', '_'], " ")
        .split(is_pcre_space)
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            let mut titled = String::new();
            if let Some(first) = chars.next() {
                push_titlecase(first, &mut titled);
            }
            titled.extend(chars);
            titled
        })
        .collect()
}

/// Each maximal run of bytes `in_run` accepts replaced by `replacement`,
/// as `preg_replace('![…]+!u', $replacement, $text)` does.
fn runs_replaced(text: &[u8], in_run: impl Fn(u8) -> bool, replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut in_a_run = false;
    for &byte in text {
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

/// `str_replace($search, $replacement, $text)` for one non-empty search.
fn replaced(text: &[u8], search: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        if text[at..].starts_with(search) {
            out.extend_from_slice(replacement);
            at += search.len();
        } else {
            out.push(text[at]);
            at += 1;
        }
    }
    out
}

/// Laravel's `slug()` step by step on ASCII, after transliteration: the
/// other dash's runs, the dictionary, lowercase, remove, collapse, trim.
fn literal_slug(title: &[u8], separator: &[u8], dictionary: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let flip = if separator == b"-" { b'_' } else { b'-' };
    let mut text = runs_replaced(title, |byte| byte == flip, separator);
    for (word, value) in dictionary.iter().filter(|(word, _)| !word.is_empty()) {
        text = replaced(&text, word, &[separator, value, separator].concat());
    }
    let is_separator_byte = |byte: u8| separator.contains(&byte);
    let is_space = |byte: u8| matches!(byte, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let kept: Vec<u8> = text
        .to_ascii_lowercase()
        .into_iter()
        .filter(|&byte| is_separator_byte(byte) || byte.is_ascii_alphanumeric() || is_space(byte))
        .collect();
    let collapsed = runs_replaced(
        &kept,
        |byte| is_separator_byte(byte) || is_space(byte),
        separator,
    );
    let start = collapsed
        .iter()
        .position(|&byte| !is_separator_byte(byte))
        .unwrap_or(collapsed.len());
    let end = collapsed
        .iter()
        .rposition(|&byte| !is_separator_byte(byte))
        .map_or(start, |last| last + 1);
    collapsed[start..end].to_vec()
}

/// ASCII bytes, mostly those `slug()` treats specially.
fn slug_bytes(length: std::ops::Range<usize>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(0u8..128, length.clone()),
        proptest::collection::vec(
            prop::sample::select(b"aAzZ09 -_.\t\n\x0b\x0c\r@&!$\\\x00\x01\x7f".to_vec()),
            length,
        ),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn slug_is_laravels_or_a_documented_hand_back(
        title in slug_bytes(0..40),
        separator in slug_bytes(0..4),
        dictionary in proptest::collection::vec((slug_bytes(0..3), slug_bytes(0..4)), 0..3),
    ) {
        let words = dictionary
            .iter()
            .map(|(word, value)| Some((Key::Bytes(word), value.as_slice())));
        match slug(&title, &separator, words) {
            Some(slugged) => prop_assert_eq!(slugged, literal_slug(&title, &separator, &dictionary)),
            None => prop_assert!(
                separator.contains(&b'$')
                    || separator.contains(&b'\\')
                    || separator.windows(2).any(|pair| pair == b".."),
                "undocumented hand-back"
            ),
        }
    }

    #[test]
    fn snake_is_laravels_or_a_documented_hand_back(value in text(), delimiter in delimiter()) {
        match snake(&value, &delimiter) {
            Some(snaked) => prop_assert_eq!(snaked, literal_snake(&value, &delimiter)),
            None => prop_assert!(
                delimiter.contains(['$', '\\'])
                    || delimiter.starts_with(|c: char| c.is_ascii_digit())
                    || value.chars().chain(delimiter.chars()).any(is_uncertain)
                    || literal_snake(&value, &delimiter).chars().any(is_uncertain)
                    || value.len() + value.len() * delimiter.len() > MAX_NATIVE_RESULT,
                "undocumented hand-back"
            ),
        }
    }

    #[test]
    fn studly_is_laravels_or_a_documented_hand_back(value in text()) {
        match studly(&value) {
            Some(studly) => prop_assert_eq!(studly, literal_studly(&value)),
            None => prop_assert!(
                value.chars().any(is_uncertain) || literal_studly(&value).chars().any(is_uncertain),
                "undocumented hand-back"
            ),
        }
    }

    #[test]
    fn studly_is_idempotent(value in text()) {
        if let Some(once) = studly(&value) {
            prop_assert_eq!(studly(&once), Some(once.clone()));
        }
    }
}
