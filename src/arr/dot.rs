//! `Arr::dot()` and `Arr::undot()` (Laravel 13.x).

use super::{Key, Value, Writer, push_key};

/// Deeper arrays go to PHP: Laravel recurses through a closure and meets
/// PHP's stack limit (an `Error`) on runaway or self-referencing nesting,
/// which native code must not paper over.
pub const MAX_DEPTH: usize = 256;

/// The array nests deeper than [`MAX_DEPTH`].
#[derive(Debug, PartialEq, Eq)]
pub struct TooDeep;

/// `Arr::dot($array, $prepend)` with the default (infinite) depth: every
/// leaf under `$prefix.$key` joined by dots; empty arrays are leaves.
pub fn dot<'a, V, W>(array: V, prepend: &[u8], out: &mut W) -> Result<(), TooDeep>
where
    V: Value<'a>,
    W: Writer<Value = V>,
{
    let mut flattening = Flattening {
        key: prepend.to_vec(),
        distinct: true,
    };
    flattening.flatten(array, 0, out)
}

struct Flattening {
    /// The joined key of the entry being visited.
    key: Vec<u8>,
    /// No key on any path so far held a dot: each joined key then spells
    /// its path unambiguously, so all keys written so far differ (and
    /// numeric ones stay different as integers), and the writer may add
    /// them without looking for an earlier one to overwrite.
    distinct: bool,
}

impl Flattening {
    fn flatten<'a, V, W>(&mut self, array: V, depth: usize, out: &mut W) -> Result<(), TooDeep>
    where
        V: Value<'a>,
        W: Writer<Value = V>,
    {
        if depth > MAX_DEPTH {
            return Err(TooDeep);
        }
        let Some((_, entries)) = array.as_array() else {
            return Ok(());
        };
        for (entry_key, value) in entries {
            let prefix_len = self.key.len();
            push_key(&mut self.key, entry_key);
            if self.distinct && matches!(entry_key, Key::Bytes(bytes) if bytes.contains(&b'.')) {
                self.distinct = false;
            }
            match value.as_array() {
                Some((len, _)) if len > 0 => {
                    self.key.push(b'.');
                    self.flatten(value, depth + 1, out)?;
                }
                _ if self.distinct => out.add(Key::Bytes(&self.key), value),
                _ => out.set(Key::Bytes(&self.key), value),
            }
            self.key.truncate(prefix_len);
        }
        Ok(())
    }
}

/// How many entries `dot()` produces (to size the result once), or
/// [`TooDeep`].
pub fn count_leaves<'a, V: Value<'a>>(array: V, depth: usize) -> Result<usize, TooDeep> {
    if depth > MAX_DEPTH {
        return Err(TooDeep);
    }
    let Some((_, entries)) = array.as_array() else {
        return Ok(0);
    };
    let mut leaves = 0;
    for (_, value) in entries {
        leaves += match value.as_array() {
            Some((len, _)) if len > 0 => count_leaves(value, depth + 1)?,
            _ => 1,
        };
    }
    Ok(leaves)
}

