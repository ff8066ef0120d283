//! `ValidationRuleParser::explode()` (Laravel 13.x) for rules given as
//! strings or lists of strings: explicit rules exploded at `|`, wildcard
//! rules expanded against the data in exactly Laravel's order.
//!
//! Laravel gathers a wildcard's keys from `Arr::dot()` of a copy of the data
//! (initialised with `data_set(…, null)` unless the pattern ends in `*`),
//! merged with the prefixes of those keys that match the pattern. Walked
//! directly, that is:
//! - pattern not ending in `*`: every path the pattern reaches, where a
//!   literal segment missing from the data (or under a scalar) is created;
//! - pattern ending in `*`: the matching entries that are leaves of
//!   `Arr::dot()` (scalars, objects, empty arrays), then the matching
//!   non-empty arrays, each group in data order.

use std::ops::Range;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::{Data, Found, Kind, Wildcard, lookup};
use crate::arr::{Key, push_key};

/// One rule of an exploded list: a piece of a `|`-separated string, or a
/// whole string element of a rule array (kept as the same value).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece<'a, D> {
    Part(&'a [u8]),
    Whole(D),
}

pub type Rules<'a, D> = Rc<Vec<Piece<'a, D>>>;

/// What `explode()` returns: the rules per attribute, in Laravel's order
/// (`given`, then `added`), and the expanded attributes of each wildcard
/// attribute.
#[derive(Debug)]
pub struct Expansion<'a, D> {
    /// The attributes given without a wildcard, in order, with their rules
    /// (and what expanded attributes of the same name added to them).
    pub given: Vec<(Key<'a>, Rules<'a, D>)>,
    /// The other expanded attributes, after those: runs of consecutive
    /// indexes into `names` that share one wildcard's rules. A run per
    /// wildcard, not an entry per attribute, keeps tens of thousands of
    /// entries out of memory the kernel would have to zero.
    pub added: Vec<(Range<usize>, Rules<'a, D>)>,
    /// Each wildcard attribute with the (consecutive) expanded attributes it
    /// produced.
    pub implicit: Vec<(&'a [u8], Range<usize>)>,
    /// Every expanded attribute's name.
    pub names: Names,
}

/// The expanded attributes' names: one buffer of bytes and a range of it per
/// name. A worker hands the same `Names` to each `explode()` (see
/// [`Names::recycled`]): tens of thousands of names need megabytes, which
/// the allocator would otherwise return to the kernel after each run and
/// have it map and zero anew for the next.
#[derive(Debug, Default)]
pub struct Names {
    bytes: Vec<u8>,
    ranges: Vec<Range<usize>>,
}

impl Names {
    /// Capacity kept for the next run; buffers beyond it (a one-off huge
    /// payload) are freed rather than held by the worker for ever.
    pub const KEPT_BYTES: usize = 8 << 20;

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Name `index`.
    pub fn get(&self, index: usize) -> &[u8] {
        &self.bytes[self.ranges[index].clone()]
    }

    /// Appends `name`.
    fn push(&mut self, name: &[u8]) {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(name);
        self.ranges.push(start..self.bytes.len());
    }

    /// Stores `name` but lists it in `aside`, for [`Names::append`] to list
    /// later.
    fn push_aside(&mut self, name: &[u8], aside: &mut Vec<Range<usize>>) {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(name);
        aside.push(start..self.bytes.len());
    }

    fn append(&mut self, aside: &mut Vec<Range<usize>>) {
        self.ranges.append(aside);
    }

    /// Empty, with the capacity worth keeping for the next run.
    pub fn recycled(mut self) -> Self {
        self.bytes.clear();
        self.ranges.clear();
        if self.bytes.capacity() + self.ranges.capacity() * size_of::<Range<usize>>()
            > Self::KEPT_BYTES
        {
            return Self::default();
        }
        self
    }
}

impl<D> Expansion<'_, D> {
    /// The name of expanded attribute `index`.
    pub fn name(&self, index: usize) -> &[u8] {
        self.names.get(index)
    }

    /// How many attributes have rules: the given ones and the added ones.
    pub fn attribute_count(&self) -> usize {
        self.given.len() + self.added.iter().map(|(run, _)| run.len()).sum::<usize>()
    }
}

