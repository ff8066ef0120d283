//! The one module that touches PHP array storage directly.
//!
//! ext-php-rs iterates arrays with several FFI calls per entry and copies
//! string keys; bulk paths instead read the packed zvals or buckets in place
//! here, and build results with the engine's own hash functions. Invariants
//! every `unsafe` block below relies on:
//! - a borrowed `&ZendHashTable` cannot change while it is borrowed: native
//!   code never calls back into PHP during a walk;
//! - slots `0..nNumUsed` are initialised; holes are `IS_UNDEF`;
//! - a packed table (PHP >= 8.2) stores bare zvals, whose key is the slot;
//! - a writer's table is exclusively ours (refcount 1) while we write: nested
//!   arrays copied in from the input are separated before we write into them;
//! - a bucket's zval is never overwritten whole: its `u2` is the hash chain.

use std::alloc::Layout;
use std::ffi::{c_char, c_void};
use std::marker::PhantomData;

use ext_php_rs::alloc::{efree, emalloc};
use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::{
    IS_ARRAY, IS_DOUBLE, IS_FALSE, IS_INDIRECT, IS_LONG, IS_NULL, IS_OBJECT, IS_PTR, IS_REFERENCE,
    IS_REFERENCE_EX, IS_STRING, IS_TRUE, IS_UNDEF, zend_array_dup, zend_hash_find,
    zend_hash_index_del, zend_hash_index_find, zend_hash_index_update, zend_hash_next_index_insert,
    zend_hash_str_del, zend_hash_str_find, zend_hash_str_update, zend_long, zend_reference,
    zend_string, zend_ulong,
};
use ext_php_rs::flags::ZvalTypeFlags;
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};

use crate::arr::{Key, KeyText, Value, Writer, numeric_key};
use crate::validation::{Data, Kind};

use super::args::Thrown;
use super::object::{self, DeclaredProperty, NamedProperty, Offsets};
use super::write::{Write, write_into};

unsafe extern "C" {
    /// `$table[$key] = $value` for a string key the table then shares
    /// (ext-php-rs binds only the `_str_` variant).
    fn zend_hash_update(
        table: *mut ZendHashTable,
        key: *mut zend_string,
        value: *mut Zval,
    ) -> *mut Zval;
    /// `$table[$key] = $value` for a key the table does not hold: no lookup.
    fn zend_hash_str_add_new(
        table: *mut ZendHashTable,
        key: *const c_char,
        len: usize,
        value: *mut Zval,
    ) -> *mut Zval;
    /// As `zend_hash_str_add_new`, for an integer key.
    fn zend_hash_index_add_new(
        table: *mut ZendHashTable,
        key: zend_ulong,
        value: *mut Zval,
    ) -> *mut Zval;
}

/// `HASH_FLAG_PACKED` (zend_hash.h), unchanged since PHP 7.0.
const HASH_FLAG_PACKED: u32 = 1 << 2;
/// `HASH_FLAG_UNINITIALIZED` (zend_hash.h): no storage of its own yet.
const HASH_FLAG_UNINITIALIZED: u32 = 1 << 3;

pub fn type_of(zval: &Zval) -> u32 {
    // SAFETY: `type_info` is always initialised; its low byte is the type.
    unsafe { zval.u1.type_info & 0xff }
}

/// The table of an array zval (ext-php-rs's `Zval::array()` converts the
/// whole type first; bulk paths call this per entry).
#[inline]
fn table_of(zval: &Zval) -> Option<&ZendHashTable> {
    if type_of(zval) != IS_ARRAY {
        return None;
    }
    // SAFETY: an IS_ARRAY zval points at a live table.
    unsafe { zval.value.arr.as_ref() }
}

/// The value a slot holds: INDIRECT slots followed, references resolved,
/// `None` for holes.
pub fn resolve(slot: &Zval) -> Option<&Zval> {
    let mut value = slot;
    if type_of(value) == IS_INDIRECT {
        // SAFETY: an INDIRECT zval points at a live zval of the same table's owner.
        value = unsafe { &*value.value.zv };
    }
    match type_of(value) {
        IS_UNDEF => None,
        // SAFETY: a reference zval points at a live zend_reference.
        IS_REFERENCE => Some(unsafe { &(*value.value.ref_).val }),
        _ => Some(value),
    }
}

/// The live entries of a table, in order, without copying anything.
pub struct Entries<'a> {
    table: &'a ZendHashTable,
    position: u32,
}

impl<'a> Iterator for Entries<'a> {
    type Item = (Key<'a>, &'a Zval);

    fn next(&mut self) -> Option<Self::Item> {
        while self.position < self.table.nNumUsed {
            let (key, slot) = raw_slot(self.table, self.position as usize);
            self.position += 1;
            if let Some(value) = resolve(slot) {
                return Some((key, value));
            }
        }
        None
    }
}

/// Slot `slot` of `table` and its key, as stored (holes, references and
/// INDIRECT zvals included).
fn raw_slot(table: &ZendHashTable, slot: usize) -> (Key<'_>, &Zval) {
    assert!(slot < table.nNumUsed as usize, "slot out of range");
    // SAFETY: `slot < nNumUsed` (module invariants); the flags say which
    // storage the union holds.
    unsafe {
        if table.u.flags & HASH_FLAG_PACKED != 0 {
            (
                Key::Index(slot as i64),
                &*table.__bindgen_anon_1.arPacked.add(slot),
            )
        } else {
            let bucket = &*table.__bindgen_anon_1.arData.add(slot);
            let key = if bucket.key.is_null() {
                // Integer keys are stored as zend_ulong bit patterns of zend_long.
                Key::Index(bucket.h as i64)
            } else {
                Key::Bytes((*bucket.key).as_bytes())
            };
            (key, &bucket.val)
        }
    }
}

/// Whether an entry of an array zval is a PHP reference (`&$value`), which
/// builtins such as `array_filter()` and `array_merge()` keep as a reference.
pub fn holds_references(array: &Zval) -> bool {
    table_of(array).is_some_and(|table| stored(table).any(|value| type_of(value) == IS_REFERENCE))
}

/// Slot `slot` of a table as stored (a reference or INDIRECT slot as it
/// is); `None` for a hole.
pub fn stored_at(table: &ZendHashTable, slot: usize) -> Option<&Zval> {
    let value = raw_slot(table, slot).1;
    (type_of(value) != IS_UNDEF).then_some(value)
}

/// `(array) $object` of an object whose property table is `table`: a copy
/// (PHP shares it; no PHP code can tell) when every key is a string that
/// stays one in an array and no value is a reference; `None` otherwise.
pub fn properties_as_array(table: &ZendHashTable) -> Option<Zval> {
    let plain = (0..table.nNumUsed as usize).all(|slot| match raw_slot(table, slot) {
        (_, value) if type_of(value) == IS_UNDEF => true,
        (Key::Bytes(key), value) => {
            numeric_key(key).is_none() && !matches!(type_of(value), IS_REFERENCE | IS_INDIRECT)
        }
        (Key::Index(_), _) => false,
    });
    if !plain {
        return None;
    }
    // SAFETY: a live table; the copy is a new array we own.
    let copy = unsafe { zend_array_dup(std::ptr::from_ref(table).cast_mut()) };
    let mut array = Zval::new();
    array.u1.type_info = ZvalTypeFlags::ArrayEx.bits();
    array.value.arr = copy;
    Some(array)
}

