//! The binding layer: converts zvals and calls the pure-Rust domain modules.

use ext_php_rs::builders::ModuleBuilder;

pub mod args;
pub mod info;
pub mod str;

/// Adds every `Oxide\Native\*` function and the `phpinfo()` section.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    str::register(info::register(module))
}
