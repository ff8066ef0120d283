//! `Oxide\Native\model_attributes_to_array()`: Laravel's
//! `HasAttributes::attributesToArray()`, run natively for models whose
//! every step native code can be certain of, and handed back otherwise
//! before anything is called. It follows Laravel's order (the timestamp
//! columns, then each cast in `getCasts()` order) so that the first
//! exception a model's own method throws is Laravel's; it calls the
//! model's methods where Laravel would (`asDateTime()`, `fromJson()`,
//! `serializeDate()`, …) unless the stored value is a date whose
//! serialization is certain ([`StoredDate`]), and applies primitive,
//! decimal and enum casts itself.

use ext_php_rs::types::{ZendHashTable, Zval};

use std::rc::Rc;

use super::{Facts, Plan, cast_of, declares_laravels, enum_case, primitive_cast};
use crate::arr::{Key, Value};
use crate::eloquent::{ArrayStep, Leaf, StoredDate, array_step};
use crate::php::engine::args::Thrown;
use crate::php::engine::array::{ArrayWriter, holds_references};
use crate::php::engine::call::{call, call_public_method, is_truthy};
use crate::php::engine::object::{Class, Method, Slot};
use crate::validation::{Data, Kind};

/// The methods `attributesToArray()` goes through besides those a read
/// mirrors: a class that declares any of them again is Laravel's.
pub const MIRRORED: &[&str] = &[
    "getArrayableAttributes",
    "getArrayableItems",
    "getAttributes",
    "mergeAttributesFromCachedCasts",
    "mergeAttributesFromClassCasts",
    "mergeAttributesFromAttributeCasts",
    "getVisible",
    "getHidden",
    "addDateAttributesToArray",
    "addMutatedAttributesToArray",
    "getMutatedAttributes",
    "addCastAttributesToArray",
    "getArrayableAppends",
    "getAppends",
    "isClassCastable",
    "isClassSerializable",
    "parseCasterClass",
    "getStorableEnumValue",
];

/// The methods a stored date's serialization goes through: while the
/// class has Laravel's, a date of a certain shape is written natively;
/// otherwise they are called.
pub const DATE_MIRRORED: &[&str] = &[
    "asDateTime",
    "asDate",
    "isStandardDateFormat",
    "getDateFormat",
    "serializeDate",
];

/// What serialization needs of a model class besides a read's facts.
#[derive(Clone, Copy)]
pub struct Serialization {
    visible: Slot,
    hidden: Slot,
    appends: Slot,
    serialize_date: Method,
    mutate_for_array: Method,
    attribute_from_array: Method,
    /// The [`DATE_MIRRORED`] methods are Laravel's.
    laravels_dates: bool,
}

impl Serialization {
    /// `None` when the class declares a [`MIRRORED`] method again.
    pub fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        declares_laravels(class, MIRRORED, model).then_some(())?;
        Some(Serialization {
            visible: class.instance_slot(b"visible")?,
            hidden: class.instance_slot(b"hidden")?,
            appends: class.instance_slot(b"appends")?,
            serialize_date: class.method(b"serializedate")?,
            mutate_for_array: class.method(b"mutateattributeforarray")?,
            attribute_from_array: class.method(b"getattributefromarray")?,
            laravels_dates: declares_laravels(class, DATE_MIRRORED, model),
        })
    }
}

/// What a cast attribute becomes, decided before anything is called.
enum Step {
    /// A value computed already (primitive, decimal and enum casts).
    Value(Zval),
    /// `castAttribute()` ends in the model's method, then `step`.
    Leaf(Leaf, ArrayStep),
}

/// An attribute `getArrayableItems()` keeps, and what it becomes.
struct Entry<'a> {
    key: &'a [u8],
    value: &'a Zval,
    result: Option<Zval>,
}

impl Entry<'_> {
    fn current(&self) -> &Zval {
        self.result.as_ref().unwrap_or(self.value)
    }
}

/// Whether a key compares with other strings as itself under `==` and
/// `in_array()`: not numeric, not even with leading whitespace or a sign.
fn plain_key(key: &[u8]) -> bool {
    key.first().is_none_or(|first| {
        !first.is_ascii_digit()
            && !matches!(
                first,
                b'+' | b'-' | b'.' | b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C
            )
    })
}

/// The names in a `$visible`/`$hidden`/mutator list, which `array_flip()`
/// and `in_array()` take as Laravel expects only when they are strings
/// or integers (integers match no plain key).
fn names(list: &Zval) -> Option<Vec<&[u8]>> {
    let (count, entries) = list.as_array()?;
    let mut names = Vec::with_capacity(count);
    for (_, name) in entries {
        match name.kind() {
            Kind::Str(text) => names.push(text),
            Kind::Int(_) => {}
            _ => return None,
        }
    }
    Some(names)
}

