//! `ValidationRuleParser::parse()` for rule strings, compiled once per rule
//! list into a [`Plan`].

/// The rules native code knows; everything else is [`Name::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    /// `''` after parsing: Laravel skips it.
    Empty,
    Bail,
    Sometimes,
    Nullable,
    Required,
    Present,
    Filled,
    Accepted,
    Declined,
    String,
    Integer,
    Numeric,
    /// Known only because it makes sizes numeric; Laravel evaluates it.
    Decimal,
    Boolean,
    Array,
    List,
    Min,
    Max,
    Size,
    Between,
    In,
    NotIn,
    Digits,
    DigitsBetween,
    Alpha,
    AlphaNum,
    AlphaDash,
    StartsWith,
    EndsWith,
    DoesntStartWith,
    DoesntEndWith,
    Lowercase,
    Uppercase,
    Uuid,
    Ulid,
    Email,
    Confirmed,
    Same,
    Different,
    RequiredWith,
    RequiredWithAll,
    RequiredWithout,
    RequiredWithoutAll,
    RequiredIf,
    RequiredUnless,
    Prohibited,
    ProhibitedIf,
    ProhibitedUnless,
    Prohibits,
    Missing,
    MissingIf,
    MissingUnless,
    MissingWith,
    MissingWithAll,
    Gt,
    Gte,
    Lt,
    Lte,
    Distinct,
    Json,
    Url,
    Ip,
    Ipv4,
    Ipv6,
    /// `exclude*`: they remove data while validating.
    Exclude,
    ExcludeIf,
    ExcludeUnless,
    ExcludeWith,
    ExcludeWithout,
    Other,
}

impl Name {
    /// The rule name as `Str::studly(trim($name))` spells it, then
    /// `normalizeRule()` (`Int`, `Bool`).
    fn of(studly: &str) -> Self {
        match studly {
            "" => Self::Empty,
            "Bail" => Self::Bail,
            "Sometimes" => Self::Sometimes,
            "Nullable" => Self::Nullable,
            "Required" => Self::Required,
            "Present" => Self::Present,
            "Filled" => Self::Filled,
            "Accepted" => Self::Accepted,
            "Declined" => Self::Declined,
            "String" => Self::String,
            "Integer" | "Int" => Self::Integer,
            "Numeric" => Self::Numeric,
            "Decimal" => Self::Decimal,
            "Boolean" | "Bool" => Self::Boolean,
            "Array" => Self::Array,
            "List" => Self::List,
            "Min" => Self::Min,
            "Max" => Self::Max,
            "Size" => Self::Size,
            "Between" => Self::Between,
            "In" => Self::In,
            "NotIn" => Self::NotIn,
            "Digits" => Self::Digits,
            "DigitsBetween" => Self::DigitsBetween,
            "Alpha" => Self::Alpha,
            "AlphaNum" => Self::AlphaNum,
            "AlphaDash" => Self::AlphaDash,
            "StartsWith" => Self::StartsWith,
            "EndsWith" => Self::EndsWith,
            "DoesntStartWith" => Self::DoesntStartWith,
            "DoesntEndWith" => Self::DoesntEndWith,
            "Lowercase" => Self::Lowercase,
            "Uppercase" => Self::Uppercase,
            "Uuid" => Self::Uuid,
            "Ulid" => Self::Ulid,
            "Email" => Self::Email,
            "Confirmed" => Self::Confirmed,
            "Same" => Self::Same,
            "Different" => Self::Different,
            "RequiredWith" => Self::RequiredWith,
            "RequiredWithAll" => Self::RequiredWithAll,
            "RequiredWithout" => Self::RequiredWithout,
            "RequiredWithoutAll" => Self::RequiredWithoutAll,
            "RequiredIf" => Self::RequiredIf,
            "RequiredUnless" => Self::RequiredUnless,
            "Prohibited" => Self::Prohibited,
            "ProhibitedIf" => Self::ProhibitedIf,
            "ProhibitedUnless" => Self::ProhibitedUnless,
            "Prohibits" => Self::Prohibits,
            "Missing" => Self::Missing,
            "MissingIf" => Self::MissingIf,
            "MissingUnless" => Self::MissingUnless,
            "MissingWith" => Self::MissingWith,
            "MissingWithAll" => Self::MissingWithAll,
            "Gt" => Self::Gt,
            "Gte" => Self::Gte,
            "Lt" => Self::Lt,
            "Lte" => Self::Lte,
            "Distinct" => Self::Distinct,
            "Json" => Self::Json,
            "Url" => Self::Url,
            "Ip" => Self::Ip,
            "Ipv4" => Self::Ipv4,
            "Ipv6" => Self::Ipv6,
            "Exclude" => Self::Exclude,
            "ExcludeIf" => Self::ExcludeIf,
            "ExcludeUnless" => Self::ExcludeUnless,
            "ExcludeWith" => Self::ExcludeWith,
            "ExcludeWithout" => Self::ExcludeWithout,
            _ => Self::Other,
        }
    }

