//! The binding layer: converts zvals and calls the pure-Rust domain modules.

use ext_php_rs::builders::ModuleBuilder;

pub mod arr;
pub mod data;
pub mod eloquent;
mod engine;
pub mod ids;
pub mod info;
pub mod markdown;
pub mod memo;
pub mod resources;
pub mod str;
pub mod validation;

/// Adds every `Oxide\Native\*` function (and, when php.ini asks, the global
/// helpers), the php.ini settings and the `phpinfo()` section.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = ids::register(str::register(info::register(module)));
    let module = data::register(validation::register(arr::register(module)));
    let module = resources::register(markdown::register(eloquent::register(module)));
    let module = memo::register(module);
    module.startup_function(data::startup)
}
