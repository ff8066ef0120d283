//! `Oxide\Native\str_*`: the `Str` accelerator's entry points.
//!
//! Each returns `null` when native code cannot decide the exact result; the
//! PHP package then runs Laravel's implementation.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{Arc, Mutex, OnceLock};

use ext_php_rs::convert::IntoZval;
use ext_php_rs::prelude::*;
use rustc_hash::FxHashMap;

use ext_php_rs::types::{ZendEmptyArray, ZendHashTable, ZendStr, Zval};

use super::engine::args::{ArrayArg, PhpString, StringArg, TextOrFalse};
use super::engine::array::ArrayWriter;
use super::engine::pcre_reads_ascii_as_c;
use crate::arr::{Key, Value};
use crate::str::{ascii, case, inflector, mask, pattern, slug, squish, title, truncate};
use crate::validation::{Data, Kind};

/// `result` as a new PHP string, or `None` when it is all of `original`
/// (the caller then returns its argument itself).
fn changed(original: &str, result: Cow<'_, str>) -> Option<PhpString> {
    match result {
        Cow::Borrowed(text) if text.len() == original.len() => None,
        text => Some(PhpString::new(text.as_bytes())),
    }
}

/// `changed` or else the argument `value` unchanged.
fn or_unchanged(changed: Option<PhpString>, value: &StringArg) -> PhpString {
    changed.unwrap_or_else(|| PhpString::unchanged(value.zval()))
}

/// `Str::snake($value, $delimiter)`.
#[php_function]
#[php(name = "Oxide\\Native\\str_snake")]
pub fn str_snake(mut value: StringArg, mut delimiter: StringArg) -> Option<PhpString> {
    // Arguments are checked in order: the first bad one throws.
    let text = value.utf8(1).ok()?;
    let delimiter = delimiter.utf8(2).ok()?;
    let text = text?;
    let snaked = changed(text, case::snake(text, delimiter?)?);
    Some(or_unchanged(snaked, &value))
}

/// `Str::studly($value)` (without `$normalize`); false for a value that is
/// not UTF-8, which Laravel's `/u` split fails on.
#[php_function]
#[php(name = "Oxide\\Native\\str_studly")]
pub fn str_studly(mut value: StringArg) -> Option<TextOrFalse> {
    let Some(text) = value.utf8(1).ok()? else {
        return Some(TextOrFalse::NotUtf8);
    };
    case::studly(text).map(|studly| PhpString::new(&studly).into())
}

/// A dictionary entry of `slug()` whose value is a string.
fn slug_word<'a>((key, value): (Key<'a>, &'a Zval)) -> Option<(Key<'a>, &'a [u8])> {
    match value.kind() {
        Kind::Str(value) => Some((key, value)),
        _ => None,
    }
}

/// `Str::slug($title, $separator, $language, $dictionary)`. `$tables` is
/// the package's index of `ascii()` maps by language ([`str_ascii_table`]):
/// a title `ascii()` would change is transliterated with `$language`'s map
/// there, in the same call. Null when native code cannot decide: a
/// `$language` that is no null, bool, int or string (`ascii()` would throw,
/// run PHP code, or warn on PHP 8.5), or one without a map in `$tables`,
/// besides what [`slug::slug`] leaves.
#[php_function]
#[php(name = "Oxide\\Native\\str_slug")]
pub fn str_slug(
    mut title: StringArg,
    mut separator: StringArg,
    language: &Zval,
    mut dictionary: ArrayArg,
    mut tables: ArrayArg,
) -> Option<PhpString> {
    let title = title.bytes(1)?;
    let separator = separator.bytes(2)?;
    let (_, words) = dictionary.array(4)?.as_array()?;
    let tables = tables.array(5)?;
    // Whether `$language` is truthy, for those Laravel reads without a
    // word (PHP 8.5 warns when it reads NAN as a boolean or a string).
    let language = language.kind();
    let transliterates = match language {
        Kind::Null => false,
        Kind::Bool(truthy) => truthy,
        Kind::Int(number) => number != 0,
        Kind::Str(text) => !matches!(text, b"" | b"0"),
        _ => return None,
    };
    // portable-ascii returns printable ASCII as it is.
    let title = if !transliterates || ascii::is_printable(title) {
        Cow::Borrowed(title)
    } else {
        let Kind::Str(language) = language else {
            return None;
        };
        let Kind::Int(table) = tables.get(Key::Bytes(language))?.kind() else {
            return None;
        };
        with_ascii_table(table, |table| ascii::to_ascii(title, table))?
    };
    slug::slug(&title, separator, words.map(slug_word)).map(PhpString::new)
}

