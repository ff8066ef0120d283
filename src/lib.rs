//! Oxide: native Rust acceleration for Laravel's hot paths.
//!
//! Domain modules (`str`, `arr`, …) hold pure Rust; `php` converts zvals and exposes
//! them as `Oxide\Native\*`. This file only registers the module.

pub mod arr;
pub mod eloquent;
pub mod markdown;
pub mod resources;
pub mod str;
pub mod validation;

#[cfg(not(test))]
mod php;

#[cfg(not(test))]
#[ext_php_rs::php_module]
pub fn get_module(
    module: ext_php_rs::builders::ModuleBuilder,
) -> ext_php_rs::builders::ModuleBuilder {
    php::register(module)
}
