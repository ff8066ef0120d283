//! Laravel's `Str::snake()` and `Str::studly()` (13.x), step for step.
//!
//! Each function returns `None` when it cannot give PHP's exact answer (see
//! [`is_uncertain`]); the caller then runs Laravel's own PHP code.

use std::borrow::Cow;
use std::ffi::c_int;

use super::unicode::{is_pcre_space, is_uncertain, push_lowercase, push_titlecase};

unsafe extern "C" {
    /// The C library's classifier, which PHP's `ctype_lower()` calls per byte.
    fn islower(c: c_int) -> c_int;
}

/// `ctype_lower()`: non-empty and every byte lower case in the current locale.
fn is_ctype_lower(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes.iter().all(|&byte| {
            if byte.is_ascii() {
                byte.is_ascii_lowercase()
            } else {
                // SAFETY: `islower` is defined for every `unsigned char` value.
                unsafe { islower(c_int::from(byte)) != 0 }
            }
        })
}

/// Results larger than this are left to PHP: memory the extension allocates
/// is invisible to `memory_limit`, which must stop a runaway request (say a
/// huge delimiter inserted before every capital) exactly as it stops
/// Laravel's own code.
pub const MAX_NATIVE_RESULT: usize = 1 << 20;

/// The bytes `ucwords()` treats as word separators by default.
fn is_ucwords_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0b' | '\x0c')
}

/// `Str::snake($value, $delimiter)`:
/// `lower(preg_replace('/(.)(?=[A-Z])/u', '$1'.$delimiter, preg_replace('/\s+/u', '', ucwords($value))))`
/// unless `ctype_lower($value)`.
pub fn snake<'a>(value: &'a str, delimiter: &str) -> Option<Cow<'a, str>> {
    if is_ctype_lower(value.as_bytes()) {
        return Some(Cow::Borrowed(value));
    }
    // At most one delimiter per ASCII letter (a capital, or a letter ucwords() capitalises).
    let insertions = value.bytes().filter(u8::is_ascii_alphabetic).count();
    if value
        .len()
        .saturating_add(insertions.saturating_mul(delimiter.len()))
        > MAX_NATIVE_RESULT
    {
        return None;
    }
    // The preg_replace() replacement is '$1'.$delimiter: a `$` or `\` starts
    // another back-reference, and a leading digit extends `$1` (to `$14`...).
    if delimiter.contains(['$', '\\'])
        || delimiter.starts_with(|c: char| c.is_ascii_digit())
        || delimiter.chars().any(is_uncertain)
    {
        return None;
    }

    // One pass over the four steps: ucwords() upper-cases a letter after an
    // ASCII blank, `\s` is dropped, the delimiter goes before every ASCII
    // capital that has a character before it (`.` cannot match "\n", but `\s`
    // already removed every newline), and everything is lower-cased.
    // Only Σ lower-cases by context (final sigma), so only then does the
    // lower-casing wait for the whole string.
    let by_context = value.contains('Σ') || delimiter.contains('Σ');
    let lower_delimiter = if by_context {
        Cow::Borrowed(delimiter)
    } else {
        lower(delimiter)
    };
    let mut snaked = String::with_capacity(value.len() + 4 * delimiter.len());
    let mut at_word_start = true;
    for c in value.chars() {
        if is_uncertain(c) {
            return None;
        }
        let starts_word = at_word_start;
        at_word_start = is_ucwords_separator(c);
        if is_pcre_space(c) {
            continue;
        }
        if (c.is_ascii_uppercase() || (starts_word && c.is_ascii_lowercase())) && !snaked.is_empty()
        {
            snaked.push_str(&lower_delimiter);
        }
        if by_context {
            snaked.push(if starts_word {
                c.to_ascii_uppercase()
            } else {
                c
            });
        } else {
            push_lowercase(c, &mut snaked);
        }
    }

    let snaked = if by_context {
        lower(&snaked).into_owned()
    } else {
        snaked
    };
    has_no_uncertain_mapping(&snaked).then_some(Cow::Owned(snaked))
}

/// `mb_strtolower()`: full case mapping with the final-sigma rule.
fn lower(value: &str) -> Cow<'_, str> {
    if !value.is_ascii() {
        Cow::Owned(value.to_lowercase())
    } else if value.bytes().any(|byte| byte.is_ascii_uppercase()) {
        Cow::Owned(value.to_ascii_lowercase())
    } else {
        Cow::Borrowed(value)
    }
}

