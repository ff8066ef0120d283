//! `Str::mask()` on UTF-8 text, with `mb_substr()`'s offsets.

use std::borrow::Cow;

use super::unicode::mbstring_scrub;

/// The characters `mb_substr()` selects from a string of `count`
/// characters: PHP 8's clamping of a negative start and length.
fn substr_range(count: usize, start: i64, length: Option<i64>) -> std::ops::Range<usize> {
    let count = count as i128;
    let (start, length) = (i128::from(start), length.map(i128::from));
    let from = if start >= 0 {
        start
    } else if -start < count {
        count + start
    } else {
        0
    };
    let taken = match length {
        None => count,
        Some(length) if length >= 0 => length,
        Some(length) if from < count && -length < count - from => count - from + length,
        Some(_) => 0,
    };
    let from = from.min(count);
    let to = (from + taken).min(count);
    from as usize..to as usize
}

/// `Str::mask($value, $character, $index, $length)` with the UTF-8 encoding;
/// `None` for `PHP_INT_MIN` offsets, which `mb_substr()` rejects with a
/// `ValueError`.
pub fn mask<'a>(
    value: &'a str,
    character: &str,
    index: i64,
    length: Option<i64>,
) -> Option<Cow<'a, str>> {
    let Some(masking) = character.chars().next() else {
        return Some(Cow::Borrowed(value));
    };
    if index == i64::MIN || length == Some(i64::MIN) {
        return None;
    }
    let range = substr_range(value.chars().count(), index, length);
    if range.is_empty() {
        return Some(Cow::Borrowed(value));
    }
    let byte_at = |chars: usize| {
        value
            .char_indices()
            .nth(chars)
            .map_or(value.len(), |(at, _)| at)
    };
    let (start, end) = (byte_at(range.start), byte_at(range.end));
    let mut masked = String::with_capacity(value.len() + range.len() * masking.len_utf8());
    masked.push_str(&value[..start]);
    masked.extend(std::iter::repeat_n(masking, range.len()));
    masked.push_str(&value[end..]);
    Some(Cow::Owned(masked))
}

/// [`mask`] of bytes that are not all UTF-8: `mb_substr()` and `mb_strlen()`
/// read them as mbstring decodes them (see [`mbstring_scrub`]), but an empty
/// segment returns the value itself. `Cow::Borrowed` for that value.
pub fn mask_bytes<'a>(
    value: &'a [u8],
    character: &str,
    index: i64,
    length: Option<i64>,
) -> Option<Cow<'a, [u8]>> {
    let scrubbed = mbstring_scrub(value);
    Some(match mask(&scrubbed, character, index, length)? {
        Cow::Borrowed(_) => Cow::Borrowed(value),
        Cow::Owned(masked) => Cow::Owned(masked.into_bytes()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_text_that_is_not_utf8_as_mbstring_reads_it() {
        let masked = |index, length| mask_bytes(b"\xC3\x28 broken", "*", index, length).unwrap();
        assert_eq!(masked(3, None).as_ref(), b"?( ******");
        assert!(matches!(
            masked(20, None),
            Cow::Borrowed(b"\xC3\x28 broken")
        ));
    }

    #[test]
    fn substr_range_clamps_like_mb_substr() {
        assert_eq!(substr_range(5, 1, None), 1..5);
        assert_eq!(substr_range(5, -2, None), 3..5);
        assert_eq!(substr_range(5, -9, Some(2)), 0..2);
        assert_eq!(substr_range(5, 1, Some(-1)), 1..4);
        assert_eq!(substr_range(5, 1, Some(-9)), 1..1);
        assert_eq!(substr_range(5, 7, Some(2)), 5..5);
    }

    #[test]
    fn masks_characters_not_bytes() {
        assert_eq!(
            mask("taylor@email.com", "*", 3, None).as_deref(),
            Some("tay*************")
        );
        assert_eq!(
            mask("taylor@email.com", "*", -4, Some(2)).as_deref(),
            Some("taylor@email**om")
        );
        assert_eq!(
            mask("maan@email.com", "*", 0, Some(-10)).as_deref(),
            Some("****@email.com")
        );
        assert_eq!(
            mask("这是一段中文", "*", 3, None).as_deref(),
            Some("这是一***")
        );
        assert_eq!(mask("abc", "é*", 1, Some(1)).as_deref(), Some("aéc"));
        assert_eq!(mask("abc", "", 1, None).as_deref(), Some("abc"));
        assert_eq!(mask("abc", "*", 3, None).as_deref(), Some("abc"));
        assert_eq!(mask("abc", "*", i64::MIN, None), None);
        assert_eq!(mask("abc", "*", 0, Some(i64::MIN)), None);
    }
}