/// `Str::title($value)`; for a value that is not UTF-8, mbstring's result
/// while it writes its default `?` for each ill-formed sequence, which
/// `$default_substitute` says (`mb_substitute_character()` is 63).
#[php_function]
#[php(name = "Oxide\\Native\\str_title")]
pub fn str_title(mut value: StringArg, default_substitute: bool) -> Option<PhpString> {
    let titled = match value.utf8(1).ok()? {
        Some(text) => title::title(text),
        None if default_substitute => title::title_of_bytes(value.bytes(1)?),
        None => None,
    };
    titled.map(PhpString::new)
}

/// `Str::headline($value)`; false for a value that is not UTF-8, which
/// Laravel's `/u` split fails on.
#[php_function]
#[php(name = "Oxide\\Native\\str_headline")]
pub fn str_headline(mut value: StringArg) -> Option<TextOrFalse> {
    let Some(text) = value.utf8(1).ok()? else {
        return Some(TextOrFalse::NotUtf8);
    };
    title::headline(text).map(|text| PhpString::new(text).into())
}

/// `Str::apa($value)`; false for a value that is not UTF-8, which Laravel's
/// `/u` split fails on.
#[php_function]
#[php(name = "Oxide\\Native\\str_apa")]
pub fn str_apa(mut value: StringArg) -> Option<TextOrFalse> {
    let Some(text) = value.utf8(1).ok()? else {
        return Some(TextOrFalse::NotUtf8);
    };
    title::apa(text).map(|text| PhpString::new(text).into())
}

/// `Str::ucsplit($string)` of a string: its list, `true` for the list of
/// the string alone (no capital after its start: the package builds
/// `[$string]` for less than a native array costs), or `false` for one that
/// is not UTF-8 (`preg_split()` with `/u` fails on it). Null for any other
/// value, which Laravel's code juggles: deciding that here spares the
/// package a type check on every call.
#[php_function]
#[php(name = "Oxide\\Native\\str_ucsplit")]
pub fn str_ucsplit(string: &Zval) -> Option<Zval> {
    let mut answer = Zval::new();
    let Ok(text) = std::str::from_utf8(string.zend_str()?.as_bytes()) else {
        answer.set_bool(false);
        return Some(answer);
    };
    if text.is_empty() {
        return ZendEmptyArray.into_zval(false).ok();
    }
    let points = title::ucsplit_points(text)?;
    if points.is_empty() {
        answer.set_bool(true);
        return Some(answer);
    }
    let mut list = ZendHashTable::with_capacity(u32::try_from(points.len() + 1).ok()?);
    let mut writer = ArrayWriter::new(&mut list);
    for piece in title::pieces_at(text, &points) {
        let mut zval = Zval::new();
        zval.set_zend_string(ZendStr::new(piece, false));
        writer.append(zval);
    }
    answer.set_hashtable(list);
    Some(answer)
}

/// `Str::squish($value)`; false for a value that is not UTF-8, where
/// Laravel's `/u` regex returns null.
#[php_function]
#[php(name = "Oxide\\Native\\str_squish")]
pub fn str_squish(mut value: StringArg) -> Option<TextOrFalse> {
    let Some(text) = value.utf8(1).ok()? else {
        return Some(TextOrFalse::NotUtf8);
    };
    let squished = changed(text, squish::squish(text)?);
    Some(or_unchanged(squished, &value).into())
}

/// The largest `Str::words()` count decided natively.
const MAX_NATIVE_WORDS: u16 = 1000;

