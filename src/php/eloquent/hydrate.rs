//! `Oxide\Native\model_hydrate()`: Laravel's `Builder::hydrate()`, with
//! every row after the first made as a copy of the first model instead of
//! a new one. Laravel builds each row's model the same way (`new static`,
//! the trait initializers, `newInstance()`'s settings, `setRawAttributes()`,
//! the `retrieved` event); where none of that can differ from one row to
//! the next, or be observed, a copy of the first model given the row's
//! attributes is the model Laravel builds. Decided before anything is
//! called; the first row and the collection are Laravel's own calls.

use ext_php_rs::types::{ZendHashTable, Zval};

use super::fill::empty_fill_is_silent;
use super::{Facts, declares_laravels};
use crate::arr::{Key, Value};
use crate::php::engine::args::Thrown;
use crate::php::engine::array::{ArrayWriter, properties_as_array};
use crate::php::engine::call::call_method;
use crate::php::engine::object::{
    Class, Slot, clone_plain, set_public_property, std_class_properties,
};
use crate::validation::{Data, Kind};

/// The methods building a row's model goes through: a class that declares
/// any of them again is Laravel's to hydrate.
pub const MIRRORED: &[&str] = &[
    "newFromBuilder",
    "newInstance",
    "__construct",
    "bootIfNotBooted",
    "initializeTraits",
    "initializeModelAttributes",
    "syncOriginal",
    "fill",
    "setConnection",
    "getConnectionName",
    "setTable",
    "getTable",
    "mergeCasts",
    "ensureCastsAreStringValues",
    "setRawAttributes",
    "fireModelEvent",
    "fireCustomModelEvent",
    "filterModelEventResults",
    "mergeFillable",
    "mergeHidden",
    "mergeVisible",
    "mergeAppends",
];

/// The trait initializers of Laravel's `Model` itself: each sets the
/// model's properties from its class (attributes, defaults), the same for
/// every model of a class.
pub const INITIALIZERS: &[&str] = &[
    "initializeHasAttributes",
    "initializeHasRelationships",
    "initializeHasTimestamps",
    "initializeHidesAttributes",
    "initializeGuardsAttributes",
];

/// What copying a class's first model relies on.
#[derive(Clone, Copy)]
pub struct Hydration {
    attributes: Slot,
    original: Slot,
    dispatches_events: Slot,
}

impl Hydration {
    /// `None` when the class declares a [`MIRRORED`] or [`INITIALIZERS`]
    /// method again.
    pub fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        (declares_laravels(class, MIRRORED, model)
            && declares_laravels(class, INITIALIZERS, model))
        .then_some(())?;
        class
            .public_writable(b"preventsLazyLoading")
            .then_some(())?;
        Some(Hydration {
            attributes: class.untyped_slot(b"attributes")?,
            original: class.untyped_slot(b"original")?,
            dispatches_events: class.instance_slot(b"dispatchesEvents")?,
        })
    }
}

/// Laravel's query builder, whose `hydrate()` takes the prologue.
const BUILDER: &str = "Illuminate\\Database\\Eloquent\\Builder";

/// Laravel's event dispatcher, whose `hasListeners()` answers for every
/// listener a `retrieved` event would reach (wildcards included).
const DISPATCHER: &[u8] = b"Illuminate\\Events\\Dispatcher";

/// Whether the booted class's trait initializers
/// (`static::$traitInitializers[static::class]`) are all [`INITIALIZERS`].
pub fn laravels_initializers_only(class: &Class<'_>) -> Option<bool> {
    let initializers = class.static_value("traitInitializers")?;
    let initializers = Data::get(initializers, Key::Bytes(class.name()))?;
    let (_, mut listed) = initializers.as_array()?;
    Some(listed.all(|(_, method)| {
        matches!(method.kind(), Kind::Str(name) if INITIALIZERS.iter().any(|known| known.as_bytes() == name))
    }))
}

