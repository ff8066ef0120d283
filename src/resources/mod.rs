//! API resources: whether `ConditionallyLoadsAttributes::filter($data)`, which every
//! `JsonResource::resolve()` runs over what `toArray()` returned, gives `$data` back as it is.
//!
//! `filter()` walks the data and its nested arrays: a `MergeValue` is merged in, a resource
//! of a `null` is written as `null`, and `removeMissingValues()` drops missing values and,
//! at each level whose keys are all numeric (`is_numeric()`), re-indexes the array with
//! `array_values()`. With none of those objects anywhere and every level either keyed by a
//! non-numeric string somewhere or already a list, nothing changes: that is the case
//! answered here, and any other goes to Laravel's code.

use crate::arr::css::is_numeric;
use crate::arr::{Key, Value};

/// Arrays nested deeper than this are Laravel's to walk.
const MAX_DEPTH: usize = 64;

/// Whether `filter($data)` returns `data` unchanged. `keeps` judges every value that is not
/// an array: `false` for one `filter()` would change or drop (or cannot be judged).
pub fn filter_keeps<'a, V: Value<'a>>(data: V, keeps: &mut impl FnMut(V) -> bool) -> bool {
    level_keeps(data, keeps, 0)
}

fn level_keeps<'a, V: Value<'a>>(data: V, keeps: &mut impl FnMut(V) -> bool, depth: usize) -> bool {
    let Some((_, entries)) = data.as_array() else {
        return false;
    };
    if depth > MAX_DEPTH {
        return false;
    }
    let mut numeric_keys = true;
    let mut is_list = true;
    for (position, (key, value)) in (0..).zip(entries) {
        match key {
            Key::Index(index) => is_list &= index == position,
            Key::Bytes(text) => {
                is_list = false;
                numeric_keys &= is_numeric(text);
            }
        }
        let kept = if value.as_array().is_some() {
            level_keeps(value, keeps, depth + 1)
        } else {
            keeps(value)
        };
        if !kept {
            return false;
        }
    }
    // `array_values()` of a level whose keys are all numeric renumbers it unless it is a
    // list already.
    !numeric_keys || is_list
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PHP value as the walk sees it: an array, or a leaf `filter()` keeps or not.
    enum Data {
        Array(Vec<(Key<'static>, Data)>),
        Leaf(bool),
    }

    impl<'a> Value<'a> for &'a Data {
        type Entries = Box<dyn Iterator<Item = (Key<'a>, &'a Data)> + 'a>;

        fn as_array(self) -> Option<(usize, Self::Entries)> {
            match self {
                Data::Leaf(_) => None,
                Data::Array(entries) => Some((
                    entries.len(),
                    Box::new(entries.iter().map(|(key, value)| (*key, value))),
                )),
            }
        }
    }

    fn keeps(data: &Data) -> bool {
        filter_keeps(data, &mut |leaf| matches!(leaf, Data::Leaf(true)))
    }

    fn array(entries: Vec<(Key<'static>, Data)>) -> Data {
        Data::Array(entries)
    }

    #[test]
    fn keeps_string_keyed_levels_and_lists() {
        let post = array(vec![
            (Key::Bytes(b"id"), Data::Leaf(true)),
            (
                Key::Bytes(b"tags"),
                array(vec![
                    (Key::Index(0), Data::Leaf(true)),
                    (Key::Index(1), Data::Leaf(true)),
                ]),
            ),
            (Key::Bytes(b"meta"), array(vec![])),
        ]);
        assert!(keeps(&post));
    }

    #[test]
    fn hands_back_what_filter_changes() {
        // A leaf filter() drops or rewrites, at any depth.
        let nested = array(vec![(
            Key::Bytes(b"a"),
            array(vec![(Key::Bytes(b"b"), Data::Leaf(false))]),
        )]);
        assert!(!keeps(&nested));
        // Numeric keys that are not a list: array_values() renumbers them.
        assert!(!keeps(&array(vec![(Key::Index(1), Data::Leaf(true))])));
        assert!(!keeps(&array(vec![
            (Key::Index(0), Data::Leaf(true)),
            (Key::Bytes(b" 1"), Data::Leaf(true))
        ])));
        let inner = array(vec![(Key::Index(5), Data::Leaf(true))]);
        assert!(!keeps(&array(vec![(Key::Bytes(b"x"), inner)])));
        // A numeric-looking string among other keys leaves the level as it is.
        assert!(keeps(&array(vec![
            (Key::Bytes(b"1.5"), Data::Leaf(true)),
            (Key::Bytes(b"name"), Data::Leaf(true))
        ])));
        // Not an array at all.
        assert!(!keeps(&Data::Leaf(true)));
    }

    #[test]
    fn deep_nesting_is_laravels() {
        let mut data = array(vec![]);
        for _ in 0..=MAX_DEPTH + 1 {
            data = array(vec![(Key::Bytes(b"a"), data)]);
        }
        assert!(!keeps(&data));
    }
}
