//! The call frame of a function written against it (the helpers take
//! their target by reference, which ext-php-rs's argument parsing cannot).

use std::ffi::CString;

use ext_php_rs::ffi::{zend_ce_argument_count_error, zend_function, zend_throw_error};
use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

/// `ZEND_USER_FUNCTION` and `ZEND_EVAL_CODE` (zend_compile.h): code with a
/// file and line, where `ZEND_USER_CODE()` holds.
fn is_user_code(function: &zend_function) -> bool {
    // SAFETY: every member of the union starts with the type byte.
    unsafe { function.type_ & 1 == 0 }
}

/// Whether a helper's call passes its required arguments. Laravel's helpers
/// are userland functions: more arguments are ignored (`->map('head')`
/// passes the key too), and too few throw the `ArgumentCountError` PHP
/// throws for a userland function, naming the caller's file and line, which
/// this throws before answering false.
pub fn has_required_arguments(frame: &ExecuteData) -> bool {
    // SAFETY: the engine passes this call's frame: its function, and the
    // caller's frame with its function and current line, are live.
    unsafe {
        let function = &(*frame.func).common;
        let passed = frame.This.u2.num_args;
        let required = function.required_num_args;
        if passed >= required {
            return true;
        }
        let mut message = b"Too few arguments to function ".to_vec();
        if let Some(name) = function.function_name.as_ref() {
            message.extend_from_slice(name.as_bytes());
        }
        message.extend_from_slice(format!("(), {passed} passed").as_bytes());
        let caller = frame.prev_execute_data.as_ref();
        if let Some(caller) = caller.filter(|caller| caller.func.as_ref().is_some_and(is_user_code))
            && let (Some(file), Some(line)) = (
                (*caller.func).op_array.filename.as_ref(),
                caller.opline.as_ref(),
            )
        {
            message.extend_from_slice(b" in ");
            message.extend_from_slice(file.as_bytes());
            message.extend_from_slice(format!(" on line {}", line.lineno).as_bytes());
        }
        let arity = if required == function.num_args {
            "exactly"
        } else {
            "at least"
        };
        message.extend_from_slice(format!(" and {arity} {required} expected").as_bytes());
        let message = CString::new(message).unwrap_or_default();
        zend_throw_error(
            zend_ce_argument_count_error,
            c"%s".as_ptr(),
            message.as_ptr(),
        );
        false
    }
}

/// The first `N` arguments of a helper's call (`None` for one not passed),
/// once [`has_required_arguments`] holds.
pub fn arguments<const N: usize>(frame: &mut ExecuteData) -> Option<[Option<&mut Zval>; N]> {
    if !has_required_arguments(frame) {
        return None;
    }
    // SAFETY: the frame's argument count, then the first `num_args` zvals
    // after its header: this call's arguments, distinct and live for the
    // whole call.
    unsafe {
        let passed = frame.This.u2.num_args as usize;
        Some(std::array::from_fn(|position| {
            frame.zend_call_arg(position).filter(|_| position < passed)
        }))
    }
}