/// `Str::words($value, $words, $end)`.
#[php_function]
#[php(name = "Oxide\\Native\\str_words")]
pub fn str_words(mut value: StringArg, words: i64, mut end: StringArg) -> Option<PhpString> {
    let text = value.utf8(1).ok()?;
    let end = end.utf8(3).ok()??;
    // PCRE rejects `{1,0}`, and a pattern that repeats its group more than
    // about 3,000 times is too large to compile (3,120 with PCRE2's smallest
    // link size): Laravel's warning, so those counts stay Laravel's.
    let words = u16::try_from(words)
        .ok()
        .filter(|words| (1..=MAX_NATIVE_WORDS).contains(words))?;
    let Some(text) = text else {
        // Laravel's `/u` regex fails on it: no match, the value as it is.
        return Some(PhpString::unchanged(value.zval()));
    };
    let shortened = changed(text, truncate::words(text, words, end)?);
    Some(or_unchanged(shortened, &value))
}

/// `Str::limit($value, $limit, $end, $preserveWords)`.
#[php_function]
#[php(name = "Oxide\\Native\\str_limit")]
pub fn str_limit(
    mut value: StringArg,
    limit: i64,
    mut end: StringArg,
    preserve_words: bool,
) -> Option<PhpString> {
    let text = value.utf8(1).ok()?;
    let end = end.utf8(3).ok()??;
    // A negative width is mb_strimwidth()'s deprecated count from the end.
    let limit = usize::try_from(limit).ok()?;
    let text = text?;
    let limited = changed(text, truncate::limit(text, limit, end, preserve_words)?);
    Some(or_unchanged(limited, &value))
}

/// `Str::mask($value, $character, $index, $length)` in UTF-8; `None` for
/// offsets `mb_substr()` rejects. A value that is not UTF-8 as for
/// [`str_title`].
#[php_function]
#[php(name = "Oxide\\Native\\str_mask")]
pub fn str_mask(
    mut value: StringArg,
    mut character: StringArg,
    index: i64,
    length: Option<i64>,
    default_substitute: bool,
) -> Option<PhpString> {
    let text = value.utf8(1).ok()?;
    let character = character.utf8(2).ok()??;
    let masked = match text {
        Some(text) => changed(text, mask::mask(text, character, index, length)?),
        None if default_substitute => {
            match mask::mask_bytes(value.bytes(1)?, character, index, length)? {
                Cow::Borrowed(_) => None,
                Cow::Owned(masked) => Some(PhpString::new(masked)),
            }
        }
        None => return None,
    };
    Some(or_unchanged(masked, &value))
}

/// `Str::is($pattern, $value, $ignoreCase)` for a string pattern or an array
/// of string patterns.
#[php_function]
#[php(name = "Oxide\\Native\\str_is")]
pub fn str_is(patterns: &Zval, mut value: StringArg, ignore_case: bool) -> Option<bool> {
    let value = value.utf8(2).ok()??;
    let mut texts = Vec::new();
    match patterns.kind() {
        Kind::Str(pattern) => texts.push(std::str::from_utf8(pattern).ok()?),
        Kind::Array(_) => {
            for (_, pattern) in patterns.as_array()?.1 {
                let Kind::Str(pattern) = pattern.kind() else {
                    return None;
                };
                texts.push(std::str::from_utf8(pattern).ok()?);
            }
        }
        _ => return None,
    }
    pattern::is(texts, value, ignore_case)
}

/// portable-ascii replacement maps the package has handed over, kept for
/// the life of the process (a worker serves many requests): each under the
/// key the package chose (the library's files, their versions and the
/// language) and, for calls, under the index it got back. `None` records
/// the package's verdict that a key's library is not one native code
/// implements.
#[derive(Default)]
struct AsciiTables {
    indexes: FxHashMap<Vec<u8>, usize>,
    tables: Vec<Option<Arc<ascii::Table>>>,
}

fn ascii_tables() -> &'static Mutex<AsciiTables> {
    static TABLES: OnceLock<Mutex<AsciiTables>> = OnceLock::new();
    TABLES.get_or_init(Mutex::default)
}

