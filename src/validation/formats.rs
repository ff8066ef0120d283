//! Formats rules check: certain verdicts for the texts native code can
//! read exactly; `false` sends everything else to Laravel.

/// `Str::isUuid($value)` without a version: 8-4-4-4-12 hex digits.
pub fn uuid(text: &[u8]) -> bool {
    text.len() == 36
        && text.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Symfony's `Ulid::isValid()`: 26 Crockford base-32 digits, the first at most 7.
pub fn ulid(text: &[u8]) -> bool {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz";
    text.len() == 26 && text.iter().all(|b| ALPHABET.contains(b)) && text[0] <= b'7'
}

/// Addresses egulias' RFC validation (Laravel's default `email`) certainly
/// accepts: `local@domain` with dot-separated atoms of `[A-Za-z0-9_+-]`
/// and hostname labels ending in a letter-bearing top label. Everything
/// else, valid or not, goes to Laravel.
pub fn plain_email(text: &[u8]) -> bool {
    let Some(at) = text.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&text[..at], &text[at + 1..]);
    let atom = |atom: &[u8]| {
        !atom.is_empty()
            && atom
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-'))
    };
    let label = |label: &[u8]| {
        (1..=63).contains(&label.len())
            && label
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
            && label[0] != b'-'
            && label[label.len() - 1] != b'-'
    };
    let labels: Vec<&[u8]> = domain.split(|&b| b == b'.').collect();
    local.len() <= 64
        && text.len() <= 254
        && local.split(|&b| b == b'.').all(atom)
        && labels.len() >= 2
        && labels.iter().all(|l| label(l))
        && labels[labels.len() - 1].iter().any(u8::is_ascii_alphabetic)
}

/// `json_validate($text)` (depth 512) for UTF-8 text: `Some(verdict)`, or
/// `None` for what PHP's parser may judge by rules not modelled here (a
/// surrogate `\u` escape, nesting near the limit).
pub fn json(text: &[u8]) -> Option<bool> {
    std::str::from_utf8(text).ok()?;
    let mut parser = Json {
        text,
        at: 0,
        depth: 0,
    };
    parser.blank();
    let valid = parser.value()?;
    parser.blank();
    Some(valid && parser.at == text.len())
}

struct Json<'t> {
    text: &'t [u8],
    at: usize,
    depth: usize,
}

impl Json<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, literal: &[u8]) -> bool {
        let matched = self.text[self.at..].starts_with(literal);
        if matched {
            self.at += literal.len();
        }
        matched
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// One value; `Some(false)` when invalid, `None` when unsure.
    fn value(&mut self) -> Option<bool> {
        match self.peek() {
            Some(b'{' | b'[') => {
                self.depth += 1;
                // PHP allows 512 levels; stay clear of its exact counting.
                if self.depth > 500 {
                    return None;
                }
                let object = self.peek() == Some(b'{');
                self.at += 1;
                let valid = self.members(object)?;
                self.depth -= 1;
                Some(valid)
            }
            Some(b'"') => self.string(),
            Some(b't') => Some(self.eat(b"true")),
            Some(b'f') => Some(self.eat(b"false")),
            Some(b'n') => Some(self.eat(b"null")),
            Some(b'-' | b'0'..=b'9') => Some(self.number()),
            _ => Some(false),
        }
    }

    fn members(&mut self, object: bool) -> Option<bool> {
        let close = if object { b'}' } else { b']' };
        self.blank();
        if self.peek() == Some(close) {
            self.at += 1;
            return Some(true);
        }
        loop {
            self.blank();
            if object {
                // PHP may refuse a property name that starts with NUL.
                if self.text[self.at..].starts_with(b"\"\\u0000") {
                    return None;
                }
                if self.peek() != Some(b'"') || !self.string()? {
                    return Some(false);
                }
                self.blank();
                if !self.eat(b":") {
                    return Some(false);
                }
                self.blank();
            }
            if !self.value()? {
                return Some(false);
            }
            self.blank();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Some(true);
                }
                _ => return Some(false),
            }
        }
    }

    fn string(&mut self) -> Option<bool> {
        self.at += 1;
        loop {
            match self.peek() {
                None => return Some(false),
                Some(b'"') => {
                    self.at += 1;
                    return Some(true);
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1
                        }
                        Some(b'u') => {
                            let hex = self.text.get(self.at + 1..self.at + 5)?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return Some(false);
                            }
                            // Surrogates: PHP pairs them up or rejects them.
                            if matches!(hex[0], b'd' | b'D')
                                && matches!(hex[1], b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F')
                            {
                                return None;
                            }
                            self.at += 5;
                        }
                        _ => return Some(false),
                    }
                }
                Some(byte) if byte < 0x20 => return Some(false),
                Some(_) => self.at += 1,
            }
        }
    }

    fn number(&mut self) -> bool {
        self.eat(b"-");
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return false,
        }
        if self.eat(b".") && self.digits() == 0 {
            return false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return false;
            }
        }
        true
    }
}

/// `filter_var($text, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4)` accepting
/// only canonical dotted quads (no leading zeros).
pub fn ipv4(text: &[u8]) -> bool {
    let parts: Vec<&[u8]> = text.split(|&b| b == b'.').collect();
    parts.len() == 4
        && parts.iter().all(|part| match part {
            [b'0'] => true,
            [b'1'..=b'9', rest @ ..] => {
                rest.len() <= 2
                    && rest.iter().all(u8::is_ascii_digit)
                    && std::str::from_utf8(part)
                        .ok()
                        .and_then(|p| p.parse::<u16>().ok())
                        .is_some_and(|n| n <= 255)
            }
            _ => false,
        })
}

