//! What `addCastAttributesToArray()` does with a cast attribute after
//! `castAttribute()`, for the cast strings whose every check there is
//! certain without asking PHP: those `parseCasterClass()` turns into one of
//! `$primitiveCastTypes` as written (exact spelling: `' Integer '` casts the
//! same but makes `isClassCastable()` throw, so it is Laravel's).

/// The step after `castAttribute()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayStep {
    /// The cast value as it is.
    Keep,
    /// `serializeDate()` of the cast date (`date`, `datetime` and their
    /// immutable forms, as `in_array()` lists them).
    SerializeDate,
    /// `toArray()` of the `Arrayable` the cast made (`collection`).
    ToArray,
}

/// The step for a cast string written exactly as Laravel lists it;
/// `None` for any other spelling, custom date formats, encrypted and
/// hashed casts, and class names.
pub fn array_step(cast: &[u8]) -> Option<ArrayStep> {
    Some(match cast {
        b"int"
        | b"integer"
        | b"real"
        | b"float"
        | b"double"
        | b"string"
        | b"bool"
        | b"boolean"
        | b"timestamp"
        | b"array"
        | b"json"
        | b"json:unicode"
        | b"object"
        | b"custom_datetime"
        | b"immutable_custom_datetime" => ArrayStep::Keep,
        b"date" | b"datetime" | b"immutable_date" | b"immutable_datetime" => {
            ArrayStep::SerializeDate
        }
        b"collection" => ArrayStep::ToArray,
        _ if cast.starts_with(b"decimal:") => ArrayStep::Keep,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_exact_spellings_only() {
        assert_eq!(array_step(b"datetime"), Some(ArrayStep::SerializeDate));
        assert_eq!(
            array_step(b"immutable_date"),
            Some(ArrayStep::SerializeDate)
        );
        assert_eq!(array_step(b"collection"), Some(ArrayStep::ToArray));
        assert_eq!(array_step(b"decimal:2"), Some(ArrayStep::Keep));
        assert_eq!(array_step(b"json:unicode"), Some(ArrayStep::Keep));
        for other in [
            &b" datetime "[..],
            b"Integer",
            b"DATE",
            b"datetime:Y-m-d",
            b"date:Y",
            b"encrypted",
            b"hashed",
            b"App\\Casts\\Money",
            b"",
        ] {
            assert_eq!(array_step(other), None, "{other:?}");
        }
    }
}
