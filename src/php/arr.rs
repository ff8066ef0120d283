//! `Oxide\Native\arr_*`: the `Arr` accelerator's entry points.
//!
//! Arrays are read in place; objects met on the way take one step through
//! the engine (`data_steps.php`), so that `ArrayAccess`, magic properties
//! and Laravel's collections behave as in Laravel. A `null` answer means
//! "Laravel decides" and is only given before any PHP code has run.

use std::borrow::Cow;

use ext_php_rs::boxed::ZBox;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{PhpRef, ZendHashTable, Zval};

use super::data::{Segment, answer, default_of, get, step_into, values_of, with_path};
use super::engine::args::{ArrayArg, PhpString, StringArg, Thrown};
use super::engine::array::{
    ArrayWriter, forget_paths, holds_references, holds_references_deeply, set_path,
};
use super::engine::call::{Step, is_truthy, step};
use super::engine::object;
use crate::arr::css::{is_numeric, push_finished_with_semicolon};
use crate::arr::{Decimal, Key, Value, dot, push_key};
use crate::validation::{Found, lookup};

/// `Arr::dot($array, $prepend)` with the default depth; `null` when the
/// array nests too deep for native code (Laravel's code then decides).
#[php_function]
#[php(name = "Oxide\\Native\\arr_dot")]
pub fn arr_dot(mut prepend: StringArg, mut array: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let prepend = prepend.bytes(1)?;
    let array = array.array(2)?;
    let leaves = dot::count_leaves(array, 0).ok()?;
    let mut results = ZendHashTable::with_capacity(u32::try_from(leaves).ok()?);
    dot::dot(array, prepend, &mut ArrayWriter::new(&mut results)).ok()?;
    Some(results)
}

/// `Arr::undot($array)`; null for an array holding PHP references, which
/// Laravel's `set()` steps would assign through.
#[php_function]
#[php(name = "Oxide\\Native\\arr_undot")]
pub fn arr_undot(mut array: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let array = array.array(1)?;
    if holds_references_deeply(array) {
        return None;
    }
    let mut results = ZendHashTable::new();
    dot::undot(array, &mut ArrayWriter::new(&mut results));
    Some(results)
}

/// The value `Arr::get($array, $key)` finds: the whole key, else its
/// dot-separated segments, each step `Arr::accessible() && Arr::exists()`.
fn dig(array: &Zval, key: &[u8]) -> Result<Option<Zval>, Thrown> {
    match lookup(array, Key::Bytes(key)) {
        Found::Value(found) => Ok(Some(found.shallow_clone())),
        Found::Missing => Ok(None),
        // An object on the way: walked again, the engine stepping through
        // objects (arrays are still read in place).
        Found::Unknown => {
            let mut target = array.shallow_clone();
            for segment in key.split(|&byte| byte == b'.') {
                match step_into(&target, Segment::Text(segment), Step::Offset)? {
                    Some(found) => target = found,
                    None => return Ok(None),
                }
            }
            Ok(Some(target))
        }
    }
}

/// `Arr::get($array, (string) $key, $default)`.
#[php_function]
#[php(name = "Oxide\\Native\\arr_get")]
pub fn arr_get(mut array: ArrayArg, mut key: StringArg, default: Option<&Zval>) -> Zval {
    let (Some(array), Some(key)) = (array.array(1), key.bytes(2)) else {
        return Zval::null();
    };
    answer(dig(array, key).and_then(|found| match (found, default) {
        (Some(found), _) => Ok(found),
        (None, Some(default)) => default_of(default),
        (None, None) => Ok(Zval::null()),
    }))
}

/// The keys of `Arr::has($array, $keys)` as text (integers as PHP writes
/// them, which finds the same entries); `None` for any other key type.
fn key_texts(keys: &Zval) -> Option<Vec<Cow<'_, [u8]>>> {
    match keys.as_array() {
        Some((_, entries)) => entries.map(|(_, key)| text_of(key)).collect(),
        None => Some(vec![text_of(keys)?]),
    }
}

/// A string or integer as PHP's string conversion writes it.
fn text_of(value: &Zval) -> Option<Cow<'_, [u8]>> {
    match Segment::of(value) {
        Segment::Text(text) => Some(Cow::Borrowed(text)),
        Segment::Index(index) => Some(Cow::Owned(Decimal::of(index).as_bytes().to_vec())),
        Segment::Other(_) => None,
    }
}

