//! The one module that reads object storage directly: a property as PHP
//! code in global scope (Laravel's helpers) would read it, for the objects
//! where the engine itself would run no PHP code to read it; the property
//! table of a plain `stdClass` and the slots of public declared properties,
//! which the writers change as `array.rs` changes arrays; and the calls an
//! `ArrayAccess` object or the standard property handlers answer, made as
//! PHP code makes them.
//!
//! Invariants every `unsafe` block below relies on:
//! - an `IS_OBJECT` zval points at a live object whose class entry and
//!   handler table outlive it;
//! - a declared property's slot lies `offset` bytes into the object;
//! - native code never calls into PHP while it holds a borrowed slot: the
//!   `ArrayAccess` and property handler calls hold the object through a
//!   zval of their own, and a write fetch's slot is used only until the
//!   walk below it first calls PHP, the last thing that walk does.

use std::ffi::{c_char, c_int};

use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::{
    _ZEND_TYPE_NAME_BIT, _ZEND_TYPE_NULLABLE_BIT, IS_ARRAY, IS_CONSTANT_AST, IS_FALSE, IS_INDIRECT,
    IS_LONG, IS_NULL, IS_OBJECT, IS_REFERENCE, IS_RESOURCE, IS_STRING, IS_TRUE, IS_UNDEF,
    ZEND_ACC_ABSTRACT, ZEND_ACC_CHANGED, ZEND_ACC_HAS_RETURN_TYPE, ZEND_ACC_PRIVATE,
    ZEND_ACC_PROTECTED, ZEND_ACC_PUBLIC, ZEND_ACC_STATIC, ZEND_ACC_USE_GUARDS, ZEND_USER_FUNCTION,
    std_object_handlers, zend_class_constant, zend_class_entry, zend_function, zend_hash_str_find,
    zend_object, zend_property_info, zend_read_static_property, zend_std_get_properties,
    zend_std_get_property_ptr_ptr, zend_std_has_property, zend_std_read_property,
    zend_std_unset_property, zend_std_write_property, zend_string,
};
use ext_php_rs::flags::{ClassFlags, ZvalTypeFlags};
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use ext_php_rs::zend::{ClassEntry, ce};

use super::args::{Thrown, executor_globals};
use super::array::{
    ArrayWriter, resolve, separate_table, stored_at, stored_pointer, stored_pointers, take,
    type_of, unwrap_lone_reference,
};
use super::call::{call_known, is_truthy};
use crate::arr::Value as _;

unsafe extern "C" {
    fn zend_lookup_class_ex(
        name: *mut zend_string,
        key: *mut zend_string,
        flags: u32,
    ) -> *mut zend_class_entry;
}

unsafe extern "C" {
    /// The standard `clone` handler (`zend_object *` argument since PHP 8.0).
    fn zend_objects_clone_obj(object: *mut zend_object) -> *mut zend_object;
}

unsafe extern "C" {
    /// ext/date's `object_init_ex()` of a `DateTime` class (php_date.h, PHPAPI).
    fn php_date_instantiate(class: *mut zend_class_entry, object: *mut Zval) -> *mut Zval;
    /// ext/date's parse into a new date object, as `DateTime::createFromFormat()`
    /// does it (php_date.h, PHPAPI; the object is a `php_date_obj`).
    fn php_date_initialize(
        date: *mut std::ffi::c_void,
        text: *const c_char,
        text_length: usize,
        format: *const c_char,
        timezone: *mut Zval,
        flags: c_int,
    ) -> bool;
}

/// `PHP_DATE_INIT_FORMAT` (php_date.h, unchanged since PHP 5.3).
const PHP_DATE_INIT_FORMAT: c_int = 0x02;

/// A type's kind bits: a list, a class name or a literal name
/// (`_ZEND_TYPE_KIND_MASK`, zend_types.h, unchanged since PHP 8.0).
const RETURN_TYPE_KIND: u32 = (1 << 22) | _ZEND_TYPE_NAME_BIT | (1 << 23);

/// A type's builtin types (`_ZEND_TYPE_MAY_BE_MASK`, PHP 8.2 and later).
const TYPE_MAY_BE: u32 = (1 << 18) - 1;

/// `ZEND_FETCH_CLASS_NO_AUTOLOAD` (zend_compile.h, unchanged since PHP 7).
const ZEND_FETCH_CLASS_NO_AUTOLOAD: u32 = 0x80;

/// The class named `name` if it is loaded, without loading it (no instance
/// of a class that is not loaded can exist yet).
pub fn loaded_class(name: &str) -> Option<&'static ClassEntry> {
    let mut name = ZendStr::new(name, false);
    // SAFETY: a live name string; the lookup only reads the class table.
    unsafe {
        zend_lookup_class_ex(
            &raw mut *name,
            std::ptr::null_mut(),
            ZEND_FETCH_CLASS_NO_AUTOLOAD,
        )
        .as_ref()
    }
}

/// The class whose `has()`, `offsetGet()` and `all()` read `$items` as is.
const COLLECTION: &[u8] = b"Illuminate\\Support\\Collection";

/// `IS_OBJ_LAZY_UNINITIALIZED | IS_OBJ_LAZY_PROXY` (zend_types.h, PHP 8.4):
/// reading such an object may run its initializer.
#[cfg(php84)]
const LAZY: u32 = (1 << 31) | (1 << 30);

fn object_of(zval: &Zval) -> Option<&zend_object> {
    if type_of(zval) != IS_OBJECT {
        return None;
    }
    // SAFETY: an IS_OBJECT zval points at a live object.
    Some(unsafe { &*zval.value.obj })
}

/// An object whose properties can be read as they are stored: not a lazy
/// object (PHP 8.4), whose reads may run its initializer.
fn readable_object(zval: &Zval) -> Option<&zend_object> {
    let object = object_of(zval)?;
    #[cfg(php84)]
    if object.extra_flags & LAZY != 0 {
        return None;
    }
    Some(object)
}

/// Whether the object uses the engine's standard handler table, whose
/// property handlers the writers rely on.
fn has_standard_handlers(object: &zend_object) -> bool {
    std::ptr::eq(object.handlers, &raw const std_object_handlers)
}

fn class_of(object: &zend_object) -> &ClassEntry {
    // SAFETY: a live object's class entry outlives it.
    unsafe { &*object.ce }
}

/// The declared property `name` of the object's class.
fn declared<'a>(class: &'a ClassEntry, name: &[u8]) -> Option<&'a zend_property_info> {
    // Plain objects (`stdClass`, casts, json_decode()) declare none: no hash.
    if class.properties_info.nNumOfElements == 0 {
        return None;
    }
    let property = stored_pointer(&class.properties_info, name);
    // SAFETY: `properties_info` holds live property infos for the class's
    // whole life.
    unsafe { property.cast::<zend_property_info>().as_ref() }
}