/// `Arr::undot($array)`: `Arr::set($results, $key, $value)` for each entry,
/// where `set` explodes the key on dots and creates (or replaces non-array
/// values with) the arrays on the way.
///
/// Consecutive keys often share their first segments (`0.id`, `0.name`):
/// the arrays of the previous key's path are kept and reused while the
/// segments agree. They stay the arrays `set` would step into: each was
/// made the caller's own on the way, and a key only ever writes into the
/// deepest array of its own path, never over one of its ancestors.
pub fn undot<'a, V, W>(array: V, out: &mut W)
where
    V: Value<'a>,
    W: Writer<Value = V>,
{
    let Some((_, entries)) = array.as_array() else {
        return;
    };
    let mut path: Vec<(&'a [u8], W)> = Vec::new();
    for (key, value) in entries {
        let Key::Bytes(bytes) = key else {
            // explode('.', 5) is ['5'], which is key 5 again.
            path.clear();
            out.set(key, value);
            continue;
        };
        let Some(last_dot) = bytes.iter().rposition(|&byte| byte == b'.') else {
            path.clear();
            out.set(key, value);
            continue;
        };
        let mut depth = 0;
        for segment in bytes[..last_dot].split(|&byte| byte == b'.') {
            if path.get(depth).is_some_and(|(kept, _)| *kept == segment) {
                depth += 1;
                continue;
            }
            path.truncate(depth);
            let level = match path.last_mut() {
                Some((_, parent)) => parent.child(Key::Bytes(segment)),
                None => out.child(Key::Bytes(segment)),
            };
            path.push((segment, level));
            depth += 1;
        }
        path.truncate(depth);
        if let Some((_, level)) = path.last_mut() {
            level.set(Key::Bytes(&bytes[last_dot + 1..]), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::marker::PhantomData;
    use std::rc::Rc;

    use super::*;

    /// A PHP-like value: an ordered array or a leaf number.
    #[derive(Debug, Clone, PartialEq)]
    enum Tree {
        Leaf(i32),
        Array(Vec<(OwnedKey, Tree)>),
    }

    #[derive(Debug, Clone, PartialEq)]
    enum OwnedKey {
        Index(i64),
        Bytes(Vec<u8>),
    }

    impl OwnedKey {
        /// PHP's array key normalisation (numeric strings become integers).
        fn of(key: Key<'_>) -> Self {
            match key {
                Key::Index(index) => Self::Index(index),
                Key::Bytes(bytes) => std::str::from_utf8(bytes)
                    .ok()
                    .filter(|text| {
                        let digits = text.strip_prefix('-').unwrap_or(text);
                        matches!(digits.as_bytes(), [b'1'..=b'9', ..] | [b'0'])
                            && digits.bytes().all(|b| b.is_ascii_digit())
                            && *text != "-0"
                    })
                    .and_then(|text| text.parse().ok())
                    .map_or_else(|| Self::Bytes(bytes.to_vec()), Self::Index),
            }
        }

        fn borrow(&self) -> Key<'_> {
            match self {
                Self::Index(index) => Key::Index(*index),
                Self::Bytes(bytes) => Key::Bytes(bytes),
            }
        }
    }

    impl<'a> Value<'a> for &'a Tree {
        type Entries = Box<dyn Iterator<Item = (Key<'a>, &'a Tree)> + 'a>;

        fn as_array(self) -> Option<(usize, Self::Entries)> {
            match self {
                Tree::Leaf(_) => None,
                Tree::Array(entries) => Some((
                    entries.len(),
                    Box::new(entries.iter().map(|(key, value)| (key.borrow(), value))),
                )),
            }
        }
    }

    /// A writer into a shared tree node, taking values borrowed for `'a`.
    #[derive(Clone)]
    struct Node<'a>(
        Rc<RefCell<Vec<(OwnedKey, Built<'a>)>>>,
        PhantomData<&'a Tree>,
    );

    #[derive(Clone)]
    enum Built<'a> {
        Leaf(i32),
        Array(Node<'a>),
    }

    impl<'a> Node<'a> {
        fn new() -> Self {
            Self(Rc::new(RefCell::new(Vec::new())), PhantomData)
        }

        fn put(&self, key: OwnedKey, value: Built<'a>) {
            let mut entries = self.0.borrow_mut();
            match entries.iter_mut().find(|(existing, _)| *existing == key) {
                Some(slot) => slot.1 = value,
                None => entries.push((key, value)),
            }
        }

        fn tree(&self) -> Tree {
            Tree::Array(
                self.0
                    .borrow()
                    .iter()
                    .map(|(key, value)| {
                        let value = match value {
                            Built::Leaf(leaf) => Tree::Leaf(*leaf),
                            Built::Array(node) => node.tree(),
                        };
                        (key.clone(), value)
                    })
                    .collect(),
            )
        }
    }

    impl<'a> Writer for Node<'a> {
        type Value = &'a Tree;

        fn set(&mut self, key: Key<'_>, value: &'a Tree) {
            let built = match value {
                Tree::Leaf(leaf) => Built::Leaf(*leaf),
                Tree::Array(_) => {
                    let node = Node::new();
                    if let Tree::Array(entries) = value {
                        for (key, value) in entries {
                            Writer::set(&mut node.clone(), key.borrow(), value);
                        }
                    }
                    Built::Array(node)
                }
            };
            self.put(OwnedKey::of(key), built);
        }

        fn add(&mut self, key: Key<'_>, value: &'a Tree) {
            let owned = OwnedKey::of(key);
            assert!(
                self.0
                    .borrow()
                    .iter()
                    .all(|(existing, _)| *existing != owned),
                "{owned:?} added twice"
            );
            self.set(key, value);
        }

        fn child(&mut self, key: Key<'_>) -> Self {
            let key = OwnedKey::of(key);
            let existing = self
                .0
                .borrow()
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone());
            match existing {
                Some(Built::Array(node)) => node,
                _ => {
                    let node = Node::new();
                    self.put(key, Built::Array(node.clone()));
                    node
                }
            }
        }
    }

    fn bytes(key: &str) -> OwnedKey {
        OwnedKey::Bytes(key.as_bytes().to_vec())
    }

    fn array(entries: Vec<(OwnedKey, Tree)>) -> Tree {
        Tree::Array(entries)
    }

    /// What `dot()` writes for `input`.
    fn dotted(input: &Tree, prepend: &[u8]) -> Tree {
        let mut out = Node::new();
        dot(input, prepend, &mut out).unwrap();
        out.tree()
    }

    #[test]
    fn dot_flattens_with_prefixes_and_keeps_empty_arrays() {
        let input = array(vec![
            (
                bytes("a"),
                array(vec![
                    (bytes("b"), Tree::Leaf(1)),
                    (OwnedKey::Index(0), Tree::Leaf(2)),
                ]),
            ),
            (OwnedKey::Index(7), array(vec![])),
            (bytes("c"), Tree::Leaf(3)),
        ]);
        assert_eq!(count_leaves(&input, 0), Ok(4));
        assert_eq!(
            dotted(&input, b"p."),
            array(vec![
                (bytes("p.a.b"), Tree::Leaf(1)),
                (bytes("p.a.0"), Tree::Leaf(2)),
                (bytes("p.7"), array(vec![])),
                (bytes("p.c"), Tree::Leaf(3)),
            ])
        );
    }

    #[test]
    fn dot_normalises_numeric_keys_and_overwrites_in_place() {
        let input = array(vec![
            (OwnedKey::Index(5), Tree::Leaf(1)),
            (bytes("a"), array(vec![(bytes("b"), Tree::Leaf(2))])),
            (bytes("a.b"), Tree::Leaf(3)),
        ]);
        assert_eq!(
            dotted(&input, b""),
            array(vec![
                (OwnedKey::Index(5), Tree::Leaf(1)),
                (bytes("a.b"), Tree::Leaf(3))
            ])
        );
    }

    #[test]
    fn dot_overwrites_once_a_key_holds_a_dot() {
        // The dotted key comes after the path it spells, then that path
        // again after it: only the first write may skip the lookup.
        let input = array(vec![
            (bytes("a"), array(vec![(bytes("b"), Tree::Leaf(1))])),
            (bytes("a.b"), Tree::Leaf(2)),
            (bytes("1"), array(vec![(bytes("2"), Tree::Leaf(3))])),
            (bytes("1.2"), Tree::Leaf(4)),
            (
                bytes("x"),
                array(vec![(bytes("a"), array(vec![(bytes("b"), Tree::Leaf(5))]))]),
            ),
            (bytes("x.a"), array(vec![(bytes("b"), Tree::Leaf(6))])),
        ]);
        assert_eq!(
            dotted(&input, b""),
            array(vec![
                (bytes("a.b"), Tree::Leaf(2)),
                (bytes("1.2"), Tree::Leaf(4)),
                (bytes("x.a.b"), Tree::Leaf(6)),
            ])
        );
    }

    #[test]
    fn dot_refuses_runaway_nesting() {
        let mut deep = Tree::Leaf(1);
        for _ in 0..=MAX_DEPTH + 1 {
            deep = array(vec![(bytes("x"), deep)]);
        }
        assert_eq!(dot(&deep, b"", &mut Node::new()), Err(TooDeep));
        assert_eq!(count_leaves(&deep, 0), Err(TooDeep));
    }

    /// `undot()` without the kept path: every key walked from the top.
    fn undot_from_the_top<'a>(array: &'a Tree, out: &mut Node<'a>) {
        let Tree::Array(entries) = array else {
            return;
        };
        for (key, value) in entries {
            let key = key.borrow();
            let Key::Bytes(bytes) = key else {
                out.set(key, value);
                continue;
            };
            match bytes.iter().rposition(|&byte| byte == b'.') {
                None => out.set(key, value),
                Some(last_dot) => {
                    let mut level = out.clone();
                    for segment in bytes[..last_dot].split(|&byte| byte == b'.') {
                        level = level.child(Key::Bytes(segment));
                    }
                    level.set(Key::Bytes(&bytes[last_dot + 1..]), value);
                }
            }
        }
    }

    #[test]
    fn undot_keeps_the_previous_path_only_while_it_is_the_same_array() {
        // Every sequence of four keys over segments that share prefixes,
        // overwrite each other's arrays and hold integer and empty keys.
        let keys: Vec<OwnedKey> = [
            "a", "a.b", "a.b.c", "a.c", "b.a", "0.a", "a..b", ".", "a.b.c.d",
        ]
        .iter()
        .map(|key| bytes(key))
        .chain([OwnedKey::Index(0), bytes("0")])
        .collect();
        let mut inputs = vec![Vec::new()];
        for _ in 0..4 {
            inputs = inputs
                .iter()
                .flat_map(|input: &Vec<OwnedKey>| {
                    keys.iter()
                        .map(move |key| [input.clone(), vec![key.clone()]].concat())
                })
                .collect();
            for input in &inputs {
                let tree = array(
                    input
                        .iter()
                        .enumerate()
                        .map(|(leaf, key)| (key.clone(), Tree::Leaf(leaf as i32)))
                        .collect(),
                );
                let (kept, from_the_top) = (Node::new(), Node::new());
                undot(&tree, &mut kept.clone());
                undot_from_the_top(&tree, &mut from_the_top.clone());
                assert_eq!(kept.tree(), from_the_top.tree(), "{input:?}");
            }
        }
    }

    #[test]
    fn undot_builds_nested_arrays_like_arr_set() {
        let input = array(vec![
            (bytes("user.name"), Tree::Leaf(1)),
            (bytes("user.roles.0"), Tree::Leaf(2)),
            (bytes("flag"), Tree::Leaf(3)),
            (bytes("flag.on"), Tree::Leaf(4)),
            (OwnedKey::Index(9), Tree::Leaf(5)),
            (bytes("a..b"), Tree::Leaf(6)),
        ]);
        let mut out = Node::new();
        undot(&input, &mut out);
        assert_eq!(
            out.tree(),
            array(vec![
                (
                    bytes("user"),
                    array(vec![
                        (bytes("name"), Tree::Leaf(1)),
                        (
                            bytes("roles"),
                            array(vec![(OwnedKey::Index(0), Tree::Leaf(2))])
                        )
                    ])
                ),
                (bytes("flag"), array(vec![(bytes("on"), Tree::Leaf(4))])),
                (OwnedKey::Index(9), Tree::Leaf(5)),
                (
                    bytes("a"),
                    array(vec![(bytes(""), array(vec![(bytes("b"), Tree::Leaf(6))]))])
                ),
            ])
        );
    }
}
