//! `getCastType()` and `castAttribute()` for `int`/`integer`,
//! `real`/`float`/`double`, `decimal:N`, `string` and `bool`/`boolean`, and
//! PHP's `(string)` of a float under `precision`. Any other cast, and any
//! value whose conversion PHP could do in more than one way (a string that
//! is not a plain number, a float's shortest round trip), is `None`: the
//! caller hands the read to Laravel.

/// A built-in cast native code applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cast {
    Int,
    Float,
    /// `decimal:N`: brick/math's `BigDecimal` at scale N, rounded half up.
    Decimal(u8),
    String,
    Bool,
}

/// An attribute's stored value, as the binding read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(&'a [u8]),
}

/// What a cast makes of a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// The stored value, unchanged.
    Same,
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

/// The characters PHP's `trim()` removes by default.
const TRIMMED: &[u8] = b" \t\n\r\0\x0B";

/// `getCastType($key)` for a cast that names no class (`class_exists()`
/// said so): `trim(strtolower($cast))`, when that is one of the casts here.
/// Custom date and decimal casts (`datetime:…`, `decimal:…`) are not.
pub fn cast_type(cast: &[u8]) -> Option<Cast> {
    let start = cast.iter().position(|byte| !TRIMMED.contains(byte))?;
    let end = cast.iter().rposition(|byte| !TRIMMED.contains(byte))? + 1;
    let name = cast[start..end].to_ascii_lowercase();
    Some(match name.as_slice() {
        b"int" | b"integer" => Cast::Int,
        b"real" | b"float" | b"double" => Cast::Float,
        b"string" => Cast::String,
        b"bool" | b"boolean" => Cast::Bool,
        _ => return None,
    })
}

/// Whether a cast name is written as `castAttribute()`'s switch lists its
/// names (lower case, no padding): what `getCastType()` returns for it is
/// then the same whether or not a class of that name exists.
pub fn is_lower_case_name(cast: &[u8]) -> bool {
    !cast.is_empty()
        && cast
            .iter()
            .all(|byte| byte.is_ascii_lowercase() || matches!(byte, b'_' | b':'))
}

/// A cast whose `castAttribute()` ends in one of the model's own methods
/// (dates and JSON): the binding calls that method, so the value is
/// Laravel's code's, without the steps before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaf {
    /// `array`, `json`, `json:unicode`: `fromJson($value)`.
    FromJson,
    /// `object`: `fromJson($value, true)`.
    FromJsonObject,
    /// `date`: `asDate($value)`.
    AsDate,
    /// `datetime` and custom formats (`datetime:…`, `date:…`): `asDateTime($value)`.
    AsDateTime,
    /// `timestamp`: `asTimestamp($value)`.
    AsTimestamp,
    /// `collection`: `new Collection($this->fromJson($value))`.
    Collection,
    /// `immutable_date`: `asDate($value)->toImmutable()`.
    ImmutableDate,
    /// `immutable_datetime` and its custom formats: `asDateTime($value)->toImmutable()`.
    ImmutableDateTime,
}

/// `isCustomDateTimeCast()` and `isImmutableCustomDateTimeCast()`, which
/// `getCastType()` asks first, in that order.
pub fn custom_date_time(cast: &[u8]) -> Option<Leaf> {
    if cast.starts_with(b"date:") || cast.starts_with(b"datetime:") {
        Some(Leaf::AsDateTime)
    } else if cast.starts_with(b"immutable_date:") || cast.starts_with(b"immutable_datetime:") {
        Some(Leaf::ImmutableDateTime)
    } else {
        None
    }
}