/// The values of a table as stored (references and INDIRECT slots as they
/// are), holes skipped.
fn stored(table: &ZendHashTable) -> impl Iterator<Item = &Zval> {
    (0..table.nNumUsed as usize)
        .map(|slot| raw_slot(table, slot).1)
        .filter(|value| type_of(value) != IS_UNDEF)
}

/// Whether an array zval holds a PHP reference anywhere inside (or nests
/// too deep to tell): Laravel's `undot()` copies nested arrays into its
/// result with their references and then assigns through them.
pub fn holds_references_deeply(array: &Zval) -> bool {
    fn inside(table: &ZendHashTable, depth: usize) -> bool {
        depth > crate::arr::dot::MAX_DEPTH
            || stored(table).any(|value| {
                type_of(value) == IS_REFERENCE
                    || table_of(value).is_some_and(|nested| inside(nested, depth + 1))
            })
    }
    table_of(array).is_some_and(|table| inside(table, 0))
}

/// The first value of an array zval (`array_first()`), if it has one.
pub fn first_value(array: &Zval) -> Option<&Zval> {
    array.as_array()?.1.next().map(|(_, value)| value)
}

/// The last value of an array zval (`array_last()`), if it has one.
pub fn last_value(array: &Zval) -> Option<&Zval> {
    let table = table_of(array)?;
    (0..table.nNumUsed as usize)
        .rev()
        .find_map(|slot| resolve(raw_slot(table, slot).1))
}

impl<'a> Value<'a> for &'a Zval {
    type Entries = Entries<'a>;

    fn as_array(self) -> Option<(usize, Entries<'a>)> {
        let table = table_of(self)?;
        Some((
            table.nNumOfElements as usize,
            Entries { table, position: 0 },
        ))
    }
}

impl<'a> Data<'a> for &'a Zval {
    fn kind(self) -> Kind<'a> {
        // SAFETY: the type byte says which member of the value union is live.
        unsafe {
            match type_of(self) {
                IS_NULL => Kind::Null,
                IS_FALSE => Kind::Bool(false),
                IS_TRUE => Kind::Bool(true),
                IS_LONG => Kind::Int(self.value.lval),
                IS_DOUBLE => Kind::Float(self.value.dval),
                IS_STRING => Kind::Str((*self.value.str_).as_bytes()),
                IS_ARRAY => Kind::Array((*self.value.arr).nNumOfElements as usize),
                _ => Kind::Other,
            }
        }
    }

    fn get(self, key: Key<'_>) -> Option<Self> {
        let table = table_of(self)?;
        // SAFETY: a live table; lookups do not modify it.
        let slot = unsafe { find(std::ptr::from_ref(table).cast_mut(), key) };
        // SAFETY: a found slot lives as long as the borrowed table.
        resolve(unsafe { slot.as_ref()? })
    }

    fn is_list(self) -> bool {
        self.as_array().is_some_and(|(_, entries)| {
            (0..)
                .zip(entries)
                .all(|(index, (key, _))| key == Key::Index(index))
        })
    }
}

/// Whether rebuilding `table` entry by entry (as `Validator::parseData()`
/// and `replacePlaceholders()` do) gives an array no PHP code can tell from
/// it: every string key is one the rebuild keeps (`keeps`), no references
/// (which it dereferences), and, at every level, the internal pointer at the
/// start and the next free index a fresh array would have.
pub fn rebuilds_identically(
    table: &ZendHashTable,
    depth: usize,
    keeps: &impl Fn(&[u8]) -> bool,
) -> bool {
    if depth > crate::arr::dot::MAX_DEPTH || table.nInternalPointer != 0 {
        return false;
    }
    let mut next_free = zend_long::MIN;
    for slot in 0..table.nNumUsed as usize {
        let (key, value) = raw_slot(table, slot);
        match type_of(value) {
            IS_UNDEF => continue,
            IS_REFERENCE | IS_INDIRECT => return false,
            _ => {}
        }
        match key {
            Key::Index(index) => next_free = next_free.max(index.saturating_add(1)),
            Key::Bytes(bytes) if !keeps(bytes) => return false,
            Key::Bytes(_) => {}
        }
        if let Some(nested) = table_of(value)
            && !rebuilds_identically(nested, depth + 1, keeps)
        {
            return false;
        }
    }
    table.nNextFreeElement == next_free
}

/// Stores `value` at `key` with PHP's assignment semantics (numeric string
/// keys become integers; an existing value is destroyed) and returns the slot.
///
/// # Safety
/// `table` must be a live table this module exclusively owns.
unsafe fn store(table: *mut ZendHashTable, key: Key<'_>, value: Zval) -> *mut Zval {
    // SAFETY: the caller's guarantees.
    unsafe { store_exact(table, symbol_table_key(key), value) }
}

/// [`store`] at exactly `key` (no numeric-string conversion).
///
/// # Safety
/// As for [`store`].
unsafe fn store_exact(table: *mut ZendHashTable, key: Key<'_>, value: Zval) -> *mut Zval {
    let mut value = value;
    // SAFETY: the caller owns `table`; the engine takes over `value`'s reference.
    let slot = unsafe {
        match key {
            Key::Index(index) => zend_hash_index_update(table, index as zend_ulong, &raw mut value),
            Key::Bytes(bytes) => {
                zend_hash_str_update(table, bytes.as_ptr().cast(), bytes.len(), &raw mut value)
            }
        }
    };
    std::mem::forget(value);
    slot
}

/// The slot at `key`, or null.
///
/// # Safety
/// `table` must be live.
unsafe fn find(table: *mut ZendHashTable, key: Key<'_>) -> *mut Zval {
    // SAFETY: the caller's guarantees.
    unsafe { find_exact(table, symbol_table_key(key)) }
}

/// The slot at exactly `key` (no numeric-string conversion, as in an
/// object's property table), or null.
///
/// # Safety
/// `table` must be live.
unsafe fn find_exact(table: *mut ZendHashTable, key: Key<'_>) -> *mut Zval {
    // SAFETY: the caller guarantees `table` is live.
    unsafe {
        match key {
            Key::Index(index) => zend_hash_index_find(table, index as zend_ulong),
            Key::Bytes(bytes) => zend_hash_str_find(table, bytes.as_ptr().cast(), bytes.len()),
        }
    }
}

/// The pointer an engine table of pointers (functions, classes, property
/// infos) stores under exactly `key`; null when there is none.
pub fn stored_pointer(table: &ZendHashTable, key: &[u8]) -> *mut c_void {
    // SAFETY: a live table; the lookup does not modify it, and its values
    // are IS_PTR zvals.
    unsafe {
        zend_hash_str_find(table, key.as_ptr().cast(), key.len())
            .as_ref()
            .map_or(std::ptr::null_mut(), |entry| entry.value.ptr)
    }
}

/// The pointers an engine table of `IS_PTR` values (a function table, a
/// list of attributes) holds, in its order.
pub fn stored_pointers(table: &ZendHashTable) -> impl Iterator<Item = *mut c_void> + '_ {
    (0..table.nNumUsed as usize).filter_map(|slot| {
        let value = stored_at(table, slot)?;
        // SAFETY: the value union's bits read as a pointer, kept only for
        // an IS_PTR zval, whose member it is.
        (type_of(value) == IS_PTR).then_some(unsafe { value.value.ptr })
    })
}

