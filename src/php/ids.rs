//! `Oxide\Native\str_uuid*`, `str_ulid` and `str_random`: identifiers and
//! random strings in the layouts Laravel's `Str` methods produce.
//!
//! Each returns `null` only when PHP's CSPRNG failed (its exception is then
//! pending). The monotonic state of `uuid7` and `ulid` is per thread, and
//! starts afresh in a forked child.

use std::cell::{Cell, RefCell};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ext_php_rs::prelude::*;

use super::engine::args::PhpString;
use super::engine::random;
use crate::str::ids::{
    self, Clock, Monotonic, UlidRandom, Uuid7Random, comb_ticks, ordered_uuid_fields,
    timestamp_first, uuid_text, uuid4,
};

/// Monotonic state that a forked child starts afresh: continuing its
/// parent's sequence would repeat the parent's next identifiers.
#[derive(Default)]
struct PerProcess<R> {
    forks: u64,
    state: Monotonic<R>,
}

impl<R: Default> PerProcess<R> {
    fn state(&mut self) -> &mut Monotonic<R> {
        let forks = random::forks();
        if self.forks != forks {
            *self = Self {
                forks,
                state: Monotonic::default(),
            };
        }
        &mut self.state
    }
}

thread_local! {
    static UUID7: RefCell<PerProcess<Uuid7Random>> = RefCell::default();
    static ULID: RefCell<PerProcess<UlidRandom>> = RefCell::default();
}

/// Random bytes for generators whose callbacks cannot fail: a failed draw
/// is remembered (PHP's exception is then pending) and zeros stand in.
#[derive(Default)]
struct Draws {
    failed: Cell<bool>,
}

impl Draws {
    fn fill(&self, bytes: &mut [u8]) {
        if random::fill(bytes).is_err() {
            self.failed.set(true);
        }
    }

    fn bytes<const N: usize>(&self) -> [u8; N] {
        let mut bytes = [0; N];
        self.fill(&mut bytes);
        bytes
    }

    /// `value`, unless a draw failed.
    fn unless_failed<T>(&self, value: T) -> Option<T> {
        (!self.failed.get()).then_some(value)
    }
}

/// The wall clock `microtime()` reads.
fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The caller's time in milliseconds, or now.
fn clock(milliseconds: Option<i64>) -> Clock {
    milliseconds.map_or_else(
        || Clock::Now(i64::try_from(since_epoch().as_millis()).unwrap_or(i64::MAX)),
        Clock::Given,
    )
}

/// `(string) Uuid::uuid4()`.
#[php_function]
#[php(name = "Oxide\\Native\\str_uuid")]
pub fn str_uuid() -> Option<PhpString> {
    let random = random::bytes().ok()?;
    Some(PhpString::new(uuid_text(&uuid4(random))))
}

/// `(string) Uuid::uuid7($time)`, `$time` in milliseconds (null: now).
#[php_function]
#[php(name = "Oxide\\Native\\str_uuid7")]
pub fn str_uuid7(milliseconds: Option<i64>) -> Option<PhpString> {
    // Randomness is drawn only when the state needs it.
    let draws = Draws::default();
    let fields = UUID7.with_borrow_mut(|state| {
        state.state().uuid7(
            clock(milliseconds),
            || ids::uuid7_random(draws.bytes()),
            || {
                let [a, b, c] = draws.bytes();
                u32::from_be_bytes([0, a, b, c])
            },
        )
    });
    draws.unless_failed(PhpString::new(uuid_text(&fields)))
}

/// The fields of a `Str::orderedUuid()` UUID, before its codec swaps them.
fn ordered_fields() -> Option<[u8; 16]> {
    let random = random::bytes().ok()?;
    let now = since_epoch();
    Some(ordered_uuid_fields(
        random,
        comb_ticks(now.as_secs(), now.subsec_micros()),
    ))
}

/// `(string) Str::orderedUuid()`.
#[php_function]
#[php(name = "Oxide\\Native\\str_ordered_uuid")]
pub fn str_ordered_uuid() -> Option<PhpString> {
    let fields = ordered_fields()?;
    Some(PhpString::new(uuid_text(&timestamp_first(&fields))))
}

/// The 16 bytes `Str::orderedUuid()`'s factory builds its UUID from.
#[php_function]
#[php(name = "Oxide\\Native\\str_ordered_uuid_fields")]
pub fn str_ordered_uuid_fields() -> Option<PhpString> {
    ordered_fields().map(PhpString::new)
}

/// `Ulid::generate($time)`, `$time` in milliseconds (null: now; the caller
/// rejects negative times as symfony/uid does).
#[php_function]
#[php(name = "Oxide\\Native\\str_ulid")]
pub fn str_ulid(milliseconds: Option<i64>) -> Option<PhpString> {
    let draws = Draws::default();
    let text = ULID.with_borrow_mut(|state| {
        state
            .state()
            .ulid(clock(milliseconds), || ids::ulid_random(draws.bytes()))
    });
    draws.unless_failed(PhpString::new(text))
}

/// `Str::random($length)` without a custom factory.
#[php_function]
#[php(name = "Oxide\\Native\\str_random")]
pub fn str_random(length: i64) -> Option<PhpString> {
    let draws = Draws::default();
    let text = ids::random_alphanumeric(usize::try_from(length).unwrap_or(0), |bytes| {
        draws.fill(bytes);
    });
    draws.unless_failed(PhpString::new(text))
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(str_uuid))
        .function(wrap_function!(str_uuid7))
        .function(wrap_function!(str_ordered_uuid))
        .function(wrap_function!(str_ordered_uuid_fields))
        .function(wrap_function!(str_ulid))
        .function(wrap_function!(str_random))
}
