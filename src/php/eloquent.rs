//! `Oxide\Native\model_attribute()`: the read of a model attribute that
//! transparent mode puts at the top of Laravel's `HasAttributes::getAttribute()`.
//! It answers reads whose result native code can be certain of: a stored
//! attribute with no accessor, mutator, class cast or date handling, read
//! as is or through a primitive, decimal or backed-enum cast; anything else
//! returns the hand-back marker, before any effect, and Laravel's own body
//! runs. State is per thread and per request (no ZTS build can be tested
//! here; nothing is shared between threads by construction).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use ext_php_rs::args::Arg;
use ext_php_rs::builders::{FunctionBuilder, ModuleBuilder};
use ext_php_rs::flags::DataType;
use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

use super::engine::args::{Thrown, executor_globals};
use super::engine::call::{boolean, call, call_public_method, is_truthy};
use super::engine::frame::arguments;
use super::engine::object::{Backing, Class, Method, Slot, reaches_magic_get};
use crate::arr::{Key, Value as _};
use crate::eloquent::{
    Cast, Leaf, Scalar, Value, cast_type, custom_date_time, decimal_scale, is_lower_case_name,
    is_parameterised, leaf_type, php_float_text,
};
use crate::validation::{Data, Kind};

mod boot;
mod construct;
mod dates;
mod fill;
mod hydrate;
mod to_array;

/// Laravel's class that `HasAttributes` and the methods below belong to.
const MODEL: &[u8] = b"Illuminate\\Database\\Eloquent\\Model";

/// The methods `getAttribute()` reaches for a stored attribute: a model
/// class that declares any of them again is left to Laravel, and transparent
/// mode writes the prologue only where their code is as proven.
const MIRRORED: &[&str] = &[
    "hasAttribute",
    "getAttributeValue",
    "getAttributeFromArray",
    "mergeAttributeFromCachedCasts",
    "mergeAttributeFromClassCasts",
    "mergeAttributeFromAttributeCasts",
    "transformModelValue",
    "hasGetMutator",
    "hasAttributeGetMutator",
    "hasAttributeMutator",
    "hasCast",
    "getCasts",
    "getIncrementing",
    "getKeyName",
    "getKeyType",
    "castAttribute",
    "getCastType",
    "isEncryptedCastable",
    "isCustomDateTimeCast",
    "isImmutableCustomDateTimeCast",
    "isDecimalCast",
    "isEnumCastable",
    "getEnumCastableAttributeValue",
    "getEnumCaseFromValue",
    "asDecimal",
    "fromFloat",
    "getDates",
    "usesTimestamps",
    "getCreatedAtColumn",
    "getUpdatedAtColumn",
    "isClassCastable",
    "isRelation",
    "relationResolver",
    "relationLoaded",
    "getRelationValue",
];

/// What a cast string asks of a read, as `castAttribute()` would answer it.
#[derive(Clone, Copy)]
enum Plan {
    /// A built-in cast native code applies.
    Cast(Cast),
    /// A backed enum (not `Castable`): the case `from()` finds.
    Enum(Backing),
    /// A date or JSON cast: the model's method that ends `castAttribute()`.
    Leaf(Leaf),
}

/// The cases of one enum found so far, by backing value.
#[derive(Default)]
struct EnumCases {
    ints: FxHashMap<i64, Zval>,
    texts: FxHashMap<Vec<u8>, Zval>,
}

/// `Illuminate\Support\Collection::make()`, which a `collection` cast's
/// `new BaseCollection($items)` equals.
const COLLECTION_MAKE: &str = "Illuminate\\Support\\Collection::make";

/// The class an `Attribute` mutator is declared to return.
const ATTRIBUTE: &[u8] = b"Illuminate\\Database\\Eloquent\\Casts\\Attribute";

/// Laravel's interface that makes an enum a class cast instead.
const CASTABLE: &str = "Illuminate\\Contracts\\Database\\Eloquent\\Castable";

