//! Laravel's `data_get()`, `data_has()`, `head()`, `last()` and `value()`:
//! always as `Oxide\Native\*`, and under their global names when php.ini
//! sets `oxide.helpers=1`, so that Laravel (which defines them only
//! `if (! function_exists(...))`) and every framework call use these.
//!
//! Arrays are walked in place with string and integer segments. Everything
//! else (objects, other segment types, `{first}` of an object, collapsing
//! collections) is one call into `data_steps.php`, which the engine runs
//! with Laravel's exact semantics and diagnostics.

use std::ffi::CStr;

use ext_php_rs::args::Arg;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::flags::DataType;
use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use ext_php_rs::zend::ExecuteData;
use ext_php_rs::zend::{IniEntryDef, IniEntryDefs};

use super::engine::args::Thrown;
use super::engine::array::{self, ArrayWriter, LookupKey, first_value, last_value};
use super::engine::call::{Step, boolean, call, call_closure, is_closure, is_truthy, step};
use super::engine::frame::arguments;
use super::engine::ini_flag;
use super::engine::object::{self, Property};
use super::engine::write::{Write, write_reference};
use crate::arr::{Decimal, Key, KeyText, Value};
use crate::validation::Data;

/// The php.ini switch that installs the global helpers (system-wide only:
/// the functions exist from startup or not at all).
const HELPERS_SETTING: &CStr = c"oxide.helpers";

static INI: IniEntryDefs<2> = IniEntryDefs::new([
    IniEntryDef::new(HELPERS_SETTING, c"0", IniEntryPermission::System),
    IniEntryDef::end(),
]);

/// One segment of a key path.
#[derive(Clone, Copy)]
pub(super) enum Segment<'a> {
    Text(&'a [u8]),
    Index(i64),
    /// `null`, a bool, a float, an array, an object or a resource.
    Other(&'a Zval),
}

impl<'a> Segment<'a> {
    pub(super) fn of(zval: &'a Zval) -> Self {
        if let Some(text) = zval.zend_str() {
            Segment::Text(text.as_bytes())
        } else if let Some(index) = zval.long() {
            Segment::Index(index)
        } else {
            Segment::Other(zval)
        }
    }

    /// The segment as a PHP value, for a step the engine takes.
    fn to_zval(self) -> Zval {
        match self {
            Segment::Text(text) => array::key_zval(Key::Bytes(text)),
            Segment::Index(index) => array::key_zval(Key::Index(index)),
            Segment::Other(zval) => zval.shallow_clone(),
        }
    }

    /// The key of a segment that `data_get()` reads as it is (not `*`,
    /// `{first}`, `{last}` or their escapes).
    fn plain_key(self) -> Option<Key<'a>> {
        match self {
            Segment::Text(b"*" | b"\\*" | b"{first}" | b"\\{first}" | b"{last}" | b"\\{last}") => {
                None
            }
            segment => segment.key(),
        }
    }

    pub(super) fn key(self) -> Option<Key<'a>> {
        match self {
            Segment::Text(text) => Some(Key::Bytes(text)),
            Segment::Index(index) => Some(Key::Index(index)),
            Segment::Other(_) => None,
        }
    }
}

impl<'a> From<Key<'a>> for Segment<'a> {
    fn from(key: Key<'a>) -> Self {
        match key {
            Key::Bytes(text) => Segment::Text(text),
            Key::Index(index) => Segment::Index(index),
        }
    }
}

/// Copies of an array's values: reading them may run PHP code, which must
/// not pull them from under a borrow.
pub(super) fn values_of(array: &Zval) -> Vec<Zval> {
    array
        .as_array()
        .map(|(_, entries)| entries.map(|(_, value)| value.shallow_clone()).collect())
        .unwrap_or_default()
}

/// `explode('.', $text)` as segments.
fn split(text: &[u8]) -> Vec<Segment<'_>> {
    text.split(|&byte| byte == b'.')
        .map(Segment::Text)
        .collect()
}

/// The values of an array key (or of `explode()`'s result) as segments.
fn values(array: &Zval) -> Vec<Segment<'_>> {
    array
        .as_array()
        .map(|(_, entries)| entries.map(|(_, value)| Segment::of(value)).collect())
        .unwrap_or_default()
}

