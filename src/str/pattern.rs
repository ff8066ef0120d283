//! `Str::is()`: `*` wildcards matched without building a regex.

/// Above this many steps of PCRE's backtracking (a value's length to the
/// power of the pattern's wildcards) PHP's `pcre.backtrack_limit` might stop
/// the match and Laravel would see `false`, so the answer stays Laravel's.
const MAX_BACKTRACKING: f64 = 1e5;

/// `Str::is($patterns, $value, $ignoreCase)`; `None` when only PCRE can
/// answer (case-insensitive matching beyond ASCII, or a pattern whose
/// backtracking could hit PHP's limit).
pub fn is<'p>(
    patterns: impl IntoIterator<Item = &'p str>,
    value: &str,
    ignore_case: bool,
) -> Option<bool> {
    for pattern in patterns {
        if pattern == "*" || pattern == value {
            return Some(true);
        }
        if ignore_case && !(pattern.is_ascii() && value.is_ascii()) {
            // PCRE's caseless matching folds `K` to the Kelvin sign and so on.
            return None;
        }
        let wildcards = pattern.bytes().filter(|&b| b == b'*').count();
        if wildcards > 0 && (value.len() as f64).powi(wildcards as i32) > MAX_BACKTRACKING {
            return None;
        }
        if matches(pattern.as_bytes(), value.as_bytes(), ignore_case) {
            return Some(true);
        }
    }
    Some(false)
}

/// `^pattern\z` where `*` is `.*` (with `/s`) and everything else literal.
fn matches(pattern: &[u8], value: &[u8], ignore_case: bool) -> bool {
    let same = |a: &[u8], b: &[u8]| {
        if ignore_case {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    let mut pieces = pattern.split(|&b| b == b'*');
    let first = pieces.next().unwrap_or_default();
    if value.len() < first.len() || !same(&value[..first.len()], first) {
        return false;
    }
    let mut rest = &value[first.len()..];
    let Some(last) = pieces.next_back() else {
        // No wildcard: the whole value is the literal.
        return rest.is_empty();
    };
    // Middle pieces as early as possible leave the most room for the rest.
    for piece in pieces.filter(|piece| !piece.is_empty()) {
        match rest
            .windows(piece.len())
            .position(|window| same(window, piece))
        {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && same(&rest[rest.len() - last.len()..], last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_one(pattern: &str, value: &str, ignore_case: bool) -> Option<bool> {
        is([pattern], value, ignore_case)
    }

    #[test]
    fn matches_laravels_examples() {
        assert_eq!(is_one("/", "/", false), Some(true));
        assert_eq!(is_one("/", " /", false), Some(false));
        assert_eq!(is_one("*/", "/a", false), Some(false));
        assert_eq!(is_one("*/", "a/", false), Some(true));
        assert_eq!(is_one("*/*", "foo/bar/baz", false), Some(true));
        assert_eq!(is_one("foo/*/baz", "foo/bar/baz", false), Some(true));
        assert_eq!(is_one("*.php", "foo.php", false), Some(true));
        assert_eq!(is_one("a*b*b", "ab", false), Some(false));
        assert_eq!(is_one("a*b*b", "abb", false), Some(true));
        assert_eq!(is_one("a**", "a", false), Some(true));
        assert_eq!(is_one("FOO/*", "foo/bar", true), Some(true));
        assert_eq!(is_one("FOO/*", "foo/bar", false), Some(false));
        assert_eq!(is_one("*", "any\nthing", false), Some(true));
        assert_eq!(is_one("a*", "a\nb", false), Some(true));
        assert_eq!(is(["x", "y*"], "yes", false), Some(true));
        assert_eq!(is([], "yes", false), Some(false));
        assert_eq!(is_one("k*", "\u{212A}x", true), None);
    }

    #[test]
    fn leaves_heavy_backtracking_to_pcre() {
        let long = "a".repeat(400);
        assert_eq!(is_one("*a*b", &long, false), None);
        assert_eq!(is_one("a*", &long, false), Some(true));
    }
}
