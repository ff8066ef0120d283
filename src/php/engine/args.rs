//! Arguments parsed the way PHP's own internal functions parse them.
//!
//! ext-php-rs's typed parameters neither juggle types in coercive mode nor
//! raise PHP's standard messages, so string parameters arrive as [`StringArg`]
//! and are converted by the engine's own ZPP helpers.

use std::ffi::c_int;

use ext_php_rs::convert::{FromZvalMut, IntoZval};
use ext_php_rs::ffi::ext_php_rs_executor_globals;
use ext_php_rs::flags::DataType;
use ext_php_rs::types::{ZendStr, Zval};
use ext_php_rs::zend::ExecutorGlobals;

/// `Z_EXPECTED_STRING` and `Z_EXPECTED_ARRAY` of Zend's `zend_expected_type`
/// (stable since PHP 8.0).
const Z_EXPECTED_STRING: c_int = 4;
const Z_EXPECTED_ARRAY: c_int = 6;

unsafe extern "C" {
    /// Coerces a non-string argument in coercive mode (`null` with its
    /// deprecation, scalars, `Stringable` objects); false in strict mode or
    /// when the value cannot become a string.
    fn zend_parse_arg_str_slow(arg: *mut Zval, dest: *mut *mut ZendStr, arg_num: u32) -> bool;
    /// Throws PHP's standard `TypeError` for argument `num` (unless an
    /// exception is already pending).
    fn zend_wrong_parameter_type_error(num: u32, expected: c_int, arg: *mut Zval);
}

/// A parameter declared `string` whose conversion is deferred to
/// [`StringArg::bytes`], which knows the argument's position.
pub struct StringArg<'a>(&'a mut Zval);

impl<'a> FromZvalMut<'a> for StringArg<'a> {
    const TYPE: DataType = DataType::String;

    fn from_zval_mut(zval: &'a mut Zval) -> Option<Self> {
        Some(Self(zval))
    }
}

impl StringArg<'_> {
    /// The argument as a PHP string; `None` once a `TypeError` (or an
    /// exception from `__toString()`) is pending.
    pub fn bytes(&mut self, arg_num: u32) -> Option<&[u8]> {
        if !self.0.is_string() {
            let mut converted = std::ptr::null_mut();
            // SAFETY: the zval is this call's argument slot, which the engine
            // owns and frees after the call; the helper replaces it in place.
            let ok = unsafe { zend_parse_arg_str_slow(self.0, &raw mut converted, arg_num) };
            if !ok {
                // SAFETY: as above; the engine builds the message from the
                // active function's arginfo.
                unsafe { zend_wrong_parameter_type_error(arg_num, Z_EXPECTED_STRING, self.0) };
                return None;
            }
        }
        self.0.zend_str().map(ZendStr::as_bytes)
    }

    /// The argument as a PHP string that is valid UTF-8; `Ok(None)` when it
    /// is not (PHP's `/u` regexes and mbstring then behave specially).
    pub fn utf8(&mut self, arg_num: u32) -> Result<Option<&str>, Thrown> {
        let bytes = self.bytes(arg_num).ok_or(Thrown)?;
        Ok(std::str::from_utf8(bytes).ok())
    }

    /// The argument itself, to return it unchanged without a copy.
    pub fn zval(&self) -> &Zval {
        self.0
    }
}

/// A parameter declared `array` (PHP never juggles other types into one).
pub struct ArrayArg<'a>(&'a mut Zval);

impl<'a> FromZvalMut<'a> for ArrayArg<'a> {
    const TYPE: DataType = DataType::Array;

    fn from_zval_mut(zval: &'a mut Zval) -> Option<Self> {
        Some(Self(zval))
    }
}

impl ArrayArg<'_> {
    /// The argument, once it is known to be an array; `None` once PHP's
    /// `TypeError` is pending.
    pub fn array(&mut self, arg_num: u32) -> Option<&Zval> {
        if !self.0.is_array() {
            // SAFETY: as for strings above.
            unsafe { zend_wrong_parameter_type_error(arg_num, Z_EXPECTED_ARRAY, self.0) };
            return None;
        }
        Some(self.0)
    }
}

/// A PHP exception is pending; the native function must return at once.
#[derive(Debug)]
pub struct Thrown;

impl Thrown {
    /// `Err` once a call into the engine has left an exception pending.
    pub fn if_pending() -> Result<(), Thrown> {
        if executor_globals().exception.is_null() {
            Ok(())
        } else {
            Err(Thrown)
        }
    }
}

/// This thread's executor globals, for reading. ext-php-rs's
/// `ExecutorGlobals::get()` takes an `RwLock` and clones an `Arc` on every
/// call, which costs more than some native paths save; a field read needs
/// neither, as the engine runs one request per thread.
pub fn executor_globals() -> &'static ExecutorGlobals {
    // SAFETY: the engine's globals of this thread, live for the whole
    // process; only read through this reference.
    unsafe { &*ext_php_rs_executor_globals() }
}

/// A PHP string result, declared `string` in the function's arginfo.
pub struct PhpString(Zval);

impl PhpString {
    /// A new PHP string of `bytes` (PHP strings hold any bytes).
    pub fn new(bytes: impl AsRef<[u8]>) -> Self {
        let mut zval = Zval::new();
        zval.set_zend_string(ZendStr::new(bytes, false));
        Self(zval)
    }

    /// The argument returned as it came in: a refcount, not a copy.
    pub fn unchanged(argument: &Zval) -> Self {
        Self(argument.shallow_clone())
    }
}

impl IntoZval for PhpString {
    const TYPE: DataType = DataType::String;
    const NULLABLE: bool = false;

    fn set_zval(self, zval: &mut Zval, _persistent: bool) -> ext_php_rs::error::Result<()> {
        *zval = self.0;
        Ok(())
    }
}

/// A string result, or `false` for a value that is not UTF-8: Laravel's
/// `/u` regex returns `false` there, and the package then does what Laravel
/// does with it (returns null, or makes the call that throws).
pub enum TextOrFalse {
    Text(PhpString),
    NotUtf8,
}

impl From<PhpString> for TextOrFalse {
    fn from(text: PhpString) -> Self {
        Self::Text(text)
    }
}

impl IntoZval for TextOrFalse {
    const TYPE: DataType = DataType::Mixed;
    const NULLABLE: bool = true;

    fn set_zval(self, zval: &mut Zval, persistent: bool) -> ext_php_rs::error::Result<()> {
        match self {
            Self::Text(text) => text.set_zval(zval, persistent),
            Self::NotUtf8 => {
                zval.set_bool(false);
                Ok(())
            }
        }
    }
}