/// Runs `body` over the segments of a key that is not `null`. Keys other
/// than strings, integers and arrays are split by PHP's own `explode()`
/// (floats, bools, `Stringable`s, and the `TypeError` for anything else).
pub(super) fn with_path<T>(
    key: &Zval,
    body: impl FnOnce(&[Segment<'_>]) -> Result<T, Thrown>,
) -> Result<T, Thrown> {
    if let Some(text) = key.zend_str() {
        return body(&split(text.as_bytes()));
    }
    if key.is_array() {
        return body(&values(key));
    }
    if let Some(index) = key.long() {
        return body(&split(Decimal::of(index).as_bytes()));
    }
    let pieces = call("explode", vec![&".", key])?;
    body(&values(&pieces))
}

/// The value at `segment` of `target`, as `data_get()` (`Step::Get`),
/// `data_has()` (`Step::Has`) or `Arr::get()` (`Step::Offset`) reads it: arrays with string and integer
/// segments in place, anything else through the engine.
pub(super) fn step_into(
    target: &Zval,
    segment: Segment<'_>,
    how: Step,
) -> Result<Option<Zval>, Thrown> {
    if let Some(key) = segment.key() {
        if target.is_array() {
            return Ok(Data::get(target, key).map(Zval::shallow_clone));
        }
        if let Some(found) = object_step(target, key, how) {
            return Ok(found.map(Zval::shallow_clone));
        }
        if let Some(found) = offset_step(target, segment, key, how)? {
            return Ok(found);
        }
    }
    stepped(step(how, &[target, &segment.to_zval()])?)
}

/// What a step function found: it answers `[true, $value]` or `[false]`.
fn stepped(answer: Zval) -> Result<Option<Zval>, Thrown> {
    let Some(answer) = answer.array() else {
        return Ok(None);
    };
    Ok(if answer.get_index(0).is_some_and(Zval::is_true) {
        answer.get_index(1).map(Zval::shallow_clone)
    } else {
        None
    })
}

/// One step of `step_into()` into an object, where the engine would run
/// no PHP code to take it: Laravel's own `Collection` (whose `has()` and
/// `offsetGet()` read `$items`), and public properties of objects that are
/// no `ArrayAccess` (`Arr::get()` never reads those). `None` for the engine.
fn object_step<'a>(target: &'a Zval, key: Key<'_>, how: Step) -> Option<Option<&'a Zval>> {
    if let Some(items) = object::collection_items(target) {
        // A key it lacks may still be a property; the engine decides.
        return Data::get(items, key).map(Some);
    }
    if !target.is_object() || object::is_array_access(target) {
        return None;
    }
    match how {
        Step::Offset => Some(None),
        _ => property_step(target, key, how),
    }
}

/// The property branch of a step into an object (`isset()` for `data_get`,
/// `property_exists()` for `data_has`), where the engine would run no PHP
/// code to take it.
fn property_step<'a>(target: &'a Zval, key: Key<'_>, how: Step) -> Option<Option<&'a Zval>> {
    let name = KeyText::of(key);
    let name = name.as_bytes();
    match how {
        // `isset($target->{$segment})`, then the property.
        Step::Get => match object::public_property(target, name)? {
            Property::Value(value) => Some((!value.is_null()).then_some(value)),
            // Not found: `__isset()` decides, if there is one.
            Property::Unset | Property::Absent if object::defines_isset(target) => None,
            Property::Unset | Property::Absent => Some(None),
        },
        // `property_exists($target, $segment)`, then the property.
        Step::Has => match object::public_property(target, name)? {
            Property::Value(value) => Some(Some(value)),
            Property::Absent => Some(None),
            // Exists, but reading it warns or throws.
            Property::Unset => None,
        },
        _ => None,
    }
}

/// A step into an `ArrayAccess` object that is no `Enumerable`: its own
/// `offsetExists()` and `offsetGet()`, called once each as Laravel calls
/// them, then the property branch, native where it can be. `None` for
/// other targets.
fn offset_step(
    target: &Zval,
    segment: Segment<'_>,
    key: Key<'_>,
    how: Step,
) -> Result<Option<Option<Zval>>, Thrown> {
    let Some(offsets) = object::Offsets::of(target) else {
        return Ok(None);
    };
    let offset = segment.to_zval();
    if offsets.exists(&offset)? {
        return offsets.get(&offset).map(|found| Some(Some(found)));
    }
    let property = match how {
        Step::Get => Step::Property,
        Step::Has => Step::ExistingProperty,
        _ => return Ok(Some(None)),
    };
    if let Some(found) = property_step(target, key, how) {
        return Ok(Some(found.map(Zval::shallow_clone)));
    }
    stepped(step(property, &[target, &offset])?).map(Some)
}

/// `value($default)` as `data_get()` calls it: a closure is called without
/// arguments.
pub(super) fn default_of(default: &Zval) -> Result<Zval, Thrown> {
    if !is_closure(default) {
        return Ok(default.shallow_clone());
    }
    call_closure(default)
}

/// Which of Laravel's writing helpers a handler is.
#[derive(Clone, Copy)]
enum Helper {
    /// `data_set(&$target, $key, $value, $overwrite = true)`.
    Set,
    /// `data_fill(&$target, $key, $value)`: `data_set()` without overwriting.
    Fill,
    /// `data_forget(&$target, $key)`.
    Forget,
}

/// The segments of a key that native writes take: a string split at dots
/// or an integer (`explode()`'s result either way, the integer's digits
/// written to `digits`), or an array of strings and integers; `None` for
/// anything the engine must convert.
fn write_segments<'a>(key: &'a Zval, digits: &'a mut String) -> Option<Vec<Key<'a>>> {
    let segments = match Segment::of(key) {
        Segment::Text(text) => split(text),
        // A string: an array converts it back to the integer key, an
        // `ArrayAccess` offset keeps it a string.
        Segment::Index(index) => {
            *digits = index.to_string();
            return Some(vec![Key::Bytes(digits.as_bytes())]);
        }
        Segment::Other(array) if array.is_array() => values(array),
        Segment::Other(_) => return None,
    };
    segments.into_iter().map(Segment::key).collect()
}

/// The writing helpers, against the call frame: the target arrives as the
/// caller's reference, which [`write_into`] changes; the helper answers
/// what it holds afterwards.
fn write(frame: &mut ExecuteData, result: &mut Zval, helper: Helper) {
    let Some([Some(reference), Some(key), value, flag]) = arguments::<4>(frame) else {
        return;
    };
    let key = &*key;
    let write = match (helper, value) {
        (Helper::Forget, _) => Write::Forget,
        (Helper::Set | Helper::Fill, Some(value)) => Write::Set {
            value,
            overwrite: matches!(helper, Helper::Set) && flag.is_none_or(|flag| is_truthy(flag)),
        },
        // Required: `arguments()` has thrown already.
        (_, None) => return,
    };
    let mut digits = String::new();
    let segments = write_segments(key, &mut digits);
    *result = write_reference(reference, segments.as_deref(), key, write)
        .unwrap_or_else(|Thrown| Zval::null());
}

extern "C" fn data_set_handler(frame: &mut ExecuteData, result: &mut Zval) {
    write(frame, result, Helper::Set);
}

extern "C" fn data_fill_handler(frame: &mut ExecuteData, result: &mut Zval) {
    write(frame, result, Helper::Fill);
}

extern "C" fn data_forget_handler(frame: &mut ExecuteData, result: &mut Zval) {
    write(frame, result, Helper::Forget);
}

/// The writing helpers under `prefix` (`""` for the global names).
fn write_functions<'a>(module: ModuleBuilder<'a>, prefix: &str) -> ModuleBuilder<'a> {
    let target = || Arg::new("target", DataType::Mixed).as_ref();
    module
        .function(
            FunctionBuilder::new(format!("{prefix}data_set"), data_set_handler)
                .arg(target())
                .arg(Arg::new("key", DataType::Mixed))
                .arg(Arg::new("value", DataType::Mixed))
                .arg(Arg::new("overwrite", DataType::Mixed).default("true"))
                .required_args(3)
                .returns(DataType::Mixed, false, false),
        )
        .function(
            FunctionBuilder::new(format!("{prefix}data_fill"), data_fill_handler)
                .arg(target())
                .arg(Arg::new("key", DataType::Mixed))
                .arg(Arg::new("value", DataType::Mixed))
                .required_args(3)
                .returns(DataType::Mixed, false, false),
        )
        .function(
            FunctionBuilder::new(format!("{prefix}data_forget"), data_forget_handler)
                .arg(target())
                .arg(Arg::new("key", DataType::Mixed))
                .required_args(2)
                .returns(DataType::Mixed, false, false),
        )
}