/// What was handed over under `key`: the index of its map, false for the
/// verdict that there is none, null for nothing yet.
#[php_function]
#[php(name = "Oxide\\Native\\str_ascii_table")]
pub fn str_ascii_table(mut key: StringArg) -> Zval {
    let mut answer = Zval::new();
    let tables = ascii_tables().lock();
    if let (Some(key), Ok(tables)) = (key.bytes(1), tables)
        && let Some(&index) = tables.indexes.get(key)
    {
        match tables.tables[index] {
            Some(_) => answer.set_long(i64::try_from(index).unwrap_or(i64::MAX)),
            None => answer.set_bool(false),
        }
    }
    answer
}

/// The xxh128 of portable-ascii's `ASCII.php` whose `to_ascii()` native
/// code implements (release 2.1.1).
#[php_function]
#[php(name = "Oxide\\Native\\str_ascii_library")]
pub fn str_ascii_library() -> &'static str {
    ascii::LIBRARY
}

/// Keeps `map` (`strtr()` pairs of strings) under `key`, or with `null` the
/// verdict that `key`'s library is not one native code implements; as
/// [`str_ascii_table`] then answers. Null for a map with anything else in it.
#[php_function]
#[php(name = "Oxide\\Native\\str_ascii_load")]
pub fn str_ascii_load(mut key: StringArg, map: &Zval) -> Zval {
    let Some(owned_key) = key.bytes(1).map(<[u8]>::to_vec) else {
        return Zval::null();
    };
    let table = match map.as_array() {
        Some((_, entries)) => {
            let mut pairs = Vec::new();
            for (word, replacement) in entries {
                let (Key::Bytes(word), Kind::Str(replacement)) = (word, replacement.kind()) else {
                    return Zval::null();
                };
                pairs.push((word, replacement));
            }
            Some(Arc::new(ascii::Table::new(pairs)))
        }
        None if map.is_null() => None,
        None => return Zval::null(),
    };
    if let Ok(mut tables) = ascii_tables().lock() {
        let index = tables.tables.len();
        tables.tables.push(table);
        tables.indexes.insert(owned_key, index);
    }
    str_ascii_table(key)
}

/// `Str::ascii($value, $language)` with the map [`str_ascii_table`] gave
/// `table` for; null when there is none.
#[php_function]
#[php(name = "Oxide\\Native\\str_ascii")]
pub fn str_ascii(mut value: StringArg, table: i64) -> Option<PhpString> {
    // Converted first: a `Stringable` argument runs PHP code.
    let text = value.bytes(1)?;
    let ascii = with_ascii_table(table, |table| match ascii::to_ascii(text, table) {
        Cow::Borrowed(_) => None,
        Cow::Owned(ascii) => Some(PhpString::new(ascii)),
    })?;
    Some(ascii.unwrap_or_else(|| PhpString::unchanged(value.zval())))
}

/// `body` with the map [`str_ascii_table`] gave `index` for; `None` when
/// there is none.
fn with_ascii_table<T>(index: i64, body: impl FnOnce(&ascii::Table) -> T) -> Option<T> {
    thread_local! {
        /// The maps this thread has used, without the lock each call.
        static SEEN: RefCell<Vec<Option<Arc<ascii::Table>>>> = const { RefCell::new(Vec::new()) };
    }
    let index = usize::try_from(index).ok()?;
    SEEN.with_borrow_mut(|seen| {
        if seen.get(index).is_none_or(Option::is_none) {
            let table = ascii_tables().lock().ok()?.tables.get(index)?.clone()?;
            if seen.len() <= index {
                seen.resize(index + 1, None);
            }
            seen[index] = Some(table);
        }
        Some(body(seen.get(index)?.as_deref()?))
    })
}