    /// In the validator's `$excludeRules`.
    pub fn is_exclude(self) -> bool {
        matches!(
            self,
            Self::Exclude
                | Self::ExcludeIf
                | Self::ExcludeUnless
                | Self::ExcludeWith
                | Self::ExcludeWithout
        )
    }

    /// In the validator's default `$implicitRules`.
    pub fn is_implicit(self) -> bool {
        matches!(
            self,
            Self::Required
                | Self::Present
                | Self::Filled
                | Self::Accepted
                | Self::Declined
                | Self::RequiredWith
                | Self::RequiredWithAll
                | Self::RequiredWithout
                | Self::RequiredWithoutAll
                | Self::RequiredIf
                | Self::RequiredUnless
                | Self::Missing
                | Self::MissingIf
                | Self::MissingUnless
                | Self::MissingWith
                | Self::MissingWithAll
        )
    }

    /// In the validator's default `$dependentRules`: `validateAttribute()`
    /// substitutes escaped dots and the attribute's wildcard keys into
    /// their parameters.
    pub fn depends_on_other_fields(self) -> bool {
        matches!(
            self,
            Self::Confirmed
                | Self::Same
                | Self::Different
                | Self::RequiredWith
                | Self::RequiredWithAll
                | Self::RequiredWithout
                | Self::RequiredWithoutAll
                | Self::RequiredIf
                | Self::RequiredUnless
                | Self::Prohibited
                | Self::ProhibitedIf
                | Self::ProhibitedUnless
                | Self::Prohibits
                | Self::MissingIf
                | Self::MissingUnless
                | Self::MissingWith
                | Self::MissingWithAll
                | Self::Gt
                | Self::Gte
                | Self::Lt
                | Self::Lte
                | Self::ExcludeIf
                | Self::ExcludeUnless
                | Self::ExcludeWith
                | Self::ExcludeWithout
        )
    }
}

/// One parsed rule; `parameters` is `None` when native parsing cannot be
/// sure of them (Laravel then evaluates the rule).
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub name: Name,
    pub parameters: Option<Vec<Vec<u8>>>,
    /// The first two parameters as [`plain_integer`]s (sizes, digits).
    pub integers: [Option<i64>; 2],
}

/// The rules of one attribute, and what `hasRule()` would say about them.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub rules: Vec<Rule>,
    pub sometimes: bool,
    pub nullable: bool,
    /// `Numeric`, `Integer` or `Decimal`: sizes of numeric values are values.
    pub numeric: bool,
    pub array: bool,
    /// Some rule's name is unknowable here (an object, a non-ASCII name):
    /// every rule goes to Laravel.
    pub opaque: bool,
}

impl Plan {
    /// Compiles a rule list; `None` entries are rules that are not strings.
    pub fn compile<'r>(rules: impl IntoIterator<Item = Option<&'r [u8]>>) -> Self {
        let mut plan = Self::default();
        for rule in rules {
            let Some(rule) = rule.and_then(parse) else {
                plan.opaque = true;
                plan.rules.push(Rule {
                    name: Name::Other,
                    parameters: None,
                    integers: [None; 2],
                });
                continue;
            };
            match rule.name {
                Name::Sometimes => plan.sometimes = true,
                Name::Nullable => plan.nullable = true,
                Name::Numeric | Name::Integer | Name::Decimal => plan.numeric = true,
                Name::Array => plan.array = true,
                _ => {}
            }
            plan.rules.push(rule);
        }
        plan
    }
}

/// `ValidationRuleParser::parseStringRule()`; `None` when the name is not
/// ASCII (`Str::studly()` could then turn it into any rule's name).
pub fn parse(rule: &[u8]) -> Option<Rule> {
    let (name, parameters) = match rule.iter().position(|&b| b == b':') {
        Some(colon) => (&rule[..colon], Some(&rule[colon + 1..])),
        None => (rule, None),
    };
    let name = Name::of(&studly(crate::str::php_trim(name))?);
    let parameters = match parameters {
        None => Some(Vec::new()),
        Some(parameters) => csv(parameters),
    };
    let integer = |i: usize| parameters.as_ref()?.get(i).and_then(|p| plain_integer(p));
    let integers = [integer(0), integer(1)];
    Some(Rule {
        name,
        parameters,
        integers,
    })
}

