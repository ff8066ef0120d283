//! `Oxide\Native\validation_*`: the `Validation` accelerator's entry points.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ext_php_rs::boxed::ZBox;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use rustc_hash::FxHashMap;

use super::engine::args::{ArrayArg, StringArg};
use super::engine::array::{ArrayWriter, rebuilds_identically};
use crate::arr::{Key, Value};
use crate::validation::expand::{self, Piece};
use crate::validation::rule::Plan;
use crate::validation::{Data, Kind, check, validated};

/// Whether `Validator::parseData($data)` would return an array identical
/// to `$data` (no key holds `.` or `*`), which the validator can then keep.
#[php_function]
#[php(name = "Oxide\\Native\\validation_data_unchanged")]
pub fn validation_data_unchanged(mut data: ArrayArg) -> Option<bool> {
    let keeps = |key: &[u8]| !key.iter().any(|b| matches!(b, b'.' | b'*'));
    Some(rebuilds_identically(data.array(1)?.array()?, 0, &keeps))
}

/// `Validator::validated()` for a validator that passed, given its data,
/// expanded rules, `$excludeUnvalidatedArrayKeys` and its two key
/// placeholders; `null` when Laravel's code must build it.
#[php_function]
#[php(name = "Oxide\\Native\\validation_validated")]
pub fn validation_validated(
    mut data: ArrayArg,
    mut rules: ArrayArg,
    exclude_unvalidated_array_keys: bool,
    mut dot_placeholder: StringArg,
    mut asterisk_placeholder: StringArg,
) -> Option<ZBox<ZendHashTable>> {
    let data = data.array(1)?;
    let rules = rules.array(2)?;
    let dot_placeholder = dot_placeholder.bytes(4)?.to_vec();
    let asterisk_placeholder = asterisk_placeholder.bytes(5)?;
    let mut results = ZendHashTable::new();
    validated::validated(
        data,
        rules,
        exclude_unvalidated_array_keys,
        &mut ArrayWriter::new(&mut results),
    )?;
    // `replacePlaceholders()` rebuilds the result; without placeholders in
    // its keys that rebuild is the result itself.
    let contains = |key: &[u8], needle: &[u8]| {
        !needle.is_empty() && key.windows(needle.len()).any(|w| w == needle)
    };
    let keeps =
        |key: &[u8]| !contains(key, &dot_placeholder) && !contains(key, asterisk_placeholder);
    rebuilds_identically(&results, 0, &keeps).then_some(results)
}

/// `ValidationRuleParser::explode($rules)` against `$data`, as
/// `[$rules, $implicitAttributes]`; `null` when Laravel's parser must do it.
#[php_function]
#[php(name = "Oxide\\Native\\validation_explode")]
pub fn validation_explode(mut data: ArrayArg, mut rules: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let data = data.array(1)?;
    let rules = rules.array(2)?;
    let expansion = expand::explode(data, rules, NAMES.take())?;
    let mut names = NAME_STRINGS.take();
    let exploded = exploded_rules(&expansion, &mut names);
    NAMES.set(expansion.names.recycled());
    names.clear();
    if names.capacity() * size_of::<Zval>() <= expand::Names::KEPT_BYTES {
        NAME_STRINGS.set(names);
    }
    exploded
}

thread_local! {
    /// Storage `validation_explode()` reuses from one call to the next (see
    /// [`expand::Names`]); empty between calls.
    static NAMES: Cell<expand::Names> = Cell::default();
    static NAME_STRINGS: Cell<Vec<Zval>> = const { Cell::new(Vec::new()) };
}

/// `[$rules, $implicitAttributes]` of an expansion.
fn exploded_rules(
    expansion: &expand::Expansion<'_, &Zval>,
    names: &mut Vec<Zval>,
) -> Option<ZBox<ZendHashTable>> {
    // Each expanded name is one PHP string, both a key of the rules and a
    // value of the implicit attributes.
    names.extend((0..expansion.names.len()).map(|index| string(expansion.name(index))));
    let mut exploded =
        ZendHashTable::with_capacity(u32::try_from(expansion.attribute_count()).ok()?);
    let mut writer = ArrayWriter::new(&mut exploded);
    for (key, list) in &expansion.given {
        writer.insert(*key, rule_array(list));
    }
    // Attributes expanded from one wildcard share one PHP array, also
    // across the runs a given attribute splits.
    let mut shared: FxHashMap<*const Vec<Piece<'_, &Zval>>, Zval> = FxHashMap::default();
    for (run, list) in &expansion.added {
        let value = shared
            .entry(Rc::as_ptr(list))
            .or_insert_with(|| rule_array(list));
        for index in run.clone() {
            writer.insert_string_key(names[index].zend_str()?, value.shallow_clone());
        }
    }

    let mut implicit = ZendHashTable::with_capacity(u32::try_from(expansion.implicit.len()).ok()?);
    let mut implicit_writer = ArrayWriter::new(&mut implicit);
    for (pattern, indexes) in &expansion.implicit {
        let mut list = ZendHashTable::with_capacity(u32::try_from(indexes.len()).ok()?);
        let mut list_writer = ArrayWriter::new(&mut list);
        for (position, index) in (0..).zip(indexes.clone()) {
            list_writer.insert(Key::Index(position), names[index].shallow_clone());
        }
        implicit_writer.insert(Key::Bytes(pattern), array(list));
    }

    let mut result = ZendHashTable::with_capacity(2);
    let mut result_writer = ArrayWriter::new(&mut result);
    result_writer.insert(Key::Index(0), array(exploded));
    result_writer.insert(Key::Index(1), array(implicit));
    Some(result)
}