enum Slot<'a, D> {
    /// Not reached yet by the loop: the rule as given.
    Given(D),
    Exploded(Rules<'a, D>),
}

/// `explode($rules)` against `data`; `None` when Laravel's parser must do
/// it (rule objects, conditional rules, patterns with partial or leading
/// wildcards or empty segments, patterns that can reach the same
/// attribute, objects along a wildcard's path).
pub fn explode<'a, D: Data<'a>>(data: D, rules: D, names: Names) -> Option<Expansion<'a, D>> {
    let (count, entries) = rules.as_array()?;
    let given: Vec<(Key<'a>, D)> = entries.collect();
    if !given.iter().all(|&(_, rule)| is_string_rule(rule)) {
        return None;
    }
    let patterns: Vec<&[u8]> = given
        .iter()
        .filter_map(|&(key, _)| match key {
            Key::Bytes(pattern) if pattern.contains(&b'*') => Some(pattern),
            _ => None,
        })
        .collect();
    if patterns
        .iter()
        .enumerate()
        .any(|(i, a)| patterns[i + 1..].iter().any(|b| may_overlap(a, b)))
    {
        return None;
    }
    // Expanded attributes can only meet given ones that have a dot.
    let mut dotted: FxHashMap<&[u8], usize> = FxHashMap::default();
    let mut slots: Vec<Option<(Key<'a>, Slot<'a, D>)>> = Vec::with_capacity(count);
    for (position, &(key, rule)) in given.iter().enumerate() {
        if let Key::Bytes(name) = key
            && name.contains(&b'.')
        {
            dotted.insert(name, position);
        }
        slots.push(Some((key, Slot::Given(rule))));
    }
    let mut names = names.recycled();
    let mut implicit = Vec::new();
    let mut added = Vec::new();
    for (position, &(key, rule)) in given.iter().enumerate() {
        match key {
            Key::Bytes(pattern) if pattern.contains(&b'*') => {
                let merge = Rc::new(exploded(rule));
                let first = names.len();
                expand(data, pattern, &mut names)?;
                let mut run_start = first;
                // Given attributes an expanded one names get its rules.
                let merged_into =
                    |index: usize| -> Option<usize> { dotted.get(names.get(index)).copied() };
                for index in (first..names.len()).filter(|_| !dotted.is_empty()) {
                    let Some(at) = merged_into(index) else {
                        continue;
                    };
                    let (_, slot) = slots[at].as_mut()?;
                    let mut merged = rules_of(slot).to_vec();
                    merged.extend_from_slice(&merge);
                    *slot = Slot::Exploded(Rc::new(merged));
                    if run_start < index {
                        added.push((run_start..index, Rc::clone(&merge)));
                    }
                    run_start = index + 1;
                }
                if run_start < names.len() {
                    added.push((run_start..names.len(), Rc::clone(&merge)));
                }
                if names.len() > first {
                    implicit.push((pattern, first..names.len()));
                }
                slots[position] = None;
            }
            _ => {
                let (_, slot) = slots[position].as_mut()?;
                *slot = Slot::Exploded(Rc::new(exploded(rule)));
            }
        }
    }
    let given = slots
        .into_iter()
        .flatten()
        .map(|(key, slot)| match slot {
            Slot::Exploded(rules) => Some((key, rules)),
            Slot::Given(_) => None,
        })
        .collect::<Option<_>>()?;
    Some(Expansion {
        given,
        added,
        implicit,
        names,
    })
}

/// Whether two patterns could name the same attribute: as many segments,
/// each equal or a wildcard in one of them.
fn may_overlap(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (a.split(|&x| x == b'.'), b.split(|&x| x == b'.'));
    a.clone().count() == b.clone().count()
        && a.zip(b).all(|(x, y)| x == y || x == b"*" || y == b"*")
}

/// A string, or an array of strings (`filterConditionalRules()` then only
/// re-indexes it).
fn is_string_rule<'a, D: Data<'a>>(rule: D) -> bool {
    match rule.kind() {
        Kind::Str(_) => true,
        Kind::Array(_) => rule.as_array().is_some_and(|(_, mut entries)| {
            entries.all(|(_, item)| matches!(item.kind(), Kind::Str(_)))
        }),
        _ => false,
    }
}

