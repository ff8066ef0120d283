//! `Oxide\Native\model_force_fill()`: Laravel's `forceFill()`, which every
//! pivot a `belongsToMany` loads pays (`Pivot::fromAttributes()`), for
//! attributes that `setAttribute()` stores as they are. `forceFill()` fills
//! unguarded, so every key is fillable; `setAttribute()` then stores the
//! value as it is unless the key has a set mutator (a `set…Attribute()`
//! method, or a method named in camel case declared to return `Attribute`),
//! a cast (`getCasts()`: enum, class, JSON, encrypted, hashed and date casts
//! all start there), is a timestamp column while the model uses timestamps,
//! or holds `->`. Decided for every key before anything is written; any
//! other key hands the whole call to Laravel.

use ext_php_rs::types::Zval;

use super::to_array::ignores_no_timestamps;
use super::{Facts, LONGEST_KEY, accessor_name, declares_laravels, may_be_attribute_mutator};
use crate::arr::{Key, Value as _, Writer as _};
use crate::php::engine::call::is_truthy;
use crate::php::engine::object::{Class, Slot};
use crate::validation::Data;

/// The methods `forceFill()` goes through for a plain attribute: a class
/// that declares any of them again is Laravel's.
pub const MIRRORED: &[&str] = &[
    "forceFill",
    "unguarded",
    "unguard",
    "reguard",
    "fill",
    "totallyGuarded",
    "getFillable",
    "getGuarded",
    "fillableFromArray",
    "isFillable",
    "preventsSilentlyDiscardingAttributes",
    "setAttribute",
    "hasSetMutator",
    "hasAttributeSetMutator",
    "isDateAttribute",
    "getDates",
    "usesTimestamps",
    "isIgnoringTimestamps",
    "isDateCastable",
    "isEnumCastable",
    "isClassCastable",
    "isJsonCastable",
    "isEncryptedCastable",
    "hasCast",
    "getCasts",
    "getIncrementing",
    "getKeyName",
    "getKeyType",
];

/// The timestamp columns' getters, which a pivot declares again: only
/// asked while the model uses timestamps.
const COLUMN_GETTERS: &[&str] = &["getCreatedAtColumn", "getUpdatedAtColumn"];

/// What a class's `forceFill()` relies on.
#[derive(Clone, Copy)]
pub struct Fill {
    /// Whether the timestamp columns are `static::CREATED_AT` and
    /// `static::UPDATED_AT`, as Laravel's getters answer.
    laravels_columns: bool,
    /// `$this->fillable`, which `fill()` reads.
    fillable: Slot,
}

impl Fill {
    pub fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        declares_laravels(class, MIRRORED, model).then_some(())?;
        Some(Fill {
            laravels_columns: declares_laravels(class, COLUMN_GETTERS, model),
            fillable: class.instance_slot(b"fillable")?,
        })
    }
}

/// Whether `$model->fill([])` does nothing: Laravel's `fill()` and a
/// `$fillable` list of names (`fillableFromArray()` flips it, which warns
/// of anything else).
pub fn empty_fill_is_silent(model: &Zval, facts: &Facts) -> bool {
    facts.fill.is_some_and(|fill| {
        fill.fillable
            .read(model)
            .and_then(|fillable| fillable.as_array())
            .is_some_and(|(_, mut names)| names.all(|(_, name)| name.is_string()))
    })
}

/// `$model->forceFill($attributes)` natively: `true` once every attribute
/// is stored, `false` (nothing done) for Laravel's body.
pub fn force_fill(model: &Zval, class: &Class<'_>, facts: &Facts, attributes: &Zval) -> bool {
    let Some(fill) = facts.fill else {
        return false;
    };
    if plain_keys(model, class, facts, fill, attributes).is_none() {
        return false;
    }
    let (Some((_, entries)), Some(mut stored)) = (
        attributes.as_array(),
        facts.slots.attributes.array_writer(model),
    ) else {
        return false;
    };
    for (key, value) in entries {
        stored.set(key, value);
    }
    true
}

/// `Some` when `setAttribute()` would store every attribute as it is.
fn plain_keys(
    model: &Zval,
    class: &Class<'_>,
    facts: &Facts,
    fill: Fill,
    attributes: &Zval,
) -> Option<()> {
    let slots = facts.slots;
    let casts = slots.casts.read(model)?;
    let primary_key = slots.primary_key.read(model)?.zend_str()?.as_bytes();
    slots.attributes.read(model)?.as_array()?;
    // `getDates()`: the timestamp columns while `usesTimestamps()`.
    let uses_timestamps = is_truthy(slots.timestamps.read(model)?);
    if uses_timestamps && (!fill.laravels_columns || !ignores_no_timestamps(class)) {
        return None;
    }
    let (_, entries) = attributes.as_array()?;
    let mut buffer = [0; LONGEST_KEY + 12];
    for (key, _) in entries {
        let Key::Bytes(name) = key else {
            return None;
        };
        let (getter, studly) = accessor_name(name, &mut buffer)?;
        // `hasSetMutator()`: `set{Studly}Attribute`.
        let mut setter = [0; LONGEST_KEY + 12];
        let setter = &mut setter[..getter.len()];
        setter.copy_from_slice(getter);
        setter[0] = b's';
        let timestamp_column = uses_timestamps
            && facts
                .timestamps
                .iter()
                .any(|column| column.as_deref() == Some(name));
        if class.method_scope(setter).is_some()
            || may_be_attribute_mutator(class, &getter[studly])
            || Data::get(casts, Key::Bytes(name)).is_some()
            || name == primary_key
            || timestamp_column
            || name.windows(2).any(|pair| pair == b"->")
        {
            return None;
        }
    }
    Some(())
}