/// `getCastType($key)` for a cast that names no class, when it ends in one
/// of the model's methods: `trim(strtolower($cast))` is one of these.
pub fn leaf_type(cast: &[u8]) -> Option<Leaf> {
    let start = cast.iter().position(|byte| !TRIMMED.contains(byte))?;
    let end = cast.iter().rposition(|byte| !TRIMMED.contains(byte))? + 1;
    Some(match cast[start..end].to_ascii_lowercase().as_slice() {
        b"array" | b"json" | b"json:unicode" => Leaf::FromJson,
        b"object" => Leaf::FromJsonObject,
        b"date" => Leaf::AsDate,
        b"datetime" | b"custom_datetime" => Leaf::AsDateTime,
        b"timestamp" => Leaf::AsTimestamp,
        b"collection" => Leaf::Collection,
        b"immutable_date" => Leaf::ImmutableDate,
        b"immutable_datetime" | b"immutable_custom_datetime" => Leaf::ImmutableDateTime,
        _ => return None,
    })
}

/// The largest `decimal:N` scale applied here; larger ones are Laravel's.
const LARGEST_SCALE: u8 = 64;

/// `decimal:N`, which `getCastType()` classifies before asking
/// `class_exists()`: its scale when N is plain digits that PHP's `(int)`
/// reads as they are (`asDecimal()` passes the text to `toScale(int)`).
pub fn decimal_scale(cast: &[u8]) -> Option<u8> {
    let digits = cast.strip_prefix(b"decimal:")?;
    if digits.is_empty() || digits.len() > 3 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let scale: u16 = std::str::from_utf8(digits).ok()?.parse().ok()?;
    u8::try_from(scale)
        .ok()
        .filter(|&scale| scale <= LARGEST_SCALE)
}

/// Whether `cast` is a custom date, immutable date or decimal cast, which
/// `getCastType()` classifies before asking `class_exists()`.
pub fn is_parameterised(cast: &[u8]) -> bool {
    [
        &b"date:"[..],
        b"datetime:",
        b"immutable_date:",
        b"immutable_datetime:",
        b"decimal:",
    ]
    .iter()
    .any(|prefix| cast.starts_with(prefix))
}

impl Cast {
    /// `castAttribute()` of `value`: `null` stays `null` (every cast here is
    /// primitive), then PHP's `(int)`, `fromFloat()`, `(string)` or `(bool)`.
    pub fn apply(self, value: Scalar<'_>) -> Option<Value> {
        if value == Scalar::Null {
            return Some(Value::Null);
        }
        match self {
            Cast::Int => Some(match value {
                Scalar::Int(_) => Value::Same,
                Scalar::Bool(flag) => Value::Int(i64::from(flag)),
                Scalar::Float(number) => Value::Int(float_to_int(number)?),
                Scalar::Text(text) => Value::Int(integer_text(text)?),
                Scalar::Null => Value::Null,
            }),
            Cast::Float => Some(match value {
                Scalar::Float(_) => Value::Same,
                // `(float)` of an integer beyond 2^53 rounds as C does.
                Scalar::Int(number) => Value::Float(number as f64),
                Scalar::Bool(flag) => Value::Float(f64::from(u8::from(flag))),
                Scalar::Text(b"Infinity") => Value::Float(f64::INFINITY),
                Scalar::Text(b"-Infinity") => Value::Float(f64::NEG_INFINITY),
                Scalar::Text(b"NaN") => Value::Float(f64::NAN),
                Scalar::Text(text) => Value::Float(decimal_text(text)?),
                Scalar::Null => Value::Null,
            }),
            Cast::Decimal(scale) => Some(Value::Text(match value {
                Scalar::Int(number) => to_scale(number.to_string().as_bytes(), scale)?,
                Scalar::Text(text) => to_scale(text, scale)?,
                Scalar::Bool(true) => to_scale(b"1", scale)?,
                // `(string) false` is '', which BigDecimal refuses; floats
                // become text by `precision`: Laravel's.
                Scalar::Bool(false) | Scalar::Float(_) | Scalar::Null => return None,
            })),
            Cast::String => Some(match value {
                Scalar::Text(_) => Value::Same,
                Scalar::Int(number) => Value::Text(number.to_string()),
                Scalar::Bool(flag) => Value::Text(if flag { "1" } else { "" }.to_owned()),
                // PHP's shortest round-trip form (`serialize_precision`).
                Scalar::Float(_) => return None,
                Scalar::Null => Value::Null,
            }),
            Cast::Bool => Some(match value {
                Scalar::Bool(_) => Value::Same,
                Scalar::Int(number) => Value::Bool(number != 0),
                // NAN is true, as in PHP.
                Scalar::Float(number) => Value::Bool(number != 0.0),
                Scalar::Text(text) => Value::Bool(!matches!(text, b"" | b"0")),
                Scalar::Null => Value::Null,
            }),
        }
    }
}