/// Whether building a model of the class runs only the initializers
/// [`INITIALIZERS`] lists and fires a `retrieved` event nothing hears.
fn unobserved(model: &Zval, class: &Class<'_>, hydration: &Hydration) -> Option<bool> {
    if !laravels_initializers_only(class)?
        || is_set(hydration.dispatches_events.read(model)?, b"retrieved")?
    {
        return Some(false);
    }
    let dispatcher = class.static_value("dispatcher")?;
    if dispatcher.is_null() {
        return Some(true);
    }
    let dispatcher_class = Class::of_object(dispatcher)?;
    if dispatcher_class.name() != DISPATCHER {
        return Some(false);
    }
    let event = format!(
        "eloquent.retrieved: {}",
        String::from_utf8_lossy(class.name())
    );
    let mut event_name = Zval::new();
    event_name.set_string(&event, false).ok()?;
    let heard = dispatcher_class
        .method(b"haslisteners")?
        .call(dispatcher, &mut [event_name])
        .ok()?;
    Some(heard.bool() == Some(false))
}

fn is_set(table: &Zval, key: &[u8]) -> Option<bool> {
    table
        .is_array()
        .then(|| Data::get(table, Key::Bytes(key)).is_some_and(|value| !value.is_null()))
}

/// A row as `(array) $item` makes it: arrays as they are, `stdClass`
/// objects (what PDO gives) as their properties.
fn row(item: &Zval) -> Option<Zval> {
    if item.is_array() {
        return Some(item.shallow_clone());
    }
    match std_class_properties(item)? {
        Some(properties) => properties_as_array(properties),
        None => {
            let mut empty = Zval::new();
            empty.set_hashtable(ZendHashTable::new());
            Some(empty)
        }
    }
}

/// `hydrate($items)` of the builder: `None` hands it to Laravel (nothing
/// was called); `Some(Err)` once an exception is pending.
pub fn hydrate(
    builder: &Zval,
    model: &Zval,
    items: &Zval,
    prevents_lazy_loading: &Zval,
    class: &Class<'_>,
    facts: &Facts,
) -> Option<Result<Zval, Thrown>> {
    let hydration = facts.hydration?;
    // Laravel's `newModelInstance()`: the instance is `new static` of the
    // model's class, and so is every row's model.
    let laravels = Class::loaded(BUILDER)?.address();
    if Class::of_object(builder)?.method_scope(b"newmodelinstance") != Some(laravels) {
        return None;
    }
    let (count, entries) = items.as_array()?;
    let mut rows = Vec::with_capacity(count);
    for (key, item) in entries {
        rows.push((key, row(item)?));
    }
    // The other rows' models skip the constructor's `fill([])`, which must
    // then do nothing.
    if count < 2 || !unobserved(model, class, &hydration)? || !empty_fill_is_silent(model, facts) {
        return None;
    }

    // Laravel's steps: the instance, the first row's model, the collection;
    // the other rows' models are copies of the first.
    let built = (|| -> Result<Zval, Thrown> {
        let instance = call_method(builder, "newModelInstance", vec![])?;
        let mut models = ZendHashTable::with_capacity(count as u32);
        let mut writer = ArrayWriter::new(&mut models);
        let mut first: Option<Zval> = None;
        for (key, attributes) in &rows {
            let copy = first.as_ref().and_then(clone_plain).and_then(|copy| {
                // `setRawAttributes($row, true)`: the attributes, and the
                // original as `getAttributes()` gives them back (the
                // first model's cast caches are empty).
                hydration
                    .attributes
                    .write(&copy, attributes.shallow_clone())?;
                hydration
                    .original
                    .write(&copy, attributes.shallow_clone())?;
                Some(copy)
            });
            let model = match copy {
                Some(copy) => copy,
                None => {
                    let model = call_method(&instance, "newFromBuilder", vec![attributes])?;
                    // A public property of Laravel's model class (checked
                    // before): the `None` of another class cannot come.
                    if let Some(written) =
                        set_public_property(&model, b"preventsLazyLoading", prevents_lazy_loading)
                    {
                        written?;
                    }
                    model
                }
            };
            if first.is_none() {
                first = Some(model.shallow_clone());
            }
            writer.insert(*key, model);
        }
        let mut list = Zval::new();
        list.set_hashtable(models);
        call_method(&instance, "newCollection", vec![&list])
    })();
    Some(built)
}
