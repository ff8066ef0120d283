//! `Oxide\Native\str_*`: the `Str` accelerator's entry points.
//!
//! Each returns `null` when native code cannot decide the exact result; the
//! PHP package then runs Laravel's implementation.

use std::borrow::Cow;

use ext_php_rs::prelude::*;

use super::args::{PhpString, StringArg};
use crate::str::case;

/// `Str::snake($value, $delimiter)`.
#[php_function]
#[php(name = "Oxide\\Native\\str_snake")]
pub fn str_snake(mut value: StringArg, mut delimiter: StringArg) -> Option<PhpString> {
    // Arguments are checked in order: the first bad one throws.
    let text = value.utf8(1).ok()?;
    let delimiter = delimiter.utf8(2).ok()?;
    let changed = match case::snake(text?, delimiter?)? {
        Cow::Borrowed(_) => None,
        Cow::Owned(snaked) => Some(snaked),
    };
    Some(changed.map_or_else(
        || PhpString::unchanged(value.zval()),
        |snaked| PhpString::new(&snaked),
    ))
}

/// `Str::studly($value)` (without `$normalize`).
#[php_function]
#[php(name = "Oxide\\Native\\str_studly")]
pub fn str_studly(mut value: StringArg) -> Option<PhpString> {
    let text = value.utf8(1).ok()??;
    case::studly(text).map(|studly| PhpString::new(&studly))
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(str_snake))
        .function(wrap_function!(str_studly))
}