/// What native reads rely on of a model class, learnt once per request.
#[derive(Clone)]
struct Facts {
    /// Laravel's `Model` (by address), whose own methods no relation is named after.
    model: usize,
    /// Whether `__get()` and `getAttribute()` are Laravel's: a resource's
    /// `$this->resource->{$key}` is then the native read.
    delegates: bool,
    /// Whether the class declares none of the methods a read mirrors
    /// ([`MIRRORED`]) again: reads and serialization are native only then.
    reads: bool,
    /// `static::CREATED_AT` and `static::UPDATED_AT` when strings: the
    /// columns `getDates()` lists while the model uses timestamps.
    timestamps: [Option<Rc<[u8]>>; 2],
    /// Where its objects keep the state `getAttribute()` reads.
    slots: ModelSlots,
    /// The methods date and JSON casts end in, as the class has them.
    leaves: Leaves,
    /// What `attributesToArray()` needs; `None` leaves it to Laravel.
    serialization: Option<to_array::Serialization>,
    /// What copying a result set's first model needs; `None`: Laravel's.
    hydration: Option<hydrate::Hydration>,
    /// The constructor's steps; `None` leaves construction to Laravel.
    construction: Option<construct::Construction>,
    /// What `forceFill()` needs; `None` leaves it to Laravel.
    fill: Option<fill::Fill>,
}

/// `fromJson()`, `asDate()`, `asDateTime()` and `asTimestamp()` of a model
/// class: called as `castAttribute()` calls them, overrides included.
#[derive(Clone, Copy)]
struct Leaves {
    from_json: Method,
    as_date: Method,
    as_date_time: Method,
    as_timestamp: Method,
    /// `asDateTime()` natively, while it is Laravel's.
    dates: Option<dates::Dates>,
}

impl Leaves {
    fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        Some(Leaves {
            from_json: class.method(b"fromjson")?,
            as_date: class.method(b"asdate")?,
            as_date_time: class.method(b"asdatetime")?,
            as_timestamp: class.method(b"astimestamp")?,
            dates: dates::Dates::of(class, model),
        })
    }

    /// What `castAttribute()` returns for a value that is not `null`;
    /// `Err` once the method's exception is pending.
    fn apply(&self, leaf: Leaf, model: &Zval, value: &Zval) -> Result<Zval, Thrown> {
        let (method, mut arguments) = match leaf {
            Leaf::FromJson | Leaf::Collection => (self.from_json, vec![value.shallow_clone()]),
            Leaf::FromJsonObject => (self.from_json, vec![value.shallow_clone(), boolean(true)]),
            Leaf::AsDate | Leaf::ImmutableDate => (self.as_date, vec![value.shallow_clone()]),
            Leaf::AsDateTime | Leaf::ImmutableDateTime => {
                (self.as_date_time, vec![value.shallow_clone()])
            }
            Leaf::AsTimestamp => (self.as_timestamp, vec![value.shallow_clone()]),
        };
        let native = match (leaf, self.dates) {
            (Leaf::AsDateTime | Leaf::ImmutableDateTime, Some(dates)) => {
                dates.as_date_time(model, value)
            }
            _ => None,
        };
        // An exception stays pending and PHP throws it from the prologue,
        // as it would have from Laravel's castAttribute().
        let result = match native {
            Some(made) => made?,
            None => method.call(model, &mut arguments)?,
        };
        match leaf {
            // `new BaseCollection(…)`: Collection::make() is `new static`.
            Leaf::Collection => call(COLLECTION_MAKE, vec![&result]),
            Leaf::ImmutableDate | Leaf::ImmutableDateTime => {
                call_public_method(&result, "toImmutable")
            }
            _ => Ok(result),
        }
    }
}

/// The model's properties a read looks at, as `$this->…` reads them.
#[derive(Clone, Copy)]
struct ModelSlots {
    attributes: Slot,
    casts: Slot,
    class_casts: Slot,
    attribute_casts: Slot,
    primary_key: Slot,
    incrementing: Slot,
    key_type: Slot,
    timestamps: Slot,
    relations: Slot,
}

impl ModelSlots {
    fn of(class: &Class<'_>) -> Option<Self> {
        Some(ModelSlots {
            attributes: class.instance_slot(b"attributes")?,
            casts: class.instance_slot(b"casts")?,
            class_casts: class.instance_slot(b"classCastCache")?,
            attribute_casts: class.instance_slot(b"attributeCastCache")?,
            primary_key: class.instance_slot(b"primaryKey")?,
            incrementing: class.instance_slot(b"incrementing")?,
            key_type: class.instance_slot(b"keyType")?,
            timestamps: class.instance_slot(b"timestamps")?,
            relations: class.instance_slot(b"relations")?,
        })
    }
}

