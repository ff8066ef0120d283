//! The binding layer: converts zvals and calls the pure-Rust domain modules.

use ext_php_rs::builders::ModuleBuilder;

pub mod args;
pub mod arr;
mod array;
pub mod ids;
pub mod info;
mod random;
pub mod str;
pub mod validation;

/// Adds every `Oxide\Native\*` function and the `phpinfo()` section.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = ids::register(str::register(info::register(module)));
    validation::register(arr::register(module))
}
