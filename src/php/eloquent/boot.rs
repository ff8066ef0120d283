//! `Oxide\Native\model_boot_steps()`: what `Model::bootTraits()` does for a
//! class, read from its function table instead of ~600 `ReflectionMethod`
//! objects each asked for two attributes (see `crate::eloquent::boot`).

use ext_php_rs::boxed::ZBox;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::arr::{Key, Value};
use crate::eloquent::boot::{self, Step};
use crate::php::engine::args::{ArrayArg, PhpString, StringArg};
use crate::php::engine::array::ArrayWriter;
use crate::php::engine::object::Class;
use crate::validation::{Data, Kind};

/// `getAttributes(Boot::class)` and `getAttributes(Initialize::class)`
/// compare these lower-case names.
const BOOT: &[u8] = b"illuminate\\database\\eloquent\\attributes\\boot";
const INITIALIZE: &[u8] = b"illuminate\\database\\eloquent\\attributes\\initialize";

/// `bootTraits()`'s steps for the loaded class `$class`, given its traits
/// (`class_uses_recursive($class)`): a list of `[true, $method]` (invoke
/// it) and `[false, $method]` (record it as an initializer), in Laravel's
/// order; null when the class is not loaded or a trait name is not a
/// string.
#[php_function]
#[php(name = "Oxide\\Native\\model_boot_steps")]
pub fn model_boot_steps(mut class: StringArg, mut traits: ArrayArg) -> Option<ZBox<ZendHashTable>> {
    let class = Class::loaded(std::str::from_utf8(class.bytes(1)?).ok()?)?;
    let traits = names(traits.array(2)?)?;
    let methods = class.methods().map(|method| boot::Method {
        name: method.name,
        is_static: method.is_static,
        boot_attribute: method.has_attribute(BOOT),
        initialize_attribute: method.has_attribute(INITIALIZE),
    });
    let mut list = ZendHashTable::new();
    let mut writer = ArrayWriter::new(&mut list);
    for (index, step) in (0..).zip(boot::steps(methods, &traits)) {
        let (boots, name) = match step {
            Step::Boot(name) => (true, name),
            Step::Initialize(name) => (false, name),
        };
        let mut pair = ZendHashTable::with_capacity(2);
        let mut pair_writer = ArrayWriter::new(&mut pair);
        let mut flag = Zval::new();
        flag.set_bool(boots);
        pair_writer.insert(Key::Index(0), flag);
        pair_writer.insert(Key::Index(1), PhpString::new(name).into_zval(false).ok()?);
        let mut value = Zval::new();
        value.set_hashtable(pair);
        writer.insert(Key::Index(index), value);
    }
    Some(list)
}

/// The strings of a list of names; `None` if one is not a string.
fn names(list: &Zval) -> Option<Vec<&[u8]>> {
    let (_, entries) = list.as_array()?;
    entries
        .map(|(_, name)| match name.kind() {
            Kind::Str(name) => Some(name),
            _ => None,
        })
        .collect()
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module.function(wrap_function!(model_boot_steps))
}