/// `Str::studly($value)`: split `str_replace(['-', '_'], ' ', $value)` on `\s+`,
/// `mb_ucfirst()` each word, join.
pub fn studly(value: &str) -> Option<String> {
    // A title case is at most three times as long as its letter.
    if value.len() > MAX_NATIVE_RESULT / 3 {
        return None;
    }
    let mut studly = String::with_capacity(value.len());
    let mut at_word_start = true;
    for c in value.chars() {
        if is_uncertain(c) {
            return None;
        } else if c == '-' || c == '_' || is_pcre_space(c) {
            at_word_start = true;
        } else if at_word_start {
            push_titlecase(c, &mut studly);
            at_word_start = false;
        } else {
            studly.push(c);
        }
    }
    has_no_uncertain_mapping(&studly).then_some(studly)
}

/// An old character can gain a case mapping in a newer Unicode (ɤ got Ɤ,
/// U+A7CB, in Unicode 16), so results are checked as well as inputs.
fn has_no_uncertain_mapping(result: &str) -> bool {
    result.is_ascii() || !result.chars().any(is_uncertain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snake_(value: &str, delimiter: &str) -> Option<String> {
        snake(value, delimiter).map(Cow::into_owned)
    }

    #[test]
    fn snake_matches_laravel_examples() {
        let cases = [
            ("LaravelPHPFramework", "_", "laravel_p_h_p_framework"),
            ("Laravel Php Framework", "_", "laravel_php_framework"),
            (
                "Laravel    Php      Framework   ",
                "_",
                "laravel_php_framework",
            ),
            ("LaravelPhpFramework", " ", "laravel php framework"),
            ("LaravelPhpFramework", "-", "laravel-php-framework"),
            ("foo-bar", "_", "foo-bar"),
            ("Foo-Bar", "_", "foo-_bar"),
            ("hello World", "_", "hello_world"),
            ("ŻółtaŁódka", "_", "żółtałódka"),
            (
                "ÖffentlicheÜberraschungen",
                "_",
                "öffentlicheüberraschungen",
            ),
            ("ΟΔΥΣΣΕΥΣ Foo", "_", "οδυσσευς_foo"),
            ("", "_", ""),
        ];
        for (value, delimiter, snaked) in cases {
            assert_eq!(
                snake_(value, delimiter).as_deref(),
                Some(snaked),
                "{value:?}"
            );
        }
    }

    #[test]
    fn results_past_the_memory_bound_are_left_to_php() {
        let capitals = "Ab".repeat(1000);
        assert!(snake(&capitals, &"-".repeat(MAX_NATIVE_RESULT / 1000)).is_none());
        assert!(snake(&capitals, "_").is_some());
        assert!(studly(&"a".repeat(MAX_NATIVE_RESULT)).is_none());
    }

    #[test]
    fn snake_lowers_the_delimiter_too() {
        assert_eq!(snake_("FooBar", "X").unwrap(), "fooxbar");
    }

    #[test]
    fn snake_leaves_ctype_lower_input_alone() {
        assert!(matches!(
            snake("already", "_"),
            Some(Cow::Borrowed("already"))
        ));
    }

    #[test]
    fn snake_hands_back_what_php_decides_differently() {
        assert_eq!(snake_("FooBar", "$1"), None);
        assert_eq!(snake_("FooBar", "\\0"), None);
        assert_eq!(snake_("FooBar", "42"), None);
        assert_eq!(snake_("Foo\u{85}Bar", "_"), None);
        assert_eq!(snake_("Foo\u{A7CE}", "_"), None);
    }

    #[test]
    fn studly_matches_laravel_examples() {
        let cases = [
            ("laravel_p_h_p_framework", "LaravelPHPFramework"),
            ("laravel_php_framework", "LaravelPhpFramework"),
            ("laravel-phP-framework", "LaravelPhPFramework"),
            (
                "laravel  -_-  php   -_-   framework   ",
                "LaravelPhpFramework",
            ),
            ("foo_bar", "FooBar"),
            ("öffentliche-überraschungen", "ÖffentlicheÜberraschungen"),
            ("ßtraße ǆungla", "Sstraßeǅungla"),
            ("", ""),
        ];
        for (value, studly_) in cases {
            assert_eq!(studly(value).as_deref(), Some(studly_), "{value:?}");
        }
    }
}
