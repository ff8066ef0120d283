//! `Oxide\Native\remembered()`/`remember()`: strings the package derives
//! from files on disk (which of transparent mode's copies to load), kept for
//! the worker's life so that each request does not stat, locate and hash
//! Laravel's files again. PHP drops its own state at the end of every
//! request; an extension's outlives it. The package decides how long a fact
//! stays fresh (as long as OPcache trusts the files it compiled).
//!
//! Thread-local: each thread of a ZTS build keeps its own facts.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use ext_php_rs::prelude::*;
use rustc_hash::FxHashMap;

use super::engine::args::{PhpString, StringArg};

/// A fact and when it was remembered.
type Fact = (Vec<u8>, Instant);

thread_local! {
    static FACTS: RefCell<FxHashMap<Vec<u8>, Fact>> = RefCell::default();
}

/// Facts kept before the store starts over: the package keeps one per
/// Laravel class it patches, a handful.
const MAX_FACTS: usize = 256;

/// The value remembered for `$key` by this worker, when it was remembered
/// less than `$maxAgeSeconds` ago; `null` otherwise.
#[php_function]
#[php(name = "Oxide\\Native\\remembered")]
pub fn remembered(mut key: StringArg, max_age_seconds: i64) -> Option<PhpString> {
    let key = key.bytes(1)?;
    let max_age = Duration::from_secs(u64::try_from(max_age_seconds).ok()?);
    FACTS.with_borrow(|facts| {
        let (value, at) = facts.get(key)?;
        (at.elapsed() < max_age).then(|| PhpString::new(value))
    })
}

/// Remembers `$value` for `$key` in this worker, from now on.
#[php_function]
#[php(name = "Oxide\\Native\\remember")]
pub fn remember(mut key: StringArg, mut value: StringArg) {
    let Some(key) = key.bytes(1).map(<[u8]>::to_vec) else {
        return;
    };
    let Some(value) = value.bytes(2).map(<[u8]>::to_vec) else {
        return;
    };
    FACTS.with_borrow_mut(|facts| {
        if facts.len() >= MAX_FACTS && !facts.contains_key(&key) {
            facts.clear();
        }
        facts.insert(key, (value, Instant::now()));
    });
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(remembered))
        .function(wrap_function!(remember))
}