thread_local! {
    /// Per class (by address): its facts (cheap to copy: the column names
    /// are shared), or `None` for a class left to
    /// Laravel. Class entries can be freed and their addresses reused
    /// between requests, so this lives for one request.
    static CLASSES: RefCell<FxHashMap<usize, Option<Facts>>> = RefCell::new(FxHashMap::default());
    /// Per cast string: its cast here, or `None` (a class, or another cast).
    /// `getCastType()` asks `class_exists()`, which may run autoloaders: as
    /// Laravel's `$castTypeCache`, once per request.
    static CAST_TYPES: RefCell<FxHashMap<Vec<u8>, Option<Plan>>> = RefCell::new(FxHashMap::default());
    /// Per enum cast string: the cases `tryFrom()` gave. Enum cases are
    /// objects of the request; the references held here go at its end.
    static ENUM_CASES: RefCell<FxHashMap<Vec<u8>, EnumCases>> = RefCell::new(FxHashMap::default());
}

/// Whether each of `methods` the class has is the one `model` (Laravel's
/// `Model`, by address) declares: none is declared again.
fn declares_laravels(class: &Class<'_>, methods: &[&str], model: usize) -> bool {
    methods
        .iter()
        .all(|method| class.method_scope(method.to_ascii_lowercase().as_bytes()) == Some(model))
}

fn facts_of(class: &Class<'_>) -> Option<Facts> {
    let model = class.lineage().find(|ancestor| ancestor.name() == MODEL)?;
    let model = model.address();
    // A pivot (`AsPivot` declares its timestamp columns again) or any other
    // class whose reads are its own is still built natively.
    let reads = declares_laravels(class, MIRRORED, model)
        && class.property_scope(b"primitiveCastTypes") == Some(model);
    let column = |name: &[u8]| -> Option<Option<Rc<[u8]>>> {
        let value = class.constant(name)?;
        if value.is_null() {
            return Some(None);
        }
        // A name `in_array()` could equate loosely with another key.
        let text = value.zend_str()?.as_bytes();
        let plain = !text.is_empty() && !text[0].is_ascii_digit() && !text.starts_with(b"-");
        plain.then(|| Some(Rc::from(text)))
    };
    Some(Facts {
        model,
        delegates: class.method_scope(b"__get") == Some(model)
            && class.method_scope(b"getattribute") == Some(model),
        reads,
        timestamps: [column(b"CREATED_AT")?, column(b"UPDATED_AT")?],
        slots: ModelSlots::of(class)?,
        leaves: Leaves::of(class, model)?,
        serialization: reads
            .then(|| to_array::Serialization::of(class, model))
            .flatten(),
        hydration: reads
            .then(|| hydrate::Hydration::of(class, model))
            .flatten(),
        construction: construct::Construction::of(class, model),
        fill: fill::Fill::of(class, model),
    })
}

/// The plan for a cast string; `class_exists()` (or the class lookup that
/// loads as it does) asked once per request.
fn cast_of(cast: &[u8]) -> Result<Option<Plan>, ()> {
    if let Some(known) = CAST_TYPES.with_borrow(|types| types.get(cast).copied()) {
        return Ok(known);
    }
    // `getCastType()` takes `decimal:N` before asking `class_exists()`.
    let found = match decimal_scale(cast) {
        Some(scale) => Some(Plan::Cast(Cast::Decimal(scale))),
        None if custom_date_time(cast).is_some() => custom_date_time(cast).map(Plan::Leaf),
        None if is_parameterised(cast) => None,
        None => {
            let named = match (cast_type(cast), leaf_type(cast)) {
                (Some(primitive), _) => Some(Plan::Cast(primitive)),
                (None, Some(leaf)) => Some(Plan::Leaf(leaf)),
                (None, None) => None,
            };
            match named {
                // Laravel asks class_exists() before it reads the name: a
                // class (`datetime` names PHP's DateTime) keeps the name as
                // written, which the cast's switch then takes only when it
                // is written as the switch lists it.
                Some(plan) if is_lower_case_name(cast) => Some(plan),
                Some(plan) => {
                    let text = std::str::from_utf8(cast).map_err(drop)?;
                    let exists = call("class_exists", vec![&text]).map_err(drop)?;
                    (exists.bool() == Some(false)).then_some(plan)
                }
                None => enum_plan(cast),
            }
        }
    };
    CAST_TYPES.with_borrow_mut(|types| types.insert(cast.to_vec(), found));
    Ok(found)
}

