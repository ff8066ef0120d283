//! `distinct`, `distinct:strict` and `distinct:ignore_case`.
//!
//! Laravel compares each value with every other value of its wildcard
//! attribute (quadratic); here each wildcard's values are counted once per
//! run, by a key under which two values are equal exactly when PHP's
//! comparison says so. A wildcard holding any value without such a key
//! (floats, booleans in loose mode, numeric strings in unusual forms,
//! arrays, objects) sends its attributes' `distinct` to Laravel.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::check::Run;
use super::rule::plain_integer;
use super::{Data, Found, Key, Kind, Wildcard, lookup, surely_not_numeric};
use crate::arr::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Mode {
    /// `in_array($value, $others)`.
    Loose,
    /// `in_array($value, $others, true)`.
    Strict,
    /// `preg_grep('/^'.preg_quote($value).'$/iu', $others)`.
    IgnoreCase,
}

/// How often each value key occurs among a wildcard's values, or `None`
/// when some value has no key.
type Counts = Option<FxHashMap<Vec<u8>, usize>>;

/// What one run has learnt about its wildcard attributes.
pub struct Distinct<'a, D> {
    /// Per wildcard and mode.
    groups: RefCell<FxHashMap<(&'a [u8], Mode), Counts>>,
    values: std::marker::PhantomData<D>,
}

impl<D> Default for Distinct<'_, D> {
    fn default() -> Self {
        Self {
            groups: RefCell::new(FxHashMap::default()),
            values: std::marker::PhantomData,
        }
    }
}

impl<'a, D: Data<'a>> Distinct<'a, D> {
    /// Whether `distinct` with `parameters` certainly passes for `value`.
    pub fn passes(
        &self,
        run: &Run<'a, D>,
        attribute: Key<'_>,
        parameters: &[Vec<u8>],
        value: Kind<'_>,
    ) -> bool {
        let Key::Bytes(attribute) = attribute else {
            return false;
        };
        let mode =
            if parameters.iter().any(|p| p == b"ignore_case") && matches!(value, Kind::Str(_)) {
                Mode::IgnoreCase
            } else if parameters.iter().any(|p| p == b"strict") {
                Mode::Strict
            } else {
                Mode::Loose
            };
        let Some(pattern) = run.primary_attribute(attribute) else {
            // Not expanded from a wildcard: Laravel compares the value with
            // the attribute's own entry only, which it then removes. Its
            // regexes must compile, though, or PHP warns.
            let utf8 = |text: &[u8]| std::str::from_utf8(text).is_ok();
            return utf8(attribute)
                && match value {
                    Kind::Str(text) if mode == Mode::IgnoreCase => utf8(text),
                    _ => true,
                };
        };
        let leaf = !matches!(value, Kind::Array(count) if count > 0);
        let own = leaf
            && std::str::from_utf8(attribute).is_ok()
            && attribute
                .split(|&b| b == b'.')
                .all(|segment| !segment.is_empty());
        let Some(key) = key(mode, value) else {
            return false;
        };
        let mut groups = self.groups.borrow_mut();
        let counts = groups
            .entry((pattern, mode))
            .or_insert_with(|| gather(run.data, pattern, mode));
        match counts {
            Some(counts) => counts.get(&key).copied().unwrap_or(0) == usize::from(own),
            None => false,
        }
    }
}

/// The key under which `mode` compares `value`; `None` when there is none.
fn key(mode: Mode, value: Kind<'_>) -> Option<Vec<u8>> {
    Some(match (mode, value) {
        // Loosely, non-numeric strings equal what has the same bytes, and
        // canonical integers what has the same value.
        (Mode::Loose, Kind::Int(number)) => Decimal::of(number).as_bytes().to_vec(),
        (Mode::Loose, Kind::Str(text))
            if surely_not_numeric(text) || plain_integer(text).is_some() && text != b"-0" =>
        {
            text.to_vec()
        }
        (Mode::Strict, Kind::Int(number)) => [b"i", Decimal::of(number).as_bytes()].concat(),
        (Mode::Strict, Kind::Str(text)) => [b"s", text].concat(),
        (Mode::Strict, Kind::Null) => b"n".to_vec(),
        (Mode::Strict, Kind::Bool(flag)) => vec![b'b', u8::from(flag)],
        (Mode::IgnoreCase, Kind::Int(number)) => Decimal::of(number).as_bytes().to_vec(),
        // ASCII only: /iu also folds some non-ASCII letters onto ASCII ones.
        (Mode::IgnoreCase, Kind::Str(text)) if text.is_ascii() && !text.contains(&b'\n') => {
            text.to_ascii_lowercase()
        }
        _ => return None,
    })
}

/// `extractDistinctValues($pattern)`: the `Arr::dot()` leaves under the
/// pattern's leading path whose keys match it (each `*` one non-empty
/// UTF-8 segment), counted by key.
fn gather<'a, D: Data<'a>>(
    data: D,
    pattern: &[u8],
    mode: Mode,
) -> Option<FxHashMap<Vec<u8>, usize>> {
    std::str::from_utf8(pattern).ok()?;
    let wildcard = Wildcard::parse(pattern)?;
    let mut counts = FxHashMap::default();
    match lookup(data, Key::Bytes(wildcard.explicit)) {
        Found::Missing => {}
        Found::Value(root) => count(root, &wildcard.rest, mode, &mut counts)?,
        Found::Unknown => return None,
    }
    Some(counts)
}

fn count<'a, D: Data<'a>>(
    node: D,
    segments: &[&[u8]],
    mode: Mode,
    counts: &mut FxHashMap<Vec<u8>, usize>,
) -> Option<()> {
    let Some((&segment, rest)) = segments.split_first() else {
        *counts.entry(key(mode, node.kind())?).or_default() += 1;
        return Some(());
    };
    // Arr::dot() only descends into non-empty arrays.
    if !matches!(node.kind(), Kind::Array(count) if count > 0) {
        return Some(());
    }
    let mut visit = |child: D| match child.kind() {
        Kind::Array(count) if count > 0 && rest.is_empty() => Some(()),
        _ => count(child, rest, mode, counts),
    };
    if segment == b"*" {
        for (key, child) in node.as_array()?.1 {
            if let Key::Bytes(text) = key
                && (text.is_empty() || std::str::from_utf8(text).is_err())
            {
                continue;
            }
            visit(child)?;
        }
    } else if let Some(child) = node.get(Key::Bytes(segment)) {
        visit(child)?;
    }
    Some(())
}
