//! `Oxide\Native\str_*`: the `Str` accelerator's entry points.
//!
//! Each returns `null` when native code cannot decide the exact result; the
//! PHP package then runs Laravel's implementation.

use std::borrow::Cow;

use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;

use super::args::StringArg;
use crate::str::case;

/// `Str::snake($value, $delimiter)`.
#[php_function]
#[php(name = "Oxide\\Native\\str_snake")]
pub fn str_snake(mut value: StringArg, mut delimiter: StringArg) -> Option<Zval> {
    // Arguments are checked in order: the first bad one throws.
    let text = value.utf8(1).ok()?;
    let delimiter = delimiter.utf8(2).ok()?;
    let changed = match case::snake(text?, delimiter?)? {
        Cow::Borrowed(_) => None,
        Cow::Owned(snaked) => Some(snaked),
    };
    Some(changed.map_or_else(
        || value.zval().shallow_clone(),
        |snaked| string_zval(&snaked),
    ))
}

/// `Str::studly($value)` (without `$normalize`).
#[php_function]
#[php(name = "Oxide\\Native\\str_studly")]
pub fn str_studly(mut value: StringArg) -> Option<Zval> {
    let text = value.utf8(1).ok()??;
    case::studly(text).map(|studly| string_zval(&studly))
}

fn string_zval(text: &str) -> Zval {
    let mut zval = Zval::new();
    zval.set_string(text, false)
        .expect("a Rust string has no interior NUL requirement in PHP");
    zval
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(str_snake))
        .function(wrap_function!(str_studly))
}
