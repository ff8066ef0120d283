//! Laravel's `Illuminate\Support\Str`, natively. No zvals here.

pub mod case;
mod unicode;

#[cfg(test)]
mod properties;
