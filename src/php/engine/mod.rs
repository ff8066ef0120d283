//! The one home of raw engine access: every `unsafe` block of the binding
//! layer is under this module, and nothing here imports the bindings above
//! it (`data`, `arr`, `str`, `validation`, `ids`), which call these safe
//! functions. Each file heads its own invariants; those all of them share:
//! - a zval, table or object reached from a live argument stays live and
//!   unchanged while native code borrows it: native code never calls back
//!   into PHP during a walk, and calls PHP only through `call.rs`, holding
//!   what it passes through zvals of its own;
//! - PHP is single-threaded per request (NTS here; ZTS gives each thread its
//!   own engine): state kept across calls is thread-local, never shared;
//! - engine structures are read as the PHP versions built against lay them
//!   out (ext-php-rs's bindings, or constants named after their headers).

use std::ffi::{CStr, c_char, c_int};

pub mod args;
pub mod array;
pub mod call;
pub mod frame;
pub mod object;
pub mod random;
pub mod write;

unsafe extern "C" {
    /// php.ini's value for `name` (with `-d` overrides), readable before startup.
    fn cfg_get_string(name: *const c_char, result: *mut *mut c_char) -> c_int;
}

/// Whether php.ini (or `-d`) turns a system setting on, read as PHP reads a
/// boolean setting; readable before startup.
pub fn ini_flag(name: &CStr) -> bool {
    let mut value: *mut c_char = std::ptr::null_mut();
    // SAFETY: the configuration hash is complete before extensions load; the
    // returned string belongs to it.
    let found = unsafe { cfg_get_string(name.as_ptr(), &raw mut value) } == 0;
    if !found || value.is_null() {
        return false;
    }
    // SAFETY: a NUL-terminated string owned by the configuration hash.
    let text = unsafe { CStr::from_ptr(value) }.to_bytes();
    let word = ["on", "yes", "true"]
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word.as_bytes()));
    // Otherwise `atol()`: leading blanks, a sign, then digits.
    let number = text.trim_ascii_start();
    let digits = number
        .strip_prefix(b"-")
        .or(number.strip_prefix(b"+"))
        .unwrap_or(number);
    word || digits
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .any(|&digit| digit != b'0')
}

/// Whether PCRE reads non-UTF patterns with the C locale's character tables
/// (PHP builds others after `setlocale()`, and e.g. Turkish ones fold `I`
/// differently).
pub fn pcre_reads_ascii_as_c() -> bool {
    // SAFETY: a null locale only queries; the name is read before anything
    // else can call setlocale() on this thread.
    let name = unsafe { libc::setlocale(libc::LC_CTYPE, std::ptr::null()) };
    // SAFETY: setlocale() returns null or a NUL-terminated string.
    !name.is_null()
        && matches!(
            unsafe { std::ffi::CStr::from_ptr(name) }.to_bytes(),
            b"C" | b"POSIX" | b"C.UTF-8" | b"C.utf8"
        )
}