/// A key looked up in many arrays (`data_get()`'s `*` over rows): converted
/// once as `$array[$key]` converts it, a string's hash computed once.
pub enum LookupKey {
    Index(zend_ulong),
    Text(ZBox<ZendStr>),
}

unsafe extern "C" {
    /// Computes and stores a string's hash.
    fn zend_string_hash_func(string: *mut zend_string) -> zend_ulong;
}

impl LookupKey {
    pub fn new(key: Key<'_>) -> Self {
        match symbol_table_key(key) {
            Key::Index(index) => LookupKey::Index(index as zend_ulong),
            Key::Bytes(bytes) => {
                let mut text = ZendStr::new(bytes, false);
                // SAFETY: a string we own; the engine only sets its hash.
                unsafe { zend_string_hash_func(&raw mut *text) };
                LookupKey::Text(text)
            }
        }
    }

    /// The value at this key of an array, its reference resolved; `None`
    /// for a missing key or a value that is no array.
    pub fn find_in<'a>(&self, array: &'a Zval) -> Option<&'a Zval> {
        let table = table_of(array)?;
        // SAFETY: a live table; lookups do not modify it, and with its hash
        // already stored the key is not written either.
        let slot = unsafe {
            match self {
                LookupKey::Index(index) => zend_hash_index_find(table, *index),
                LookupKey::Text(text) => {
                    zend_hash_find(table, std::ptr::from_ref(&**text).cast_mut())
                }
            }
        };
        // SAFETY: a found slot lives as long as the borrowed table.
        resolve(unsafe { slot.as_ref()? })
    }
}

/// Warming what [`LookupKey::find_in`] will read, for walks over many
/// arrays (the rows of a big payload are rarely in cache): a caller runs
/// each stage over a batch of arrays before the next stage and then looks
/// up, so the batch's memory reads overlap instead of waiting in turn.
/// Each stage reads only what the lookup itself reads; the addresses it
/// computes are only prefetched, which never faults.
impl LookupKey {
    /// Stage 1: the table's header.
    pub fn prefetch_table(array: &Zval) {
        if type_of(array) == IS_ARRAY {
            // SAFETY: reading the pointer of an IS_ARRAY zval.
            prefetch(unsafe { array.value.arr }.cast());
        }
    }

    /// Stage 2: the hash slot the key falls in (a packed table's slot).
    pub fn prefetch_slot(&self, array: &Zval) {
        let Some(table) = table_of(array) else {
            return;
        };
        // SAFETY: the flags say which storage the union holds; the address
        // is computed, not read.
        unsafe {
            if table.u.flags & HASH_FLAG_PACKED != 0 {
                if let LookupKey::Index(index) = self {
                    prefetch(
                        table
                            .__bindgen_anon_1
                            .arPacked
                            .wrapping_add(*index as usize)
                            .cast(),
                    );
                }
            } else {
                prefetch(hash_slot(table, self.hash()).cast());
            }
        }
    }

    /// Stage 3: the bucket the key's hash slot names.
    pub fn prefetch_bucket(&self, array: &Zval) {
        let Some(table) = table_of(array) else {
            return;
        };
        // SAFETY: an initialised hash table has its `-nTableMask` slots
        // before its buckets, and `h | nTableMask` falls among them.
        unsafe {
            if table.u.flags & (HASH_FLAG_PACKED | HASH_FLAG_UNINITIALIZED) != 0 {
                return;
            }
            let index = *hash_slot(table, self.hash());
            prefetch(
                table
                    .__bindgen_anon_1
                    .arData
                    .wrapping_add(index as usize)
                    .cast(),
            );
        }
    }

    /// The hash the engine looks this key up by.
    fn hash(&self) -> zend_ulong {
        match self {
            LookupKey::Index(index) => *index,
            LookupKey::Text(text) => text.h,
        }
    }
}

/// `HT_HASH(table, h | nTableMask)`: where the chain for hash `h` starts.
fn hash_slot(table: &ZendHashTable, hash: zend_ulong) -> *const u32 {
    // The mask is a negative 32-bit offset from the buckets, in u32 slots.
    let slot = (hash as u32 | table.nTableMask) as i32 as isize;
    // SAFETY: reading the union's pointer; callers choose whether to read
    // through the result.
    unsafe {
        table
            .__bindgen_anon_1
            .arData
            .cast::<u32>()
            .wrapping_offset(slot)
    }
}

/// Asks the CPU to load the cache line at `address` (a no-op where no
/// prefetch instruction is known).
#[inline]
fn prefetch(address: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint; it never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(address.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = address;
}

/// The key as `$array[$key]` uses it: numeric strings are integer keys.
#[inline]
fn symbol_table_key(key: Key<'_>) -> Key<'_> {
    match key {
        Key::Bytes(bytes) => numeric_key(bytes).map_or(key, Key::Index),
        Key::Index(_) => key,
    }
}

/// Builds a PHP array in place; `'a` is the lifetime of the values copied in.
pub struct ArrayWriter<'a> {
    table: *mut ZendHashTable,
    values: PhantomData<&'a Zval>,
}

impl ArrayWriter<'_> {
    /// A writer for a fresh table the caller keeps (and later returns to PHP).
    pub fn new(table: &mut ZBox<ZendHashTable>) -> Self {
        Self {
            table: &raw mut **table,
            values: PhantomData,
        }
    }
}

impl ArrayWriter<'_> {
    /// A writer for the array `zval` holds, separated first when shared (or
    /// immutable), as `$array[$key] = …` separates it.
    ///
    /// # Safety
    /// `zval` must be a live `IS_ARRAY` zval whose owner may change it, and
    /// nothing may read or change it while the writer is in use.
    pub unsafe fn separated(zval: *mut Zval) -> Self {
        Self {
            // SAFETY: the caller's guarantees.
            table: unsafe { separate(zval) },
            values: PhantomData,
        }
    }

    /// `$array[$key] = $value`, taking over `value`.
    pub fn insert(&mut self, key: Key<'_>, value: Zval) {
        // SAFETY: our table (module invariants).
        unsafe { store(self.table, key, value) };
    }

    /// `$array[] = $value`, taking over `value` (dropped if the next index
    /// is taken, as PHP drops it with a warning).
    pub fn append(&mut self, value: Zval) {
        let mut value = value;
        // SAFETY: our table. A packed list with room (the engine built it
        // packed on the first insert) takes the value in its next slot, as
        // the engine's own ZEND_HASH_FILL_PACKED does: no call per item.
        unsafe {
            let table = &mut *self.table;
            if table.u.flags & HASH_FLAG_PACKED != 0
                && table.nNumUsed < table.nTableSize
                && zend_long::from(table.nNumUsed) == table.nNextFreeElement
            {
                let slot = table.__bindgen_anon_1.arPacked.add(table.nNumUsed as usize);
                (*slot).value = value.value;
                (*slot).u1 = value.u1;
                std::mem::forget(value);
                table.nNumUsed += 1;
                table.nNumOfElements += 1;
                table.nNextFreeElement += 1;
                return;
            }
        }
        // SAFETY: our table; on success the engine takes over `value`'s reference.
        let slot = unsafe { zend_hash_next_index_insert(self.table, &raw mut value) };
        if !slot.is_null() {
            std::mem::forget(value);
        }
    }

    /// `$array[$key] = $value` where `key` is a PHP string the table then
    /// shares instead of copying.
    pub fn insert_string_key(&mut self, name: &ZendStr, value: Zval) {
        if numeric_key(name.as_bytes()).is_some() {
            return self.insert(Key::Bytes(name.as_bytes()), value);
        }
        self.update_shared_key(name, value);
    }

    /// `$array[$key] = $value` for a non-numeric string key the table shares
    /// (its hash is computed once, in the string).
    fn update_shared_key(&mut self, name: &ZendStr, value: Zval) {
        let mut value = value;
        // SAFETY: our table; the engine adds its own reference to the key
        // and takes over `value`'s.
        unsafe {
            zend_hash_update(
                self.table,
                std::ptr::from_ref(name).cast_mut(),
                &raw mut value,
            )
        };
        std::mem::forget(value);
    }
}

