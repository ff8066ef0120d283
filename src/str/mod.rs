//! Laravel's `Illuminate\Support\Str`, natively. No zvals here.

pub mod case;
pub mod ids;
mod unicode;

#[cfg(test)]
mod properties;