/// The attributes of `$rules` (the validator's expanded rules) whose rules
/// Laravel must evaluate, each with a string of one `'0'`/`'1'` per rule
/// (`'1'` = call `validateAttribute()` for it); every other rule certainly
/// records no failure. `null` when the whole run must be Laravel's.
#[php_function]
#[php(name = "Oxide\\Native\\validation_pending")]
pub fn validation_pending(
    mut data: ArrayArg,
    mut rules: ArrayArg,
    mut implicit_attributes: ArrayArg,
    email: bool,
) -> Option<ZBox<ZendHashTable>> {
    let data = data.array(1)?;
    let rules = rules.array(2)?;
    let implicit_attributes = implicit_attributes.array(3)?;
    let mut pending = ZendHashTable::new();
    let mut writer = ArrayWriter::new(&mut pending);
    let mut plans: FxHashMap<*const Zval, Rc<Plan>> = FxHashMap::default();
    let mut plan_for = |list: &Zval| -> Rc<Plan> {
        let list_ptr: *const Zval = match list.array() {
            Some(table) => std::ptr::from_ref(table).cast(),
            None => std::ptr::from_ref(list),
        };
        Rc::clone(plans.entry(list_ptr).or_insert_with(|| plan(list)))
    };
    let run = check::Run::new(data, rules, implicit_attributes, check::Options { email });
    check::run(&run, &mut plan_for, |attribute, flags| {
        writer.insert(attribute, string(&flags));
    })
    .ok()?;
    Some(pending)
}

thread_local! {
    /// Compiled rule lists, by their rules: a FormRequest's rules compile
    /// once per worker.
    static PLANS: RefCell<FxHashMap<Vec<u8>, Rc<Plan>>> = RefCell::new(FxHashMap::default());
}

/// Entries kept in [`PLANS`] before it starts over (apps have far fewer
/// distinct rule lists; generated ones must not grow memory for ever).
const MAX_CACHED_PLANS: usize = 4096;

/// The compiled plan of one attribute's rule list.
fn plan(list: &Zval) -> Rc<Plan> {
    let rules: Vec<Option<&[u8]>> = match list.as_array() {
        Some((_, entries)) => entries
            .map(|(_, rule)| match rule.kind() {
                Kind::Str(text) => Some(text),
                _ => None,
            })
            .collect(),
        None => vec![None],
    };
    if rules.iter().any(Option::is_none) {
        return Rc::new(Plan::compile(rules));
    }
    let mut key = Vec::new();
    for rule in rules.iter().flatten() {
        key.extend_from_slice(&rule.len().to_le_bytes());
        key.extend_from_slice(rule);
    }
    PLANS.with_borrow_mut(|plans| {
        if let Some(plan) = plans.get(&key) {
            return Rc::clone(plan);
        }
        if plans.len() >= MAX_CACHED_PLANS {
            plans.clear();
        }
        let plan = Rc::new(Plan::compile(rules));
        plans.insert(key, Rc::clone(&plan));
        plan
    })
}

/// A PHP list of the rules: new strings for pieces of `|`-separated rules,
/// the given strings themselves for rule arrays.
fn rule_array(list: &[Piece<'_, &Zval>]) -> Zval {
    let mut table = ZendHashTable::with_capacity(u32::try_from(list.len()).unwrap_or(0));
    let mut writer = ArrayWriter::new(&mut table);
    for (index, piece) in (0..).zip(list) {
        let value = match piece {
            Piece::Part(text) => string(text),
            Piece::Whole(value) => value.shallow_clone(),
        };
        writer.insert(Key::Index(index), value);
    }
    array(table)
}

fn string(bytes: &[u8]) -> Zval {
    let mut zval = Zval::new();
    zval.set_zend_string(ZendStr::new(bytes, false));
    zval
}

fn array(table: ZBox<ZendHashTable>) -> Zval {
    let mut zval = Zval::new();
    zval.set_hashtable(table);
    zval
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(validation_data_unchanged))
        .function(wrap_function!(validation_explode))
        .function(wrap_function!(validation_pending))
        .function(wrap_function!(validation_validated))
}
