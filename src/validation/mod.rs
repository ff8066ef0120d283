//! Laravel's `Validator` (13.x), natively, over any array representation.
//!
//! - [`expand`]: the `ValidationRuleParser` work, wildcard rules expanded
//!   against the data, in Laravel's order.
//! - [`rule`]: rule strings parsed once into [`rule::Plan`]s.
//! - [`check`]: a verdict per (attribute, rule) that is either *passes*,
//!   decided with certainty, or *ask Laravel*: the binding hands those rules
//!   to Laravel's own `validateAttribute()`, which also builds the messages.
//!   A native "passes" must never be wrong; an "ask" only costs time.

pub mod check;
pub mod distinct;
pub mod expand;
pub mod formats;
pub mod rule;
pub mod validated;

use crate::arr::{Key, Value};

/// What a value is, as far as validation rules look at it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a [u8]),
    /// An array and its number of entries.
    Array(usize),
    /// Objects and resources: Laravel decides.
    Other,
}

/// A value of the data under validation.
pub trait Data<'a>: Value<'a> {
    fn kind(self) -> Kind<'a>;

    /// `$array[$key]` when this is an array holding `key`, with PHP's key
    /// normalisation (numeric strings are integer keys).
    fn get(self, key: Key<'_>) -> Option<Self>;

    /// `array_is_list()` for an array.
    fn is_list(self) -> bool;
}

/// The outcome of reading an attribute the way `Arr::get()`/`Arr::has()` do.
#[derive(Debug, Clone, Copy)]
pub enum Found<D> {
    Missing,
    Value(D),
    /// An object on the way: reading it would run user code.
    Unknown,
}

/// `Arr::get($data, $attribute)` and `Arr::has()` in one walk: the whole key
/// first, then its dot-separated segments.
pub fn lookup<'a, D: Data<'a>>(data: D, attribute: Key<'_>) -> Found<D> {
    if let Some(value) = data.get(attribute) {
        return Found::Value(value);
    }
    let Key::Bytes(path) = attribute else {
        return Found::Missing;
    };
    if !path.contains(&b'.') {
        return Found::Missing;
    }
    let mut current = data;
    for segment in path.split(|&byte| byte == b'.') {
        match current.kind() {
            Kind::Array(_) => match current.get(Key::Bytes(segment)) {
                Some(value) => current = value,
                None => return Found::Missing,
            },
            Kind::Other => return Found::Unknown,
            _ => return Found::Missing,
        }
    }
    Found::Value(current)
}

/// [`lookup`] for the validator's attributes in order: consecutive ones
/// share leading segments (`items.0.id`, `items.0.name`), whose values are
/// kept from one attribute to the next.
pub struct Walker<D> {
    path: Vec<u8>,
    /// The value reached after each segment, with the path length it ends at.
    nodes: Vec<(usize, D)>,
    /// Some top-level key holds a dot (so whole keys must be tried first).
    dotted_keys: bool,
}

impl<'a, D: Data<'a>> Walker<D> {
    pub fn new(data: D) -> Self {
        let dotted_keys = data.as_array().is_some_and(|(_, mut entries)| {
            entries.any(|(key, _)| matches!(key, Key::Bytes(bytes) if bytes.contains(&b'.')))
        });
        Self {
            path: Vec::new(),
            nodes: Vec::new(),
            dotted_keys,
        }
    }

    pub fn find(&mut self, data: D, attribute: Key<'_>) -> Found<D> {
        let path = match attribute {
            Key::Bytes(path) if !self.dotted_keys => path,
            _ => return lookup(data, attribute),
        };
        // The deepest kept node whose leading segments this path shares.
        let mut reusable = self.nodes.len();
        while let Some(&(end, _)) = reusable.checked_sub(1).map(|i| &self.nodes[i]) {
            if end <= path.len()
                && (end == path.len() || path[end] == b'.')
                && path[..end] == self.path[..end]
            {
                break;
            }
            reusable -= 1;
        }
        self.nodes.truncate(reusable);
        self.path.clear();
        self.path.extend_from_slice(path);
        let (mut current, mut offset) = match self.nodes.last() {
            Some(&(end, node)) if end == path.len() => return Found::Value(node),
            Some(&(end, node)) => (node, end + 1),
            None => (data, 0),
        };
        loop {
            let end = memchr_dot(&path[offset..]).map_or(path.len(), |at| offset + at);
            current = match current.kind() {
                Kind::Array(_) => match current.get(Key::Bytes(&path[offset..end])) {
                    Some(value) => value,
                    None => return Found::Missing,
                },
                Kind::Other => return Found::Unknown,
                _ => return Found::Missing,
            };
            self.nodes.push((end, current));
            if end == path.len() {
                return Found::Value(current);
            }
            offset = end + 1;
        }
    }
}

/// The position of the first `.`.
#[inline]
fn memchr_dot(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'.')
}

/// A wildcard attribute (`items.*.tags.*`) in the shape native code
/// follows: whole-segment `*`s after a non-empty leading path.
pub struct Wildcard<'p> {
    /// The leading path before the first `*` (`items`).
    pub explicit: &'p [u8],
    /// The segments from the first `*` on.
    pub rest: Vec<&'p [u8]>,
}