impl<'a> Writer for ArrayWriter<'a> {
    type Value = &'a Zval;

    fn set(&mut self, key: Key<'_>, value: &'a Zval) {
        // SAFETY: our table (module invariants); the copy holds its own reference.
        unsafe { store(self.table, key, value.shallow_clone()) };
    }

    fn add(&mut self, key: Key<'_>, value: &'a Zval) {
        let mut value = value.shallow_clone();
        // SAFETY: our table, which does not hold the key (the caller's
        // promise); the engine takes over the copy's reference.
        unsafe {
            match symbol_table_key(key) {
                Key::Index(index) => {
                    zend_hash_index_add_new(self.table, index as zend_ulong, &raw mut value)
                }
                Key::Bytes(bytes) => zend_hash_str_add_new(
                    self.table,
                    bytes.as_ptr().cast(),
                    bytes.len(),
                    &raw mut value,
                ),
            }
        };
        std::mem::forget(value);
    }

    fn child(&mut self, key: Key<'_>) -> Self {
        // SAFETY: our table; a found slot stays valid until the table changes,
        // and nothing else changes it meanwhile. An array copied in from the
        // input (or the immutable empty array) is shared: `separate` makes
        // it ours.
        unsafe {
            let slot = find(self.table, key);
            if !slot.is_null() && type_of(&*slot) == IS_ARRAY {
                return Self {
                    table: separate(slot),
                    values: PhantomData,
                };
            }
            let slot = store(self.table, key, empty_array());
            Self {
                table: (*slot).value.arr,
                values: PhantomData,
            }
        }
    }
}

/// A new, empty (not the immutable shared) array.
fn empty_array() -> Zval {
    let mut array = Zval::new();
    array.set_hashtable(ZendHashTable::new());
    array
}

/// `SEPARATE_ARRAY()`: the table of an array zval, copied first when shared
/// (or immutable) so that writing to it changes this zval only. Only the
/// value and type words change: `u2` of a bucket's zval is its hash chain link.
///
/// # Safety
/// `zval` must be a live `IS_ARRAY` zval whose owner may change it.
unsafe fn separate(zval: *mut Zval) -> *mut ZendHashTable {
    // SAFETY: the caller's guarantees.
    unsafe {
        let table = (*zval).value.arr;
        let separated = separate_table(&raw mut (*zval).value.arr);
        if separated != table {
            (*zval).u1.type_info = ZvalTypeFlags::ArrayEx.bits();
        }
        separated
    }
}

/// The table `*owner` points at, replaced by a copy first when shared (or
/// immutable), as `SEPARATE_ARRAY()` and the engine's property writes do.
///
/// # Safety
/// `*owner` must point at a live table whose owner may change it.
pub unsafe fn separate_table(owner: *mut *mut ZendHashTable) -> *mut ZendHashTable {
    // SAFETY: the caller's guarantees.
    unsafe {
        let table = *owner;
        let immutable = (*table).gc.u.type_info & GC_IMMUTABLE != 0;
        if immutable || (*table).gc.refcount > 1 {
            if !immutable {
                // Shared, so this cannot be the last reference.
                (*table).gc.refcount -= 1;
            }
            *owner = zend_array_dup(table);
        }
        *owner
    }
}

impl ArrayWriter<'_> {
    /// `$results[$key] = $value` for each entry of `array` that `keeps`,
    /// string keys shared with their cached hash; integer keys appended
    /// instead when `renumber` (as `array_merge()` does).
    pub fn copy_entries(&mut self, array: &Zval, renumber: bool, keeps: impl Fn(&Zval) -> bool) {
        self.copy_mapped(array, renumber, |_, value| {
            keeps(value).then(|| value.shallow_clone())
        });
    }

    /// `$results[$key] = map($key, $value)` for each entry of `array` that
    /// `map` answers, in order, keys as [`ArrayWriter::copy_entries`] keeps
    /// them. `map` must not call PHP: the walk borrows `array`.
    pub fn copy_mapped(
        &mut self,
        array: &Zval,
        renumber: bool,
        mut map: impl FnMut(Key<'_>, &Zval) -> Option<Zval>,
    ) {
        let Some(table) = table_of(array) else {
            return;
        };
        for slot in 0..table.nNumUsed as usize {
            let (key, stored) = raw_slot(table, slot);
            let Some(value) = resolve(stored).and_then(|value| map(key, value)) else {
                continue;
            };
            match key {
                Key::Index(_) if renumber => self.append(value),
                Key::Index(_) => self.insert(key, value),
                Key::Bytes(_) => {
                    // SAFETY: `raw_slot` gives string keys only for buckets (never packed).
                    let name = unsafe {
                        &*(*table.__bindgen_anon_1.arData.add(slot))
                            .key
                            .cast::<ZendStr>()
                    };
                    // A table's string keys are never numeric: stored as they are.
                    self.update_shared_key(name, value);
                }
            }
        }
    }
}

/// `GC_IMMUTABLE` (zend_types.h): shared, never-freed values such as the empty array.
const GC_IMMUTABLE: u32 = 1 << 6;

/// Whether a slot holds its value itself: not a PHP reference (whose
/// assignment goes through `zend_assign_to_typed_ref` and type sources) nor
/// an INDIRECT slot of a symbol table, both left to the engine.
fn holds_plain_value(slot: &Zval) -> bool {
    !matches!(type_of(slot), IS_REFERENCE | IS_INDIRECT)
}

/// Moves the value out of a slot, leaving `null` there (a bucket's `u2`
/// kept). Values a change drops are released only after the change is
/// complete: releasing an object may run its destructor, and so PHP code.
///
/// # Safety
/// `slot` must be a live slot of a table the caller may change.
pub unsafe fn take(slot: *mut Zval) -> Zval {
    let mut old = Zval::new();
    // SAFETY: the caller's guarantees; the value's reference moves to `old`.
    unsafe {
        old.value = (*slot).value;
        old.u1 = (*slot).u1;
        (*slot).u1.type_info = IS_NULL;
    }
    old
}

/// Puts `value` into a slot left empty by [`take`], taking over its reference.
///
/// # Safety
/// As for [`take`]; the slot must hold `null`.
unsafe fn put(slot: *mut Zval, value: Zval) {
    // SAFETY: the caller's guarantees; the reference moves into the table.
    unsafe {
        (*slot).value = value.value;
        (*slot).u1 = value.u1;
    }
    std::mem::forget(value);
}

/// `GC_REFERENCE` (zend_types.h): a reference's type word (not collectable).
const GC_REFERENCE: u32 = IS_REFERENCE | (1 << 4);

