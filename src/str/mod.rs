//! Laravel's `Illuminate\Support\Str`, natively. No zvals here.

pub mod ascii;
pub mod case;
pub mod ids;
pub mod inflector;
pub mod mask;
pub mod pattern;
pub mod slug;
pub mod squish;
pub mod title;
pub mod truncate;
mod unicode;

#[cfg(test)]
mod properties;

/// The bytes PHP's `trim()`, `ltrim()` and `rtrim()` strip by default.
fn is_php_blank(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0b)
}

/// PHP's `trim()` with its default characters.
pub fn php_trim(bytes: &[u8]) -> &[u8] {
    let trimmed = php_rtrim(bytes);
    let start = trimmed
        .iter()
        .position(|&b| !is_php_blank(b))
        .unwrap_or(trimmed.len());
    &trimmed[start..]
}

/// PHP's `rtrim()` with its default characters.
pub fn php_rtrim(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .rposition(|&b| !is_php_blank(b))
        .map_or(0, |i| i + 1);
    &bytes[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn php_trims_its_default_characters_only() {
        assert_eq!(php_trim(b" \t\0x y\x0b\n"), b"x y");
        assert_eq!(php_trim(b" \t "), b"");
        assert_eq!(php_trim(b"\x0cx\x0c"), b"\x0cx\x0c");
        assert_eq!(php_rtrim(b" x \r\n\0"), b" x");
        assert_eq!(php_rtrim(b""), b"");
    }
}