impl<'p> Wildcard<'p> {
    /// `None` for a leading or partial `*`, an empty segment, or no `*`.
    pub fn parse(pattern: &'p [u8]) -> Option<Self> {
        let segments: Vec<&[u8]> = pattern.split(|&b| b == b'.').collect();
        let supported = segments
            .iter()
            .all(|s| !s.is_empty() && (*s == b"*" || !s.contains(&b'*')));
        let leading = segments.iter().position(|s| *s == b"*")?;
        if !supported || leading == 0 {
            return None;
        }
        let explicit_length = segments[..leading]
            .iter()
            .map(|s| s.len() + 1)
            .sum::<usize>()
            - 1;
        Some(Self {
            explicit: &pattern[..explicit_length],
            rest: segments[leading..].to_vec(),
        })
    }

    pub fn ends_with_wildcard(&self) -> bool {
        self.rest.last() == Some(&&b"*"[..])
    }
}

/// `a` and `a.b` for `a.b.c`.
pub fn leading_paths(name: &[u8]) -> impl Iterator<Item = &[u8]> {
    name.iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'.')
        .map(move |(at, _)| &name[..at])
}

/// Whether PHP certainly treats `text` as a non-numeric string (so loose
/// comparisons with it compare bytes): it is empty or holds a byte no
/// numeric string can contain.
pub fn surely_not_numeric(text: &[u8]) -> bool {
    text.is_empty()
        || text
            .iter()
            .any(|b| !b"0123456789+-.eE \t\n\r\x0b\x0c".contains(b))
}

#[cfg(test)]
pub(crate) mod tree {
    //! A PHP-like value tree for unit tests of the validation core.

    use super::{Data, Key, Kind};
    use crate::arr::{Value, numeric_key};

    #[derive(Debug, Clone, PartialEq)]
    pub enum T {
        Null,
        Bool(bool),
        Int(i64),
        Str(String),
        Object,
        Array(Vec<(K, T)>),
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum K {
        I(i64),
        S(String),
    }

    impl K {
        fn key(&self) -> Key<'_> {
            match self {
                K::I(index) => Key::Index(*index),
                K::S(text) => Key::Bytes(text.as_bytes()),
            }
        }
    }

    /// An array from `(key, value)` pairs; keys that look like integers become integers.
    pub fn arr<const N: usize>(entries: [(&str, T); N]) -> T {
        T::Array(
            entries
                .into_iter()
                .map(|(key, value)| {
                    let key = numeric_key(key.as_bytes()).map_or_else(|| K::S(key.into()), K::I);
                    (key, value)
                })
                .collect(),
        )
    }

    pub fn s(text: &str) -> T {
        T::Str(text.into())
    }

    impl<'a> Value<'a> for &'a T {
        type Entries = Box<dyn Iterator<Item = (Key<'a>, &'a T)> + 'a>;

        fn as_array(self) -> Option<(usize, Self::Entries)> {
            match self {
                T::Array(entries) => Some((
                    entries.len(),
                    Box::new(entries.iter().map(|(key, value)| (key.key(), value))),
                )),
                _ => None,
            }
        }
    }

    impl<'a> Data<'a> for &'a T {
        fn kind(self) -> Kind<'a> {
            match self {
                T::Null => Kind::Null,
                T::Bool(b) => Kind::Bool(*b),
                T::Int(i) => Kind::Int(*i),
                T::Str(s) => Kind::Str(s.as_bytes()),
                T::Object => Kind::Other,
                T::Array(entries) => Kind::Array(entries.len()),
            }
        }

        fn get(self, key: Key<'_>) -> Option<Self> {
            let T::Array(entries) = self else {
                return None;
            };
            let wanted = match key {
                Key::Bytes(bytes) => numeric_key(bytes).map_or(key, Key::Index),
                Key::Index(_) => key,
            };
            entries
                .iter()
                .find(|(key, _)| key.key() == wanted)
                .map(|(_, value)| value)
        }

        fn is_list(self) -> bool {
            match self {
                T::Array(entries) => entries
                    .iter()
                    .enumerate()
                    .all(|(i, (key, _))| *key == K::I(i as i64)),
                _ => false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tree::{T, arr, s};
    use super::*;

    #[test]
    fn lookup_walks_like_arr_get() {
        let data = arr([
            ("items", arr([("0", arr([("id", T::Int(5))]))])),
            ("nothing", T::Null),
            ("object", T::Object),
        ]);
        let get = |key: &str| match lookup(&data, Key::Bytes(key.as_bytes())) {
            Found::Value(value) => format!("{value:?}"),
            Found::Missing => "missing".into(),
            Found::Unknown => "unknown".into(),
        };
        assert_eq!(get("items.0.id"), "Int(5)");
        assert_eq!(get("nothing"), "Null");
        assert_eq!(get("items.1.id"), "missing");
        assert_eq!(get("items.0.id.x"), "missing");
        assert_eq!(get("object.x"), "unknown");
        assert_eq!(get("missing"), "missing");
        let mut walker = Walker::new(&data);
        for key in [
            "items.0.id",
            "items.0.id",
            "items.1.id",
            "items.0",
            "object.x",
            "items.0.id.x",
            "items.0.id",
            "nothing",
        ] {
            let walked = match walker.find(&data, Key::Bytes(key.as_bytes())) {
                Found::Value(value) => format!("{value:?}"),
                Found::Missing => "missing".into(),
                Found::Unknown => "unknown".into(),
            };
            assert_eq!(walked, get(key), "{key}");
        }
        let _ = s("");
    }
}