/// The slot of a declared, non-static property.
fn slot<'a>(object: &'a zend_object, property: &zend_property_info) -> &'a Zval {
    // SAFETY: a declared property's offset points into the object's table.
    unsafe {
        &*std::ptr::from_ref(object)
            .cast::<u8>()
            .add(property.offset as usize)
            .cast::<Zval>()
    }
}

/// `$collection->all()` of an `Illuminate\Support\Collection` itself (no
/// subclass, which could override how it reads its items).
pub fn collection_items(zval: &Zval) -> Option<&Zval> {
    let object = readable_object(zval)?;
    let class = class_of(object);
    // SAFETY: a class entry's name is a live string.
    let name = unsafe { class.name.as_ref()? };
    if name.as_bytes() != COLLECTION {
        return None;
    }
    let items = resolve(slot(object, declared(class, b"items")?))?;
    items.is_array().then_some(items)
}

/// An object of exactly `stdClass`, with the standard handlers and not
/// lazy: its properties are all dynamic and public, entries of one table
/// under string keys, which `isset()`, assignments and `unset()` read and
/// change from any scope without running PHP code.
fn std_class(zval: &Zval) -> Option<&zend_object> {
    let object = readable_object(zval)?;
    let standard = std::ptr::eq(object.ce, ce::stdclass()) && has_standard_handlers(object);
    standard.then_some(object)
}

/// The property table of a [`std_class`] object (`Some(None)` while it has
/// none); `None` for any other value.
pub fn std_class_properties(zval: &Zval) -> Option<Option<&ZendHashTable>> {
    let object = std_class(zval)?;
    // SAFETY: `properties` is null or the object's live table.
    Some(unsafe { object.properties.as_ref() })
}

/// The property table of a [`std_class`] object, ready to change as the
/// engine's property writes ready it: built when missing, copied first when
/// shared (an `(array)` cast shares it).
///
/// # Safety
/// `zval` must be a live [`std_class`] object zval.
pub unsafe fn std_class_properties_mut(zval: *mut Zval) -> *mut ZendHashTable {
    // SAFETY: the caller's guarantees; the engine builds the table of an
    // object that has none.
    unsafe {
        let object = (*zval).value.obj;
        zend_std_get_properties(object);
        separate_table(&raw mut (*object).properties)
    }
}

/// `ZEND_ACC_READONLY` (zend_compile.h, PHP >= 8.1), for properties.
const READONLY: u32 = 1 << 7;

/// `ZEND_ACC_VIRTUAL | ZEND_ACC_PROTECTED_SET | ZEND_ACC_PRIVATE_SET`
/// (zend_compile.h, PHP 8.4): no storage, or writes that depend on the
/// writer's scope.
#[cfg(php84)]
const NOT_WRITABLE_EVERYWHERE: u32 = (1 << 9) | (1 << 11) | (1 << 12);

/// `HASH_FLAG_HAS_EMPTY_IND` (zend_hash.h): an INDIRECT entry of the table
/// may point at an unset slot, so counts must look.
const HASH_FLAG_HAS_EMPTY_IND: u32 = 1 << 5;

/// A declared property that global-scope code (Laravel's helpers) reads,
/// assigns and unsets in its slot, with no PHP code run and no check but its
/// type: a public, non-static, non-`readonly` property without hooks or
/// asymmetric visibility, of an object with the standard handlers that is
/// not lazy, and whose class has no magic property method.
pub struct DeclaredProperty<'a> {
    info: &'a zend_property_info,
    slot: *mut Zval,
}

impl DeclaredProperty<'_> {
    /// `isset($object->{$name})`: the value when set and not `null`.
    pub fn value_if_set(&self) -> Option<&Zval> {
        // SAFETY: the slot of a live object (see [`writable_declared`]).
        let value = unsafe { &*self.slot };
        (!matches!(type_of(value), IS_UNDEF | IS_NULL)).then_some(value)
    }

    /// Whether the property takes a value of this type as it is: untyped,
    /// or the type names it (`mixed`, `?array`, `int|string`, …). Anything
    /// else would be coerced, checked against classes or refused: the
    /// engine's.
    pub fn accepts(&self, value_type: u32) -> bool {
        let mask = self.info.type_.type_mask;
        mask & TYPE_MASK == 0 || mask & (1 << value_type) != 0
    }

    /// The property's slot, which the caller may change.
    pub fn slot(&self) -> *mut Zval {
        self.slot
    }
}

/// `_ZEND_TYPE_MASK` (zend_types.h): the bits of a type that say it is set.
const TYPE_MASK: u32 = (1 << 25) - 1;

/// The [`DeclaredProperty`] `name` of the object in `zval`, if it is one.
pub fn writable_declared<'a>(zval: &'a Zval, name: &[u8]) -> Option<DeclaredProperty<'a>> {
    let object = readable_object(zval)?;
    if !has_standard_handlers(object) {
        return None;
    }
    let class = class_of(object);
    // The engine asks the magic methods for a slot once unset: a write
    // that unsets one would change what the next step through the same
    // object (under `*`) does.
    let magic = !class.__get.is_null()
        || !class.__set.is_null()
        || !class.__isset.is_null()
        || !class.__unset.is_null();
    if magic {
        return None;
    }
    let info = declared(class, name)?;
    // A public property redeclaring a parent's private one (`CHANGED`) is
    // this one from global scope.
    let not_public = ZEND_ACC_PROTECTED | ZEND_ACC_PRIVATE | ZEND_ACC_STATIC | READONLY;
    if info.flags & not_public != 0 || info.flags & ZEND_ACC_PUBLIC == 0 {
        return None;
    }
    #[cfg(php84)]
    if info.flags & NOT_WRITABLE_EVERYWHERE != 0 || !info.hooks.is_null() {
        return None;
    }
    // SAFETY: a declared property's offset points into the object, which
    // the zval's owner lets the caller change.
    let slot = unsafe {
        zval.value
            .obj
            .cast::<u8>()
            .add(info.offset as usize)
            .cast::<Zval>()
    };
    // SAFETY: see above.
    let value = unsafe { &*slot };
    // Assignments through a reference go by its own type sources.
    (type_of(value) != IS_REFERENCE).then_some(DeclaredProperty { info, slot })
}

/// `unset($object->{$name})` of a set [`DeclaredProperty`] of the object in
/// `zval`, its value moved to the caller (who releases it once the write is
/// complete).
///
/// # Safety
/// `property` must come from [`writable_declared`] for this object, and
/// hold a value.
pub unsafe fn unset_declared(zval: &Zval, property: &DeclaredProperty<'_>) -> Zval {
    // SAFETY: the caller's guarantees; the slot keeps its `u2` (the
    // property flags), as the engine's unset keeps it.
    unsafe {
        let slot = property.slot;
        let old = take(slot);
        (*slot).u1.type_info = IS_UNDEF;
        if let Some(properties) = (*zval.value.obj).properties.as_mut() {
            properties.u.flags |= HASH_FLAG_HAS_EMPTY_IND;
        }
        old
    }
}