/// `data_get($target, $path, $default)` from a path that is already split.
pub(super) fn get(target: Zval, segments: &[Segment<'_>], default: &Zval) -> Result<Zval, Thrown> {
    // Plain segments through arrays are read in place, without a copy per level.
    let mut plain = 0;
    let mut target = {
        let mut current = &target;
        while let Some(key) = segments.get(plain).and_then(|segment| segment.plain_key()) {
            if !current.is_array() {
                break;
            }
            match Data::get(current, key) {
                Some(found) => current = found,
                None => return default_of(default),
            }
            plain += 1;
        }
        if plain == 0 {
            target
        } else {
            current.shallow_clone()
        }
    };
    let segments = &segments[plain..];
    for (position, &segment) in segments.iter().enumerate() {
        let segment = match segment {
            Segment::Other(zval) if zval.is_null() => return Ok(target),
            Segment::Text(b"*") => return wildcard(&target, &segments[position + 1..], default),
            Segment::Text(b"\\*") => Segment::Text(b"*"),
            Segment::Text(b"\\{first}") => Segment::Text(b"{first}"),
            Segment::Text(b"\\{last}") => Segment::Text(b"{last}"),
            Segment::Text(edge @ (b"{first}" | b"{last}")) => {
                let last = edge == b"{last}";
                let found = if target.is_array() {
                    // The edge key of an array always exists, unless it is
                    // empty (a `null` key, which no array holds).
                    if last {
                        last_value(&target)
                    } else {
                        first_value(&target)
                    }
                    .map(Zval::shallow_clone)
                } else {
                    let key = step(Step::EdgeKey, &[&target, &boolean(last)])?;
                    step_into(&target, Segment::Other(&key), Step::Get)?
                };
                match found {
                    Some(found) => {
                        target = found;
                        continue;
                    }
                    None => return default_of(default),
                }
            }
            segment => segment,
        };
        match step_into(&target, segment, Step::Get)? {
            Some(found) => target = found,
            None => return default_of(default),
        }
    }
    Ok(target)
}

/// `data_get()`'s `*`: the rest of the path from every item, collapsed when
/// another `*` follows.
fn wildcard(target: &Zval, rest: &[Segment<'_>], default: &Zval) -> Result<Zval, Thrown> {
    let items = object::collection_items(target).unwrap_or(target);
    if let Some(results) = wildcard_in_place(items, rest) {
        return Ok(results);
    }
    let listed;
    let items = if target.is_array() {
        target
    } else if target.is_object() {
        listed = step(Step::Items, &[target])?;
        if listed.is_null() {
            return default_of(default);
        }
        &listed
    } else {
        return default_of(default);
    };
    let items = values_of(items);
    let mut results = ZendHashTable::with_capacity(u32::try_from(items.len()).unwrap_or(u32::MAX));
    let no_default = Zval::null();
    for item in items {
        results
            .push(get(item, rest, &no_default)?)
            .map_err(|_| Thrown)?;
    }
    let mut results_zval = Zval::new();
    results_zval.set_hashtable(results);
    if wildcard_among(rest)? {
        return step(Step::Collapse, &[&results_zval]);
    }
    Ok(results_zval)
}

/// A segment of a path read in place, prepared once per call.
enum InPlace<'a> {
    Key(Key<'a>, LookupKey),
    Wildcard,
}

/// `*` over an array, read in place when every item leads to its values
/// through arrays, plain objects and Laravel's `Collection` only: copies of
/// the items exist only because reading other objects may run PHP code,
/// which could change the array. `None`, before anything has run, for such
/// an object where a key or `*` must be read, or a segment other than a
/// plain key or `*`.
fn wildcard_in_place(items: &Zval, rest: &[Segment<'_>]) -> Option<Zval> {
    // Other segments may compare equal to `*` (collapsing the result) or
    // need the engine's conversions.
    let plan = rest
        .iter()
        .map(|segment| match segment {
            Segment::Text(b"*") => Some(InPlace::Wildcard),
            _ => segment
                .plain_key()
                .map(|key| InPlace::Key(key, LookupKey::new(key))),
        })
        .collect::<Option<Vec<_>>>()?;
    collect_in_place(items, &plan)
}

/// [`wildcard_in_place`] with its path prepared.
fn collect_in_place(items: &Zval, plan: &[InPlace<'_>]) -> Option<Zval> {
    let (count, _) = items.as_array()?;
    let mut results = ZendHashTable::with_capacity(u32::try_from(count).ok()?);
    collect_into(&mut ArrayWriter::new(&mut results), items, plan)?;
    let mut results_zval = Zval::new();
    results_zval.set_hashtable(results);
    Some(results_zval)
}

/// How many items [`collect_into`] walks together, level by level, so that
/// their memory reads overlap (see [`LookupKey::prefetch_table`]).
const BATCH: usize = 16;

/// Appends what `*` over the array `items` gives for the rest of the path,
/// `plan`: each item's value, or, when another `*` follows, what that one
/// gives for the item (`Arr::collapse()` of those lists is their items in
/// turn, so they are appended here, never built); `None` as for
/// [`wildcard_in_place`]. Nothing here runs PHP code or changes anything,
/// so walking a batch of items together reads what walking each in turn
/// reads.
fn collect_into(writer: &mut ArrayWriter<'_>, items: &Zval, plan: &[InPlace<'_>]) -> Option<()> {
    let (_, mut entries) = items.as_array()?;
    let next_wildcard = plan
        .iter()
        .position(|segment| matches!(segment, InPlace::Wildcard));
    let walk = &plan[..next_wildcard.unwrap_or(plan.len())];
    let mut batch = [None; BATCH];
    loop {
        let mut len = 0;
        for (slot, (_, item)) in batch.iter_mut().zip(entries.by_ref()) {
            *slot = Some(item);
            len += 1;
        }
        if len == 0 {
            return Some(());
        }
        let found = &mut batch[..len];
        walk_in_place(found, walk)?;
        let Some(at) = next_wildcard else {
            // A missing key, or a scalar to read one from: the default.
            for value in found {
                writer.append(value.map_or_else(Zval::null, Zval::shallow_clone));
            }
            continue;
        };
        found
            .iter()
            .flatten()
            .for_each(|value| LookupKey::prefetch_table(value));
        // What the collapse skips: null, for a missing key or nothing to
        // iterate.
        for &value in found.iter().flatten() {
            let inner = object::collection_items(value).unwrap_or(value);
            if inner.is_array() {
                collect_into(writer, inner, &plan[at + 1..])?;
            } else if inner.is_object() {
                return None;
            }
        }
    }
}

/// Each of `values` replaced by the value at the plain keys `plan` from it,
/// in place and level by level: `None` for a missing key (the default).
/// `None` as for [`wildcard_in_place`] (and for a `*`, which callers never
/// pass).
fn walk_in_place(values: &mut [Option<&Zval>], plan: &[InPlace<'_>]) -> Option<()> {
    for segment in plan {
        let InPlace::Key(key, lookup) = segment else {
            return None;
        };
        let live = || values.iter().flatten();
        live().for_each(|value| LookupKey::prefetch_table(value));
        live().for_each(|value| lookup.prefetch_slot(value));
        live().for_each(|value| lookup.prefetch_bucket(value));
        for value in values.iter_mut() {
            let Some(current) = *value else {
                continue;
            };
            *value = if current.is_object() {
                object_step(current, *key, Step::Get)?
            } else {
                lookup.find_in(current)
            };
        }
    }
    Some(())
}

/// `in_array('*', $rest)`: loose, so `true` and objects that compare equal
/// to `'*'` count too.
fn wildcard_among(rest: &[Segment<'_>]) -> Result<bool, Thrown> {
    let mut objects = false;
    for segment in rest {
        match segment {
            Segment::Text(b"*") => return Ok(true),
            Segment::Other(zval) if zval.is_true() => return Ok(true),
            Segment::Other(zval) if zval.is_object() => objects = true,
            _ => {}
        }
    }
    if !objects {
        return Ok(false);
    }
    let mut segments = ZendHashTable::new();
    for segment in rest {
        segments.push(segment.to_zval()).map_err(|_| Thrown)?;
    }
    let mut segments_zval = Zval::new();
    segments_zval.set_hashtable(segments);
    Ok(step(Step::WildcardAmong, &[&segments_zval])?.is_true())
}

/// `data_has($target, $key)` from a path that is already split.
fn has(target: &Zval, segments: &[Segment<'_>]) -> Result<bool, Thrown> {
    let mut target = target.shallow_clone();
    for &segment in segments {
        match step_into(&target, segment, Step::Has)? {
            Some(found) => target = found,
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn edge(array: &Zval, last: bool) -> Result<Zval, Thrown> {
    if array.is_array() {
        let found = if last {
            last_value(array)
        } else {
            first_value(array)
        };
        return Ok(found.map_or_else(|| boolean(false), Zval::shallow_clone));
    }
    if !is_truthy(array) {
        return Ok(boolean(false));
    }
    call(if last { "array_last" } else { "array_first" }, vec![array])
}

/// The answer of a helper, or `null` while its exception is pending.
pub(super) fn answer(result: Result<Zval, Thrown>) -> Zval {
    result.unwrap_or_else(|Thrown| Zval::null())
}

fn data_get_impl(target: &Zval, key: &Zval, default: Option<&Zval>) -> Zval {
    if key.is_null() {
        return target.shallow_clone();
    }
    let no_default = Zval::null();
    let default = default.unwrap_or(&no_default);
    answer(with_path(key, |segments| {
        get(target.shallow_clone(), segments, default)
    }))
}

fn data_has_impl(target: &Zval, key: &Zval) -> bool {
    let empty_array = key.array().is_some_and(|array| array.is_empty());
    if key.is_null() || empty_array {
        return false;
    }
    with_path(key, |segments| has(target, segments)).unwrap_or(false)
}

extern "C" fn data_get_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(target), Some(key), default]) = arguments(frame) {
        *result = data_get_impl(target, key, default.as_deref());
    }
}

extern "C" fn data_has_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(target), Some(key)]) = arguments(frame) {
        result.set_bool(data_has_impl(target, key));
    }
}

extern "C" fn head_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(array)]) = arguments(frame) {
        *result = answer(edge(array, false));
    }
}

