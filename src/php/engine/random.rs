//! Random bytes from PHP's CSPRNG (the source of `random_bytes()`), drawn a
//! block at a time: a `getrandom()` system call per UUID would cost more
//! than the rest of making it.
//!
//! A forked child (PHP-FPM workers are forks) must never reuse bytes its
//! parent had drawn, so a fork handler discards every buffered block; bytes
//! handed out are wiped from the buffer.

use std::cell::RefCell;
use std::ffi::{c_int, c_void};
use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering};

use super::args::Thrown;

unsafe extern "C" {
    /// `php_random_bytes()` (ext/random): `SUCCESS` (0) or `FAILURE` with an
    /// exception thrown when `should_throw`.
    fn php_random_bytes(bytes: *mut c_void, size: usize, should_throw: bool) -> c_int;
    fn pthread_atfork(
        prepare: Option<extern "C" fn()>,
        parent: Option<extern "C" fn()>,
        child: Option<extern "C" fn()>,
    ) -> c_int;
}

const BLOCK: usize = 1024;

/// Bumped in every forked child, so blocks drawn before the fork are stale.
static FORKS: AtomicU64 = AtomicU64::new(0);
static FORK_HANDLER: Once = Once::new();

extern "C" fn forked_child() {
    FORKS.fetch_add(1, Ordering::Relaxed);
}

struct Block {
    bytes: [u8; BLOCK],
    used: usize,
    forks: u64,
}

thread_local! {
    static BLOCK_OF_THREAD: RefCell<Block> = const {
        RefCell::new(Block { bytes: [0; BLOCK], used: BLOCK, forks: 0 })
    };
}

/// Reads fresh bytes straight from PHP's CSPRNG.
fn draw(out: &mut [u8]) -> Result<(), Thrown> {
    // SAFETY: `out` is writable for its length; PHP throws on failure.
    match unsafe { php_random_bytes(out.as_mut_ptr().cast(), out.len(), true) } {
        0 => Ok(()),
        _ => Err(Thrown),
    }
}

/// How many forks this process descends from (since the first draw), so
/// other per-thread state can tell it was inherited.
pub fn forks() -> u64 {
    FORKS.load(Ordering::Relaxed)
}

/// Fills `out` with cryptographically secure random bytes; `Err` when PHP
/// could not (its exception is then pending).
pub fn fill(out: &mut [u8]) -> Result<(), Thrown> {
    FORK_HANDLER.call_once(|| {
        // SAFETY: registers a handler that only touches an atomic. Should
        // registration fail, blocks are never used (see below).
        if unsafe { pthread_atfork(None, None, Some(forked_child)) } != 0 {
            FORKS.store(u64::MAX, Ordering::Relaxed);
        }
    });
    let forks = FORKS.load(Ordering::Relaxed);
    if out.len() > BLOCK / 4 || forks == u64::MAX {
        return draw(out);
    }
    BLOCK_OF_THREAD.with_borrow_mut(|block| {
        if block.forks != forks || BLOCK - block.used < out.len() {
            draw(&mut block.bytes)?;
            block.used = 0;
            block.forks = forks;
        }
        let taken = &mut block.bytes[block.used..block.used + out.len()];
        out.copy_from_slice(taken);
        taken.fill(0);
        block.used += out.len();
        Ok(())
    })
}

/// `N` random bytes.
pub fn bytes<const N: usize>() -> Result<[u8; N], Thrown> {
    let mut out = [0; N];
    fill(&mut out)?;
    Ok(out)
}