/// `explodeExplicitRule()`: a string split at `|`, an array's strings.
fn exploded<'a, D: Data<'a>>(rule: D) -> Vec<Piece<'a, D>> {
    match rule.kind() {
        Kind::Str(text) => text.split(|&b| b == b'|').map(Piece::Part).collect(),
        _ => rule
            .as_array()
            .map(|(_, entries)| entries.map(|(_, item)| Piece::Whole(item)).collect())
            .unwrap_or_default(),
    }
}

fn rules_of<'s, 'a, D: Data<'a>>(slot: &'s Slot<'a, D>) -> std::borrow::Cow<'s, [Piece<'a, D>]> {
    match slot {
        Slot::Given(rule) => std::borrow::Cow::Owned(exploded(*rule)),
        Slot::Exploded(rules) => std::borrow::Cow::Borrowed(rules.as_slice()),
    }
}

/// Appends the attributes a wildcard pattern expands to, in Laravel's
/// order, to `names`.
fn expand<'a, D: Data<'a>>(data: D, pattern: &[u8], names: &mut Names) -> Option<()> {
    let wildcard = Wildcard::parse(pattern)?;
    let root = match lookup(data, Key::Bytes(wildcard.explicit)) {
        Found::Missing => return Some(()),
        Found::Value(root) => root,
        Found::Unknown => return None,
    };
    let mut path = wildcard.explicit.to_vec();
    if wildcard.ends_with_wildcard() {
        let mut arrays = Vec::new();
        if is_filled_array(root) {
            gather(root, &wildcard.rest, &mut path, names, &mut arrays);
        }
        names.append(&mut arrays);
        Some(())
    } else {
        initialise(Some(root), &wildcard.rest, &mut path, names)
    }
}

/// The paths `data_set($copy, $pattern, null)` writes to; `node` is `None`
/// where the data has nothing (or a scalar that `data_set` replaces).
fn initialise<'a, D: Data<'a>>(
    node: Option<D>,
    segments: &[&[u8]],
    path: &mut Vec<u8>,
    names: &mut Names,
) -> Option<()> {
    let (&segment, rest) = segments.split_first()?;
    let kind = node.map(Data::kind);
    if kind == Some(Kind::Other) {
        return None;
    }
    let length = path.len();
    if segment == b"*" {
        if let (Some(node), Some(Kind::Array(_))) = (node, kind) {
            for (key, child) in node.as_array()?.1 {
                path.push(b'.');
                push_key(path, key);
                initialise(Some(child), rest, path, names)?;
                path.truncate(length);
            }
        }
        return Some(());
    }
    path.push(b'.');
    path.extend_from_slice(segment);
    if rest.is_empty() {
        names.push(path);
    } else {
        let child = match kind {
            Some(Kind::Array(_)) => node.and_then(|node| node.get(Key::Bytes(segment))),
            _ => None,
        };
        initialise(child, rest, path, names)?;
    }
    path.truncate(length);
    Some(())
}

/// The entries at the pattern's depth under a non-empty array: `Arr::dot()`
/// leaves listed in `names`, non-empty arrays set aside in `arrays`.
fn gather<'a, D: Data<'a>>(
    node: D,
    segments: &[&[u8]],
    path: &mut Vec<u8>,
    names: &mut Names,
    arrays: &mut Vec<Range<usize>>,
) {
    let Some((&segment, rest)) = segments.split_first() else {
        return;
    };
    let mut visit = |key: Key<'_>, child: D, path: &mut Vec<u8>| {
        let length = path.len();
        path.push(b'.');
        push_key(path, key);
        match (rest.is_empty(), is_filled_array(child)) {
            (true, true) => names.push_aside(path, arrays),
            (true, false) => names.push(path),
            (false, true) => gather(child, rest, path, names, arrays),
            (false, false) => {}
        }
        path.truncate(length);
    };
    if segment == b"*" {
        if let Some((_, entries)) = node.as_array() {
            for (key, child) in entries {
                visit(key, child, path);
            }
        }
    } else if let Some(child) = node.get(Key::Bytes(segment)) {
        visit(Key::Bytes(segment), child, path);
    }
}