/// A namespaced backed enum that is not `Castable`: `isEnumCastable()`, and
/// `getEnumCaseFromValue()` calling `from()`. A name with a leading `\`, or
/// none, is Laravel's.
fn enum_plan(cast: &[u8]) -> Option<Plan> {
    let name = std::str::from_utf8(cast).ok()?;
    if !name.contains('\\') || name.starts_with('\\') {
        return None;
    }
    let class = Class::find(name)?;
    let backing = class.enum_backing()?;
    (!class.implements(CASTABLE)).then_some(Plan::Enum(backing))
}

/// `$enum::from($value)` for a value of the enum's backing type, found by
/// `tryFrom()` once per request; `None` for any other value (Laravel's
/// `from()` coerces or throws).
fn enum_case(cast: &[u8], backing: Backing, stored: &Zval) -> Option<Zval> {
    let cached = |cases: &EnumCases| match stored.kind() {
        Kind::Int(number) => cases.ints.get(&number).map(Zval::shallow_clone),
        Kind::Str(text) => cases.texts.get(text).map(Zval::shallow_clone),
        _ => None,
    };
    if let Some(case) = ENUM_CASES.with_borrow(|enums| enums.get(cast).and_then(cached)) {
        return Some(case);
    }
    let name = std::str::from_utf8(cast).ok()?;
    let function = format!("{name}::tryFrom");
    let case = match (stored.kind(), backing) {
        (Kind::Int(number), Backing::Int) => call(&function, vec![&number]).ok()?,
        (Kind::Str(text), Backing::String) => {
            call(&function, vec![&std::str::from_utf8(text).ok()?]).ok()?
        }
        _ => return None,
    };
    if !case.is_object() {
        return None;
    }
    ENUM_CASES.with_borrow_mut(|enums| {
        let cases = enums.entry(cast.to_vec()).or_default();
        match stored.kind() {
            Kind::Int(number) => cases.ints.insert(number, case.shallow_clone()),
            Kind::Str(text) => cases.texts.insert(text.to_vec(), case.shallow_clone()),
            _ => None,
        }
    });
    Some(case)
}

/// The longest key whose method names are looked up on the stack; longer
/// ones are Laravel's.
const LONGEST_KEY: usize = 116;

/// `get{Str::studly($key)}Attribute` as `method_exists()` compares it (in
/// lower case), written to `buffer`, with the part that is
/// `Str::camel($key)` alike: the key without `-`, `_` and whitespace;
/// `None` for keys that are not ASCII or are long.
fn accessor_name<'a>(
    key: &[u8],
    buffer: &'a mut [u8; LONGEST_KEY + 12],
) -> Option<(&'a [u8], std::ops::Range<usize>)> {
    if !key.is_ascii() || key.len() > LONGEST_KEY {
        return None;
    }
    buffer[..3].copy_from_slice(b"get");
    let mut end = 3;
    for &byte in key {
        if !matches!(
            byte,
            b'-' | b'_' | b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C
        ) {
            buffer[end] = byte.to_ascii_lowercase();
            end += 1;
        }
    }
    let studly = 3..end;
    buffer[end..end + 9].copy_from_slice(b"attribute");
    Some((&buffer[..end + 9], studly))
}

/// `isset($table[$key])`; `None` when `$table` is no array.
fn is_set(table: &Zval, key: &[u8]) -> Option<bool> {
    table
        .is_array()
        .then(|| Data::get(table, Key::Bytes(key)).is_some_and(|value| !value.is_null()))
}

fn scalar(value: &Zval) -> Option<Scalar<'_>> {
    Some(match value.kind() {
        Kind::Null => Scalar::Null,
        Kind::Bool(flag) => Scalar::Bool(flag),
        Kind::Int(number) => Scalar::Int(number),
        Kind::Float(number) => Scalar::Float(number),
        Kind::Str(text) => Scalar::Text(text),
        Kind::Array(_) | Kind::Other => return None,
    })
}