/// IPv6 addresses PHP's filter certainly accepts: hex groups of one to four
/// digits, eight of them or fewer around one `::` (no embedded IPv4, no zone).
pub fn ipv6(text: &[u8]) -> bool {
    let group = |g: &[u8]| (1..=4).contains(&g.len()) && g.iter().all(u8::is_ascii_hexdigit);
    let groups = |part: &[u8]| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let list: Vec<&[u8]> = part.split(|&b| b == b':').collect();
        list.iter().all(|g| group(g)).then_some(list.len())
    };
    match text.windows(2).position(|w| w == b"::") {
        Some(at) => {
            let (head, tail) = (&text[..at], &text[at + 2..]);
            if tail.windows(2).any(|w| w == b"::") {
                return false;
            }
            // `::` standing for a single group is left to PHP.
            matches!((groups(head), groups(tail)), (Some(h), Some(t)) if h + t <= 6)
        }
        None => groups(text) == Some(8),
    }
}

/// `Str::isUrl($value)` (Laravel's pattern, every protocol) for the plain
/// shape `http(s)://host.tld[:port][/path][?query][#fragment]` in ASCII,
/// with host labels of letters, digits, `-` and `_`.
pub fn plain_url(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix(b"https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix(b"http://") {
        rest
    } else {
        return false;
    };
    let host_end = rest
        .iter()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let labels: Vec<&[u8]> = rest[..host_end].split(|&b| b == b'.').collect();
    let host_ok = labels.len() >= 2
        && labels[..labels.len() - 1].iter().all(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        && labels[labels.len() - 1]
            .iter()
            .all(u8::is_ascii_alphanumeric)
        && !labels[labels.len() - 1].is_empty();
    if !host_ok {
        return false;
    }
    let mut tail = &rest[host_end..];
    if let Some(port) = tail.strip_prefix(b":") {
        let digits = port.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        tail = &port[digits..];
    }
    let (before_fragment, fragment) = match tail.iter().position(|&b| b == b'#') {
        Some(at) => (&tail[..at], Some(&tail[at + 1..])),
        None => (tail, None),
    };
    let (path, query) = match before_fragment.iter().position(|&b| b == b'?') {
        Some(at) => (&before_fragment[..at], Some(&before_fragment[at + 1..])),
        None => (before_fragment, None),
    };
    let common = |b: u8| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b);
    (path.is_empty() || path[0] == b'/')
        && url_chars(path, |b| common(b) || b == b'/')
        && query.is_none_or(|q| url_chars(q, |b| common(b) || b"[]/?".contains(&b)))
        && fragment.is_none_or(|f| url_chars(f, |b| common(b) || b"/?".contains(&b)))
}

/// Every byte allowed, or a `%XX` escape.
fn url_chars(part: &[u8], allowed: impl Fn(u8) -> bool) -> bool {
    let mut i = 0;
    while i < part.len() {
        if part[i] == b'%' {
            if !part
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
            {
                return false;
            }
            i += 3;
        } else if allowed(part[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert!(plain_email(b"a.b+c@example.co.uk"));
        assert!(!plain_email(b"a..b@example.com"));
        assert!(!plain_email(b"a@localhost"));
        assert!(!plain_email(b"a@1.2.3.4"));
        assert!(uuid(b"123e4567-e89b-12d3-a456-426614174000"));
        assert!(!uuid(b"123e4567e89b-12d3-a456-426614174000-"));
        assert!(ulid(b"01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assert!(!ulid(b"81ARZ3NDEKTSV4RRFFQ69G5FAV"));
        for (text, verdict) in [
            ("{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\"]}", Some(true)),
            ("123", Some(true)),
            (" \"s\" ", Some(true)),
            ("", Some(false)),
            ("01", Some(false)),
            ("[1,]", Some(false)),
            ("{\"a\" 1}", Some(false)),
            ("\"\\ud800\"", None),
            ("tru", Some(false)),
            ("1.", Some(false)),
            ("\"a\tb\"", Some(false)),
        ] {
            assert_eq!(json(text.as_bytes()), verdict, "{text}");
        }
        assert!(
            ipv4(b"192.168.0.1") && !ipv4(b"01.2.3.4") && !ipv4(b"256.1.1.1") && !ipv4(b"1.2.3")
        );
        assert!(ipv6(b"::1") && ipv6(b"2001:db8::ff00:42:8329") && ipv6(b"1:2:3:4:5:6:7:8"));
        assert!(
            !ipv6(b"1:2:3:4:5:6:7:8:9")
                && !ipv6(b"1::2::3")
                && !ipv6(b"12345::")
                && !ipv6(b"::ffff:1.2.3.4")
        );
        assert!(
            plain_url(b"https://laravel.com/docs/13.x?x=1#top")
                && plain_url(b"HTTP://a-b.c_d.io:8080/")
        );
        assert!(
            !plain_url(b"https://localhost")
                && !plain_url(b"ftp://a.com")
                && !plain_url(b"https://a.com/a b")
        );
        assert!(!plain_url(b"https://a.com/%zz") && !plain_url(b"https://user@a.com"));
    }
}
