//! `Oxide\Native\arr_*`: the `Arr` accelerator's entry points.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::prelude::*;
use ext_php_rs::types::ZendHashTable;

use super::args::{ArrayArg, StringArg};
use super::array::ArrayWriter;
use crate::arr::dot;

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

/// `Arr::undot($array)`.
#[php_function]
#[php(name = "Oxide\\Native\\arr_undot")]
pub fn arr_undot(mut array: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let array = array.array(1)?;
    let mut results = ZendHashTable::new();
    dot::undot(array, &mut ArrayWriter::new(&mut results));
    Some(results)
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(arr_dot))
        .function(wrap_function!(arr_undot))
}