fn zval_of(value: Value, stored: &Zval) -> Zval {
    let mut zval = Zval::new();
    match value {
        Value::Same => return stored.shallow_clone(),
        Value::Null => zval.set_null(),
        Value::Bool(flag) => zval.set_bool(flag),
        Value::Int(number) => zval.set_long(number),
        Value::Float(number) => zval.set_double(number),
        Value::Text(text) => {
            let _ = zval.set_string(&text, false);
        }
    }
    zval
}

/// Who asks for a read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    /// `getAttribute()`'s prologue.
    Attribute,
    /// `DelegatesToResource::__get()`'s, for a model whose `__get()` and
    /// `getAttribute()` are Laravel's; it skips `Model::__get()` and its
    /// recursion guard, so it calls none of the model's methods (date and
    /// JSON casts).
    Resource,
}

/// `getAttribute($key)` for a stored attribute native code can be certain
/// of; `None` hands the read to Laravel.
fn read(model: &Zval, key: &Zval, reader: Reader) -> Option<Zval> {
    let name = key.zend_str()?.as_bytes();
    // `! $key`, and keys an array stores as integers.
    if name.is_empty() || name[0].is_ascii_digit() || name[0] == b'-' {
        return None;
    }
    let class = Class::of_object(model)?;
    let (slots, leaves, timestamp_column, model_class) = CLASSES.with_borrow_mut(|classes| {
        let facts = classes
            .entry(class.address())
            .or_insert_with(|| facts_of(&class))
            .as_ref()
            .filter(|facts| facts.reads && (reader == Reader::Attribute || facts.delegates))?;
        let timestamp_column = facts
            .timestamps
            .iter()
            .any(|column| column.as_deref() == Some(name));
        Some((facts.slots, facts.leaves, timestamp_column, facts.model))
    })?;
    // `hasGetMutator()`: a getter named after the key is Laravel's to judge.
    let mut buffer = [0; LONGEST_KEY + 12];
    let (accessor, studly) = accessor_name(name, &mut buffer)?;
    if class.method_scope(accessor).is_some() {
        return None;
    }
    let (attributes, casts) = (slots.attributes.read(model)?, slots.casts.read(model)?);
    if !attributes.is_array() || !casts.is_array() {
        return None;
    }
    let calls = reader == Reader::Attribute;
    let camel = &accessor[studly];
    let Some(stored) = Data::get(attributes, Key::Bytes(name)) else {
        return loaded_relation(model, &class, slots, model_class, name, camel);
    };
    // `hasAttributeMutator()`: so is a method named as its camel case.
    if class.method_scope(camel).is_some() {
        return None;
    }
    // `mergeAttributeFromCachedCasts()` writes cached casts back first.
    if is_set(slots.class_casts.read(model)?, name)?
        || is_set(slots.attribute_casts.read(model)?, name)?
    {
        return None;
    }
    // `getCasts()`: `$casts` over `[$primaryKey => $keyType]` when incrementing.
    let cast = match Data::get(casts, Key::Bytes(name)) {
        Some(cast) => Some(cast),
        None if is_truthy(slots.incrementing.read(model)?)
            && slots.primary_key.read(model)?.zend_str()?.as_bytes() == name =>
        {
            Some(slots.key_type.read(model)?)
        }
        None => None,
    };
    let Some(cast) = cast else {
        // `transformModelValue()`: a column `getDates()` lists (it lists
        // the timestamp columns while `usesTimestamps()`) is a date.
        // (`usesTimestamps()` is false during `withoutTimestamps()`.)
        if timestamp_column && !stored.is_null() && is_truthy(slots.timestamps.read(model)?) {
            if !calls || !to_array::ignores_no_timestamps(&class) {
                return None;
            }
            return leaves.apply(Leaf::AsDateTime, model, stored).ok();
        }
        return Some(stored.shallow_clone());
    };
    let cast = cast.zend_str()?.as_bytes();
    match cast_of(cast).ok()?? {
        Plan::Cast(primitive) => primitive_cast(primitive, stored),
        Plan::Enum(_) | Plan::Leaf(_) if stored.is_null() => Some(zval_of(Value::Null, stored)),
        Plan::Enum(backing) => enum_case(cast, backing, stored),
        Plan::Leaf(leaf) if calls => leaves.apply(leaf, model, stored).ok(),
        Plan::Leaf(_) => None,
    }
}

