//! `Oxide\Native\str_*`: the `Str` accelerator's entry points.
//!
//! Each returns `null` when native code cannot decide the exact result; the
//! PHP package then runs Laravel's implementation.

use std::borrow::Cow;

use ext_php_rs::prelude::*;

use super::args::{ArrayArg, PhpString, StringArg};
use crate::arr::Value;
use crate::str::{case, slug};
use crate::validation::{Data, Kind};

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

/// `Str::slug($title, $separator, $language, $dictionary)`, where
/// `$transliterates` says whether `$language` is truthy.
#[php_function]
#[php(name = "Oxide\\Native\\str_slug")]
pub fn str_slug(
    mut title: StringArg,
    mut separator: StringArg,
    transliterates: bool,
    mut dictionary: ArrayArg,
) -> Option<PhpString> {
    let title = title.bytes(1)?;
    let separator = separator.bytes(2)?;
    let dictionary = dictionary.array(4)?.as_array()?.1;
    // Values other than strings are left to Laravel's concatenation.
    let mut words = Vec::with_capacity(dictionary.size_hint().0);
    for (key, value) in dictionary {
        let Kind::Str(value) = value.kind() else {
            return None;
        };
        words.push((key, value));
    }
    slug::slug(title, separator, transliterates, words).map(PhpString::new)
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(str_snake))
        .function(wrap_function!(str_studly))
        .function(wrap_function!(str_slug))
}
