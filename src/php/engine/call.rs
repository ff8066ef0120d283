//! Calls back into PHP: functions, methods and closures, called as the
//! engine calls them, and the functions of `data_steps.php` through which
//! the helpers hand PHP the cases it must decide.

use ext_php_rs::convert::IntoZvalDyn;
use ext_php_rs::ffi::{
    _call_user_function_impl, ZEND_RESULT_CODE_SUCCESS, zend_call_known_function, zend_class_entry,
    zend_function, zend_object,
};
use ext_php_rs::php_eval;
use ext_php_rs::types::{ZendCallable, ZendHashTable, Zval};

use super::args::{Thrown, executor_globals};
use super::array;

unsafe extern "C" {
    static zend_ce_closure: *mut zend_class_entry;
    /// `(bool) $value`. PHP < 8.3 declares it returning `int` (0 or 1),
    /// which reads the same as `bool` on every ABI PHP supports.
    fn zend_is_true(value: *const Zval) -> bool;
}

const STEPS: &str = include_str!("../data_steps.php");

/// Calls a PHP function; `Err` once its exception is pending.
pub fn call(function: &str, arguments: Vec<&dyn IntoZvalDyn>) -> Result<Zval, Thrown> {
    ZendCallable::try_from_name(function)
        .and_then(|callable| callable.try_call(arguments))
        .map_err(|_| Thrown)
}

/// `$object->{$method}()`, a public method called as PHP code outside the
/// class calls it; `Err` once its exception is pending.
pub fn call_public_method(object: &Zval, method: &str) -> Result<Zval, Thrown> {
    call_method(object, method, vec![])
}

/// `$object->{$method}(...$arguments)`, as [`call_public_method`] calls it.
pub fn call_method(
    object: &Zval,
    method: &str,
    arguments: Vec<&dyn IntoZvalDyn>,
) -> Result<Zval, Thrown> {
    let mut callable = ZendHashTable::new();
    callable.push(object.shallow_clone()).map_err(|_| Thrown)?;
    callable.push(method).map_err(|_| Thrown)?;
    let mut zval = Zval::new();
    zval.set_hashtable(callable);
    ZendCallable::new_owned(zval)
        .and_then(|callable| callable.try_call(arguments))
        .map_err(|_| Thrown)
}

/// The functions of `data_steps.php`.
#[derive(Clone, Copy)]
pub enum Step {
    Get,
    Has,
    Property,
    ExistingProperty,
    Offset,
    ArrayKey,
    Items,
    EdgeKey,
    WildcardAmong,
    Collapse,
    Set,
    Forget,
}

impl Step {
    /// The function's key in the function table: its name in lower case.
    fn function(self) -> &'static str {
        match self {
            Step::Get => "oxide\\native\\steps\\get",
            Step::Has => "oxide\\native\\steps\\has",
            Step::Property => "oxide\\native\\steps\\property",
            Step::ExistingProperty => "oxide\\native\\steps\\existingproperty",
            Step::Offset => "oxide\\native\\steps\\offset",
            Step::ArrayKey => "oxide\\native\\steps\\arraykey",
            Step::Items => "oxide\\native\\steps\\items",
            Step::EdgeKey => "oxide\\native\\steps\\edgekey",
            Step::WildcardAmong => "oxide\\native\\steps\\wildcardamong",
            Step::Collapse => "oxide\\native\\steps\\collapse",
            Step::Set => "oxide\\native\\steps\\set",
            Step::Forget => "oxide\\native\\steps\\forget",
        }
    }

    /// The function, once `data_steps.php` is compiled into this request.
    fn compiled(self) -> Option<*mut zend_function> {
        let functions = executor_globals().function_table()?;
        let function = array::stored_pointer(functions, self.function().as_bytes());
        (!function.is_null()).then(|| function.cast())
    }
}