/// `ZVAL_MAKE_REF()`: the slot made a PHP reference to the value it holds,
/// as passing it by reference does, unless it already is one.
///
/// # Safety
/// `slot` must be a live slot the caller may change.
pub unsafe fn make_reference(slot: *mut Zval) {
    // SAFETY: the caller's guarantees; the value moves into the reference,
    // which the engine's allocator owns (`emalloc` bails out, never returns
    // null, for a block this small and aligned); the slot's `u2` is kept.
    unsafe {
        if type_of(&*slot) == IS_REFERENCE {
            return;
        }
        let reference = emalloc(Layout::new::<zend_reference>()).cast::<zend_reference>();
        (*reference).gc.refcount = 1;
        (*reference).gc.u.type_info = GC_REFERENCE;
        (*reference).val.value = (*slot).value;
        (*reference).val.u1 = (*slot).u1;
        (*reference).sources.ptr = std::ptr::null_mut();
        (*slot).value.ref_ = reference;
        (*slot).u1.type_info = IS_REFERENCE_EX;
    }
}

/// `ZVAL_UNREF()` where the VM applies it to a write fetch: a PHP reference
/// in `slot` that nothing else holds replaced, in its slot, by its value.
///
/// # Safety
/// `slot` must be a live slot the caller may change.
pub unsafe fn unwrap_lone_reference(slot: *mut Zval) {
    // SAFETY: the caller's guarantees; a reference zval points at a live
    // reference, whose value moves back into the slot.
    unsafe {
        if type_of(&*slot) != IS_REFERENCE || (*(*slot).value.ref_).gc.refcount != 1 {
            return;
        }
        let reference = (*slot).value.ref_;
        (*slot).value = (*reference).val.value;
        (*slot).u1 = (*reference).val.u1;
        efree(reference.cast());
    }
}

/// Whether `path` can be followed in the array zval `root` through plain
/// slots only: false when an existing slot on it is a PHP reference or an
/// INDIRECT slot or, with `objects_block`, holds an object, all of which
/// only the engine handles exactly. The walk ends where arrays end.
fn is_plain_path(root: &Zval, path: &[&[u8]], objects_block: bool) -> bool {
    let mut current = root;
    for segment in path {
        let Some(table) = table_of(current) else {
            break;
        };
        // SAFETY: a live table; lookups do not modify it.
        let slot = unsafe { find(std::ptr::from_ref(table).cast_mut(), Key::Bytes(segment)) };
        // SAFETY: a found slot lives as long as the borrowed table.
        let Some(slot) = (unsafe { slot.as_ref() }) else {
            return true;
        };
        if !holds_plain_value(slot) {
            return false;
        }
        current = slot;
    }
    !(objects_block && type_of(current) == IS_OBJECT)
}

/// `Arr::set($array, $key, $value)` on the caller's array `root` (passed by
/// reference), `path` being the key split at dots: every level separated as
/// PHP's `$array = &$array[$segment]` does, what is not an array on the way
/// replaced by one, `$value` stored at the end. Returns the innermost array,
/// as Laravel's `set()` does; `None`, with nothing changed, when `root` is
/// not an array or the path meets a reference or INDIRECT slot.
pub fn set_path(root: &mut Zval, path: &[&[u8]], value: &Zval) -> Option<Zval> {
    let (last, parents) = path.split_last()?;
    if table_of(root).is_none() || !is_plain_path(root, path, false) {
        return None;
    }
    let mut released = Vec::new();
    let mut current: *mut Zval = root;
    // SAFETY: `current` is always a live array zval that is ours to change:
    // the caller's variable, then slots of tables `separate` made ours. A
    // slot stays valid while only deeper tables change; nothing is released
    // (no PHP code runs) until the end.
    let innermost = unsafe {
        for segment in parents {
            let table = separate(current);
            let slot = find(table, Key::Bytes(segment));
            current = if slot.is_null() {
                store(table, Key::Bytes(segment), empty_array())
            } else if type_of(&*slot) == IS_ARRAY {
                slot
            } else {
                released.push(take(slot));
                put(slot, empty_array());
                slot
            };
        }
        let table = separate(current);
        let slot = find(table, Key::Bytes(last));
        if slot.is_null() {
            store(table, Key::Bytes(last), value.shallow_clone());
        } else {
            released.push(take(slot));
            put(slot, value.shallow_clone());
        }
        (*current).shallow_clone()
    };
    drop(released);
    Some(innermost)
}

/// `Arr::forget($array, $keys)` on the caller's array `root` for keys that
/// are strings or integers: a key that exists at the top is removed; any
/// other is split at dots and followed through nested arrays, and its last
/// segment removed. `None`, with nothing changed, when `root` is not an
/// array or some dotted key's path meets an object (`ArrayAccess` has its
/// own offset methods), a reference or an INDIRECT slot.
pub fn forget_paths(root: &mut Zval, keys: &[Key<'_>]) -> Option<()> {
    // Checked on the array as it is: removing entries never puts an object
    // or a reference on a path.
    if table_of(root).is_none() || !keys.iter().all(|&key| can_forget_key(root, key)) {
        return None;
    }
    let mut released = Vec::new();
    for &key in keys {
        // SAFETY: `root` is the caller's array (checked above).
        unsafe { forget_key(root, key, &mut released) };
    }
    drop(released);
    Some(())
}

/// Whether `Arr::forget($array, $key)` can run natively on the array zval
/// `array`: its dotted path (if the key is not at the top) meets no object,
/// reference or INDIRECT slot.
fn can_forget_key(array: &Zval, key: Key<'_>) -> bool {
    let Key::Bytes(bytes) = key else {
        return true;
    };
    let path: Vec<&[u8]> = bytes.split(|&b| b == b'.').collect();
    path.len() < 2 || is_plain_path(array, &path[..path.len() - 1], true)
}

/// `Arr::forget($array, $key)` for one key of [`forget_paths`].
///
/// # Safety
/// `root` must be a live array zval the caller may change, checked by
/// [`can_forget_key`]. Tables are made ours by `separate`; nothing is
/// released until the caller drops `released`.
unsafe fn forget_key(root: *mut Zval, key: Key<'_>, released: &mut Vec<Zval>) {
    // SAFETY: the caller's guarantees.
    unsafe {
        if !find((*root).value.arr, key).is_null() {
            remove(separate(root), key, released);
            return;
        }
        let Key::Bytes(bytes) = key else {
            return;
        };
        let path: Vec<&[u8]> = bytes.split(|&b| b == b'.').collect();
        let Some((last, parents)) = path.split_last().filter(|_| path.len() > 1) else {
            return;
        };
        let mut current = root;
        for segment in parents {
            let slot = find(separate(current), Key::Bytes(segment));
            // `isset() && accessible()`: arrays only, objects were ruled out.
            if slot.is_null() || type_of(&*slot) != IS_ARRAY {
                return;
            }
            current = slot;
        }
        remove(separate(current), Key::Bytes(last), released);
    }
}

/// The live slots of a table the caller may change, as pointers.
///
/// # Safety
/// `table` must be live, and its slots must not move (no insertion or
/// removal in it) while the pointers are used.
unsafe fn live_slots(table: *mut ZendHashTable) -> Vec<*mut Zval> {
    // SAFETY: the caller's guarantees; `raw_slot` reads slots in range.
    unsafe {
        stored(&*table)
            .map(|slot| std::ptr::from_ref(slot).cast_mut())
            .collect()
    }
}

fn is_wildcard(segment: Key<'_>) -> bool {
    segment == Key::Bytes(b"*")
}

/// The property `name` of a plain `stdClass` object as `data_set()` and
/// `data_forget()` see it (`isset($target->{$segment})`): `Some(Some(slot))`
/// when it is set, `Some(None)` when it is missing or null; `None` where
/// the engine must decide: other objects, names starting with NUL (an
/// `Error`), PHP references (assignments go through them).
fn std_class_property<'a>(target: &'a Zval, name: &[u8]) -> Option<Option<&'a Zval>> {
    let properties = object::std_class_properties(target)?;
    if name.first() == Some(&0) {
        return None;
    }
    let Some(properties) = properties else {
        return Some(None);
    };
    // SAFETY: a live table; lookups do not modify it.
    let slot =
        unsafe { find_exact(std::ptr::from_ref(properties).cast_mut(), Key::Bytes(name)).as_ref() };
    match slot {
        None => Some(None),
        Some(slot) if !holds_plain_value(slot) => None,
        Some(slot) => Some((type_of(slot) != IS_NULL).then_some(slot)),
    }
}