/// `$value instanceof ArrayAccess` for an object.
pub fn is_array_access(zval: &Zval) -> bool {
    object_of(zval).is_some_and(|object| class_of(object).instance_of(ce::arrayaccess()))
}

/// `Illuminate\Support\Enumerable`'s key in the class table.
const ENUMERABLE: &[u8] = b"illuminate\\support\\enumerable";

/// Whether the object is an `Illuminate\Support\Enumerable` (never when
/// that interface is not loaded: looking never autoloads).
fn is_enumerable(class: &ClassEntry) -> bool {
    let Some(classes) = executor_globals().class_table() else {
        return false;
    };
    let enumerable = stored_pointer(classes, ENUMERABLE);
    // SAFETY: the class table holds live class entries.
    unsafe { enumerable.cast::<ClassEntry>().as_ref() }
        .is_some_and(|enumerable| class.instance_of(enumerable))
}

/// An `ArrayAccess` object that is no `Enumerable` (for those Laravel asks
/// `has()`), whose offsets Laravel's `Arr::exists()` and `$target[$key]`
/// read through `offsetExists()` and the engine's dimension handler.
pub struct Offsets<'a> {
    object: &'a zend_object,
    offset_exists: *mut zend_function,
}

/// `BP_VAR_R` (zend_compile.h): a plain read, `$target[$key]`.
const BP_VAR_R: i32 = 0;

/// `BP_VAR_W` (zend_compile.h): a fetch for writing, `f($target[$key])`
/// by reference.
const BP_VAR_W: i32 = 1;

/// `E_NOTICE` (zend_errors.h).
const E_NOTICE: c_int = 1 << 3;

unsafe extern "C" {
    /// Raises a diagnostic, which a PHP error handler may turn into an
    /// exception.
    fn zend_error(kind: c_int, format: *const c_char, ...);
}

impl<'a> Offsets<'a> {
    pub fn of(zval: &'a Zval) -> Option<Self> {
        let object = object_of(zval)?;
        let class = class_of(object);
        if !class.instance_of(ce::arrayaccess()) || is_enumerable(class) {
            return None;
        }
        // SAFETY: set for every class that implements ArrayAccess.
        let functions = unsafe { class.arrayaccess_funcs_ptr.as_ref()? };
        Some(Self {
            object,
            offset_exists: functions.zf_offsetexists,
        })
    }

    fn pointer(&self) -> *mut zend_object {
        std::ptr::from_ref(self.object).cast_mut()
    }

    /// `(bool) $object->offsetExists($offset)`.
    pub fn exists(&self, offset: &Zval) -> Result<bool, Thrown> {
        // SAFETY: the class's own `offsetExists()`, called on a live object
        // that the caller's zval keeps alive.
        let answer = unsafe {
            call_known(
                self.offset_exists,
                Some(self.object),
                &mut [offset.shallow_clone()],
            )
        }?;
        Ok(is_truthy(&answer))
    }

    /// `$object[$offset]` as the engine reads it (`offsetGet()` for user
    /// classes, with its diagnostics), the result's reference resolved.
    pub fn get(&self, offset: &Zval) -> Result<Zval, Thrown> {
        // SAFETY: a live object's handler table outlives it.
        let read = unsafe { (*self.object.handlers).read_dimension }.ok_or(Thrown)?;
        let mut offset = offset.shallow_clone();
        let mut buffer = Zval::new();
        // SAFETY: the engine's own handler for this object, called as the
        // VM calls it for a read; it returns null, `buffer`, or a zval the
        // object owns.
        let found = unsafe { read(self.pointer(), &raw mut offset, BP_VAR_R, &raw mut buffer) };
        Thrown::if_pending()?;
        // SAFETY: a non-null result is a live zval (see above).
        Ok(match unsafe { found.as_ref() } {
            None => Zval::null(),
            Some(found) => found.dereference().shallow_clone(),
        })
    }

    /// `$object[$offset] = $value` as the engine writes it (`offsetSet()`
    /// for user classes).
    pub fn set(&self, offset: &Zval, value: &Zval) -> Result<(), Thrown> {
        // SAFETY: a live object's handler table outlives it.
        let write = unsafe { (*self.object.handlers).write_dimension }.ok_or(Thrown)?;
        let mut offset = offset.shallow_clone();
        let mut value = value.dereference().shallow_clone();
        // SAFETY: the engine's own handler for this object, called as the VM
        // calls it for `$object[$offset] = $value`; it copies what it keeps.
        unsafe { write(self.pointer(), &raw mut offset, &raw mut value) };
        Thrown::if_pending()
    }

    /// `$object[$offset]` fetched for writing, as the VM fetches it to pass
    /// it by reference (`FETCH_DIM_W`, Laravel's
    /// `data_set($target[$segment], …)`): `then` gets the slot the object's
    /// handler returned (an `ArrayObject`'s own storage, or what a
    /// by-reference `offsetGet()` returned) or, for a value `offsetGet()`
    /// returned, a copy that is dropped afterwards, after the VM's
    /// "Indirect modification" notice unless it is an object. `Err`, with
    /// no call, once an exception is pending.
    pub fn fetch_for_write<T>(
        &self,
        offset: &Zval,
        then: impl FnOnce(*mut Zval) -> T,
    ) -> Result<T, Thrown> {
        // SAFETY: a live object's handler table outlives it.
        let read = unsafe { (*self.object.handlers).read_dimension }.ok_or(Thrown)?;
        let mut offset = offset.shallow_clone();
        let mut copy = Zval::new();
        let copy_slot = &raw mut copy;
        // SAFETY: the engine's own handler, called as the VM calls it for a
        // write fetch; it returns null, `copy_slot`, the engine's
        // uninitialised zval, or a slot the object owns, which nothing
        // changes before `then` has run.
        unsafe {
            let mut found = read(self.pointer(), &raw mut offset, BP_VAR_W, copy_slot);
            let uninitialized = &raw const executor_globals().uninitialized_zval;
            if std::ptr::eq(found, uninitialized.cast()) {
                found = copy_slot;
                self.indirect_modification_notice();
            } else if found.is_null() || type_of(&*found) == IS_UNDEF {
                Thrown::if_pending()?;
                return Err(Thrown);
            } else if type_of(&*found) != IS_REFERENCE {
                if found != copy_slot {
                    copy = (*found).shallow_clone();
                    found = copy_slot;
                }
                if type_of(&copy) != IS_OBJECT {
                    self.indirect_modification_notice();
                }
            } else {
                unwrap_lone_reference(found);
            }
            Thrown::if_pending()?;
            Ok(then(found))
        }
    }

