//! Unicode facts as PHP's PCRE and mbstring see them.
//!
//! Rust's standard library follows the newest Unicode release, PHP 8.2–8.5
//! ship Unicode 14–16 in mbstring and various PCRE2 releases. Wherever the two
//! could disagree the character is "uncertain" and the caller must hand the
//! whole input back to PHP.

/// mbstring's default substitute character (`mb_substitute_character()`
/// 63), written for each ill-formed sequence of text that is not UTF-8.
pub const MBSTRING_SUBSTITUTE: char = '?';

/// Bytes as mbstring decodes them to UTF-8 with its default substitute
/// character: each ill-formed sequence (Unicode's maximal subpart, as PHP
/// 8.3+ and Rust both take it) becomes [`MBSTRING_SUBSTITUTE`].
pub fn mbstring_scrub(value: &[u8]) -> String {
    let mut scrubbed = String::with_capacity(value.len());
    for chunk in value.utf8_chunks() {
        scrubbed.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            scrubbed.push(MBSTRING_SUBSTITUTE);
        }
    }
    scrubbed
}

/// `\s` under PCRE's `/u` flag, for the characters every PCRE2 release agrees on.
pub fn is_pcre_space(c: char) -> bool {
    if c < '\u{1680}' {
        return matches!(c, '\t'..='\r' | ' ' | '\u{A0}');
    }
    matches!(
        c,
        '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Characters whose PCRE class or case mapping depends on the PCRE2 or
/// Unicode version PHP was built with.
pub fn is_uncertain(c: char) -> bool {
    if c < '\u{180E}' {
        return c == '\u{85}';
    }
    matches!(
        c,
        // NEL and MONGOLIAN VOWEL SEPARATOR: `\s` in some PCRE2 releases only.
        '\u{85}'
            | '\u{180E}'
            // Case pairs added or changed in Unicode 14 and later.
            | '\u{1C89}'..='\u{1C8A}'
            | '\u{2C2F}'
            | '\u{2C5F}'
            | '\u{A7C0}'..='\u{A7FF}'
            | '\u{10570}'..='\u{105BF}'
            | '\u{10D40}'..='\u{10D8F}'
            | '\u{16EA0}'..='\u{16EDF}'
    )
}

/// Appends the full lower-case mapping of `c` as `mb_strtolower()` has it,
/// for every character but Σ (whose mapping depends on its neighbours).
/// Latin-1, Greek and Cyrillic letters map by offset; the rest goes through
/// the standard library's tables.
pub fn push_lowercase(c: char, out: &mut String) {
    let offset = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'Α'..='Ρ' | 'Τ'..='Ϋ' | 'А'..='Я' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        'a'..='z' | 'ß'..='ÿ' | 'ά'..='ώ' | 'а'..='џ' => 0,
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(char::from_u32(u32::from(c) + offset).unwrap_or(c));
}

/// Appends the full title-case mapping of `c`, as `mb_convert_case()` with
/// `MB_CASE_TITLE` (and so `mb_ucfirst()`) produces it.
pub fn push_titlecase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    if is_georgian_mkhedruli(c) {
        // Mkhedruli has an upper case (Mtavruli) but is its own title case.
        out.push(c);
        return;
    }
    match title_exception(c) {
        Some(title) => out.push_str(title),
        None => out.extend(c.to_uppercase()),
    }
}

/// Characters whose title case differs from their upper case
/// (UnicodeData.txt field 14 and SpecialCasing.txt title column).
fn title_exception(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "Ss",
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        'և' => "Եւ",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        'ﬓ' => "Մն",
        'ﬔ' => "Մե",
        'ﬕ' => "Մի",
        'ﬖ' => "Վն",
        'ﬗ' => "Մխ",
        'ᾲ' => "Ὰ\u{345}",
        'ᾴ' => "Ά\u{345}",
        'ᾷ' => "Α\u{342}\u{345}",
        'ῂ' => "Ὴ\u{345}",
        'ῄ' => "Ή\u{345}",
        'ῇ' => "Η\u{342}\u{345}",
        'ῲ' => "Ὼ\u{345}",
        'ῴ' => "Ώ\u{345}",
        'ῷ' => "Ω\u{342}\u{345}",
        'ᾳ' | 'ᾼ' => "ᾼ",
        'ῃ' | 'ῌ' => "ῌ",
        'ῳ' | 'ῼ' => "ῼ",
        _ => return greek_iota_title(c),
    })
}

/// Greek letters with ypogegrammeni title-case to the prosgegrammeni forms:
/// U+1F80–1F87 and U+1F88–1F8F both map to U+1F88–1F8F (likewise 1F90, 1FA0).
fn greek_iota_title(c: char) -> Option<&'static str> {
    const TITLES: [&str; 24] = [
        "ᾈ", "ᾉ", "ᾊ", "ᾋ", "ᾌ", "ᾍ", "ᾎ", "ᾏ", "ᾘ", "ᾙ", "ᾚ", "ᾛ", "ᾜ", "ᾝ", "ᾞ", "ᾟ", "ᾨ", "ᾩ",
        "ᾪ", "ᾫ", "ᾬ", "ᾭ", "ᾮ", "ᾯ",
    ];
    let offset = u32::from(c).checked_sub(0x1F80)?;
    if offset >= 0x30 {
        return None;
    }
    let block = (offset / 16) as usize;
    let letter = (offset % 8) as usize;
    Some(TITLES[block * 8 + letter])
}

fn is_georgian_mkhedruli(c: char) -> bool {
    matches!(c, '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_each_maximal_subpart_to_one_substitute() {
        assert_eq!(mbstring_scrub(b"a\xE2\x82\xFFb"), "a??b");
        assert_eq!(mbstring_scrub(b"\xE0\x80\x80\xED\xA0\x80"), "??????");
        assert_eq!(mbstring_scrub(b"\xF0\x9F\x98\x80\x80"), "\u{1F600}?");
        assert_eq!(mbstring_scrub("déjà".as_bytes()), "déjà");
    }

    fn title(c: char) -> String {
        let mut out = String::new();
        push_titlecase(c, &mut out);
        out
    }

    #[test]
    fn title_case_differs_from_upper_case_where_unicode_says() {
        assert_eq!(title('ß'), "Ss");
        assert_eq!(title('ǆ'), "ǅ");
        assert_eq!(title('ა'), "ა");
        assert_eq!(title('ჿ'), "ჿ");
        assert_eq!(title('ᾀ'), "ᾈ");
        assert_eq!(title('ᾏ'), "ᾏ");
        assert_eq!(title('ᾧ'), "ᾯ");
        assert_eq!(title('ﬃ'), "Ffi");
        assert_eq!(title('a'), "A");
        assert_eq!(title('é'), "É");
        assert_eq!(title('ŉ'), "ʼN");
    }

    #[test]
    fn lowercase_by_offset_agrees_with_the_standard_library() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| c != 'Σ')
        {
            let mut out = String::new();
            push_lowercase(c, &mut out);
            assert_eq!(out, c.to_lowercase().to_string(), "{:X}", u32::from(c));
        }
    }

    #[test]
    fn pcre_space_is_the_stable_white_space_set() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_uncertain(c) {
                continue;
            }
            assert_eq!(is_pcre_space(c), c.is_whitespace(), "{:X}", u32::from(c));
        }
    }
}
