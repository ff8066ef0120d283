//! `Oxide\Native\resource_data_unchanged()`: whether an API resource's `filter()` would give
//! its data back as it is (see `crate::resources`).

use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;

use super::engine::object::{Class, Property, public_property};
use crate::resources::filter_keeps;

const POTENTIALLY_MISSING: &str = "Illuminate\\Http\\Resources\\PotentiallyMissing";
const MERGE_VALUE: &[u8] = b"Illuminate\\Http\\Resources\\MergeValue";

/// Whether `ConditionallyLoadsAttributes::filter($data)`, called on a `$resourceClass` (the
/// trait's `self`), returns `$data` unchanged: no merged value, missing value or resource of
/// a `null` anywhere, and no level `removeMissingValues()` would renumber. `false` whenever
/// Laravel's code must decide, including objects whose properties cannot be read plainly.
#[php_function]
#[php(name = "Oxide\\Native\\resource_data_unchanged")]
pub fn resource_data_unchanged(data: &Zval, resource_class: &str) -> bool {
    filter_keeps(data, &mut |value| keeps(value, resource_class.as_bytes()))
}

/// Whether `filter()` keeps a value that is not an array as it is.
fn keeps(value: &Zval, resource_class: &[u8]) -> bool {
    if !value.is_object() {
        return true;
    }
    let Some(class) = Class::of_instance(value) else {
        return false;
    };
    if is_potentially_missing(&class) || is_a(&class, MERGE_VALUE) {
        return false;
    }
    if !is_a(&class, resource_class) {
        return true;
    }
    // `$value instanceof self && is_null($value->resource)`, and a resource of a missing value.
    match public_property(value, b"resource") {
        Some(Property::Value(resource)) if !resource.is_null() => {
            !resource.is_object()
                || Class::of_instance(resource).is_some_and(|class| !is_potentially_missing(&class))
        }
        _ => false,
    }
}

fn is_a(class: &Class<'_>, name: &[u8]) -> bool {
    class
        .lineage()
        .any(|ancestor| ancestor.name().eq_ignore_ascii_case(name))
}

fn is_potentially_missing(class: &Class<'_>) -> bool {
    class.implements(POTENTIALLY_MISSING)
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module.function(wrap_function!(resource_data_unchanged))
}