/// Calls one of `data_steps.php`'s functions, compiling the file into the
/// request first if this request has not needed it yet. The function is
/// found by its key and called directly: the name needs no resolving.
pub fn step(step: Step, arguments: &[&Zval]) -> Result<Zval, Thrown> {
    let function = match step.compiled() {
        Some(function) => function,
        None => {
            php_eval::execute(STEPS).map_err(|_| Thrown)?;
            step.compiled().ok_or(Thrown)?
        }
    };
    // The steps take at most four arguments: copied on the stack, not the heap.
    let mut copies: [Zval; 4] = std::array::from_fn(|_| Zval::new());
    let copies = copies.get_mut(..arguments.len()).ok_or(Thrown)?;
    for (copy, argument) in copies.iter_mut().zip(arguments) {
        *copy = argument.shallow_clone();
    }
    // SAFETY: a function of this request's function table.
    unsafe { call_known(function, None, copies) }
}

/// Calls `function` (a method of `object` when there is one) with
/// `arguments`, which the engine copies into the call frame (references
/// stay references, for `&$target`); `Err` once its exception is pending.
///
/// # Safety
/// `function` must be live, and a method of `object`'s class when given.
pub unsafe fn call_known(
    function: *mut zend_function,
    object: Option<&zend_object>,
    arguments: &mut [Zval],
) -> Result<Zval, Thrown> {
    let (object, scope) = object.map_or((std::ptr::null_mut(), std::ptr::null_mut()), |object| {
        (std::ptr::from_ref(object).cast_mut(), object.ce)
    });
    // SAFETY: the caller vouches for `function` and `object`.
    unsafe { call_in_scope(function, object, scope, arguments) }
}

/// [`call_known`] with the called scope given apart from the object (a
/// closure's, which may have a scope and no object).
///
/// # Safety
/// `function` must be live; `object` null or live, and `scope` null or the
/// class `function` is called in.
unsafe fn call_in_scope(
    function: *mut zend_function,
    object: *mut zend_object,
    scope: *mut zend_class_entry,
    arguments: &mut [Zval],
) -> Result<Zval, Thrown> {
    let count = u32::try_from(arguments.len()).map_err(|_| Thrown)?;
    let mut result = Zval::new();
    // SAFETY: the caller vouches for `function`, `object` and `scope`.
    unsafe {
        zend_call_known_function(
            function,
            object,
            scope,
            &raw mut result,
            count,
            arguments.as_mut_ptr(),
            std::ptr::null_mut(),
        );
    }
    Thrown::if_pending()?;
    Ok(result)
}

pub fn is_closure(value: &Zval) -> bool {
    value.object().is_some_and(|object| {
        // SAFETY: `zend_ce_closure` is set at engine startup and never changes.
        std::ptr::eq(object.ce, unsafe { zend_ce_closure })
    })
}

/// `$closure()` for a `Closure` object; `Err` once its exception is
/// pending. The closure's function, bound object and scope come from its
/// `get_closure` handler, as the engine's own callable check takes them, so
/// the call does not resolve the callable again as `call_user_function()`
/// would.
pub fn call_closure(closure: &Zval) -> Result<Zval, Thrown> {
    let Some(object) = closure.object() else {
        return Ok(closure.shallow_clone());
    };
    let object = std::ptr::from_ref(object).cast_mut();
    let mut scope = std::ptr::null_mut();
    let mut function = std::ptr::null_mut();
    let mut this = std::ptr::null_mut();
    // SAFETY: a live object, whose handlers the engine set; `Closure`'s
    // `get_closure` only reads it. The function it names lives in the
    // closure, which the caller's zval keeps alive for the call.
    unsafe {
        let resolved = (*(*object).handlers)
            .get_closure
            .is_some_and(|get_closure| {
                get_closure(
                    object,
                    &raw mut scope,
                    &raw mut function,
                    &raw mut this,
                    false,
                ) == ZEND_RESULT_CODE_SUCCESS
            });
        if resolved {
            return call_in_scope(function, this, scope, &mut []);
        }
        let mut result = Zval::new();
        _call_user_function_impl(
            std::ptr::null_mut(),
            std::ptr::from_ref(closure).cast_mut(),
            &raw mut result,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        );
        Thrown::if_pending()?;
        Ok(result)
    }
}

pub fn boolean(value: bool) -> Zval {
    let mut zval = Zval::new();
    zval.set_bool(value);
    zval
}

/// `(bool) $value`, as the engine casts it (objects without PHP code).
pub fn is_truthy(value: &Zval) -> bool {
    // SAFETY: a live zval; the engine only reads it.
    unsafe { zend_is_true(value) }
}