/// `(int) $float` where PHP truncates toward zero; `None` for NaN, the
/// infinities and floats outside the integer range, which PHP versions
/// convert differently.
fn float_to_int(number: f64) -> Option<i64> {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63
    (number.is_finite() && (-LIMIT..LIMIT).contains(&number)).then(|| number.trunc() as i64)
}

/// PHP's whitespace around a numeric string (`is_numeric()` allows it
/// leading and, since PHP 8.0, trailing).
fn numeric_body(text: &[u8]) -> &[u8] {
    const SPACE: &[u8] = b" \t\n\r\x0B\x0C";
    let start = text
        .iter()
        .position(|byte| !SPACE.contains(byte))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|byte| !SPACE.contains(byte))
        .map_or(start, |end| end + 1);
    &text[start..end.max(start)]
}

/// `(int) $text` for an integer string within range; `None` for anything
/// else (fractions, exponents, leading-numeric text, overflow).
fn integer_text(text: &[u8]) -> Option<i64> {
    let body = numeric_body(text);
    let digits = body
        .strip_prefix(b"+")
        .or(body.strip_prefix(b"-"))
        .unwrap_or(body);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(body.strip_prefix(b"+").unwrap_or(body))
        .ok()?
        .parse()
        .ok()
}

/// `(string) $float` under `precision` (1 to 17; PHP's default is 14):
/// `zend_gcvt()`'s `%G`-like form, the value correctly rounded to that many
/// significant digits, trailing zeros dropped, exponential below 1e-4 or
/// beyond `precision` digits. `None` for the infinities and NaN, and for
/// other precisions (`-1` asks for the shortest round trip).
pub fn php_float_text(value: f64, precision: i64) -> Option<String> {
    let digits = usize::try_from(precision)
        .ok()
        .filter(|digits| (1..=17).contains(digits))?;
    if !value.is_finite() {
        return None;
    }
    // Rust rounds the exact binary value to `digits` significant digits,
    // half to even, as zend_dtoa() does.
    let scientific = format!("{:.*e}", digits - 1, value.abs());
    let (mantissa, exponent) = scientific.split_once('e')?;
    let exponent: i64 = exponent.parse().ok()?;
    let mut significant: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while significant.len() > 1 && significant.last() == Some(&b'0') {
        significant.pop();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return Some(format!("{sign}0"));
    }
    // zend_gcvt's `decpt`: the value is 0.d1d2… × 10^decpt.
    let point = exponent + 1;
    let digits_text = std::str::from_utf8(&significant).ok()?;
    let precision = i64::try_from(digits).ok()?;
    Some(if point < -3 || point > precision {
        let (first, rest) = digits_text.split_at(1);
        // zend_gcvt writes one digit as `1.0`.
        let fraction = if rest.is_empty() {
            ".0".to_owned()
        } else {
            format!(".{rest}")
        };
        let magnitude = exponent.abs();
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        format!("{sign}{first}{fraction}E{exponent_sign}{magnitude}")
    } else if point <= 0 {
        let zeros = "0".repeat(usize::try_from(-point).ok()?);
        format!("{sign}0.{zeros}{digits_text}")
    } else {
        let point = usize::try_from(point).ok()?;
        if significant.len() <= point {
            let zeros = "0".repeat(point - significant.len());
            format!("{sign}{digits_text}{zeros}")
        } else {
            format!("{sign}{}.{}", &digits_text[..point], &digits_text[point..])
        }
    })
}