/// `Arr::set($array, $key, $value)` for an array and a string key,
/// changing `$array` in place; returns what Laravel's `set()` does (the
/// innermost array), or null, with nothing changed, where Laravel's code
/// must run.
#[php_function]
#[php(name = "Oxide\\Native\\arr_set")]
pub fn arr_set(mut array: PhpRef, mut key: StringArg, value: &Zval) -> Option<Zval> {
    let path: Vec<&[u8]> = key.bytes(2)?.split(|&b| b == b'.').collect();
    set_path(&mut array, &path, value)
}

/// `Arr::forget($array, $keys)` for an array and a string or integer key or
/// a list of them, changing `$array` in place; true, or null, with nothing
/// changed, where Laravel's code must run.
#[php_function]
#[php(name = "Oxide\\Native\\arr_forget")]
pub fn arr_forget(mut array: PhpRef, keys: &Zval) -> Option<bool> {
    let key_of = |value| Segment::of(value).key();
    let keys = match keys.as_array() {
        Some((_, entries)) => entries
            .map(|(_, key)| key_of(key))
            .collect::<Option<Vec<_>>>()?,
        None => vec![key_of(keys)?],
    };
    forget_paths(&mut array, &keys).map(|()| true)
}

/// `Arr::has()` (`any: false`, also `hasAll()`) or `Arr::hasAny()` for an
/// array and a key or list of string and integer keys; `null` for other
/// keys.
#[php_function]
#[php(name = "Oxide\\Native\\arr_has")]
pub fn arr_has(mut array: ArrayArg, keys: &Zval, any: bool) -> Option<bool> {
    let array = array.array(1)?;
    let keys = key_texts(keys)?;
    let empty = array.array().is_none_or(|table| table.is_empty());
    if empty || keys.is_empty() {
        return Some(false);
    }
    for key in &keys {
        let Ok(found) = dig(array, key) else {
            return Some(false);
        };
        if found.is_some() == any {
            return Some(any);
        }
    }
    Some(!any)
}

/// `$results[$key] = $value` for a key `data_get()` returned, with PHP's
/// conversions (the engine converts anything but strings and integers).
fn store_under(results: &mut ArrayWriter<'_>, key: &Zval, value: Zval) -> Result<(), Thrown> {
    if let Some(key) = Segment::of(key).key() {
        results.insert(key, value);
        return Ok(());
    }
    let converted = step(Step::ArrayKey, &[key])?;
    results.insert(Segment::of(&converted).key().ok_or(Thrown)?, value);
    Ok(())
}

/// `Arr::pluck($array, $value, $key)` for a `$value` and `$key` that are
/// strings, integers, arrays or `null` (Closures go to Laravel).
#[php_function]
#[php(name = "Oxide\\Native\\arr_pluck")]
pub fn arr_pluck(mut array: ArrayArg, value: &Zval, key: &Zval) -> Option<ZBox<ZendHashTable>> {
    let items = values_of(array.array(1)?);
    let mut results = ZendHashTable::with_capacity(u32::try_from(items.len()).ok()?);
    let no_default = Zval::null();
    let mut writer = ArrayWriter::new(&mut results);
    let pluck = |value_path: Option<&[Segment<'_>]>, key_path: Option<&[Segment<'_>]>| {
        for item in items {
            let item_value = match value_path {
                Some(path) => get(item.shallow_clone(), path, &no_default)?,
                None => item.shallow_clone(),
            };
            match key_path {
                None => writer.append(item_value),
                Some(path) => {
                    let item_key = get(item, path, &no_default)?;
                    store_under(&mut writer, &item_key, item_value)?;
                }
            }
        }
        Ok(())
    };
    let plucked = optional_path(value, |value_path| {
        optional_path(key, |key_path| pluck(value_path, key_path))
    });
    plucked.ok().map(|()| results)
}

