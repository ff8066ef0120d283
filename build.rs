//! Tells the code which PHP it is built against, with ext-php-rs's own
//! discovery (the `PHP` variable, else `php` on the PATH), so that engine
//! structures that only exist from PHP 8.4 on (lazy objects, property hooks)
//! are read only where they exist.

use ext_php_rs_build::{PHPInfo, find_php};

/// `PHP API` of PHP 8.4.
const PHP_84_API: u32 = 20240924;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(php84)");
    println!("cargo::rerun-if-env-changed=PHP");
    println!("cargo::rerun-if-env-changed=PATH");
    let php = find_php().expect("a PHP to build against");
    let api = PHPInfo::get(&php)
        .and_then(|info| info.zend_version())
        .expect("the PHP API version of that PHP");
    if api >= PHP_84_API {
        println!("cargo::rustc-cfg=php84");
    }
}