/// `(string) BigDecimal::of($text)->toScale($scale, RoundingMode::HalfUp)`
/// for a plain decimal (`-12`, `+3.250`); `None` for what BigDecimal reads
/// otherwise or refuses (exponents, `.5`, `5.`, fractions, whitespace).
fn to_scale(text: &[u8], scale: u8) -> Option<String> {
    let (negative, unsigned) = match text.first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = match unsigned.iter().position(|&byte| byte == b'.') {
        Some(point) => (&unsigned[..point], &unsigned[point + 1..]),
        None => (unsigned, &b""[..]),
    };
    let plain = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
    if !plain(whole) || (unsigned.contains(&b'.') && !plain(fraction)) {
        return None;
    }
    let scale = usize::from(scale);
    // The digits at the new scale, then half up: away from zero when the
    // first dropped digit is 5 or more.
    let mut digits: Vec<u8> = whole.to_vec();
    digits.extend((0..scale).map(|index| fraction.get(index).copied().unwrap_or(b'0')));
    if fraction.get(scale).is_some_and(|&digit| digit >= b'5') {
        let mut carry = true;
        for digit in digits.iter_mut().rev() {
            if *digit == b'9' {
                *digit = b'0';
            } else {
                *digit += 1;
                carry = false;
                break;
            }
        }
        if carry {
            digits.insert(0, b'1');
        }
    }
    // BigDecimal drops leading zeros and has no negative zero.
    let integral_length = digits.len() - scale;
    let leading = digits[..integral_length - 1]
        .iter()
        .take_while(|&&digit| digit == b'0')
        .count();
    let digits = &digits[leading..];
    let integral_length = integral_length - leading;
    let mut result = String::with_capacity(digits.len() + 2);
    if negative && digits.iter().any(|&digit| digit != b'0') {
        result.push('-');
    }
    result.push_str(std::str::from_utf8(&digits[..integral_length]).ok()?);
    if scale > 0 {
        result.push('.');
        result.push_str(std::str::from_utf8(&digits[integral_length..]).ok()?);
    }
    Some(result)
}

