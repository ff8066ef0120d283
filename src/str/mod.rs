//! Laravel's `Illuminate\Support\Str`, natively. No zvals here.

pub mod case;
pub mod ids;
pub mod slug;
mod unicode;

#[cfg(test)]
mod properties;
