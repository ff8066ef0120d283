//! The string rules behind `Arr::toCssClasses()` and `Arr::toCssStyles()`.

/// PHP's `is_numeric()` for a string: optional blanks, a sign, digits with
/// an optional fraction (`1.`, `.5`) and exponent, optional trailing blanks.
pub fn is_numeric(text: &[u8]) -> bool {
    let blank = |byte: &u8| matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = text.iter().position(|b| !blank(b)).unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|b| !blank(b))
        .map_or(start, |i| i + 1);
    let mut rest = &text[start..end];
    if let [b'+' | b'-', unsigned @ ..] = rest {
        rest = unsigned;
    }
    let digits = |bytes: &[u8]| bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let integer = digits(rest);
    rest = &rest[integer..];
    let mut fraction = 0;
    if let [b'.', after @ ..] = rest {
        fraction = digits(after);
        if integer > 0 || fraction > 0 {
            rest = &after[fraction..];
        }
    }
    if integer == 0 && fraction == 0 {
        return false;
    }
    if let [b'e' | b'E', after @ ..] = rest {
        let unsigned = match after {
            [b'+' | b'-', unsigned @ ..] => unsigned,
            unsigned => unsigned,
        };
        let exponent = digits(unsigned);
        if exponent > 0 {
            rest = &unsigned[exponent..];
        }
    }
    rest.is_empty()
}

/// `Str::finish($text, ';')` for valid UTF-8: the `;`s that end the text
/// (or that precede its final newline, as PCRE's `$` allows) become one.
pub fn push_finished_with_semicolon(out: &mut Vec<u8>, text: &[u8]) {
    let (body, newline) = match text.strip_suffix(b"\n") {
        Some(body) => (body, &b"\n"[..]),
        None => (text, &b""[..]),
    };
    let kept = body
        .iter()
        .rposition(|&byte| byte != b';')
        .map_or(0, |last| last + 1);
    out.extend_from_slice(&body[..kept]);
    out.extend_from_slice(newline);
    out.push(b';');
}

#[cfg(test)]
mod tests {
    use super::{is_numeric, push_finished_with_semicolon};

    #[test]
    fn numeric_strings_follow_php() {
        for text in [
            "0",
            "12",
            "-1",
            "+1",
            "1.",
            ".5",
            "-.5",
            "1.5e3",
            "1E-3",
            "1.e5",
            " 1",
            "1 ",
            "\n1\t",
            "\x0b7\x0c",
            "00",
        ] {
            assert!(is_numeric(text.as_bytes()), "{text:?}");
        }
        for text in [
            "", " ", ".", "-", "+", "e5", ".e5", "1e", "1e+", "1.5e", "0x1A", "1_000", "1 2",
            "- 1", "INF", "NAN", "1,5", "١",
        ] {
            assert!(!is_numeric(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn finish_collapses_final_semicolons() {
        for (text, finished) in [
            ("", ";"),
            (";", ";"),
            (";;;", ";"),
            ("color: red", "color: red;"),
            ("color: red;;", "color: red;"),
            ("a;\n", "a\n;"),
            ("a;\n\n", "a;\n\n;"),
            ("a;b", "a;b;"),
            ("\n", "\n;"),
        ] {
            let mut out = Vec::new();
            push_finished_with_semicolon(&mut out, text.as_bytes());
            assert_eq!(out, finished.as_bytes(), "{text:?}");
        }
    }
}