/// `(float) $text` for a plain decimal (`-12`, `3.25`); `None` for
/// exponents, hexadecimal-looking or leading-numeric text. Rust and PHP both
/// round a decimal to the nearest double.
fn decimal_text(text: &[u8]) -> Option<f64> {
    let body = numeric_body(text);
    let unsigned = body
        .strip_prefix(b"+")
        .or(body.strip_prefix(b"-"))
        .unwrap_or(body);
    let (whole, fraction) = match unsigned.iter().position(|&byte| byte == b'.') {
        Some(point) => (&unsigned[..point], Some(&unsigned[point + 1..])),
        None => (unsigned, None),
    };
    let digits = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
    if !digits(whole) || fraction.is_some_and(|fraction| !digits(fraction)) {
        return None;
    }
    std::str::from_utf8(body.strip_prefix(b"+").unwrap_or(body))
        .ok()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cast_types_are_trimmed_and_lower_cased() {
        assert_eq!(cast_type(b"int"), Some(Cast::Int));
        assert_eq!(cast_type(b" Integer\n"), Some(Cast::Int));
        assert_eq!(cast_type(b"DOUBLE"), Some(Cast::Float));
        assert_eq!(cast_type(b"boolean"), Some(Cast::Bool));
        assert_eq!(cast_type(b"datetime"), None);
        assert_eq!(cast_type(b"in t"), None);
        assert!(is_lower_case_name(b"datetime") && is_lower_case_name(b"json:unicode"));
        assert!(
            !is_lower_case_name(b"DateTime")
                && !is_lower_case_name(b" int")
                && !is_lower_case_name(b"")
        );
        assert_eq!(cast_type(b""), None);
        assert!(is_parameterised(b"decimal:2"));
        assert!(!is_parameterised(b"decimal"));
    }

    #[test]
    fn integers_follow_php_casts() {
        let int = |value| Cast::Int.apply(value);
        assert_eq!(int(Scalar::Text(b" 42 ")), Some(Value::Int(42)));
        assert_eq!(int(Scalar::Text(b"+7")), Some(Value::Int(7)));
        assert_eq!(int(Scalar::Text(b"-0012")), Some(Value::Int(-12)));
        assert_eq!(int(Scalar::Text(b"12abc")), None);
        assert_eq!(int(Scalar::Text(b"1e3")), None);
        assert_eq!(int(Scalar::Text(b"99999999999999999999")), None);
        assert_eq!(int(Scalar::Text(b"")), None);
        assert_eq!(int(Scalar::Float(-2.9)), Some(Value::Int(-2)));
        assert_eq!(int(Scalar::Float(f64::NAN)), None);
        assert_eq!(int(Scalar::Float(1e19)), None);
        assert_eq!(int(Scalar::Bool(true)), Some(Value::Int(1)));
        assert_eq!(int(Scalar::Int(5)), Some(Value::Same));
        assert_eq!(int(Scalar::Null), Some(Value::Null));
    }

    #[test]
    fn floats_follow_from_float() {
        let float = |value| Cast::Float.apply(value);
        assert_eq!(float(Scalar::Text(b"0.1")), Some(Value::Float(0.1)));
        assert_eq!(float(Scalar::Text(b"-3")), Some(Value::Float(-3.0)));
        assert_eq!(
            float(Scalar::Text(b"Infinity")),
            Some(Value::Float(f64::INFINITY))
        );
        assert_eq!(float(Scalar::Text(b" infinity")), None);
        assert_eq!(float(Scalar::Text(b".5")), None);
        assert_eq!(float(Scalar::Text(b"5.")), None);
        assert_eq!(float(Scalar::Text(b"1e5")), None);
        assert_eq!(float(Scalar::Int(3)), Some(Value::Float(3.0)));
        assert!(matches!(float(Scalar::Text(b"NaN")), Some(Value::Float(n)) if n.is_nan()));
    }

    #[test]
    fn date_and_json_casts_end_in_the_models_methods() {
        assert_eq!(leaf_type(b" Array "), Some(Leaf::FromJson));
        assert_eq!(leaf_type(b"json:unicode"), Some(Leaf::FromJson));
        assert_eq!(leaf_type(b"OBJECT"), Some(Leaf::FromJsonObject));
        assert_eq!(leaf_type(b"datetime"), Some(Leaf::AsDateTime));
        assert_eq!(leaf_type(b"date"), Some(Leaf::AsDate));
        assert_eq!(leaf_type(b"timestamp"), Some(Leaf::AsTimestamp));
        assert_eq!(
            leaf_type(b"immutable_datetime"),
            Some(Leaf::ImmutableDateTime)
        );
        assert_eq!(leaf_type(b"Collection"), Some(Leaf::Collection));
        assert_eq!(leaf_type(b"hashed"), None);
        assert_eq!(custom_date_time(b"datetime:Y-m-d"), Some(Leaf::AsDateTime));
        assert_eq!(custom_date_time(b"date:Y"), Some(Leaf::AsDateTime));
        assert_eq!(
            custom_date_time(b"immutable_date:Y"),
            Some(Leaf::ImmutableDateTime)
        );
        assert_eq!(custom_date_time(b"Datetime:Y"), None);
    }

    #[test]
    fn decimals_follow_big_decimal_half_up() {
        let decimal = |value, scale| match Cast::Decimal(scale).apply(value) {
            Some(Value::Text(text)) => Some(text),
            _ => None,
        };
        let text = |text: &'static str, scale| decimal(Scalar::Text(text.as_bytes()), scale);
        assert_eq!(text("2.345", 2).as_deref(), Some("2.35"));
        assert_eq!(text("-2.345", 2).as_deref(), Some("-2.35"));
        assert_eq!(text("2.344999", 2).as_deref(), Some("2.34"));
        assert_eq!(text("999.995", 2).as_deref(), Some("1000.00"));
        assert_eq!(text("-0.004", 2).as_deref(), Some("0.00"));
        assert_eq!(text("-0", 0).as_deref(), Some("0"));
        assert_eq!(text("007.5", 0).as_deref(), Some("8"));
        assert_eq!(text("+1.5", 1).as_deref(), Some("1.5"));
        assert_eq!(text("12", 3).as_deref(), Some("12.000"));
        assert_eq!(
            text("99999999999999999999.5", 0).as_deref(),
            Some("100000000000000000000")
        );
        assert_eq!(decimal(Scalar::Int(-7), 2).as_deref(), Some("-7.00"));
        assert_eq!(decimal(Scalar::Bool(true), 1).as_deref(), Some("1.0"));
        for refused in [
            ".5", "5.", "1e3", " 1", "1 ", "1/2", "", "-", "0x1A", "1.2.3",
        ] {
            assert_eq!(text(refused, 2), None, "{refused}");
        }
        assert_eq!(decimal(Scalar::Float(0.5), 2), None);
        assert_eq!(decimal_scale(b"decimal:2"), Some(2));
        assert_eq!(decimal_scale(b"decimal:02"), Some(2));
        assert_eq!(decimal_scale(b"decimal: 2"), None);
        assert_eq!(decimal_scale(b"decimal:65"), None);
        assert_eq!(decimal_scale(b"Decimal:2"), None);
    }

    #[test]
    fn floats_become_text_as_php_casts_them() {
        let text = |value| php_float_text(value, 14);
        assert_eq!(text(123.45).as_deref(), Some("123.45"));
        assert_eq!(text(0.1 + 0.2).as_deref(), Some("0.3"));
        assert_eq!(text(-0.0).as_deref(), Some("-0"));
        assert_eq!(text(3.0).as_deref(), Some("3"));
        assert_eq!(text(1e14).as_deref(), Some("1.0E+14"));
        assert_eq!(text(1e13).as_deref(), Some("10000000000000"));
        assert_eq!(text(0.0001).as_deref(), Some("0.0001"));
        assert_eq!(text(0.00001).as_deref(), Some("1.0E-5"));
        assert_eq!(text(-1.5e-7).as_deref(), Some("-1.5E-7"));
        assert_eq!(text(99999999999999.99).as_deref(), Some("1.0E+14"));
        assert_eq!(text(2.675).as_deref(), Some("2.675"));
        assert_eq!(
            php_float_text(0.1 + 0.2, 17).as_deref(),
            Some("0.30000000000000004")
        );
        assert_eq!(text(f64::INFINITY), None);
        assert_eq!(php_float_text(1.5, -1), None);
    }

    #[test]
    fn strings_and_booleans_follow_php_casts() {
        assert_eq!(
            Cast::String.apply(Scalar::Int(-5)),
            Some(Value::Text("-5".into()))
        );
        assert_eq!(
            Cast::String.apply(Scalar::Bool(false)),
            Some(Value::Text(String::new()))
        );
        assert_eq!(Cast::String.apply(Scalar::Float(0.5)), None);
        assert_eq!(
            Cast::Bool.apply(Scalar::Text(b"0")),
            Some(Value::Bool(false))
        );
        assert_eq!(
            Cast::Bool.apply(Scalar::Text(b"0.0")),
            Some(Value::Bool(true))
        );
        assert_eq!(
            Cast::Bool.apply(Scalar::Float(f64::NAN)),
            Some(Value::Bool(true))
        );
        assert_eq!(Cast::Bool.apply(Scalar::Int(0)), Some(Value::Bool(false)));
    }
}