/// A PHP string of `bytes`.
fn string_zval(bytes: &[u8]) -> Zval {
    let mut zval = Zval::new();
    zval.set_binary(bytes.to_vec());
    zval
}

/// An array that holds nothing.
fn is_empty_array(value: &Zval) -> bool {
    matches!(value.kind(), Kind::Array(0))
}

/// Whether the class's `usesTimestamps()` can be read off `$timestamps`:
/// no `withoutTimestamps()` call is under way.
pub fn ignores_no_timestamps(class: &Class<'_>) -> bool {
    class
        .static_value("ignoreTimestampsOn")
        .is_some_and(is_empty_array)
}

/// `attributesToArray()` of `model`: `None` hands it to Laravel (nothing
/// was called); `Some(Err)` once a method's exception is pending.
pub fn attributes_to_array(
    model: &Zval,
    class: &Class<'_>,
    facts: &Facts,
) -> Option<Result<Zval, Thrown>> {
    let serialization = facts.serialization?;
    let slots = facts.slots;
    // `getMutatedAttributes()`: Laravel fills the cache on first use. Held,
    // as the lists below are: mutators run PHP code while names are read.
    let mutators = class.static_value("mutatorCache")?;
    let mutators = Data::get(mutators, Key::Bytes(class.name()))?.shallow_clone();
    let mutated = names(&mutators)?;
    // Casts cached for `getAttributes()`'s merge.
    if !is_empty_array(slots.class_casts.read(model)?)
        || !is_empty_array(slots.attribute_casts.read(model)?)
    {
        return None;
    }
    // Laravel works on a copy of the attributes; this holds a reference to
    // them, so PHP separates the model's array before changing it, and the
    // entries borrowed below stay as they are while methods are called.
    let attributes = slots.attributes.read(model)?.shallow_clone();
    // A value behind a PHP reference could change under the borrow.
    if holds_references(&attributes) {
        return None;
    }
    // `count($this->getVisible()) > 0`, whatever the entries are.
    let visible = serialization.visible.read(model)?;
    let restricted = !is_empty_array(visible);
    let visible = names(visible)?;
    let hidden = names(serialization.hidden.read(model)?)?;
    let arrayable = |key: &[u8]| (!restricted || visible.contains(&key)) && !hidden.contains(&key);
    let (count, stored) = (&attributes).as_array()?;
    let mut entries = Vec::with_capacity(count);
    for (key, value) in stored {
        let Key::Bytes(key) = key else { return None };
        // `in_array($key, $mutatedAttributes)` must be a plain comparison.
        if !plain_key(key) {
            return None;
        }
        if arrayable(key) {
            entries.push(Entry {
                key,
                value,
                result: None,
            });
        }
    }
    // `getArrayableAppends()`: `array_combine($appends, $appends)` (each
    // name once, where it first comes) through the same filter.
    let appends = serialization.appends.read(model)?.shallow_clone();
    let mut appended: Vec<&[u8]> = Vec::new();
    for (_, name) in (&appends).as_array()?.1 {
        let Kind::Str(name) = name.kind() else {
            return None;
        };
        if !plain_key(name) {
            return None;
        }
        if arrayable(name) && !appended.contains(&name) {
            appended.push(name);
        }
    }
    // `getDates()`: the timestamp columns while the model uses them.
    let dates: &[Option<Rc<[u8]>>] =
        if is_truthy(slots.timestamps.read(model)?) && ignores_no_timestamps(class) {
            &facts.timestamps
        } else {
            &[]
        };
    let serialized_date = |key: &[u8]| {
        dates.iter().any(|column| column.as_deref() == Some(key))
            && entries
                .iter()
                .any(|entry| entry.key == key && !entry.value.is_null())
    };
    let steps = cast_steps(model, facts, &entries, &mutated, serialized_date)?;

    // Everything is decided: from here on, Laravel's steps in its order.
    let mut dates_of = DateSerializer::new(model, facts, serialization);
    for column in dates.iter().flatten() {
        let Some(entry) = entries.iter_mut().find(|entry| entry.key == &column[..]) else {
            continue;
        };
        if entry.current().is_null() {
            continue;
        }
        let date = dates_of.serialize(Leaf::AsDateTime, entry.current());
        match date {
            Ok(date) => entry.result = Some(date),
            Err(thrown) => return Some(Err(thrown)),
        }
    }
    // `addMutatedAttributesToArray()`: each mutated attribute the array
    // holds, in the mutator cache's order, through the model's method.
    for name in &mutated {
        let Some(entry) = entries.iter_mut().find(|entry| entry.key == *name) else {
            continue;
        };
        let mut arguments = [string_zval(name), entry.current().shallow_clone()];
        match serialization.mutate_for_array.call(model, &mut arguments) {
            Ok(value) => entry.result = Some(value),
            Err(thrown) => return Some(Err(thrown)),
        }
    }
    for (index, step) in steps {
        let entry = &mut entries[index];
        let value = match step {
            Step::Value(value) => Ok(value),
            // `castAttribute()` returns null as it is.
            Step::Leaf(..) if entry.current().is_null() => continue,
            Step::Leaf(leaf, ArrayStep::SerializeDate) => dates_of.serialize(leaf, entry.current()),
            Step::Leaf(leaf, ArrayStep::Keep) => facts.leaves.apply(leaf, model, entry.current()),
            Step::Leaf(leaf, ArrayStep::ToArray) => facts
                .leaves
                .apply(leaf, model, entry.current())
                .and_then(|arrayable| call_public_method(&arrayable, "toArray")),
        };
        match value {
            Ok(value) => entry.result = Some(value),
            Err(thrown) => return Some(Err(thrown)),
        }
    }
    // The appended attributes: `mutateAttributeForArray($key,
    // $this->getAttributeFromArray($key))`, in order.
    let mut appended_values = Vec::with_capacity(appended.len());
    for name in &appended {
        let value = serialization
            .attribute_from_array
            .call(model, &mut [string_zval(name)])
            .and_then(|stored| {
                serialization
                    .mutate_for_array
                    .call(model, &mut [string_zval(name), stored])
            });
        match value {
            Ok(value) => appended_values.push(value),
            Err(thrown) => return Some(Err(thrown)),
        }
    }
    let mut results = ZendHashTable::with_capacity((entries.len() + appended.len()) as u32);
    let mut writer = ArrayWriter::new(&mut results);
    let mut next = entries.iter_mut().peekable();
    writer.copy_mapped(&attributes, false, |key, value| {
        let entry = next.next_if(|entry| Key::Bytes(entry.key) == key)?;
        Some(entry.result.take().unwrap_or_else(|| value.shallow_clone()))
    });
    // An appended name the array holds keeps its place.
    for (name, value) in appended.iter().zip(appended_values) {
        writer.insert(Key::Bytes(name), value);
    }
    let mut array = Zval::new();
    array.set_hashtable(results);
    Some(Ok(array))
}