/// Whether the class has a method named `camel` (lower case) that Laravel
/// may take for an `Attribute` mutator: declared to return `Attribute`
/// alone or nullable, as `ReflectionNamedType::getName()` names it, or not
/// PHP code.
fn may_be_attribute_mutator(class: &Class<'_>, camel: &[u8]) -> bool {
    class.method_scope(camel).is_some()
        && class.method_returns_class(camel, ATTRIBUTE) != Some(false)
}

/// The rest of `getAttribute($key)` for a key the model stores no value
/// under: a relation it has loaded, when `hasAttribute()` is certainly
/// false (no cast, no `Attribute` mutator named after the key, not the
/// incrementing key `getCasts()` adds) and the key names no method of
/// `Model` itself; then `isRelation() || relationLoaded()` holds and
/// `getRelationValue()` returns the loaded value. Anything else (a lazy
/// load, a missing attribute) is Laravel's.
fn loaded_relation(
    model: &Zval,
    class: &Class<'_>,
    slots: ModelSlots,
    model_class: usize,
    name: &[u8],
    camel: &[u8],
) -> Option<Zval> {
    if Data::get(slots.casts.read(model)?, Key::Bytes(name)).is_some()
        || may_be_attribute_mutator(class, camel)
        || slots.primary_key.read(model)?.zend_str()?.as_bytes() == name
    {
        return None;
    }
    // `method_exists(self::class, $key)`, in `Model`'s own methods.
    let base = class
        .lineage()
        .find(|ancestor| ancestor.address() == model_class)?;
    let mut lower = [0; LONGEST_KEY];
    let lower = &mut lower[..name.len()];
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    if base.method_scope(lower).is_some() {
        return None;
    }
    let relations = slots.relations.read(model)?;
    relations
        .is_array()
        .then(|| Data::get(relations, Key::Bytes(name)))
        .flatten()
        .map(Zval::shallow_clone)
}

/// What a primitive or decimal cast makes of a stored value, when certain.
fn primitive_cast(cast: Cast, stored: &Zval) -> Option<Zval> {
    match cast {
        // `asDecimal()` reads a float as `(string)` writes it.
        Cast::Decimal(_) if stored.is_double() => {
            let text = php_float_text(stored.double()?, executor_globals().precision)?;
            Some(zval_of(cast.apply(Scalar::Text(text.as_bytes()))?, stored))
        }
        _ => Some(zval_of(cast.apply(scalar(stored)?)?, stored)),
    }
}

/// `getAttribute($key)`'s native read, or `$laravel` (the hand-back marker).
/// Every read pays this call, handed back or not: it reads its three
/// arguments off the frame, without ext-php-rs's argument parsing.
extern "C" fn model_attribute_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(model), Some(key), Some(laravel)]) = arguments(frame) {
        *result = read(model, key, Reader::Attribute).unwrap_or_else(|| laravel.shallow_clone());
    }
}

/// `DelegatesToResource::__get($key)`, `$this->resource->{$key}`, for a
/// model whose `__get()` and `getAttribute()` are Laravel's and whose read
/// of the key reaches `__get()`: the native read, or `$laravel` (the
/// hand-back marker), skipping two PHP calls per attribute of a resource.
/// `Model::__get()` guards its key while it runs; skipped, it guards
/// nothing, so reads that call the model's methods (date and JSON casts,
/// which an app may override to read the model again) go through it.
extern "C" fn resource_attribute_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(resource), Some(key), Some(laravel)]) = arguments(frame) {
        *result = delegated_read(resource, key).unwrap_or_else(|| laravel.shallow_clone());
    }
}

fn delegated_read(resource: &Zval, key: &Zval) -> Option<Zval> {
    reaches_magic_get(resource, key.zend_str()?.as_bytes())
        .then(|| read(resource, key, Reader::Resource))
        .flatten()
}

/// `attributesToArray()`'s native result, or `$laravel` (the hand-back
/// marker); `null` once a model method's exception is pending.
extern "C" fn model_attributes_to_array_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(model), Some(laravel)]) = arguments(frame) {
        *result = match attributes_to_array(model) {
            None => laravel.shallow_clone(),
            Some(Ok(array)) => array,
            Some(Err(Thrown)) => Zval::new(),
        };
    }
}

fn attributes_to_array(model: &Zval) -> Option<Result<Zval, Thrown>> {
    let class = Class::of_object(model)?;
    to_array::attributes_to_array(model, &class, &facts_copy(&class)?)
}