    fn indirect_modification_notice(&self) {
        // SAFETY: a live class entry's name, NUL-terminated as every
        // zend_string is.
        unsafe {
            zend_error(
                E_NOTICE,
                c"Indirect modification of overloaded element of %s has no effect".as_ptr(),
                (*(*self.object.ce).name).val.as_ptr(),
            );
        }
    }

    /// `unset($object[$offset])` as the engine does it (`offsetUnset()` for
    /// user classes).
    pub fn unset(&self, offset: &Zval) -> Result<(), Thrown> {
        // SAFETY: a live object's handler table outlives it.
        let unset = unsafe { (*self.object.handlers).unset_dimension }.ok_or(Thrown)?;
        let mut offset = offset.shallow_clone();
        // SAFETY: the engine's own handler, called as the VM calls it.
        unsafe { unset(self.pointer(), &raw mut offset) };
        Thrown::if_pending()
    }
}

/// `_IS_ERROR` (zend_types.h): the engine's error zval, which a failed
/// property fetch returns.
const IS_ERROR: u32 = 15;

/// `ZEND_PROPERTY_ISSET` (zend_object_handlers.h): `isset()`'s question.
const ZEND_PROPERTY_ISSET: c_int = 0;

/// A property of an object with the standard handlers that is no
/// `ArrayAccess`, by a name its class does not declare: a dynamic property,
/// or what the magic methods answer for it. The engine's own handlers read
/// and write it, as Laravel's global-scope steps do; for such a name they
/// never ask whose code asks (a declared property's visibility depends on
/// the calling scope, which native code takes from its caller).
pub struct NamedProperty<'a> {
    object: &'a zend_object,
    name: ZBox<ZendStr>,
}

impl<'a> NamedProperty<'a> {
    /// The object in `zval`, when `name` is such a property of it.
    fn object_for<'z>(zval: &'z Zval, name: &[u8]) -> Option<&'z zend_object> {
        let object = object_of(zval)?;
        let class = class_of(object);
        let named = has_standard_handlers(object)
            && !class.instance_of(ce::arrayaccess())
            && declared(class, name).is_none();
        named.then_some(object)
    }

    /// Whether `name` is such a property of the object in `zval` (no
    /// string made, as [`NamedProperty::of`] makes one).
    pub fn is_one(zval: &Zval, name: &[u8]) -> bool {
        Self::object_for(zval, name).is_some()
    }

    pub fn of(zval: &'a Zval, name: &[u8]) -> Option<Self> {
        Self::object_for(zval, name).map(|object| Self {
            object,
            name: ZendStr::new(name, false),
        })
    }

    fn pointer(&self) -> *mut zend_object {
        std::ptr::from_ref(self.object).cast_mut()
    }

    fn name(&self) -> *mut ext_php_rs::ffi::zend_string {
        std::ptr::from_ref(&*self.name).cast_mut().cast()
    }

    /// `isset($object->{$name})` (`__isset()` for a property it lacks).
    pub fn is_set(&self) -> Result<bool, Thrown> {
        // SAFETY: the object's own handler, on a live object its caller's
        // zval keeps alive.
        let set = unsafe {
            zend_std_has_property(
                self.pointer(),
                self.name(),
                ZEND_PROPERTY_ISSET,
                std::ptr::null_mut(),
            )
        } != 0;
        Thrown::if_pending()?;
        Ok(set)
    }

    /// `$object->{$name} = $value` (`__set()` for a property it lacks).
    pub fn set(&self, value: &Zval) -> Result<(), Thrown> {
        let mut value = value.dereference().shallow_clone();
        // SAFETY: as for `is_set()`; the handler copies what it keeps.
        unsafe {
            zend_std_write_property(
                self.pointer(),
                self.name(),
                &raw mut value,
                std::ptr::null_mut(),
            );
        }
        Thrown::if_pending()
    }

    /// `unset($object->{$name})` (`__unset()` for a property it lacks).
    pub fn unset(&self) -> Result<(), Thrown> {
        // SAFETY: as for `is_set()`.
        unsafe { zend_std_unset_property(self.pointer(), self.name(), std::ptr::null_mut()) };
        Thrown::if_pending()
    }

    /// `$object->{$name}` fetched for writing, as the VM fetches it to pass
    /// it by reference (`FETCH_OBJ_W`, Laravel's
    /// `data_set($target->{$segment}, …)`): `then` gets the property's slot
    /// or, where `__get()` answers, a copy of its value that is dropped
    /// afterwards (the handler notices that unless it is an object). `Err`,
    /// with no call, once an exception is pending.
    pub fn fetch_for_write<T>(&self, then: impl FnOnce(*mut Zval) -> T) -> Result<T, Thrown> {
        let mut copy = Zval::new();
        let copy_slot = &raw mut copy;
        // SAFETY: the object's own handlers, called as the VM calls them for
        // a write fetch; they return null (the slot's handler, for magic),
        // `copy_slot`, the engine's error or uninitialised zval, or a slot
        // of the object, which nothing changes before `then` has run.
        unsafe {
            let mut found = zend_std_get_property_ptr_ptr(
                self.pointer(),
                self.name(),
                BP_VAR_W,
                std::ptr::null_mut(),
            );
            if found.is_null() {
                found = zend_std_read_property(
                    self.pointer(),
                    self.name(),
                    BP_VAR_W,
                    std::ptr::null_mut(),
                    copy_slot,
                );
                let uninitialized = &raw const executor_globals().uninitialized_zval;
                if std::ptr::eq(found, uninitialized.cast()) {
                    found = copy_slot;
                } else if found == copy_slot {
                    unwrap_lone_reference(copy_slot);
                }
            }
            Thrown::if_pending()?;
            if found.is_null() || type_of(&*found) == IS_ERROR {
                return Err(Thrown);
            }
            Ok(then(found))
        }
    }
}

/// A property as `isset($object->{$name})`, `property_exists()` and
/// `$object->{$name}` see it from global scope.
pub enum Property<'a> {
    /// A public declared or a dynamic property, its reference resolved.
    Value(&'a Zval),
    /// A public declared property that is unset or not yet initialised.
    Unset,
    /// No property of that name.
    Absent,
}