/// [`with_path`], for a key that may be `null` (`data_get()`'s "the target itself").
fn optional_path<T>(
    key: &Zval,
    body: impl FnOnce(Option<&[Segment<'_>]>) -> Result<T, Thrown>,
) -> Result<T, Thrown> {
    if key.is_null() {
        return body(None);
    }
    with_path(key, |segments| body(Some(segments)))
}

/// `$collection->all()`.
fn all_of(collection: &Zval) -> Result<Zval, Thrown> {
    collection
        .try_call_method("all", vec![])
        .map_err(|_| Thrown)
}

/// One array `Arr::flatten()` is walking, and the depth it was called with.
struct Level {
    items: std::vec::IntoIter<Zval>,
    /// `None` when `$depth === 1` can never hold (`INF`, any float).
    depth: Option<i64>,
}

/// `Arr::flatten($array, $depth)` for an integer or float depth; `null`
/// (Laravel decides) for arrays nested deeper than native code follows.
#[php_function]
#[php(name = "Oxide\\Native\\arr_flatten")]
pub fn arr_flatten(mut array: ArrayArg, depth: &Zval) -> Option<ZBox<ZendHashTable>> {
    let array = array.array(1)?;
    let mut results = ZendHashTable::new();
    let mut levels = vec![Level {
        items: values_of(array).into_iter(),
        depth: depth.long(),
    }];
    let collection = object::loaded_class("Illuminate\\Support\\Collection");
    let mut ran_php = false;
    while let Some(level) = levels.last_mut() {
        let Some(item) = level.items.next() else {
            levels.pop();
            continue;
        };
        let depth = level.depth;
        let is_collection = collection.is_some_and(|collection| {
            item.object()
                .is_some_and(|object| object.instance_of(collection))
        });
        let item = if is_collection {
            ran_php = true;
            all_of(&item).ok()?
        } else {
            item
        };
        if !item.is_array() {
            results.push(item).ok()?;
        } else if depth == Some(1) {
            for value in values_of(&item) {
                results.push(value).ok()?;
            }
        } else {
            if levels.len() > dot::MAX_DEPTH && !ran_php {
                return None;
            }
            levels.push(Level {
                items: values_of(&item).into_iter(),
                depth: depth.and_then(|depth| depth.checked_sub(1)),
            });
        }
    }
    Some(results)
}

/// `Arr::collapse($array)`: the arrays among the values, merged as
/// `array_merge()` merges them; `null` (Laravel's code) when a value is an
/// object (a collection) or holds references, which the framework's own
/// calls often pass (the providers' partition at boot): handing back costs
/// less than compiling the engine's steps into the request.
#[php_function]
#[php(name = "Oxide\\Native\\arr_collapse")]
pub fn arr_collapse(mut array: ArrayArg) -> Zval {
    let Some(array) = array.array(1) else {
        return Zval::null();
    };
    let Some((count, entries)) = array.as_array() else {
        return Zval::null();
    };
    let mut arrays = Vec::with_capacity(count);
    for (_, value) in entries {
        if value.is_object() || holds_references(value) {
            return Zval::null();
        }
        if value.is_array() {
            arrays.push(value);
        }
    }
    let mut results = ZendHashTable::new();
    let mut writer = ArrayWriter::new(&mut results);
    for merged in arrays {
        writer.copy_entries(merged, true, |_| true);
    }
    let mut zval = Zval::new();
    zval.set_hashtable(results);
    zval
}

/// `Arr::whereNotNull($array)`; `null` for arrays holding references,
/// which `array_filter()` would keep.
#[php_function]
#[php(name = "Oxide\\Native\\arr_where_not_null")]
pub fn arr_where_not_null(mut array: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let array = array.array(1)?;
    if holds_references(array) {
        return None;
    }
    let mut results = ZendHashTable::new();
    ArrayWriter::new(&mut results).copy_entries(array, false, |value| !value.is_null());
    Some(results)
}

/// `Arr::prependKeysWith($array, $prefix)`: every key as `$prefix.$key`.
#[php_function]
#[php(name = "Oxide\\Native\\arr_prepend_keys_with")]
pub fn arr_prepend_keys_with(
    mut array: ArrayArg,
    mut prefix: StringArg,
) -> Option<ZBox<ZendHashTable>> {
    let (array, prefix) = (array.array(1)?, prefix.bytes(2)?);
    let (count, entries) = array.as_array()?;
    let mut results = ZendHashTable::with_capacity(u32::try_from(count).ok()?);
    let mut writer = ArrayWriter::new(&mut results);
    let mut key_text = Vec::new();
    for (key, value) in entries {
        key_text.clear();
        key_text.extend_from_slice(prefix);
        push_key(&mut key_text, key);
        writer.insert(Key::Bytes(&key_text), value.shallow_clone());
    }
    Some(results)
}

/// `Arr::crossJoin(...$arrays)` for arrays (`$arrays` keyed as the call
/// passed them); `null` when the product would not fit in memory anyway.
#[php_function]
#[php(name = "Oxide\\Native\\arr_cross_join")]
pub fn arr_cross_join(mut arrays: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let arrays = arrays.array(1)?;
    let mut factors: Vec<(Key<'_>, Vec<&Zval>)> = Vec::new();
    for (index, array) in arrays.as_array()?.1 {
        let values: Vec<&Zval> = array.as_array()?.1.map(|(_, value)| value).collect();
        factors.push((index, values));
    }
    let total = factors
        .iter()
        .try_fold(1usize, |total, (_, values)| total.checked_mul(values.len()))?;
    let mut results = ZendHashTable::with_capacity(u32::try_from(total).ok()?);
    // An odometer over the factors, the last one turning fastest.
    let mut positions = vec![0; factors.len()];
    for _ in 0..total {
        let mut product = ZendHashTable::with_capacity(u32::try_from(factors.len()).ok()?);
        let mut writer = ArrayWriter::new(&mut product);
        for ((index, values), &position) in factors.iter().zip(&positions) {
            writer.insert(*index, values[position].shallow_clone());
        }
        results.push(product).ok()?;
        for ((_, values), position) in factors.iter().zip(&mut positions).rev() {
            *position += 1;
            if *position < values.len() {
                break;
            }
            *position = 0;
        }
    }
    Some(results)
}

/// `Arr::select($array, $keys)` for string and integer keys; `null` for
/// other keys.
#[php_function]
#[php(name = "Oxide\\Native\\arr_select")]
pub fn arr_select(mut array: ArrayArg, keys: &Zval) -> Option<ZBox<ZendHashTable>> {
    let array = array.array(1)?;
    let keys: Vec<Key<'_>> = match keys.as_array() {
        Some((_, entries)) => entries
            .map(|(_, key)| Segment::of(key).key())
            .collect::<Option<_>>()?,
        None if keys.is_null() => Vec::new(),
        None => vec![Segment::of(keys).key()?],
    };
    let entries: Vec<(Key<'_>, Zval)> = array
        .as_array()?
        .1
        .map(|(key, item)| (key, item.shallow_clone()))
        .collect();
    let mut results = ZendHashTable::with_capacity(u32::try_from(entries.len()).ok()?);
    let mut writer = ArrayWriter::new(&mut results);
    for (index, item) in entries {
        let mut selected = ZendHashTable::new();
        let mut selection = ArrayWriter::new(&mut selected);
        if item.is_array() || item.is_object() {
            for &key in &keys {
                if let Some(found) = step_into(&item, key.into(), Step::Get).ok()? {
                    selection.insert(key, found);
                }
            }
        }
        let mut selected_zval = Zval::new();
        selected_zval.set_hashtable(selected);
        writer.insert(index, selected_zval);
    }
    Some(results)
}

/// `Arr::toCssClasses()` (`styles: false`) or `Arr::toCssStyles()` of an
/// array; `null` (Laravel decides) when a value would need more than
/// string concatenation (floats, arrays, objects, invalid UTF-8 styles).
#[php_function]
#[php(name = "Oxide\\Native\\arr_css")]
pub fn arr_css(mut array: ArrayArg, styles: bool) -> Option<PhpString> {
    let array = array.array(1)?;
    let mut list = Vec::new();
    let mut items = 0;
    for (key, constraint) in array.as_array()?.1 {
        let item: Cow<'_, [u8]> = match key {
            Key::Bytes(class) if !is_numeric(class) => {
                if !is_truthy(constraint) {
                    continue;
                }
                Cow::Borrowed(class)
            }
            // `implode()` writes null and bools as "", "1" and "".
            _ => match text_of(constraint) {
                Some(text) => text,
                None if !styles && (constraint.is_null() || constraint.is_bool()) => {
                    Cow::Borrowed(if constraint.is_true() { b"1" } else { b"" })
                }
                None => return None,
            },
        };
        if items > 0 {
            list.push(b' ');
        }
        items += 1;
        if styles {
            std::str::from_utf8(&item).ok()?;
            push_finished_with_semicolon(&mut list, &item);
        } else {
            list.extend_from_slice(&item);
        }
    }
    Some(PhpString::new(list))
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(arr_dot))
        .function(wrap_function!(arr_undot))
        .function(wrap_function!(arr_get))
        .function(wrap_function!(arr_has))
        .function(wrap_function!(arr_set))
        .function(wrap_function!(arr_forget))
        .function(wrap_function!(arr_pluck))
        .function(wrap_function!(arr_flatten))
        .function(wrap_function!(arr_collapse))
        .function(wrap_function!(arr_where_not_null))
        .function(wrap_function!(arr_prepend_keys_with))
        .function(wrap_function!(arr_cross_join))
        .function(wrap_function!(arr_select))
        .function(wrap_function!(arr_css))
}
