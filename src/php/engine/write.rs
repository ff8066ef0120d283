//! The writing helpers' walk over what a caller's reference holds: in
//! place through `array.rs` where it can do all of it, else handed to
//! `data_steps.php` before anything has changed.

use ext_php_rs::types::{ZendHashTable, Zval};

use super::args::Thrown;
use super::array;
use super::call::{Step, boolean, step};
use crate::arr::Key;

/// What a writing helper does along its path.
#[derive(Clone, Copy)]
pub enum Write<'a> {
    /// `data_set($target, …, $value, $overwrite)` (`data_fill()` does not
    /// overwrite).
    Set { value: &'a Zval, overwrite: bool },
    /// `data_forget($target, …)`.
    Forget,
}

/// Whether `zval` is a PHP reference to a typed property (assignments
/// through it are checked against the property's type).
fn is_typed_reference(zval: &Zval) -> bool {
    // SAFETY: an IS_REFERENCE zval points at a live reference, whose source
    // list is null or its typed properties.
    zval.is_reference() && unsafe { !(*zval.value.ref_).sources.ptr.is_null() }
}

/// A writing helper's `write` along `segments` (`None` for a key native
/// code does not split) on what `slot` holds: the caller's variable (a PHP
/// reference), or a value `data_set($target[$segment], …)` fetched from an
/// `ArrayAccess` object on the way. Native where `array.rs` can do all of
/// it; otherwise, before anything has changed, `data_steps.php` with `slot`
/// as a reference, as PHP passes it, and `key` (the rest of the path as an
/// array when there is none).
///
/// # Safety
/// `slot` must be a live zval the caller may change.
pub unsafe fn write_into(
    slot: *mut Zval,
    segments: Option<&[Key<'_>]>,
    key: Option<&Zval>,
    write: Write<'_>,
) -> Result<(), Thrown> {
    // SAFETY: the caller's guarantees; the target is read and changed
    // through `slot` only.
    unsafe {
        if let Some(segments) = segments {
            let typed = is_typed_reference(&*slot);
            let target = (*slot).dereference_mut();
            let done = match write {
                Write::Forget => array::data_forget(target, segments),
                // `*` on an object that is not accessible assigns `[]` to
                // the caller's variable: a typed property's reference checks
                // that.
                Write::Set { .. }
                    if typed
                        && target.is_object()
                        && segments.first() == Some(&Key::Bytes(b"*")) =>
                {
                    None
                }
                Write::Set { value, overwrite } => {
                    array::data_set(target, segments, value, overwrite)
                }
            };
            if done.is_some() {
                return Ok(());
            }
        }
        array::make_reference(slot);
        let rest;
        let key = match key {
            Some(key) => key,
            None => {
                let mut list = ZendHashTable::new();
                for &segment in segments.unwrap_or_default() {
                    list.push(array::key_zval(segment)).map_err(|_| Thrown)?;
                }
                let mut list_zval = Zval::new();
                list_zval.set_hashtable(list);
                rest = list_zval;
                &rest
            }
        };
        match write {
            Write::Forget => step(Step::Forget, &[&*slot, key]),
            Write::Set { value, overwrite } => {
                step(Step::Set, &[&*slot, key, value, &boolean(overwrite)])
            }
        }
        .map(drop)
    }
}

/// [`write_into`] the caller's variable that a helper took by reference;
/// what the variable holds afterwards.
pub fn write_reference(
    reference: &mut Zval,
    segments: Option<&[Key<'_>]>,
    key: &Zval,
    write: Write<'_>,
) -> Result<Zval, Thrown> {
    let slot = std::ptr::from_mut(reference);
    // SAFETY: the caller's variable, live and ours to change for the call.
    unsafe {
        write_into(slot, segments, Some(key), write)?;
        Ok((*slot).dereference().shallow_clone())
    }
}
