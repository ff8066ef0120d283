//! `Str::squish()`: Laravel's `Str::trim()` (PCRE `\s`, its invisible
//! characters and PHP's `trim()` bytes, from both ends), then every run of
//! `\s`, U+3164 or U+1160 becomes one space.

use std::borrow::Cow;

use super::unicode::{is_pcre_space, is_uncertain};

/// `Str::INVISIBLE_CHARACTERS` (Laravel 13), which `Str::trim()` strips too.
const INVISIBLE: &[char] = &[
    '\u{0009}',
    '\u{0020}',
    '\u{00A0}',
    '\u{00AD}',
    '\u{034F}',
    '\u{061C}',
    '\u{115F}',
    '\u{1160}',
    '\u{17B4}',
    '\u{17B5}',
    '\u{180E}',
    '\u{2000}',
    '\u{2001}',
    '\u{2002}',
    '\u{2003}',
    '\u{2004}',
    '\u{2005}',
    '\u{2006}',
    '\u{2007}',
    '\u{2008}',
    '\u{2009}',
    '\u{200A}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{200E}',
    '\u{200F}',
    '\u{202F}',
    '\u{205F}',
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}',
    '\u{2065}',
    '\u{206A}',
    '\u{206B}',
    '\u{206C}',
    '\u{206D}',
    '\u{206E}',
    '\u{206F}',
    '\u{3000}',
    '\u{2800}',
    '\u{3164}',
    '\u{FEFF}',
    '\u{FFA0}',
    '\u{1D159}',
    '\u{1D173}',
    '\u{1D174}',
    '\u{1D175}',
    '\u{1D176}',
    '\u{1D177}',
    '\u{1D178}',
    '\u{1D179}',
    '\u{1D17A}',
    '\u{E0020}',
];

/// A character of `Str::trim()`'s class: `\s`, an invisible character, or
/// one of `trim()`'s own bytes (of which only NUL is not `\s`).
fn is_trimmed(c: char) -> bool {
    is_pcre_space(c) || c == '\0' || (!c.is_ascii() && INVISIBLE.contains(&c))
}

/// What `squish()` collapses into one space.
fn is_squashed(c: char) -> bool {
    is_pcre_space(c) || matches!(c, '\u{3164}' | '\u{1160}')
}

/// `Str::squish($value)`; `None` when a character's class depends on the
/// PCRE2 release.
pub fn squish(value: &str) -> Option<Cow<'_, str>> {
    if value.chars().any(is_uncertain) {
        return None;
    }
    let trimmed = value.trim_matches(is_trimmed);
    let needs_collapsing = {
        let mut previous_squashed = false;
        trimmed.chars().any(|c| {
            let squashed = is_squashed(c);
            let collapses = squashed && (previous_squashed || c != ' ');
            previous_squashed = squashed;
            collapses
        })
    };
    if !needs_collapsing {
        return Some(Cow::Borrowed(trimmed));
    }
    let mut squished = String::with_capacity(trimmed.len());
    let mut in_run = false;
    for c in trimmed.chars() {
        if is_squashed(c) {
            if !in_run {
                squished.push(' ');
            }
            in_run = true;
        } else {
            squished.push(c);
            in_run = false;
        }
    }
    Some(Cow::Owned(squished))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_laravels_class_and_collapses_runs() {
        assert_eq!(
            squish("  laravel   php  framework ").as_deref(),
            Some("laravel php framework")
        );
        assert_eq!(
            squish("\u{200B}\u{FEFF}a\u{200B}b\0").as_deref(),
            Some("a\u{200B}b")
        );
        assert_eq!(squish("a\t\n\u{3164}\u{1160}b").as_deref(), Some("a b"));
        assert_eq!(squish("\x0c\x0ba\x0cb\x0b").as_deref(), Some("a b"));
        assert_eq!(squish("a\0b").as_deref(), Some("a\0b"));
        assert_eq!(squish(" \u{3000} ").as_deref(), Some(""));
        assert!(matches!(squish("a b"), Some(Cow::Borrowed("a b"))));
        assert_eq!(squish("a\u{85}b"), None);
    }
}
