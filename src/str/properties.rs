//! Property tests (the fuzzing of the pure-Rust core): the optimised
//! one-pass conversions against literal transcriptions of Laravel's steps, on
//! arbitrary Unicode and on strings built from the characters that matter.
//! `make test` runs a bounded number of cases; `make fuzz` runs many more
//! (`OXIDE_FUZZ_CASES`).

use proptest::prelude::*;

use super::case::{MAX_NATIVE_RESULT, snake, studly};
use super::unicode::{is_pcre_space, is_uncertain, push_titlecase};

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

proptest! {
    #![proptest_config(config())]

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
