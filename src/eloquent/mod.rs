//! Eloquent's attribute casts (`HasAttributes::castAttribute()`), for the
//! built-in primitive and decimal casts whose result native code can be
//! certain of, and the date and JSON casts whose last step is one of the
//! model's methods (enum casts need the engine: the binding resolves them);
//! what `attributesToArray()` does after the cast, and stored dates as it
//! serializes them. Pure Rust: the binding reads the model and hands over
//! plain values.

pub mod boot;
pub mod cast;
pub mod date;
pub mod serialize;

pub use cast::{
    Cast, Leaf, Scalar, Value, cast_type, custom_date_time, decimal_scale, is_lower_case_name,
    is_parameterised, leaf_type, php_float_text,
};
pub use date::{STORAGE_FORMAT, StoredDate};
pub use serialize::{ArrayStep, array_step};
