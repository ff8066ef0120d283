//! The binding layer: converts zvals and calls the pure-Rust domain modules.

use ext_php_rs::builders::ModuleBuilder;

pub mod args;
pub mod arr;
mod array;
pub mod info;
pub mod str;
pub mod validation;

/// Adds every `Oxide\Native\*` function and the `phpinfo()` section.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    validation::register(arr::register(str::register(info::register(module))))
}