/// Whether a lowercased word is in `Pluralizer::$uncountable`, as
/// `in_array()` compares; `None` for members loose comparison could equate
/// with something else than their bytes (non-strings, numeric strings).
fn is_listed(list: &Zval, lower_word: &[u8]) -> Option<bool> {
    let may_be_numeric = |text: &[u8]| {
        text.iter()
            .find(|b| !b.is_ascii_whitespace() && **b != 0x0b)
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-'))
    };
    let word_may_be_numeric = may_be_numeric(lower_word);
    let mut listed = false;
    for (_, member) in list.as_array()?.1 {
        let Kind::Str(member) = member.kind() else {
            return None;
        };
        if word_may_be_numeric && may_be_numeric(member) {
            return None;
        }
        listed |= member == lower_word;
    }
    Some(listed)
}

/// `Str::plural($value)` for a count other than 1 or -1, given
/// `Pluralizer::$uncountable`; null where Laravel must decide. False for a
/// value that is not UTF-8: Pluralizer's `/u` test fails on it, and it stays
/// as it is whatever the inflector.
#[php_function]
#[php(name = "Oxide\\Native\\str_plural")]
pub fn str_plural(mut value: StringArg, uncountable: &Zval) -> Option<TextOrFalse> {
    let Some(text) = value.utf8(1).ok()? else {
        return Some(TextOrFalse::NotUtf8);
    };
    if !pcre_reads_ascii_as_c() {
        return None;
    }
    let plural = match inflector::plural(text, |word| is_listed(uncountable, word))? {
        Cow::Owned(plural) => PhpString::new(plural),
        Cow::Borrowed(_) => PhpString::unchanged(value.zval()),
    };
    Some(plural.into())
}

/// `Str::pluralStudly($value)`, as [`str_plural`]; false for a value that
/// is not UTF-8, which its `/u` split fails on.
#[php_function]
#[php(name = "Oxide\\Native\\str_plural_studly")]
pub fn str_plural_studly(mut value: StringArg, uncountable: &Zval) -> Option<TextOrFalse> {
    if value.utf8(1).ok()?.is_none() {
        return Some(TextOrFalse::NotUtf8);
    }
    inflected(&mut value, |bytes| {
        inflector::plural_studly(bytes, |word| is_listed(uncountable, word))
    })
    .map(Into::into)
}

/// The word `inflect` makes of the value's bytes (any, as Pluralizer reads
/// them), or the argument itself; null where Laravel must decide (see
/// [`pcre_reads_ascii_as_c`]).
fn inflected(
    value: &mut StringArg,
    inflect: impl FnOnce(&[u8]) -> Option<Cow<'_, [u8]>>,
) -> Option<PhpString> {
    let bytes = value.bytes(1)?;
    if !pcre_reads_ascii_as_c() {
        return None;
    }
    match inflect(bytes)? {
        Cow::Owned(plural) => Some(PhpString::new(plural)),
        Cow::Borrowed(_) => Some(PhpString::unchanged(value.zval())),
    }
}

/// `Str::singular($value)`; null where Laravel must decide.
#[php_function]
#[php(name = "Oxide\\Native\\str_singular")]
pub fn str_singular(mut value: StringArg) -> Option<PhpString> {
    inflected(&mut value, inflector::singular)
}

/// Which doctrine/inflector rules the three functions above implement; see
/// [`inflector::RULES_FINGERPRINT`].
#[php_function]
#[php(name = "Oxide\\Native\\str_inflector_fingerprint")]
pub fn str_inflector_fingerprint() -> &'static str {
    inflector::RULES_FINGERPRINT
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(str_snake))
        .function(wrap_function!(str_studly))
        .function(wrap_function!(str_slug))
        .function(wrap_function!(str_title))
        .function(wrap_function!(str_headline))
        .function(wrap_function!(str_apa))
        .function(wrap_function!(str_ucsplit))
        .function(wrap_function!(str_squish))
        .function(wrap_function!(str_words))
        .function(wrap_function!(str_limit))
        .function(wrap_function!(str_mask))
        .function(wrap_function!(str_is))
        .function(wrap_function!(str_plural))
        .function(wrap_function!(str_plural_studly))
        .function(wrap_function!(str_singular))
        .function(wrap_function!(str_inflector_fingerprint))
        .function(wrap_function!(str_ascii_table))
        .function(wrap_function!(str_ascii_library))
        .function(wrap_function!(str_ascii_load))
        .function(wrap_function!(str_ascii))
}