/// A property the writers read and change natively, as global-scope code
/// does: an entry of a plain `stdClass`'s table ([`std_class_property`]) or
/// a [`DeclaredProperty`].
enum WritableProperty<'a> {
    /// The entry when it is set (`isset()`).
    Dynamic(Option<&'a Zval>),
    Declared(DeclaredProperty<'a>),
}

impl WritableProperty<'_> {
    /// The property `segment` of `target`, if it is one.
    fn of<'a>(target: &'a Zval, segment: Key<'_>) -> Option<WritableProperty<'a>> {
        // An integer segment names a property by its digits (property
        // tables never hold integer keys).
        let name = KeyText::of(segment);
        match std_class_property(target, name.as_bytes()) {
            Some(entry) => Some(WritableProperty::Dynamic(entry)),
            None => {
                object::writable_declared(target, name.as_bytes()).map(WritableProperty::Declared)
            }
        }
    }

    /// `isset($target->{$segment})`: the value when it is set.
    fn value_if_set(&self) -> Option<&Zval> {
        match self {
            WritableProperty::Dynamic(entry) => *entry,
            WritableProperty::Declared(property) => property.value_if_set(),
        }
    }

    /// Whether a value of this type can be assigned as it is (always, for
    /// a `stdClass`).
    fn accepts(&self, value_type: u32) -> bool {
        match self {
            WritableProperty::Dynamic(_) => true,
            WritableProperty::Declared(property) => property.accepts(value_type),
        }
    }
}

/// What lies above a step of the writers' native walk, which decides what
/// it may do there.
#[derive(Clone, Copy, Default)]
struct Above {
    /// An object: a `*` below it could walk a table that the object leads
    /// back into (`$row->parent`) while the steps below the `*` write.
    object: bool,
    /// A `*`: its walk goes on after each step below it, so those must run
    /// no PHP code (which could change the table it walks).
    wildcard: bool,
}

/// Whether this step is on an `ArrayAccess` object that is no `Enumerable`,
/// where no `*` walk goes on afterwards: Laravel's `offsetExists()`, and
/// the dimension write, unset or fetch for writing, are called natively as
/// the last things the walk does; what is fetched is written afresh,
/// natively or not. `*` on such an object iterates it (PHP).
fn is_offsets_step(target: &Zval, segment: Key<'_>, above: Above) -> bool {
    !above.wildcard && !is_wildcard(segment) && Offsets::of(target).is_some()
}

/// Whether this step is on a [`NamedProperty`] that is no
/// [`WritableProperty`], where no `*` walk goes on afterwards: the engine's
/// handlers (`__isset()`, `__set()`, `__get()`, `__unset()` where the class
/// has them) are called natively as the last things the walk does; what is
/// fetched is written afresh, natively or not.
fn is_named_property_step(target: &Zval, segment: Key<'_>, above: Above) -> bool {
    !above.wildcard && NamedProperty::is_one(target, KeyText::of(segment).as_bytes())
}

/// `$object[$segment]`'s offset: the segment as given (a string stays a
/// string, as `explode()` leaves it).
pub fn key_zval(key: Key<'_>) -> Zval {
    let mut zval = Zval::new();
    match key {
        Key::Bytes(bytes) => zval.set_zend_string(ZendStr::new(bytes, false)),
        Key::Index(index) => zval.set_long(index),
    }
    zval
}

/// What `data_set()` assigns at the end of its path.
#[derive(Clone, Copy)]
struct Assignment<'a> {
    value: &'a Zval,
    overwrite: bool,
}

