//! Eloquent's attribute casts (`HasAttributes::castAttribute()`), for the
//! built-in primitive and decimal casts whose result native code can be
//! certain of (enum casts need the engine: the binding resolves them).
//! Pure Rust: the binding reads the model and hands over plain values.

pub mod cast;

pub use cast::{Cast, Scalar, Value, cast_type, decimal_scale, is_parameterised, php_float_text};
