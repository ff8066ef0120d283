//! `asDateTime()` of a stored `Y-m-d H:i:s` date, natively: Laravel's
//! `Date::createFromFormat($format, $value)` goes through the facade,
//! `DateFactory::__call()` and Carbon's `createFromFormat()`,
//! `rawCreateFromFormat()` (format rewrites, test-now checks) and
//! `instance()` (a clone) before it returns what PHP's
//! `DateTime::createFromFormat()` made: ~2 µs a date, of which the parse
//! is a fifth. When the facade's factory is Laravel's without a callable,
//! factory or date class of the app's, Carbon has no test now, no
//! `createFromFormat` function and no last errors kept, the value has the
//! storage format's shape and `getDateFormat()` is that format, the result
//! is an `Illuminate\Support\Carbon` that PHP's parse makes, its
//! `constructedObjectId` its own id (as `__clone()` sets it) and Carbon's
//! last errors `false`, as they were: made here with ext/date's own calls.

use ext_php_rs::types::Zval;

use super::declares_laravels;
use crate::arr::Key;
use crate::eloquent::{STORAGE_FORMAT, StoredDate};
use crate::php::engine::args::Thrown;
use crate::php::engine::call::is_truthy;
use crate::php::engine::object::{Class, Method, Slot, date_from_format, object_id};
use crate::validation::{Data, Kind};

/// The model's methods `asDateTime()` goes through for such a value.
const MODEL_MIRRORED: &[&str] = &["asDateTime", "isStandardDateFormat", "getDateFormat"];

/// What the facade, Laravel's date factory and Carbon run to make the date,
/// for transparent mode's proof.
pub const MIRRORED: &[&str] = &[
    "__callStatic",
    "getFacadeRoot",
    "resolveFacadeInstance",
    "__call",
    "createFromFormat",
    "rawCreateFromFormat",
    "createFromFormatAndTimezone",
    "getMockedTestNow",
    "getTestNow",
    "handleTestNowClosure",
    "getInstance",
    "getDefaultInstance",
    "instance",
    "__clone",
    "setLastErrors",
];

/// The class `Date` makes by default.
const CARBON: &str = "Illuminate\\Support\\Carbon";

/// What a model class's `asDateTime()` needs.
#[derive(Clone, Copy)]
pub struct Dates {
    date_format: Slot,
    get_date_format: Method,
}

impl Dates {
    /// `None` when the class declares one of the model's methods again.
    pub fn of(class: &Class<'_>, model: usize) -> Option<Self> {
        declares_laravels(class, MODEL_MIRRORED, model).then_some(())?;
        Some(Dates {
            date_format: class.instance_slot(b"dateFormat")?,
            get_date_format: class.method(b"getdateformat")?,
        })
    }

    /// Whether `getDateFormat()` is [`STORAGE_FORMAT`]: `$dateFormat` when
    /// set, else the connection's grammar's, asked as `asDateTime()` asks
    /// it; `None` when the property is unset or a reference.
    pub fn storage_format(&self, model: &Zval) -> Option<Result<bool, Thrown>> {
        let format = self.date_format.read(model)?;
        let format = if is_truthy(format) {
            format.shallow_clone()
        } else {
            match self.get_date_format.call(model, &mut []) {
                Ok(format) => format,
                Err(thrown) => return Some(Err(thrown)),
            }
        };
        Some(Ok(format
            .zend_str()
            .is_some_and(|format| format.as_bytes() == STORAGE_FORMAT)))
    }

    /// `$model->asDateTime($value)`: `None` for Laravel's method (nothing
    /// called, or `getDateFormat()` called as it calls it first);
    /// `Some(Err)` once `getDateFormat()`'s exception is pending.
    pub fn as_date_time(&self, model: &Zval, value: &Zval) -> Option<Result<Zval, Thrown>> {
        let text = value.zend_str()?.as_bytes();
        if !StoredDate::parse(text)?.has_time() {
            return None;
        }
        let carbon = plain_carbon()?;
        match self.storage_format(model)? {
            Ok(true) => {}
            Ok(false) => return None,
            Err(thrown) => return Some(Err(thrown)),
        }
        let date = date_from_format(&carbon, c"Y-m-d H:i:s", text)?;
        let mut id = Zval::new();
        id.set_long(object_id(&date)?);
        carbon
            .untyped_slot(b"constructedObjectId")?
            .write(&date, id)?;
        Some(Ok(date))
    }
}

/// Laravel's `Carbon`, when `Date::createFromFormat()` is Carbon's plain
/// parse: the facade's resolved factory is Laravel's with nothing of the
/// app's, and Carbon has no creation function, no test now (nor a clock)
/// and no last errors to reset.
fn plain_carbon() -> Option<Class<'static>> {
    let factory = Class::loaded("Illuminate\\Support\\Facades\\Facade")?
        .static_value("resolvedInstance")
        .and_then(|instances| Data::get(instances, Key::Bytes(b"date")))?;
    let factory_class = Class::of_object(factory)?;
    let unset = |class: &Class<'_>, name: &str| class.static_value(name).is_some_and(Zval::is_null);
    if factory_class.name() != b"Illuminate\\Support\\DateFactory"
        || !unset(&factory_class, "callable")
        || !unset(&factory_class, "factory")
        || !unset(&factory_class, "dateClass")
    {
        return None;
    }
    let carbon = Class::loaded(CARBON)?;
    if !unset(&carbon, "createFromFormatFunction")
        || !matches!(
            carbon
                .static_value("lastErrors")
                .map(|errors| errors.kind()),
            Some(Kind::Bool(false))
        )
    {
        return None;
    }
    let factories = Class::loaded("Carbon\\FactoryImmutable")?;
    if !unset(&factories, "currentClock") {
        return None;
    }
    let default = factories.static_value("defaultInstance")?;
    if !default.is_null() {
        let class = Class::of_object(default)?;
        if class.name() != b"Carbon\\FactoryImmutable"
            || !class.instance_slot(b"testNow")?.read(default)?.is_null()
        {
            return None;
        }
    }
    Some(carbon)
}