fn is_filled_array<'a, D: Data<'a>>(value: D) -> bool {
    matches!(value.kind(), Kind::Array(count) if count > 0)
}

#[cfg(test)]
mod tests {
    use super::super::tree::{T, arr, s};
    use super::*;

    /// Every attribute with its rules, in Laravel's order: the given ones,
    /// then the expanded ones no given attribute names.
    fn attributes(data: &T, rules: &T) -> Vec<(String, Vec<String>)> {
        let expansion = &explode(data, rules, Names::default()).expect("native");
        let text = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
        let given = expansion.given.iter().map(|(key, rules)| {
            let name = match key {
                Key::Index(i) => i.to_string(),
                Key::Bytes(name) => text(name),
            };
            (name, rules)
        });
        let added = expansion.added.iter().flat_map(|(run, rules)| {
            run.clone()
                .map(move |index| (text(expansion.name(index)), rules))
        });
        given
            .chain(added)
            .map(|(name, rules)| {
                let rules = rules
                    .iter()
                    .map(|piece| match piece {
                        Piece::Part(p) => text(p),
                        Piece::Whole(T::Str(w)) => w.clone(),
                        Piece::Whole(other) => format!("{other:?}"),
                    })
                    .collect();
                (name, rules)
            })
            .collect()
    }

    fn names(list: &[(String, Vec<String>)]) -> Vec<&str> {
        list.iter().map(|(name, _)| name.as_str()).collect()
    }

    #[test]
    fn wildcards_follow_laravels_order() {
        let data = arr([(
            "items",
            arr([
                (
                    "0",
                    arr([
                        ("id", T::Int(1)),
                        ("tags", arr([("0", s("a")), ("1", arr([("x", s("b"))]))])),
                    ]),
                ),
                ("1", s("scalar")),
                ("2", arr([("name", s("n"))])),
            ]),
        )]);
        let rules = arr([
            ("items", s("required|array")),
            ("items.*.id", s("required|integer")),
            ("items.*.tags.*", s("string")),
            ("items.*", T::Array(vec![])),
        ]);
        let list = attributes(&data, &rules);
        assert_eq!(
            names(&list),
            [
                "items",
                "items.0.id",
                "items.1.id",
                "items.2.id",
                "items.0.tags.0",
                "items.0.tags.1",
                "items.1",
                "items.0",
                "items.2",
            ]
        );
        assert_eq!(list[0].1, ["required", "array"]);
        assert!(list[6].1.is_empty());
    }

    #[test]
    fn later_explicit_rules_replace_earlier_wildcard_ones() {
        let data = arr([("a", arr([("0", s("x"))]))]);
        let before = arr([("a.0", s("string")), ("a.*", s("required"))]);
        assert_eq!(attributes(&data, &before)[0].1, ["string", "required"]);
        let after = arr([("a.*", s("required")), ("a.0", s("string"))]);
        assert_eq!(
            attributes(&data, &after),
            [("a.0".to_string(), vec!["string".to_string()])]
        );
    }

    #[test]
    fn a_given_attribute_inside_a_wildcard_run_splits_it() {
        let data = arr([("a", arr([("0", s("x")), ("1", s("y")), ("2", s("z"))]))]);
        let rules = arr([("a.1", s("string")), ("a.*", s("required"))]);
        let list = attributes(&data, &rules);
        assert_eq!(names(&list), ["a.1", "a.0", "a.2"]);
        assert_eq!(list[0].1, ["string", "required"]);
        assert_eq!(list[2].1, ["required"]);
        assert_eq!(
            explode(&data, &rules, Names::default())
                .unwrap()
                .added
                .len(),
            2
        );
    }

    #[test]
    fn unsupported_shapes_go_to_laravel() {
        let data = arr([("a", T::Object)]);
        assert!(explode(&data, &arr([("*.x", s("required"))]), Names::default()).is_none());
        assert!(explode(&data, &arr([("a.x*", s("required"))]), Names::default()).is_none());
        assert!(explode(&data, &arr([("a.*.x", s("required"))]), Names::default()).is_none());
        assert!(explode(&data, &arr([("a", T::Object)]), Names::default()).is_none());
        assert!(explode(&data, &arr([("a.*", s("required"))]), Names::default()).is_some());
    }
}
