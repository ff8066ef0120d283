//! Module metadata: `Oxide\Native\version()`, `accelerators()` and `phpinfo()`.

use ext_php_rs::prelude::*;
use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

/// The accelerators this build implements; the PHP package enables only these.
pub const ACCELERATORS: &[&str] = &["str", "arr", "validation", "markdown"];

/// The extension's version (the crate version), which the PHP package checks
/// for compatibility.
#[php_function]
#[php(name = "Oxide\\Native\\version")]
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The names of the accelerators built into this extension.
#[php_function]
#[php(name = "Oxide\\Native\\accelerators")]
pub fn accelerators() -> Vec<&'static str> {
    ACCELERATORS.to_vec()
}

/// Throws a Rust panic on purpose, to prove panics become PHP exceptions.
/// Debug builds only. It unwinds as `panic!` does but skips the panic hook,
/// so a passing test prints no panic message.
#[cfg(debug_assertions)]
#[php_function]
#[php(name = "Oxide\\Native\\panic_for_test")]
pub fn panic_for_test() {
    std::panic::resume_unwind(Box::new("panic_for_test was called"));
}

/// The `phpinfo()` section.
pub extern "C" fn module_info(_module: *mut ModuleEntry) {
    info_table_start!();
    info_table_row!("oxide support", "enabled");
    info_table_row!("version", env!("CARGO_PKG_VERSION"));
    info_table_row!("accelerators", ACCELERATORS.join(", "));
    info_table_row!(
        "build",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    info_table_end!();
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = module
        .info_function(module_info)
        .function(wrap_function!(version))
        .function(wrap_function!(accelerators));
    #[cfg(debug_assertions)]
    let module = module.function(wrap_function!(panic_for_test));
    module
}