extern "C" fn last_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(array)]) = arguments(frame) {
        *result = answer(edge(array, true));
    }
}

/// The reading helpers under `prefix` (`""` for the global names).
fn read_functions<'a>(module: ModuleBuilder<'a>, prefix: &str) -> ModuleBuilder<'a> {
    let mixed = |name: &str| Arg::new(name, DataType::Mixed);
    module
        .function(
            FunctionBuilder::new(format!("{prefix}data_get"), data_get_handler)
                .arg(mixed("target"))
                .arg(mixed("key"))
                .arg(mixed("default").default("null"))
                .required_args(2)
                .returns(DataType::Mixed, false, false),
        )
        .function(
            FunctionBuilder::new(format!("{prefix}data_has"), data_has_handler)
                .arg(mixed("target"))
                .arg(mixed("key"))
                .required_args(2)
                .returns(DataType::Bool, false, false),
        )
        .function(
            FunctionBuilder::new(format!("{prefix}head"), head_handler)
                .arg(mixed("array"))
                .required_args(1)
                .returns(DataType::Mixed, false, false),
        )
        .function(
            FunctionBuilder::new(format!("{prefix}last"), last_handler)
                .arg(mixed("array"))
                .required_args(1)
                .returns(DataType::Mixed, false, false),
        )
}

/// Registers `oxide.helpers` (so `ini_get()` reports it).
pub extern "C" fn startup(_type: i32, module_number: i32) -> i32 {
    IniEntryDef::register(INI.as_slice(), module_number);
    0
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = read_functions(module, "Oxide\\Native\\");
    let module = write_functions(module, "Oxide\\Native\\");
    if !ini_flag(HELPERS_SETTING) {
        return module;
    }
    let module = read_functions(module, "");
    write_functions(module, "")
}