/// The cast attributes of `entries` in `getCasts()` order, each with what
/// it becomes; `None` when any is Laravel's to cast.
fn cast_steps(
    model: &Zval,
    facts: &Facts,
    entries: &[Entry<'_>],
    mutated: &[&[u8]],
    serialized_date: impl Fn(&[u8]) -> bool,
) -> Option<Vec<(usize, Step)>> {
    let slots = facts.slots;
    // Held, as the attributes are: `class_exists()` may run autoloaders.
    let casts = &slots.casts.read(model)?.shallow_clone();
    // `getCasts()`: `array_merge([$keyName => $keyType], $casts)` when
    // incrementing, so the key comes first, with `$casts`' cast if it has one.
    let key_name = if is_truthy(slots.incrementing.read(model)?) {
        let name = slots.primary_key.read(model)?.zend_str()?.as_bytes();
        if !plain_key(name) {
            return None;
        }
        Some(name)
    } else {
        None
    };
    let key_cast = key_name.map(|name| {
        Data::get(casts, Key::Bytes(name)).map_or_else(|| slots.key_type.read(model), Some)
    });
    let key_cast = match key_cast {
        Some(cast) => Some((key_name?, cast?)),
        None => None,
    };
    let (_, listed) = casts.as_array()?;
    let mut ordered = Vec::new();
    ordered.extend(key_cast);
    for (key, cast) in listed {
        let Key::Bytes(key) = key else { return None };
        if Some(key) != key_name {
            ordered.push((key, cast));
        }
    }
    let mut steps = Vec::new();
    for (key, cast) in ordered {
        // `in_array($key, $mutatedAttributes)`: the mutator's value stays.
        let Some(index) = entries.iter().position(|entry| entry.key == key) else {
            continue;
        };
        if mutated.contains(&key) {
            continue;
        }
        let cast = cast.zend_str()?.as_bytes();
        let stored = entries[index].value;
        let plan = cast_of(cast).ok()??;
        // Values native code computes read the stored value: not one a
        // timestamp column's serialization replaces first.
        if serialized_date(key) && !matches!(plan, Plan::Leaf(_)) {
            return None;
        }
        let step = match plan {
            Plan::Cast(primitive) => {
                array_step(cast).filter(|step| *step == ArrayStep::Keep)?;
                Step::Value(primitive_cast(primitive, stored)?)
            }
            // `getStorableEnumValue()` of the case `from()` finds is its
            // backing value: the stored one, of the backing type.
            Plan::Enum(_) if stored.is_null() => continue,
            Plan::Enum(backing) => {
                enum_case(cast, backing, stored)?;
                Step::Value(stored.shallow_clone())
            }
            Plan::Leaf(leaf) => Step::Leaf(leaf, array_step(cast)?),
        };
        steps.push((index, step));
    }
    Some(steps)
}

/// `serializeDate()` of what `asDateTime()` or `asDate()` makes of a value:
/// written natively when the value and the environment make it certain
/// ([`StoredDate`]), else by calling the model's methods.
struct DateSerializer<'a> {
    model: &'a Zval,
    facts: &'a Facts,
    serialization: Serialization,
    /// Whether dates are made as Carbon makes them in UTC, asked once.
    standard: Option<bool>,
    /// Whether `getDateFormat()` is [`STORAGE_FORMAT`], asked once.
    storage_format: Option<bool>,
}