/// The property `name` of an object whose storage the engine reads
/// without running PHP code (standard handlers,
/// no hooks, not lazy). Magic methods are left to the caller: the engine
/// calls `__isset()` only for a property it does not find, and never for
/// `property_exists()`. `None` where reading might run code, raise a
/// diagnostic or needs a scope: other objects, names starting with NUL,
/// static and non-public properties.
pub fn public_property<'a>(zval: &'a Zval, name: &[u8]) -> Option<Property<'a>> {
    let object = readable_object(zval)?;
    // SAFETY: a live object's handler table outlives it.
    let handlers = unsafe { &*object.handlers };
    // Compared by address: the handlers are the engine's own functions.
    let standard = handlers
        .read_property
        .is_some_and(|read| read as *const () == zend_std_read_property as *const ())
        && handlers
            .has_property
            .is_some_and(|has| has as *const () == zend_std_has_property as *const ());
    if !standard {
        return None;
    }
    let class = class_of(object);
    if let Some(property) = declared(class, name) {
        let visibility = ZEND_ACC_PUBLIC
            | ZEND_ACC_PROTECTED
            | ZEND_ACC_PRIVATE
            | ZEND_ACC_CHANGED
            | ZEND_ACC_STATIC;
        #[cfg(php84)]
        if !property.hooks.is_null() {
            return None;
        }
        if property.flags & visibility != ZEND_ACC_PUBLIC {
            return None;
        }
        return Some(resolve(slot(object, property)).map_or(Property::Unset, Property::Value));
    }
    if name.first() == Some(&0) {
        return None;
    }
    // SAFETY: `properties` is null or the object's live table of dynamic
    // (and, once built, INDIRECT declared) properties.
    let found = unsafe {
        object.properties.as_ref().and_then(|properties| {
            zend_hash_str_find(properties, name.as_ptr().cast::<c_char>(), name.len()).as_ref()
        })
    };
    match found {
        None => Some(Property::Absent),
        Some(found) if type_of(found) == IS_INDIRECT => None,
        Some(found) => resolve(found).map(Property::Value),
    }
}

/// `ZEND_GUARD_PROPERTY_GET` (zend_types.h; `IN_GET` in
/// zend_object_handlers.c before PHP 8.3): set while `__get()` runs for a name.
const GUARD_GET: u32 = 1;

/// Whether `$object->{$name}`, read from outside the object's class, calls
/// its `__get($name)`: the class has one, declares no property of that name
/// (of any visibility), the object holds none in its property table, and
/// `__get()` is not already running for that name on it (its recursion
/// guard would make the engine read the property instead).
pub fn reaches_magic_get(zval: &Zval, name: &[u8]) -> bool {
    let Some(object) = readable_object(zval) else {
        return false;
    };
    let class = class_of(object);
    if class.__get.is_null() || declared(class, name).is_some() || name.first() == Some(&0) {
        return false;
    }
    // SAFETY: `properties` is null or the object's live property table.
    let listed = unsafe { object.properties.as_ref() }.is_some_and(|properties| {
        // SAFETY: a live table, looked up without changing it.
        !unsafe { zend_hash_str_find(properties, name.as_ptr().cast::<c_char>(), name.len()) }
            .is_null()
    });
    if listed {
        return false;
    }
    if class.ce_flags & ZEND_ACC_USE_GUARDS == 0 {
        return true;
    }
    let count = usize::try_from(class.default_properties_count).unwrap_or(0);
    // SAFETY: an object of a class with magic methods holds one zval past
    // its declared slots for the guards, `UNDEF` until the first one, then
    // one guarded name or a table of them (zend_get_property_guard()).
    let guards = unsafe { &*object.properties_table.as_ptr().add(count) };
    let flags = match type_of(guards) {
        // SAFETY: the type says which member of the union is live; a
        // table's entries point at each name's flags (the low bit marks
        // the first name's, kept in its zval). A lone name's flags are its
        // zval's second word (`u2.guard`, `property_guard` before PHP 8.3:
        // read through `extra`, which every release has).
        IS_STRING if unsafe { &*guards.value.str_ }.as_bytes() == name => unsafe {
            guards.u2.extra
        },
        IS_ARRAY => {
            let entry = stored_pointer(unsafe { &*guards.value.arr }, name) as usize;
            if entry == 0 {
                0
            } else {
                unsafe { *((entry & !1) as *const u32) }
            }
        }
        _ => 0,
    };
    flags & GUARD_GET == 0
}

/// `DateTime::createFromFormat($format, $text)` called on the `DateTime`
/// subclass `class` (as `parent::createFromFormat()` in Carbon): an object
/// of that class, its constructor not run, parsed in the default timezone,
/// with ext/date's last errors set as that call sets them; `None` (the
/// object dropped) when PHP does not parse it.
pub fn date_from_format(class: &Class<'_>, format: &std::ffi::CStr, text: &[u8]) -> Option<Zval> {
    let mut date = Zval::new();
    // SAFETY: ext/date instantiates the class into our zval and parses into
    // the object it made: a `php_date_obj`, whose `zend_object` follows one
    // pointer (the parsed time), as `Z_PHPDATE_P()` finds it.
    unsafe {
        php_date_instantiate(std::ptr::from_ref(class.0).cast_mut(), &raw mut date);
        if type_of(&date) != IS_OBJECT {
            return None;
        }
        let object = date
            .value
            .obj
            .cast::<u8>()
            .sub(size_of::<*mut std::ffi::c_void>());
        php_date_initialize(
            object.cast(),
            text.as_ptr().cast(),
            text.len(),
            format.as_ptr(),
            std::ptr::null_mut(),
            PHP_DATE_INIT_FORMAT,
        )
        .then_some(date)
    }
}

/// `spl_object_id()` of an object.
pub fn object_id(zval: &Zval) -> Option<i64> {
    object_of(zval).map(|object| i64::from(object.handle))
}

/// Whether the object's class defines `__isset()`.
pub fn defines_isset(zval: &Zval) -> bool {
    object_of(zval).is_some_and(|object| !class_of(object).__isset.is_null())
}

/// A class's own answers to what PHP code asks of it: its methods, the
/// class that declares each, its constants. The class entry outlives the
/// request; the pointers this hands out are compared, never dereferenced.
pub struct Class<'a>(&'a ClassEntry);

/// Where a declared instance property of one class lives in its objects,
/// found once per class: reading it is a load at an offset.
#[derive(Clone, Copy)]
pub struct Slot {
    offset: usize,
    class: usize,
}