/// Whether `data_set($target, $segments, …)` can run natively on `target`:
/// nothing it would step into or assign through is a PHP reference or an
/// INDIRECT slot, or an object other than a plain `stdClass`, an object
/// whose property on the path is a [`DeclaredProperty`] that takes what is
/// assigned to it as it is, or an [`is_offsets_step`]; no `*` walks a table
/// below an object. Values it replaces are fine.
fn can_set(target: &Zval, segments: &[Key<'_>], above: Above, assignment: Assignment<'_>) -> bool {
    let Some((&segment, rest)) = segments.split_first() else {
        return true;
    };
    if type_of(target) == IS_OBJECT {
        if is_wildcard(segment) {
            // Not accessible: replaced by an empty array.
            return object::std_class_properties(target).is_some();
        }
        if is_offsets_step(target, segment, above) {
            return true;
        }
        let Some(property) = WritableProperty::of(target, segment) else {
            return is_named_property_step(target, segment, above);
        };
        let set = property.value_if_set();
        let Some(&next) = rest.first() else {
            let assigns = assignment.overwrite || set.is_none();
            return !assigns || property.accepts(type_of(assignment.value));
        };
        // `$target->{$segment} = []` here, or `$target = []` one level down
        // through the property's reference: a non-array that is no object
        // keeping its place (`*` replaces objects that are not accessible).
        let becomes_array = set.is_none_or(|value| match type_of(value) {
            IS_ARRAY => false,
            IS_OBJECT => is_wildcard(next),
            _ => true,
        });
        let below = Above {
            object: true,
            ..above
        };
        return (!becomes_array || property.accepts(IS_ARRAY))
            && set.is_none_or(|value| can_set(value, rest, below, assignment));
    }
    let Some(table) = table_of(target) else {
        return true;
    };
    if is_wildcard(segment) {
        // `foreach ($target as &$inner)` steps into every element.
        let below = Above {
            wildcard: true,
            ..above
        };
        return !above.object
            && stored(table)
                .all(|slot| holds_plain_value(slot) && can_set(slot, rest, below, assignment));
    }
    let steps_into =
        |slot: &Zval| holds_plain_value(slot) && can_set(slot, rest, above, assignment);
    // SAFETY: a live table; lookups do not modify it.
    unsafe { find(std::ptr::from_ref(table).cast_mut(), segment).as_ref() }.is_none_or(steps_into)
}

/// Laravel's `data_set($target, $segments, $value, $overwrite)` on the
/// caller's array or object `root`, for string and integer segments
/// (`*` a wildcard), in place; `None`, with nothing changed, when `root` is
/// neither, there are no segments, or [`can_set`] says no.
pub fn data_set(
    root: &mut Zval,
    segments: &[Key<'_>],
    value: &Zval,
    overwrite: bool,
) -> Option<()> {
    if !matches!(type_of(root), IS_ARRAY | IS_OBJECT)
        || segments.is_empty()
        || !can_set(
            root,
            segments,
            Above::default(),
            Assignment { value, overwrite },
        )
    {
        return None;
    }
    let mut released = Vec::new();
    // SAFETY: `root` is the caller's variable, checked above.
    unsafe { set_at(root, segments, value, overwrite, &mut released) };
    drop(released);
    Some(())
}

/// One level of [`data_set`].
///
/// # Safety
/// `target` must be a live zval the caller may change, checked by
/// [`can_set`]; values it drops go to `released`.
unsafe fn set_at(
    target: *mut Zval,
    segments: &[Key<'_>],
    value: &Zval,
    overwrite: bool,
    released: &mut Vec<Zval>,
) {
    let Some((&segment, rest)) = segments.split_first() else {
        return;
    };
    // SAFETY: the caller's guarantees; slots of a table stay put while only
    // deeper tables (or the slots' own values) change.
    unsafe {
        let replace = |slot: *mut Zval, with: Zval, released: &mut Vec<Zval>| {
            released.push(take(slot));
            put(slot, with);
        };
        if is_wildcard(segment) {
            if type_of(&*target) != IS_ARRAY {
                replace(target, empty_array(), released);
            }
            if !rest.is_empty() || overwrite {
                for slot in live_slots(separate(target)) {
                    if rest.is_empty() {
                        replace(slot, value.shallow_clone(), released);
                    } else {
                        set_at(slot, rest, value, overwrite, released);
                    }
                }
            }
            return;
        }
        if type_of(&*target) == IS_OBJECT {
            // Held here: PHP code may drop the caller's hold on it.
            let object = (*target).shallow_clone();
            if let Some(offsets) = Offsets::of(&object) {
                // An exception stays pending, and stops the walk.
                let _ = set_through(&OffsetStep::new(offsets, segment), rest, value, overwrite);
                return;
            }
            // A [`WritableProperty`] ([`can_set`]): `isset($target->{$segment})`,
            // then `$target->{$segment} = …` or a step into it. Nothing
            // below holds this object's slots once the step is taken.
            let name = KeyText::of(segment);
            let key = Key::Bytes(name.as_bytes());
            let (properties, slot) = match WritableProperty::of(&*target, segment) {
                Some(WritableProperty::Declared(declared)) => {
                    (std::ptr::null_mut(), declared.slot())
                }
                Some(WritableProperty::Dynamic(_)) => {
                    let properties = object::std_class_properties_mut(target);
                    (properties, find_exact(properties, key))
                }
                None => {
                    // An [`is_named_property_step`]; an exception stays
                    // pending, and stops the walk.
                    if let Some(property) = NamedProperty::of(&object, name.as_bytes()) {
                        let _ = set_through(&property, rest, value, overwrite);
                    }
                    return;
                }
            };
            let is_set = !slot.is_null() && !matches!(type_of(&*slot), IS_NULL | IS_UNDEF);
            let assign = |with: Zval, released: &mut Vec<Zval>| {
                if slot.is_null() {
                    store_exact(properties, key, with)
                } else {
                    replace(slot, with, released);
                    slot
                }
            };
            if !rest.is_empty() {
                let slot = if is_set {
                    slot
                } else {
                    assign(empty_array(), released)
                };
                set_at(slot, rest, value, overwrite, released);
            } else if overwrite || !is_set {
                assign(value.shallow_clone(), released);
            }
            return;
        }
        if type_of(&*target) != IS_ARRAY {
            // Neither accessible nor an object: `$target = []`, and the
            // path continues from an element created as null.
            replace(target, empty_array(), released);
            let table = (*target).value.arr;
            if !rest.is_empty() {
                set_at(
                    store(table, segment, Zval::null()),
                    rest,
                    value,
                    overwrite,
                    released,
                );
            } else if overwrite {
                store(table, segment, value.shallow_clone());
            }
            return;
        }
        let table = separate(target);
        let slot = find(table, segment);
        if !rest.is_empty() {
            let slot = if slot.is_null() {
                store(table, segment, empty_array())
            } else {
                slot
            };
            set_at(slot, rest, value, overwrite, released);
        } else if slot.is_null() {
            store(table, segment, value.shallow_clone());
        } else if overwrite {
            replace(slot, value.shallow_clone(), released);
        }
    }
}

/// A step of the writers that an object's own code takes, so PHP code may
/// run: an [`is_offsets_step`] or an [`is_named_property_step`], Laravel's
/// same branch of `data_set()`/`data_forget()` asked through offsets or
/// properties.
trait ObjectStep {
    /// `Arr::exists($target, $segment)` or `isset($target->{$segment})`.
    fn is_set(&self) -> Result<bool, Thrown>;
    /// `$target[$segment] = $value` or `$target->{$segment} = $value`.
    fn assign(&self, value: &Zval) -> Result<(), Thrown>;
    /// What `data_set($target[$segment], …)` (or `->{$segment}`) is passed.
    fn fetch_for_write<T>(&self, then: impl FnOnce(*mut Zval) -> T) -> Result<T, Thrown>;
    /// What `data_forget()` does for the last segment (or a missing one).
    fn forget(&self) -> Result<(), Thrown>;
}

/// The step at `$target[$segment]` of an `ArrayAccess` that is no
/// `Enumerable`; the offset is the segment as given (`explode()`'s string).
struct OffsetStep<'a> {
    offsets: Offsets<'a>,
    segment: Key<'a>,
    offset: Zval,
}

impl<'a> OffsetStep<'a> {
    fn new(offsets: Offsets<'a>, segment: Key<'a>) -> Self {
        Self {
            offsets,
            segment,
            offset: key_zval(segment),
        }
    }
}

impl ObjectStep for OffsetStep<'_> {
    fn is_set(&self) -> Result<bool, Thrown> {
        self.offsets.exists(&self.offset)
    }

    fn assign(&self, value: &Zval) -> Result<(), Thrown> {
        self.offsets.set(&self.offset, value)
    }

    fn fetch_for_write<T>(&self, then: impl FnOnce(*mut Zval) -> T) -> Result<T, Thrown> {
        self.offsets.fetch_for_write(&self.offset, then)
    }

    /// `Arr::forget($target, $segment)`, which asks `Arr::exists()` again:
    /// the key as given, else the one `explode()` gives back (a string).
    fn forget(&self) -> Result<(), Thrown> {
        if self.is_set()? {
            self.offsets.unset(&self.offset)
        } else {
            let name = KeyText::of(self.segment);
            self.offsets.unset(&key_zval(Key::Bytes(name.as_bytes())))
        }
    }
}

impl ObjectStep for NamedProperty<'_> {
    fn is_set(&self) -> Result<bool, Thrown> {
        NamedProperty::is_set(self)
    }

    fn assign(&self, value: &Zval) -> Result<(), Thrown> {
        self.set(value)
    }

    fn fetch_for_write<T>(&self, then: impl FnOnce(*mut Zval) -> T) -> Result<T, Thrown> {
        NamedProperty::fetch_for_write(self, then)
    }

    /// `elseif (isset($target->{$segment})) unset($target->{$segment})`.
    fn forget(&self) -> Result<(), Thrown> {
        if self.is_set()? {
            self.unset()?;
        }
        Ok(())
    }
}