/// What is known of a model class, copied out: the model's methods called
/// meanwhile may read attributes (and so the cache) again.
fn facts_copy(class: &Class<'_>) -> Option<Facts> {
    CLASSES.with_borrow_mut(|classes| {
        classes
            .entry(class.address())
            .or_insert_with(|| facts_of(class))
            .clone()
    })
}

/// `Model::__construct($attributes)`: 0 for Laravel's body; once its steps
/// before `fill()` are done, 1 when `fill($attributes)` is to run, 2 when
/// it would do nothing.
extern "C" fn model_construct_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(model), Some(attributes)]) = arguments(frame) {
        let done = Class::of_object(model).and_then(|class| {
            let facts = facts_copy(&class)?;
            construct::construct(model, &class, &facts).then(|| {
                let nothing = attributes.as_array().is_some_and(|(count, _)| count == 0);
                if nothing && fill::empty_fill_is_silent(model, &facts) {
                    2
                } else {
                    1
                }
            })
        });
        result.set_long(done.unwrap_or(0));
    }
}

/// `Model::forceFill($attributes)`: `true` once done, `false` for
/// Laravel's body.
extern "C" fn model_force_fill_handler(frame: &mut ExecuteData, result: &mut Zval) {
    if let Some([Some(model), Some(attributes)]) = arguments(frame) {
        let done = Class::of_object(model).is_some_and(|class| {
            facts_copy(&class)
                .is_some_and(|facts| fill::force_fill(model, &class, &facts, attributes))
        });
        result.set_bool(done);
    }
}

/// `Builder::hydrate($items)`'s native result, or `$laravel` (the hand-back
/// marker); `null` once an exception is pending.
extern "C" fn model_hydrate_handler(frame: &mut ExecuteData, result: &mut Zval) {
    let Some(
        [
            Some(builder),
            Some(model),
            Some(items),
            Some(prevents),
            Some(laravel),
        ],
    ) = arguments(frame)
    else {
        return;
    };
    let hydrated = Class::of_object(model).and_then(|class| {
        hydrate::hydrate(
            builder,
            model,
            items,
            prevents,
            &class,
            &facts_copy(&class)?,
        )
    });
    *result = match hydrated {
        None => laravel.shallow_clone(),
        Some(Ok(collection)) => collection,
        Some(Err(Thrown)) => Zval::new(),
    };
}

/// `Model::resolveClassAttribute()`'s cache hit: `$classAttributes[$class.'@'
/// .$attributeClass.'@'.$property]` when the key exists (its value may be
/// `null`); on a miss `null` when the class carries no such attribute (the
/// prologue caches it), else `$laravel`, and Laravel's body reads the
/// attributes.
extern "C" fn model_class_attribute_handler(frame: &mut ExecuteData, result: &mut Zval) {
    let Some(
        [
            Some(cache),
            Some(class),
            Some(attribute_class),
            Some(property),
            Some(laravel),
        ],
    ) = arguments(frame)
    else {
        return;
    };
    *result = match cached_class_attribute(cache, class, attribute_class, property) {
        Some(cached) => cached,
        None if carries_no_attribute(class, attribute_class).unwrap_or(false) => Zval::new(),
        None => laravel.shallow_clone(),
    };
}

/// Whether Laravel's walk would find no attribute of `$attributeClass` on
/// the class named `$class`: none on the class, the traits it uses itself
/// or any parent of it. The class must be loaded (reflection would load it).
fn carries_no_attribute(class: &Zval, attribute_class: &Zval) -> Option<bool> {
    let class = Class::loaded(std::str::from_utf8(class.zend_str()?.as_bytes()).ok()?)?;
    let lower = attribute_class.zend_str()?.as_bytes().to_ascii_lowercase();
    for ancestor in class.lineage() {
        if ancestor.has_attribute(&lower)
            || ancestor
                .own_traits()?
                .iter()
                .any(|used| used.has_attribute(&lower))
        {
            return Some(false);
        }
    }
    Some(true)
}