impl Slot {
    /// `$this->{name}` of `object`, an object of the class the slot was
    /// found in: its value, unless it is unset (the engine would ask
    /// `__get()`) or a reference.
    pub fn read<'a>(&self, object: &'a Zval) -> Option<&'a Zval> {
        let (_, slot) = self.locate(object)?;
        // SAFETY: the offset of a declared property of this object's class.
        let value = unsafe { &*slot };
        (!matches!(type_of(value), IS_UNDEF | IS_REFERENCE)).then_some(value)
    }

    /// The object `zval` holds and this property's slot in it, for an
    /// object of the class the slot was found in that is not lazy.
    fn locate<'a>(&self, zval: &'a Zval) -> Option<(&'a zend_object, *mut Zval)> {
        let object = readable_object(zval)?;
        if std::ptr::from_ref(class_of(object)) as usize != self.class {
            return None;
        }
        let slot = std::ptr::from_ref(object)
            .cast::<u8>()
            .wrapping_add(self.offset)
            .cast::<Zval>()
            .cast_mut();
        Some((object, slot))
    }

    /// A writer for the array `$this->{name}` of `object` holds, as code
    /// inside the class writes `$this->{name}[$key] = $value` (the array is
    /// separated first when shared); `None` when it holds no array.
    /// The caller must not call PHP while it holds the writer (module
    /// invariants): PHP code could replace the property meanwhile.
    pub fn array_writer<'a>(&self, object: &Zval) -> Option<ArrayWriter<'a>> {
        let (_, slot) = self.locate(object)?;
        // SAFETY: the offset of a declared property of this object's class,
        // holding an array (checked), which the writer may change in place
        // as the engine's property write does.
        unsafe { (type_of(&*slot) == IS_ARRAY).then(|| ArrayWriter::separated(slot)) }
    }

    /// `$this->{name} = $value` on `object`, an object only native code
    /// holds (a fresh clone), for a slot found by [`Class::untyped_slot`]:
    /// no type to check, no reference to assign through. `None` (nothing
    /// written) for an object shared with PHP or of another class.
    pub fn write(&self, object: &Zval, value: Zval) -> Option<()> {
        let (object, slot) = self.locate(object)?;
        if object.gc.refcount != 1 {
            return None;
        }
        // SAFETY: the offset of a declared property of this object's class,
        // in an object nothing else references. Only the value and type
        // words change (`u2` holds the property's flags); the old value is
        // released after the slot holds the new one.
        unsafe {
            if type_of(&*slot) == IS_REFERENCE {
                return None;
            }
            replace_slot(slot, value, (*slot).u2.extra);
        }
        Some(())
    }
}

/// `$object->{$name} = $value` for a property [`Class::public_writable`]
/// names, on an object with the standard handlers, as code in any scope
/// writes it; `None` (nothing written) for any other property.
pub fn set_public_property(zval: &Zval, name: &[u8], value: &Zval) -> Option<Result<(), Thrown>> {
    let object = readable_object(zval)?;
    if !has_standard_handlers(object) || !Class(class_of(object)).public_writable(name) {
        return None;
    }
    let name = ZendStr::new(name, false);
    let mut value = value.shallow_clone();
    // SAFETY: the standard handler on a live object its caller's zval keeps
    // alive; the handler copies what it keeps.
    unsafe {
        zend_std_write_property(
            std::ptr::from_ref(object).cast_mut(),
            std::ptr::from_ref(&*name).cast_mut().cast(),
            &raw mut value,
            std::ptr::null_mut(),
        );
    }
    Some(Thrown::if_pending())
}

/// Puts `value` in a property slot with `flags` (`Z_PROP_FLAG`, in `u2`),
/// then releases the value the slot held.
///
/// # Safety
/// `slot` must be a live declared property slot of an object no other code
/// reads or writes meanwhile.
unsafe fn replace_slot(slot: *mut Zval, value: Zval, flags: u32) {
    // SAFETY: the caller's guarantees.
    unsafe {
        let old = Zval {
            value: (*slot).value,
            u1: (*slot).u1,
            u2: (*slot).u2,
        };
        (*slot).value = value.value;
        (*slot).u1 = value.u1;
        (*slot).u2.extra = flags;
        std::mem::forget(value);
        drop(old);
    }
}

/// Whether a value is plain data: `null`, a scalar, a string, or an array
/// of plain data at any depth (no objects, references or resources).
fn is_plain_data(value: &Zval, depth: usize) -> bool {
    match type_of(value) {
        IS_ARRAY => {
            depth < PLAIN_DEPTH
                && value.as_array().is_some_and(|(_, mut entries)| {
                    entries.all(|(_, value)| {
                        type_of(value) != IS_REFERENCE && is_plain_data(value, depth + 1)
                    })
                })
        }
        IS_OBJECT | IS_REFERENCE | IS_RESOURCE | IS_INDIRECT => false,
        _ => true,
    }
}

/// How deep [`is_plain_data`] looks before calling a value not plain.
const PLAIN_DEPTH: usize = 16;

/// A declared property's value as a snapshot keeps it: the value and its
/// slot flags (`Z_PROP_FLAG`, in `u2`).
pub struct PropertyValue {
    value: Zval,
    flags: u32,
}

/// The declared property slots of an object with the standard handlers.
fn declared_slots(object: &zend_object) -> &[Zval] {
    let count = usize::try_from(class_of(object).default_properties_count).unwrap_or(0);
    // SAFETY: an object holds `default_properties_count` property slots.
    unsafe { std::slice::from_raw_parts(object.properties_table.as_ptr(), count) }
}

/// Whether an object is as `new` made it: every declared property holds
/// its class's default (the same value, not an equal one) and it has no
/// dynamic property table.
pub fn is_fresh(zval: &Zval) -> bool {
    let Some(object) = readable_object(zval) else {
        return false;
    };
    let class = class_of(object);
    let slots = declared_slots(object);
    if !has_standard_handlers(object) || !object.properties.is_null() {
        return false;
    }
    if slots.is_empty() || class.default_properties_table.is_null() {
        return slots.is_empty();
    }
    // SAFETY: the class's default table holds one zval per declared slot.
    let defaults =
        unsafe { std::slice::from_raw_parts(class.default_properties_table, slots.len()) };
    slots.iter().zip(defaults).all(|(slot, default)| {
        // SAFETY: both are initialised zvals. Undef, null, false and true
        // leave the value union unset; every other type's union is
        // compared as the bits it holds (a pointer, an integer or a double).
        unsafe {
            slot.u1.type_info == default.u1.type_info
                && (matches!(type_of(slot), IS_UNDEF | IS_NULL | IS_FALSE | IS_TRUE)
                    || slot.value.lval == default.value.lval)
        }
    })
}

/// Every declared property's value, set or not, when each holds plain data
/// (see [`clone_plain`]) and the object has no dynamic properties.
pub fn property_snapshot(zval: &Zval) -> Option<Vec<PropertyValue>> {
    let object = readable_object(zval)?;
    if !has_standard_handlers(object) || !object.properties.is_null() {
        return None;
    }
    declared_slots(object)
        .iter()
        .map(|slot| {
            // An unset slot (a typed property with no default) stays unset.
            is_plain_data(slot, 0).then(|| PropertyValue {
                value: slot.shallow_clone(),
                // SAFETY: a property slot's `u2` holds its flags.
                flags: unsafe { slot.u2.extra },
            })
        })
        .collect()
}

/// Gives a fresh object ([`is_fresh`]) of the class a snapshot was taken
/// of the snapshot's values, as the steps that made them would have.
pub fn restore_snapshot(zval: &Zval, snapshot: &[PropertyValue]) -> Option<()> {
    let object = readable_object(zval)?;
    let slots = declared_slots(object);
    if slots.len() != snapshot.len() || !is_fresh(zval) {
        return None;
    }
    let slots = slots.as_ptr().cast_mut();
    for (index, saved) in snapshot.iter().enumerate() {
        let value = saved.value.shallow_clone();
        // SAFETY: slot `index` of a live object nothing reads meanwhile;
        // the default it held is released after the slot takes the copy.
        unsafe { replace_slot(slots.add(index), value, saved.flags) };
    }
    Some(())
}

