//! league/commonmark's output primitives: `Xml::escape`, `HtmlFilter`, `UrlEncoder` and the
//! unsafe-link test, byte for byte.

/// `Xml::escape()`: the four characters league escapes, in text and attribute values alike.
pub fn push_escaped(out: &mut String, text: &str) {
    push_with_entities(out, text, true);
}

/// `&`, `<`, `>` and, when `quotes`, `"` as entities: `Xml::escape()` and
/// `htmlspecialchars(…, ENT_NOQUOTES)`.
fn push_with_entities(out: &mut String, text: &str, quotes: bool) {
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if quotes => "&quot;",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        out.push_str(entity);
        start = at + 1;
    }
    out.push_str(&text[start..]);
}

/// What league does with raw HTML (`html_input`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtmlInput {
    Allow,
    Escape,
    Strip,
}

/// `HtmlFilter::filter()`; `escape` is `htmlspecialchars($html, ENT_NOQUOTES)`.
pub fn push_filtered(out: &mut String, html: &str, input: HtmlInput) {
    match input {
        HtmlInput::Allow => out.push_str(html),
        HtmlInput::Strip => {}
        HtmlInput::Escape => push_with_entities(out, html, false),
    }
}

/// The GFM tag filter (`DisallowedRawHtmlRenderer`): `<` before one of these tag names, optionally
/// closing, followed by whitespace, `/`, `>` or the end, becomes `&lt;`. Case-insensitive.
const DISALLOWED_TAGS: [&str; 9] = [
    "title",
    "textarea",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "script",
    "plaintext",
];

/// Appends `rendered` with every disallowed tag opening escaped.
pub fn push_tag_filtered(out: &mut String, rendered: &str) {
    let bytes = rendered.as_bytes();
    let mut start = 0;
    for at in memchr_all(b'<', bytes) {
        if opens_disallowed_tag(&bytes[at + 1..]) {
            out.push_str(&rendered[start..at]);
            out.push_str("&lt;");
            start = at + 1;
        }
    }
    out.push_str(&rendered[start..]);
}

fn memchr_all(needle: u8, haystack: &[u8]) -> impl Iterator<Item = usize> + '_ {
    haystack
        .iter()
        .enumerate()
        .filter_map(move |(at, &byte)| (byte == needle).then_some(at))
}

fn opens_disallowed_tag(after: &[u8]) -> bool {
    let name = after.strip_prefix(b"/").unwrap_or(after);
    DISALLOWED_TAGS.iter().any(|tag| {
        name.len() >= tag.len()
            && name[..tag.len()].eq_ignore_ascii_case(tag.as_bytes())
            // PCRE's `\s` without `/u`: space, \t, \n, \v, \f, \r.
            && matches!(
                name.get(tag.len()),
                None | Some(b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'/' | b'>')
            )
    })
}

/// `UrlEncoder::unescapeAndEncode()` over a destination whose escapes and entities are already
/// resolved: ASCII outside league's safe set is percent-encoded, valid `%XX` escapes are kept,
/// and every other character is `rawurlencode()`d byte by byte.
pub fn push_encoded_url(out: &mut String, url: &str) {
    let bytes = url.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'%'
            && bytes.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            out.push_str(&url[at..at + 3]);
            at += 3;
            continue;
        }
        if byte < 0x80 && keeps_ascii(byte) {
            out.push(byte as char);
        } else {
            push_percent(out, byte);
        }
        at += 1;
    }
}

/// The ASCII characters league's `ENCODE_CACHE` leaves as they are.
fn keeps_ascii(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$&'()*+,-./:;=?@_~".contains(&byte)
}

fn push_percent(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(HEX[usize::from(byte >> 4)] as char);
    out.push(HEX[usize::from(byte & 0x0f)] as char);
}

/// `RegexHelper::isLinkPotentiallyUnsafe()`: a `javascript:`, `vbscript:`, `file:` or `data:`
/// scheme (after the bytes browsers drop), unless it is a raster `data:image/…`.
pub fn is_link_potentially_unsafe(url: &str) -> bool {
    let kept: Vec<u8> = url
        .bytes()
        .filter(|byte| !matches!(byte, b'\t' | b'\n' | b'\r'))
        .skip_while(|&byte| byte <= 0x20)
        .collect();
    let starts = |prefix: &str| {
        kept.len() >= prefix.len() && kept[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    let unsafe_scheme = ["javascript:", "vbscript:", "file:", "data:"]
        .iter()
        .any(|scheme| starts(scheme));
    unsafe_scheme
        && ![
            "data:image/png",
            "data:image/gif",
            "data:image/jpeg",
            "data:image/webp",
        ]
        .iter()
        .any(|safe| starts(safe))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(url: &str) -> String {
        let mut out = String::new();
        push_encoded_url(&mut out, url);
        out
    }

    #[test]
    fn urls_are_encoded_as_league_does() {
        assert_eq!(encoded("/a b"), "/a%20b");
        assert_eq!(encoded("/%20%zz%4"), "/%20%25zz%254");
        assert_eq!(
            encoded("ä[]\\`{|}^\"<>"),
            "%C3%A4%5B%5D%5C%60%7B%7C%7D%5E%22%3C%3E"
        );
        assert_eq!(encoded("'(x)'*~"), "'(x)'*~");
    }

    #[test]
    fn a_percent_escape_needs_two_characters_after_it() {
        // league counts characters: `%4ä` is not an escape, `%41` is.
        assert_eq!(encoded("%4\u{e4}"), "%254%C3%A4");
        assert_eq!(encoded("%41"), "%41");
    }

    #[test]
    fn unsafe_links_are_recognised_after_dropped_bytes() {
        assert!(is_link_potentially_unsafe(" java\tscript:alert(1)"));
        assert!(is_link_potentially_unsafe("DATA:text/html,x"));
        assert!(!is_link_potentially_unsafe("data:image/png;base64,x"));
        assert!(!is_link_potentially_unsafe("https://example.com"));
    }

    #[test]
    fn disallowed_tags_are_escaped() {
        let mut out = String::new();
        push_tag_filtered(&mut out, "<script>x</script><scripts><TITLE/><p>");
        assert_eq!(out, "&lt;script>x&lt;/script><scripts>&lt;TITLE/><p>");
    }
}