fn cached_class_attribute(
    cache: &Zval,
    class: &Zval,
    attribute_class: &Zval,
    property: &Zval,
) -> Option<Zval> {
    let property = if property.is_null() {
        &b""[..]
    } else {
        property.zend_str()?.as_bytes()
    };
    let parts = [
        class.zend_str()?.as_bytes(),
        b"@",
        attribute_class.zend_str()?.as_bytes(),
        b"@",
        property,
    ];
    let length: usize = parts.iter().map(|part| part.len()).sum();
    // The key is built on the stack; class names rarely reach 256 bytes.
    let mut stack = [0u8; 256];
    let mut heap = Vec::new();
    let key = if length <= stack.len() {
        let mut end = 0;
        for part in parts {
            stack[end..end + part.len()].copy_from_slice(part);
            end += part.len();
        }
        &stack[..end]
    } else {
        heap.extend(parts.concat());
        &heap[..]
    };
    // Never an integer key: it holds an `@`.
    Data::get(cache, Key::Bytes(key)).map(Zval::shallow_clone)
}

/// The methods the native read and `attributesToArray()` mirror, for
/// transparent mode's proof.
#[php_function]
#[php(name = "Oxide\\Native\\model_attribute_mirrors")]
pub fn model_attribute_mirrors() -> Vec<&'static str> {
    [
        MIRRORED,
        to_array::MIRRORED,
        to_array::DATE_MIRRORED,
        dates::MIRRORED,
    ]
    .concat()
}

/// The methods the native construction mirrors, for transparent mode's proof.
#[php_function]
#[php(name = "Oxide\\Native\\model_construct_mirrors")]
pub fn model_construct_mirrors() -> Vec<&'static str> {
    [construct::MIRRORED, hydrate::INITIALIZERS, fill::MIRRORED].concat()
}

/// The methods the native hydration mirrors, for transparent mode's proof.
#[php_function]
#[php(name = "Oxide\\Native\\model_hydrate_mirrors")]
pub fn model_hydrate_mirrors() -> Vec<&'static str> {
    [hydrate::MIRRORED, hydrate::INITIALIZERS].concat()
}

/// Forgets what was learnt of classes: their entries may not outlive the request.
pub extern "C" fn request_shutdown(_type: i32, _module_number: i32) -> i32 {
    CLASSES.with_borrow_mut(FxHashMap::clear);
    CAST_TYPES.with_borrow_mut(FxHashMap::clear);
    ENUM_CASES.with_borrow_mut(FxHashMap::clear);
    construct::forget();
    0
}

/// A function whose handler reads its arguments off the frame (see
/// [`arguments`]): every parameter untyped and required.
fn frame_function(
    name: &str,
    handler: extern "C" fn(&mut ExecuteData, &mut Zval),
    parameters: &[&str],
    returns: DataType,
) -> FunctionBuilder<'static> {
    parameters
        .iter()
        .fold(
            FunctionBuilder::new(name, handler),
            |function, parameter| function.arg(Arg::new(*parameter, DataType::Mixed)),
        )
        .required_args(parameters.len())
        .returns(returns, false, false)
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    boot::register(module)
        .function(frame_function(
            "Oxide\\Native\\model_attribute",
            model_attribute_handler,
            &["model", "key", "laravel"],
            DataType::Mixed,
        ))
        .function(frame_function(
            "Oxide\\Native\\model_attributes_to_array",
            model_attributes_to_array_handler,
            &["model", "laravel"],
            DataType::Mixed,
        ))
        .function(wrap_function!(model_attribute_mirrors))
        .function(frame_function(
            "Oxide\\Native\\resource_attribute",
            resource_attribute_handler,
            &["resource", "key", "laravel"],
            DataType::Mixed,
        ))
        .function(frame_function(
            "Oxide\\Native\\model_hydrate",
            model_hydrate_handler,
            &[
                "builder",
                "model",
                "items",
                "preventsLazyLoading",
                "laravel",
            ],
            DataType::Mixed,
        ))
        .function(wrap_function!(model_hydrate_mirrors))
        .function(frame_function(
            "Oxide\\Native\\model_construct",
            model_construct_handler,
            &["model", "attributes"],
            DataType::Long,
        ))
        .function(wrap_function!(model_construct_mirrors))
        .function(frame_function(
            "Oxide\\Native\\model_force_fill",
            model_force_fill_handler,
            &["model", "attributes"],
            DataType::Bool,
        ))
        .function(frame_function(
            "Oxide\\Native\\model_class_attribute",
            model_class_attribute_handler,
            &["cache", "class", "attributeClass", "property", "laravel"],
            DataType::Mixed,
        ))
        .request_shutdown_function(request_shutdown)
}