/// `clone $object` of a plain object (standard handlers, no `__clone()`,
/// not lazy) whose every property holds plain data: no PHP code can tell
/// the copy from an object given the same values. `None` otherwise.
pub fn clone_plain(zval: &Zval) -> Option<Zval> {
    let object = readable_object(zval)?;
    let class = class_of(object);
    // A `__clone()` would run, a destructor would see the copy go.
    if !has_standard_handlers(object) || !class.clone.is_null() || !class.destructor.is_null() {
        return None;
    }
    if !declared_slots(object)
        .iter()
        .all(|slot| type_of(slot) == IS_UNDEF || is_plain_data(slot, 0))
    {
        return None;
    }
    // SAFETY: a live object's property table, when it has one.
    if let Some(dynamic) = unsafe { object.properties.as_ref() } {
        // INDIRECT entries point at the declared slots checked above.
        let plain = (0..dynamic.nNumUsed as usize).all(|slot| {
            stored_at(dynamic, slot)
                .is_none_or(|value| type_of(value) == IS_INDIRECT || is_plain_data(value, 0))
        });
        if !plain {
            return None;
        }
    }
    // SAFETY: the standard clone handler of a live object with standard
    // handlers and no `__clone()`; it returns a new object we own.
    let copy = unsafe { zend_objects_clone_obj(std::ptr::from_ref(object).cast_mut()) };
    if copy.is_null() {
        return None;
    }
    let mut result = Zval::new();
    result.value.obj = copy;
    result.u1.type_info = ZvalTypeFlags::ObjectEx.bits();
    Some(result)
}

/// A method of one class, found once per class, called on its objects as
/// `$object->method(…)` calls it.
#[derive(Clone, Copy)]
pub struct Method {
    function: *mut zend_function,
    class: usize,
}

impl Method {
    /// Calls the method on `object` (an object of the class it was found
    /// in) with `arguments`; `Err` once its exception is pending, or when
    /// `object` is of another class (nothing is called then).
    pub fn call(&self, object: &Zval, arguments: &mut [Zval]) -> Result<Zval, Thrown> {
        let object = readable_object(object).ok_or(Thrown)?;
        if std::ptr::from_ref(class_of(object)) as usize != self.class {
            return Err(Thrown);
        }
        // SAFETY: a live method of this object's class (the function table
        // outlives the class's objects).
        unsafe { call_known(self.function, Some(object), arguments) }
    }
}

/// How a backed enum is backed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backing {
    Int,
    String,
}

/// The head of `zend_attribute` (zend_attributes.h, unchanged since PHP
/// 8.0): what an attribute is named, as written and in lower case.
#[repr(C)]
struct AttributeHead {
    name: *mut zend_string,
    lcname: *mut zend_string,
}

/// What reflection tells of a method: its name as declared, whether it is
/// static, and its attributes.
pub struct MethodFacts<'a> {
    pub name: &'a [u8],
    pub is_static: bool,
    attributes: Option<&'a ZendHashTable>,
}

impl MethodFacts<'_> {
    /// Whether the method carries an attribute of the class `lower_name`
    /// (lower case, as `getAttributes($class)` compares names).
    pub fn has_attribute(&self, lower_name: &[u8]) -> bool {
        holds_attribute(self.attributes, lower_name)
    }
}

/// Whether an attribute list (of a function or a class) holds an attribute
/// of the class `lower_name` (lower case).
fn holds_attribute(attributes: Option<&ZendHashTable>, lower_name: &[u8]) -> bool {
    attributes.is_some_and(|attributes| {
        stored_pointers(attributes).any(|attribute| {
            // SAFETY: an attribute list holds live attributes, each
            // starting with its two names, for its owner's whole life.
            unsafe { attribute.cast::<AttributeHead>().as_ref() }
                .and_then(|head| unsafe { head.lcname.as_ref() })
                .is_some_and(|lcname| lcname.as_bytes() == lower_name)
        })
    })
}

impl Class<'static> {
    /// The class `name` names, loaded as `class_exists()` loads it.
    pub fn find(name: &str) -> Option<Self> {
        ClassEntry::try_find(name).map(Class)
    }

    /// The class `name` names if it is loaded, without loading it.
    pub fn loaded(name: &str) -> Option<Self> {
        loaded_class(name).map(Class)
    }
}

impl<'a> Class<'a> {
    /// The class of a plain object (standard handlers, not lazy): one whose
    /// methods are those of its function table, as `method_exists()` finds.
    pub fn of_object(zval: &'a Zval) -> Option<Self> {
        let object = readable_object(zval)?;
        has_standard_handlers(object).then(|| Class(class_of(object)))
    }

    /// The class of any object, lazy or with another extension's handlers,
    /// as `instanceof` sees it: for tests of its lineage and interfaces
    /// only, never to reach its methods or properties.
    pub fn of_instance(zval: &'a Zval) -> Option<Self> {
        object_of(zval).map(|object| Class(class_of(object)))
    }

    /// An identity for per-request caches.
    pub fn address(&self) -> usize {
        std::ptr::from_ref(self.0) as usize
    }

    pub fn name(&self) -> &[u8] {
        self.0.name().map_or(&[][..], str::as_bytes)
    }

    /// Whether the class itself carries an attribute of the class
    /// `lower_name` (lower case), as `ReflectionClass::getAttributes($class)`
    /// finds it: not its parents' or traits'.
    pub fn has_attribute(&self, lower_name: &[u8]) -> bool {
        // SAFETY: a class's attribute list is null or lives as long as it.
        holds_attribute(unsafe { self.0.attributes.as_ref() }, lower_name)
    }