/// Laravel's `data_set()` at an [`ObjectStep`]: PHP code may run, and
/// nothing of the walk follows; `Err` once an exception is pending.
fn set_through(
    step: &impl ObjectStep,
    rest: &[Key<'_>],
    value: &Zval,
    overwrite: bool,
) -> Result<(), Thrown> {
    if rest.is_empty() {
        // `$overwrite || ! exists`, then the assignment.
        if overwrite || !step.is_set()? {
            step.assign(value)?;
        }
        return Ok(());
    }
    // `exists`, or `[]` assigned; then `data_set($target[$segment], $rest, …)`.
    if !step.is_set()? {
        step.assign(&empty_array())?;
    }
    step.fetch_for_write(|slot| {
        // SAFETY: the slot the VM would pass on, live until this returns.
        unsafe { write_into(slot, Some(rest), None, Write::Set { value, overwrite }) }
    })?
}

/// Laravel's `data_forget()` at an [`ObjectStep`], as [`set_through`].
fn forget_through(step: &impl ObjectStep, rest: &[Key<'_>]) -> Result<(), Thrown> {
    // `$segments && exists`: `data_forget($target[$segment], $rest)`.
    if !rest.is_empty() && step.is_set()? {
        return step.fetch_for_write(|slot| {
            // SAFETY: the slot the VM would pass on, live until this returns.
            unsafe { write_into(slot, Some(rest), None, Write::Forget) }
        })?;
    }
    step.forget()
}

/// Whether `data_forget($target, $segments)` can run natively on `target`:
/// no PHP reference or object other than a [`WritableProperty`]'s or an
/// [`is_offsets_step`] (whose `Arr::forget()` splits no dotted key) among what
/// it would step into, no `*` walking a table below an object, and no
/// object or reference on the path of an `Arr::forget()` on an array.
fn can_forget(target: &Zval, segments: &[Key<'_>], above: Above) -> bool {
    let Some((&segment, rest)) = segments.split_first() else {
        return true;
    };
    if type_of(target) == IS_OBJECT {
        let dotted = matches!(segment, Key::Bytes(bytes) if bytes.contains(&b'.'));
        // `*` names a property here: objects are not accessible.
        let below = Above {
            object: true,
            ..above
        };
        return (!dotted && is_offsets_step(target, segment, above))
            || match WritableProperty::of(target, segment) {
                Some(property) => property
                    .value_if_set()
                    .is_none_or(|value| rest.is_empty() || can_forget(value, rest, below)),
                None => is_named_property_step(target, segment, above),
            };
    }
    let Some(table) = table_of(target) else {
        return true;
    };
    let steps_into = |slot: &Zval| holds_plain_value(slot) && can_forget(slot, rest, above);
    if is_wildcard(segment) {
        let below = Above {
            wildcard: true,
            ..above
        };
        return rest.is_empty()
            || (!above.object
                && stored(table)
                    .all(|slot| holds_plain_value(slot) && can_forget(slot, rest, below)));
    }
    // SAFETY: a live table; lookups do not modify it.
    let slot = unsafe { find(std::ptr::from_ref(table).cast_mut(), segment).as_ref() };
    match slot {
        Some(slot) if !rest.is_empty() => steps_into(slot),
        _ => can_forget_key(target, segment),
    }
}

/// Laravel's `data_forget($target, $segments)` on the caller's array or
/// object `root`, for string and integer segments, in place; `None`,
/// with nothing changed, when `root` is neither, there are no segments, or
/// [`can_forget`] says no.
pub fn data_forget(root: &mut Zval, segments: &[Key<'_>]) -> Option<()> {
    if !matches!(type_of(root), IS_ARRAY | IS_OBJECT)
        || segments.is_empty()
        || !can_forget(root, segments, Above::default())
    {
        return None;
    }
    let mut released = Vec::new();
    // SAFETY: `root` is the caller's variable, checked above.
    unsafe { forget_at(root, segments, &mut released) };
    drop(released);
    Some(())
}

/// One level of [`data_forget`].
///
/// # Safety
/// As for [`set_at`], checked by [`can_forget`].
unsafe fn forget_at(target: *mut Zval, segments: &[Key<'_>], released: &mut Vec<Zval>) {
    let Some((&segment, rest)) = segments.split_first() else {
        return;
    };
    // SAFETY: the caller's guarantees.
    unsafe {
        // Held here: PHP code may drop the caller's hold on it.
        let object = (type_of(&*target) == IS_OBJECT).then(|| (*target).shallow_clone());
        if let Some(offsets) = object.as_ref().and_then(Offsets::of) {
            // An exception stays pending, and stops the walk.
            let _ = forget_through(&OffsetStep::new(offsets, segment), rest);
            return;
        }
        // A [`WritableProperty`] ([`can_forget`]) that is set: `unset()` it,
        // or step into it.
        match WritableProperty::of(&*target, segment) {
            Some(property) if property.value_if_set().is_none() => return,
            Some(WritableProperty::Declared(property)) => {
                if rest.is_empty() {
                    released.push(object::unset_declared(&*target, &property));
                } else {
                    forget_at(property.slot(), rest, released);
                }
                return;
            }
            Some(WritableProperty::Dynamic(_)) => {
                let name = KeyText::of(segment);
                let key = Key::Bytes(name.as_bytes());
                let properties = object::std_class_properties_mut(target);
                if rest.is_empty() {
                    remove_exact(properties, key, released);
                } else {
                    forget_at(find_exact(properties, key), rest, released);
                }
                return;
            }
            None => {
                if let Some(object) = &object {
                    // An [`is_named_property_step`]; an exception stays
                    // pending, and stops the walk.
                    let name = KeyText::of(segment);
                    if let Some(property) = NamedProperty::of(object, name.as_bytes()) {
                        let _ = forget_through(&property, rest);
                    }
                    return;
                }
            }
        }
        if type_of(&*target) != IS_ARRAY {
            return;
        }
        if is_wildcard(segment) {
            if !rest.is_empty() {
                for slot in live_slots(separate(target)) {
                    forget_at(slot, rest, released);
                }
            }
            return;
        }
        if !rest.is_empty() && !find((*target).value.arr, segment).is_null() {
            forget_at(find(separate(target), segment), rest, released);
        } else {
            forget_key(target, segment, released);
        }
    }
}

/// `unset($table[$key])`, the value released by the caller later.
///
/// # Safety
/// `table` must be a live table the caller may change.
unsafe fn remove(table: *mut ZendHashTable, key: Key<'_>, released: &mut Vec<Zval>) {
    // SAFETY: the caller's guarantees.
    unsafe { remove_exact(table, symbol_table_key(key), released) }
}

/// [`remove`] at exactly `key` (no numeric-string conversion).
///
/// # Safety
/// As for [`remove`].
unsafe fn remove_exact(table: *mut ZendHashTable, key: Key<'_>, released: &mut Vec<Zval>) {
    // SAFETY: the caller's guarantees; the slot left holds `null`, which
    // deleting releases without running anything.
    unsafe {
        let slot = find_exact(table, key);
        if slot.is_null() {
            return;
        }
        released.push(take(slot));
        match key {
            Key::Index(index) => zend_hash_index_del(table, index as zend_ulong),
            Key::Bytes(bytes) => zend_hash_str_del(table, bytes.as_ptr().cast(), bytes.len()),
        };
    }
}