impl<'a> DateSerializer<'a> {
    fn new(model: &'a Zval, facts: &'a Facts, serialization: Serialization) -> Self {
        DateSerializer {
            model,
            facts,
            serialization,
            standard: None,
            storage_format: None,
        }
    }

    fn serialize(&mut self, leaf: Leaf, value: &Zval) -> Result<Zval, Thrown> {
        let start_of_day = matches!(leaf, Leaf::AsDate | Leaf::ImmutableDate);
        if let Some(date) = self.certain(value)? {
            let mut json = Zval::new();
            let _ = json.set_string(&date.json(start_of_day), false);
            return Ok(json);
        }
        let date = self.facts.leaves.apply(leaf, self.model, value)?;
        self.serialization
            .serialize_date
            .call(self.model, &mut [date])
    }

    /// The stored date, when its serialization is certain.
    fn certain(&mut self, value: &Zval) -> Result<Option<StoredDate>, Thrown> {
        let Some(date) = value
            .zend_str()
            .and_then(|text| StoredDate::parse(text.as_bytes()))
        else {
            return Ok(None);
        };
        if !self.serialization.laravels_dates || !*self.standard.get_or_insert_with(standard_dates)
        {
            return Ok(None);
        }
        if date.has_time() && !self.storage_format()? {
            return Ok(None);
        }
        Ok(Some(date))
    }

    /// `getDateFormat()` is `Y-m-d H:i:s`: `$dateFormat` when set, else the
    /// connection's grammar's, asked as `asDateTime()` asks it.
    fn storage_format(&mut self) -> Result<bool, Thrown> {
        if let Some(known) = self.storage_format {
            return Ok(known);
        }
        // Laravel's date methods (`laravels_dates`) give the model its
        // `asDateTime()` facts.
        let known = self
            .facts
            .leaves
            .dates
            .and_then(|dates| dates.storage_format(self.model))
            .ok_or(Thrown)??;
        self.storage_format = Some(known);
        Ok(known)
    }
}

/// Laravel's `Date` facade makes Carbon dates (or CarbonImmutable ones:
/// the same instants) with no callable or factory of the app's, and the
/// default timezone is UTC, in which Carbon's `toJSON()` writes them.
fn standard_dates() -> bool {
    let utc = call("date_default_timezone_get", vec![])
        .ok()
        .and_then(|zone| zone.zend_str().map(|zone| zone.as_bytes() == b"UTC"));
    if utc != Some(true) {
        return false;
    }
    let Some(facade) = Class::loaded("Illuminate\\Support\\Facades\\Facade") else {
        return false;
    };
    let factory = facade
        .static_value("resolvedInstance")
        .and_then(|instances| Data::get(instances, Key::Bytes(b"date")))
        .and_then(Class::of_object);
    let Some(factory) = factory.filter(|factory| factory.name() == DATE_FACTORY) else {
        return false;
    };
    let unset = |name: &str| factory.static_value(name).is_some_and(Zval::is_null);
    let date_class = factory.static_value("dateClass").map(|class| class.kind());
    unset("callable")
        && unset("factory")
        && matches!(
            date_class,
            Some(Kind::Null) | Some(Kind::Str(b"Carbon\\Carbon" | b"Carbon\\CarbonImmutable"))
        )
}

/// Laravel's date factory, behind the `Date` facade.
const DATE_FACTORY: &[u8] = b"Illuminate\\Support\\DateFactory";