    /// The traits the class itself uses, as `ReflectionClass::getTraits()`
    /// lists them; `None` when one is not loaded.
    pub fn own_traits(&self) -> Option<Vec<Class<'static>>> {
        let count = self.0.num_traits as usize;
        if count == 0 {
            return Some(Vec::new());
        }
        // SAFETY: a class keeps `num_traits` names of the traits it uses
        // for its whole life.
        let names = unsafe { std::slice::from_raw_parts(self.0.trait_names, count) };
        names
            .iter()
            .map(|name| {
                // SAFETY: a live name (see above).
                let name = unsafe { name.name.as_ref() }?.as_str().ok()?;
                Class::loaded(name)
            })
            .collect()
    }

    /// The class itself, then each parent.
    pub fn lineage(&self) -> impl Iterator<Item = Class<'a>> {
        std::iter::successors(Some(Class(self.0)), |class| class.0.parent().map(Class))
    }

    /// The class's methods, its own and those it inherits, in the order of
    /// its function table: `ReflectionClass::getMethods()`'s order.
    pub fn methods(&self) -> impl Iterator<Item = MethodFacts<'a>> {
        stored_pointers(&self.0.function_table).filter_map(|function| {
            // SAFETY: the function table holds live functions for the class's
            // whole life; every member of the union starts with `common`,
            // whose name and attribute list live as long.
            let common = unsafe { &function.cast::<zend_function>().as_ref()?.common };
            Some(MethodFacts {
                name: unsafe { common.function_name.as_ref() }?.as_bytes(),
                is_static: common.fn_flags & ZEND_ACC_STATIC != 0,
                attributes: unsafe { common.attributes.as_ref() },
            })
        })
    }

    /// The class that declares the method `lower_name` (lower case) that
    /// this class has, as an address comparable with [`Class::address`].
    pub fn method_scope(&self, lower_name: &[u8]) -> Option<usize> {
        let function = stored_pointer(&self.0.function_table, lower_name);
        // SAFETY: the function table holds live functions for the class's
        // whole life; every member of the union starts with `common`.
        unsafe { function.cast::<zend_function>().as_ref() }
            .map(|function| unsafe { function.common.scope } as usize)
    }

    /// Whether the class's method `lower_name` (lower case) is declared to
    /// return the class `name` alone (or null), as
    /// `ReflectionNamedType::getName()` would name it; `None` when the class
    /// has no such method or it is not PHP code (internal arg infos differ).
    pub fn method_returns_class(&self, lower_name: &[u8], name: &[u8]) -> Option<bool> {
        let function = stored_pointer(&self.0.function_table, lower_name).cast::<zend_function>();
        // SAFETY: the function table holds live functions for the class's
        // whole life; every member of the union starts with `common`.
        let common = unsafe { &function.as_ref()?.common };
        if u32::from(common.type_) != ZEND_USER_FUNCTION {
            return None;
        }
        if common.fn_flags & ZEND_ACC_HAS_RETURN_TYPE == 0 {
            return Some(false);
        }
        // SAFETY: a user function with a return type keeps it one entry
        // before its argument infos (zend_compile.c), for its whole life.
        let returns = unsafe { &*common.arg_info.sub(1) }.type_;
        // One class name and no builtin type but null: a named type.
        let named = returns.type_mask & RETURN_TYPE_KIND == _ZEND_TYPE_NAME_BIT
            && returns.type_mask & TYPE_MAY_BE & !_ZEND_TYPE_NULLABLE_BIT == 0;
        // SAFETY: a name type's pointer is its class name, as long-lived.
        Some(
            named
                && unsafe { returns.ptr.cast::<zend_string>().as_ref() }
                    .is_some_and(|class| class.as_bytes() == name),
        )
    }

    /// The method `lower_name` (lower case) of the class, to call on its
    /// objects: not static, not abstract.
    pub fn method(&self, lower_name: &[u8]) -> Option<Method> {
        let function = stored_pointer(&self.0.function_table, lower_name).cast::<zend_function>();
        // SAFETY: the function table holds live functions for the class's
        // whole life; every member of the union starts with `common`.
        let flags = unsafe { function.as_ref()?.common.fn_flags };
        (flags & (ZEND_ACC_STATIC | ZEND_ACC_ABSTRACT) == 0).then_some(Method {
            function,
            class: self.address(),
        })
    }

    /// Whether the class declares `name` a public instance property any
    /// code may write: not static, readonly, hooked or asymmetric.
    pub fn public_writable(&self, name: &[u8]) -> bool {
        let Some(info) = declared(self.0, name) else {
            return false;
        };
        #[cfg(php84)]
        if info.flags & NOT_WRITABLE_EVERYWHERE != 0 || !info.hooks.is_null() {
            return false;
        }
        info.flags & ZEND_ACC_PUBLIC != 0 && info.flags & (ZEND_ACC_STATIC | READONLY) == 0
    }

    /// [`Class::instance_slot`] of a property declared without a type,
    /// which [`Slot::write`] can write any value to.
    pub fn untyped_slot(&self, name: &[u8]) -> Option<Slot> {
        (declared(self.0, name)?.type_.type_mask == 0)
            .then(|| self.instance_slot(name))
            .flatten()
    }

    /// The slot of the instance property `name` the class declares, for
    /// code inside the class: not static, not hooked or virtual.
    pub fn instance_slot(&self, name: &[u8]) -> Option<Slot> {
        let info = declared(self.0, name)?;
        if info.flags & ZEND_ACC_STATIC != 0 {
            return None;
        }
        #[cfg(php84)]
        if info.flags & NOT_WRITABLE_EVERYWHERE != 0 || !info.hooks.is_null() {
            return None;
        }
        Some(Slot {
            offset: usize::try_from(info.offset).ok()?,
            class: self.address(),
        })
    }

    /// The class that declares the (static or not) property `name`.
    pub fn property_scope(&self, name: &[u8]) -> Option<usize> {
        declared(self.0, name).map(|info| info.ce as usize)
    }

    /// `static::${name}` as code inside the class reads it (visibility
    /// included): its value, or `None` when the class has no such static
    /// property (no warning) or it holds a reference.
    pub fn static_value(&self, name: &str) -> Option<&'a Zval> {
        // SAFETY: the engine reads the property with the class as scope and
        // returns a pointer into the class's static members, which live as
        // long as the class; `silent` raises nothing for a missing property.
        let value = unsafe {
            zend_read_static_property(
                std::ptr::from_ref(self.0).cast_mut(),
                name.as_ptr().cast(),
                name.len(),
                true,
            )
            .as_ref()?
        };
        (type_of(value) != IS_REFERENCE).then_some(value)
    }

    /// A backed enum's backing type; `None` for any other class.
    pub fn enum_backing(&self) -> Option<Backing> {
        if !self.0.flags().contains(ClassFlags::Enum) {
            return None;
        }
        match self.0.enum_backing_type {
            IS_LONG => Some(Backing::Int),
            IS_STRING => Some(Backing::String),
            _ => None,
        }
    }

    /// Whether the class implements the interface `name`, as
    /// `is_subclass_of()` finds it (the name in any case).
    pub fn implements(&self, name: &str) -> bool {
        self.0.interfaces().is_some_and(|mut interfaces| {
            interfaces.any(|interface| {
                interface
                    .name()
                    .is_some_and(|found| found.eq_ignore_ascii_case(name))
            })
        })
    }

    /// The constant `name` as declared, when it is a value already (not an
    /// expression the engine evaluates on first use): `None` otherwise.
    pub fn constant(&self, name: &[u8]) -> Option<&'a Zval> {
        let constant = stored_pointer(&self.0.constants_table, name);
        // SAFETY: the constants table holds live constants for the class's
        // whole life; a constant starts with its value.
        let value = unsafe { &constant.cast::<zend_class_constant>().as_ref()?.value };
        (type_of(value) != IS_CONSTANT_AST).then_some(value)
    }
}
