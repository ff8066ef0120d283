//! `Validator::validated()` (Laravel 13.x) for validators that passed: every
//! rule's attribute that the data holds (`data_get()`), set into the result
//! with `Arr::set()`, leaving out arrays whose elements have rules of their
//! own when `$excludeUnvalidatedArrayKeys` is on.

use rustc_hash::FxHashSet;

use super::{Data, Kind, leading_paths};
use crate::arr::{Key, Writer, push_key};

/// Writes the validated data into `out`; `None` when Laravel's code must
/// build it (`data_get()` specials such as `*` or `{first}` in a rule's
/// attribute, objects on the way, rule lists holding objects).
pub fn validated<'a, D, W>(
    data: D,
    rules: D,
    exclude_unvalidated_array_keys: bool,
    out: &mut W,
) -> Option<()>
where
    D: Data<'a>,
    W: Writer<Value = D>,
{
    let (count, entries) = rules.as_array()?;
    // Every attribute's name, back to back in one buffer.
    let mut names = Vec::new();
    let mut attributes = Vec::with_capacity(count);
    for (key, list) in entries {
        let start = names.len();
        push_key(&mut names, key);
        attributes.push((start..names.len(), list));
    }
    // `preg_grep('/^'.preg_quote($key).'\.+/', $ruleKeys)`: whether some
    // attribute continues `$key` with a dot.
    let continued: FxHashSet<&[u8]> = if exclude_unvalidated_array_keys {
        attributes
            .iter()
            .flat_map(|(range, _)| leading_paths(&names[range.clone()]))
            .collect()
    } else {
        FxHashSet::default()
    };
    for (range, list) in &attributes {
        let name = &names[range.clone()];
        let segments: Vec<&[u8]> = name.split(|&b| b == b'.').collect();
        if segments.iter().any(|s| {
            matches!(
                *s,
                b"*" | b"\\*" | b"{first}" | b"\\{first}" | b"{last}" | b"\\{last}"
            )
        }) {
            return None;
        }
        let value = data_get(data, &segments)?;
        if exclude_unvalidated_array_keys
            && names_array_rule(*list)?
            && !matches!(value.map(Data::kind), Some(Kind::Null))
            && continued.contains(name)
        {
            continue;
        }
        if let Some(value) = value {
            set(out, &segments, value);
        }
    }
    Some(())
}

/// `data_get($data, $segments)` over arrays: `Some(None)` when missing.
fn data_get<'a, D: Data<'a>>(data: D, segments: &[&[u8]]) -> Option<Option<D>> {
    let mut current = data;
    for segment in segments {
        current = match current.kind() {
            Kind::Array(_) => match current.get(Key::Bytes(segment)) {
                Some(value) => value,
                None => return Some(None),
            },
            Kind::Other => return None,
            _ => return Some(None),
        };
    }
    Some(Some(current))
}

/// `in_array('array', $rules) || in_array('list', $rules)`; `None` when the
/// list holds something a loose comparison could run code for.
fn names_array_rule<'a, D: Data<'a>>(list: D) -> Option<bool> {
    let (_, rules) = list.as_array()?;
    let mut found = false;
    for (_, rule) in rules {
        match rule.kind() {
            Kind::Str(text) => found |= text == b"array" || text == b"list",
            _ => return None,
        }
    }
    Some(found)
}

/// `Arr::set($results, implode('.', $segments), $value)`.
fn set<W: Writer>(out: &mut W, segments: &[&[u8]], value: W::Value) {
    let Some((last, parents)) = segments.split_last() else {
        return;
    };
    let Some((first, rest)) = parents.split_first() else {
        return out.set(Key::Bytes(last), value);
    };
    let mut nested = out.child(Key::Bytes(first));
    for segment in rest {
        nested = nested.child(Key::Bytes(segment));
    }
    nested.set(Key::Bytes(last), value);
}