/// `-?(0|[1-9][0-9]{0,17})`: an integer every PHP and brick/math reading
/// agrees on (`filter_var(FILTER_VALIDATE_INT)`, `is_numeric`, sizes).
pub fn plain_integer(text: &[u8]) -> Option<i64> {
    let digits = text.strip_prefix(b"-").unwrap_or(text);
    let canonical = match digits {
        [b'0'] => true,
        [b'1'..=b'9', rest @ ..] => rest.len() <= 17 && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    // Canonical, so it is an array key's integer; except "-0", which is 0.
    crate::arr::numeric_key(text).or(Some(0))
}

/// `Str::studly()` for ASCII: words split at `-`, `_` and whitespace, each
/// with its first letter upper-cased.
fn studly(name: &[u8]) -> Option<String> {
    if !name.is_ascii() {
        return None;
    }
    let mut studly = String::with_capacity(name.len());
    let words =
        name.split(|b| matches!(b, b'-' | b'_' | b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c));
    for word in words.filter(|word| !word.is_empty()) {
        studly.push(word[0].to_ascii_uppercase() as char);
        studly.extend(word[1..].iter().map(|&b| b as char));
    }
    Some(studly)
}

/// `str_getcsv($parameters, escape: '\\')` for the well-formed cases:
/// unquoted fields without quotes or backslashes, and fields wholly in
/// double quotes (`""` inside is a quote). `None` for anything else,
/// including `''` (which PHP parses as `[null]`).
fn csv(parameters: &[u8]) -> Option<Vec<Vec<u8>>> {
    if parameters.is_empty()
        || parameters
            .iter()
            .any(|b| matches!(b, b'\\' | b'\n' | b'\r'))
    {
        return None;
    }
    let mut fields = Vec::new();
    let mut rest = parameters;
    loop {
        let mut field = Vec::new();
        if let Some(quoted) = rest.strip_prefix(b"\"") {
            let mut i = 0;
            loop {
                match quoted.get(i) {
                    None => return None,
                    Some(b'"') if quoted.get(i + 1) == Some(&b'"') => {
                        field.push(b'"');
                        i += 2;
                    }
                    Some(b'"') => break,
                    Some(&byte) => {
                        field.push(byte);
                        i += 1;
                    }
                }
            }
            rest = &quoted[i + 1..];
            fields.push(field);
            match rest.first() {
                None => return Some(fields),
                Some(b',') => rest = &rest[1..],
                Some(_) => return None,
            }
        } else {
            let end = rest.iter().position(|&b| b == b',').unwrap_or(rest.len());
            field.extend_from_slice(&rest[..end]);
            if field.contains(&b'"') {
                return None;
            }
            fields.push(field);
            if end == rest.len() {
                return Some(fields);
            }
            rest = &rest[end + 1..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(rule: &str) -> Option<Vec<String>> {
        parse(rule.as_bytes())?.parameters.map(|list| {
            list.into_iter()
                .map(|p| String::from_utf8(p).unwrap())
                .collect()
        })
    }

    #[test]
    fn names_follow_studly_and_normalize_rule() {
        let name = |rule: &str| parse(rule.as_bytes()).map(|rule| rule.name);
        assert_eq!(name("required"), Some(Name::Required));
        assert_eq!(name(" digits_between:1,2"), Some(Name::DigitsBetween));
        assert_eq!(name("not-in:a"), Some(Name::NotIn));
        assert_eq!(name("required with:a"), Some(Name::RequiredWith));
        assert_eq!(name("int"), Some(Name::Integer));
        assert_eq!(name("bool"), Some(Name::Boolean));
        assert_eq!(name(""), Some(Name::Empty));
        assert_eq!(name(":x"), Some(Name::Empty));
        assert_eq!(name("exclude_if:a,b"), Some(Name::ExcludeIf));
        assert_eq!(name("Required"), Some(Name::Required));
        assert_eq!(name("REQUIRED"), Some(Name::Other));
        assert_eq!(name("regex:/a|b/"), Some(Name::Other));
        // 'ı' upper-cases to 'I' in PHP: unknowable here.
        assert_eq!(name("ınteger"), None);
    }

    #[test]
    fn parameters_follow_str_getcsv() {
        let list = |items: &[&str]| Some(items.iter().map(|s| s.to_string()).collect());
        assert_eq!(params("min:3"), list(&["3"]));
        assert_eq!(params("in: a , b "), list(&[" a ", " b "]));
        assert_eq!(params("in:a,,b"), list(&["a", "", "b"]));
        assert_eq!(params("in:,"), list(&["", ""]));
        assert_eq!(params("in:x,"), list(&["x", ""]));
        assert_eq!(params(r#"in:"a,b",c"#), list(&["a,b", "c"]));
        assert_eq!(params(r#"in:"a""b""#), list(&["a\"b"]));
        assert_eq!(params("required"), list(&[]));
        assert_eq!(params("in:"), None);
        assert_eq!(params(r#"in:a"b"#), None);
        assert_eq!(params(r#"in:"a"b"#), None);
        assert_eq!(params(r#"in:"ab"#), None);
        assert_eq!(params(r"in:a\b"), None);
    }
}
