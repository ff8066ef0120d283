//! Laravel's `Illuminate\Support\Arr`, natively, over any array
//! representation: the binding layer implements [`Value`] and [`Writer`] for
//! PHP arrays read and written in place, the tests for plain Rust trees.

pub mod css;
pub mod dot;

/// The key of an array entry, borrowed from the array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    Index(i64),
    Bytes(&'a [u8]),
}

/// A value read from an array: either an array (its entries, in order, with
/// references resolved) or an opaque leaf.
pub trait Value<'a>: Copy + 'a {
    type Entries: Iterator<Item = (Key<'a>, Self)>;

    /// The number of entries and the entries, when this value is an array.
    fn as_array(self) -> Option<(usize, Self::Entries)>;
}

/// An array being built, with PHP's assignment semantics: numeric string
/// keys become integer keys, and assigning to an existing key replaces the
/// value in place.
pub trait Writer: Sized {
    type Value;

    /// `$array[$key] = $value`.
    fn set(&mut self, key: Key<'_>, value: Self::Value);

    /// `$array[$key] = $value` for a key the array does not hold yet, which
    /// a writer may then skip looking for.
    fn add(&mut self, key: Key<'_>, value: Self::Value) {
        self.set(key, value);
    }

    /// `if (! isset($array[$key]) || ! is_array($array[$key])) { $array[$key] = []; }`
    /// then the writer for `$array[$key]`.
    fn child(&mut self, key: Key<'_>) -> Self;
}

/// Appends `$key` to `buffer` as PHP string concatenation writes it.
#[inline]
pub fn push_key(buffer: &mut Vec<u8>, key: Key<'_>) {
    match key {
        Key::Index(index) => {
            let start = buffer.len();
            digits_reversed(index, |digit| buffer.push(digit));
            buffer[start..].reverse();
        }
        Key::Bytes(bytes) => buffer.extend_from_slice(bytes),
    }
}

/// `number` in decimal, last digit first (then the sign): bulk paths
/// format a key per entry, so without a copy or an allocation.
#[inline]
fn digits_reversed(number: i64, mut push: impl FnMut(u8)) {
    let mut rest = number.unsigned_abs();
    loop {
        push(b'0' + (rest % 10) as u8);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if number < 0 {
        push(b'-');
    }
}

/// `(string) $int`, formatted on the stack.
pub struct Decimal {
    text: [u8; 20],
    length: usize,
}

impl Decimal {
    #[inline]
    pub fn of(number: i64) -> Self {
        let mut text = [0u8; 20];
        let mut length = 0;
        digits_reversed(number, |digit| {
            text[length] = digit;
            length += 1;
        });
        text[..length].reverse();
        Self { text, length }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.text[..self.length]
    }
}

/// A key as PHP writes it in a string (`5` as "5"), without an allocation:
/// a property name, a `str_replace()` search.
pub enum KeyText<'a> {
    Bytes(&'a [u8]),
    Digits(Decimal),
}

impl<'a> KeyText<'a> {
    #[inline]
    pub fn of(key: Key<'a>) -> Self {
        match key {
            Key::Bytes(bytes) => KeyText::Bytes(bytes),
            Key::Index(index) => KeyText::Digits(Decimal::of(index)),
        }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            KeyText::Bytes(bytes) => bytes,
            KeyText::Digits(digits) => digits.as_bytes(),
        }
    }
}

/// PHP's `ZEND_HANDLE_NUMERIC_STR`: the integer a string array key stands
/// for ("5", "-5"), or `None` ("05", "-0", "+5", "5.0", out of range).
pub fn numeric_key(key: &[u8]) -> Option<i64> {
    let (negative, digits) = match key {
        [b'-', digits @ ..] => (true, digits),
        digits => (false, digits),
    };
    match digits {
        [b'0'] if !negative => return Some(0),
        [b'1'..=b'9', ..] if digits.len() <= 19 => {}
        _ => return None,
    }
    // Accumulated negatively so that i64::MIN fits.
    let mut value: i64 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value
            .checked_mul(10)?
            .checked_sub(i64::from(digit - b'0'))?;
    }
    if negative {
        Some(value)
    } else {
        value.checked_neg()
    }
}

#[cfg(test)]
mod tests {
    use super::numeric_key;

    #[test]
    fn numeric_keys_follow_php() {
        for (key, index) in [
            ("0", Some(0)),
            ("5", Some(5)),
            ("-5", Some(-5)),
            ("9223372036854775807", Some(i64::MAX)),
        ] {
            assert_eq!(numeric_key(key.as_bytes()), index, "{key}");
        }
        assert_eq!(numeric_key(b"-9223372036854775808"), Some(i64::MIN));
        for index in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN] {
            let mut text = Vec::new();
            super::push_key(&mut text, super::Key::Index(index));
            assert_eq!(text, index.to_string().as_bytes());
        }
        for key in [
            "",
            "-",
            "-0",
            "05",
            "+5",
            "5.0",
            " 5",
            "5 ",
            "9223372036854775808",
            "1e3",
            "0x1",
        ] {
            assert_eq!(numeric_key(key.as_bytes()), None, "{key}");
        }
    }
}
