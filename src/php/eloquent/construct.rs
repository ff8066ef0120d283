//! `Oxide\Native\model_construct()`: the steps of Laravel's
//! `Model::__construct()` before `fill()`. For a booted class whose
//! construction runs only Laravel's own code (its constructor, the trait
//! initializers of `Model` itself), those steps leave every new object in
//! the same state: the first object of a request runs them (called as the
//! constructor calls them) and its properties are kept; every later one is
//! given them. Decided before anything is called. Snapshots are per thread
//! and per request.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use ext_php_rs::types::Zval;

use super::hydrate::{INITIALIZERS, laravels_initializers_only};
use super::{Facts, declares_laravels};
use crate::arr::Key;
use crate::php::engine::object::{
    Class, Method, PropertyValue, is_fresh, property_snapshot, restore_snapshot,
};
use crate::validation::Data;

/// The methods the constructor's steps go through, besides the
/// initializers: a class that declares any of them again is Laravel's.
pub const MIRRORED: &[&str] = &[
    "__construct",
    "bootIfNotBooted",
    "initializeTraits",
    "initializeModelAttributes",
    "syncOriginal",
    "getAttributes",
    "mergeAttributesFromCachedCasts",
    "mergeAttributesFromClassCasts",
    "mergeAttributesFromAttributeCasts",
    "ensureCastsAreStringValues",
    "mergeFillable",
    "mergeHidden",
    "mergeVisible",
    "mergeAppends",
];

/// The constructor's steps before `fill()`, as the class has them.
#[derive(Clone, Copy)]
pub struct Construction {
    steps: [Method; 4],
}

impl Construction {
    pub fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        (declares_laravels(class, MIRRORED, model)
            && declares_laravels(class, INITIALIZERS, model))
        .then_some(())?;
        Some(Construction {
            steps: [
                class.method(b"bootifnotbooted")?,
                class.method(b"initializetraits")?,
                class.method(b"initializemodelattributes")?,
                class.method(b"syncoriginal")?,
            ],
        })
    }
}

thread_local! {
    /// Per class (by address): the properties its constructor's steps
    /// leave, or `None` for a class whose properties are not plain data.
    static SNAPSHOTS: RefCell<FxHashMap<usize, Option<Vec<PropertyValue>>>> =
        RefCell::new(FxHashMap::default());
}

/// Whether the class is booted (`static::$booted[static::class]`): its
/// constructor's first step does nothing then.
fn booted(class: &Class<'_>) -> bool {
    class
        .static_value("booted")
        .and_then(|booted| Data::get(booted, Key::Bytes(class.name())))
        .is_some_and(|flag| !flag.is_null())
}

/// The constructor's steps before `fill()` for `model`: `true` once they
/// are done (natively, or by calling them), `false` for Laravel's body.
pub fn construct(model: &Zval, class: &Class<'_>, facts: &Facts) -> bool {
    let Some(construction) = facts.construction else {
        return false;
    };
    if !booted(class) {
        // Booting runs the app's code: Laravel's, and what it set up then
        // is learnt again.
        SNAPSHOTS.with_borrow_mut(|snapshots| snapshots.remove(&class.address()));
        return false;
    }
    if laravels_initializers_only(class) != Some(true) || !is_fresh(model) {
        return false;
    }
    let restored = SNAPSHOTS.with_borrow(|snapshots| match snapshots.get(&class.address()) {
        Some(Some(snapshot)) => restore_snapshot(model, snapshot).is_some(),
        _ => false,
    });
    if restored {
        return true;
    }
    if SNAPSHOTS.with_borrow(|snapshots| snapshots.contains_key(&class.address())) {
        return false;
    }
    // The first object: the steps as the constructor calls them; an
    // exception stays pending and PHP throws it from the prologue.
    for step in construction.steps {
        if step.call(model, &mut []).is_err() {
            return true;
        }
    }
    let snapshot = property_snapshot(model);
    SNAPSHOTS.with_borrow_mut(|snapshots| snapshots.insert(class.address(), snapshot));
    true
}

/// Forgets the snapshots: their values belong to the request.
pub fn forget() {
    SNAPSHOTS.with_borrow_mut(FxHashMap::clear);
}
