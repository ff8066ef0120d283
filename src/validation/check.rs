//! Verdicts: `true` when `Validator::validateAttribute($attribute, $rule)`
//! certainly records no failure (the rule is skipped, the attribute is not
//! validatable, or the rule passes), `false` when Laravel must decide.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::distinct::Distinct;
use super::formats;
use super::rule::{Name, Plan, Rule, plain_integer};
use super::{Data, Found, Kind, Walker, leading_paths, lookup, surely_not_numeric};
use crate::arr::{Decimal, Key, push_key};
use crate::str::php_trim;

/// Every attribute of `run.rules` (`attribute => [rule, …]`, in order) that
/// Laravel's loop must visit, with its flags (see [`attribute`]) or `x`
/// (excluded: remove it); `Err` when the run must be Laravel's from start to
/// end.
pub fn run<'a, D: Data<'a>>(
    run: &Run<'a, D>,
    plan_for: &mut dyn FnMut(D) -> Rc<Plan>,
    mut ask: impl FnMut(Key<'a>, Vec<u8>),
) -> Result<(), Declined> {
    let Some((_, attributes)) = run.rules.as_array() else {
        return Err(Declined);
    };
    let mut walker = Walker::new(run.data);
    let mut name = Vec::new();
    for (key, list) in attributes {
        // Names are needed only once an exclusion happened.
        let excluding = !run.exclusions.borrow().excluded.is_empty();
        if excluding {
            name.clear();
            push_key(&mut name, key);
        }
        if excluding && run.exclusions.borrow().excludes(&name) {
            // Laravel removes the attribute's data and rules, and moves on.
            ask(key, b"x".to_vec());
            run.exclusions.borrow_mut().remove(&name);
            continue;
        }
        let plan = plan_for(list);
        // Removals follow exclusions, so `name` is set.
        let found = if run.removed_any() {
            run.find(&name)
        } else {
            walker.find(run.data, key)
        };
        if let Some(flags) = attribute(run, key, found, &plan)? {
            ask(key, flags);
        }
    }
    Ok(())
}

/// The run is Laravel's.
#[derive(Debug, PartialEq, Eq)]
pub struct Declined;

/// What a run may treat natively beyond the plans.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// `email` without parameters: false when the app binds its own
    /// `EmailValidator`.
    pub email: bool,
}

/// What every attribute of one `passes()` shares: the validator's data,
/// expanded rules and implicit attributes, and what `distinct` gathered.
pub struct Run<'a, D> {
    pub data: D,
    pub rules: D,
    pub implicit: D,
    pub options: Options,
    /// Expanded attribute => the first wildcard attribute that lists it.
    primary: OnceCell<FxHashMap<&'a [u8], &'a [u8]>>,
    distinct: Distinct<'a, D>,
    exclusions: RefCell<Exclusions>,
}

/// Attributes `exclude*` rules excluded so far, and the attributes Laravel's
/// loop has removed from the data since (`removeAttribute()`).
#[derive(Default)]
struct Exclusions {
    excluded: FxHashSet<Vec<u8>>,
    removed: FxHashSet<Vec<u8>>,
    /// Every leading path of a removed attribute: their values changed.
    changed: FxHashSet<Vec<u8>>,
}

impl Exclusions {
    /// `shouldBeExcluded()`: the attribute or one of its leading paths
    /// was excluded.
    fn excludes(&self, name: &[u8]) -> bool {
        leading_paths(name)
            .chain([name])
            .any(|path| self.excluded.contains(path))
    }

    fn remove(&mut self, name: &[u8]) {
        self.changed.extend(leading_paths(name).map(<[u8]>::to_vec));
        self.removed.insert(name.to_vec());
    }
}

impl<'a, D: Data<'a>> Run<'a, D> {
    pub fn new(data: D, rules: D, implicit: D, options: Options) -> Self {
        Self {
            data,
            rules,
            implicit,
            options,
            primary: OnceCell::new(),
            distinct: Distinct::default(),
            exclusions: RefCell::default(),
        }
    }

    /// `Arr::get($this->data, $path)`/`Arr::has()` as Laravel sees the data
    /// at this point of its loop: removed attributes are missing, values
    /// that held one are unknown.
    pub fn find(&self, path: &[u8]) -> Found<D> {
        let exclusions = self.exclusions.borrow();
        if !exclusions.removed.is_empty() {
            if exclusions.changed.contains(path) {
                return Found::Unknown;
            }
            if leading_paths(path)
                .chain([path])
                .any(|leading| exclusions.removed.contains(leading))
            {
                return Found::Missing;
            }
        }
        lookup(self.data, Key::Bytes(path))
    }

    /// `getPrimaryAttribute()`: the wildcard attribute `attribute` was
    /// expanded from (the first that lists it), if any.
    pub fn primary_attribute(&self, attribute: &[u8]) -> Option<&'a [u8]> {
        let primary = self.primary.get_or_init(|| {
            let mut primary = FxHashMap::default();
            if let Some((_, patterns)) = self.implicit.as_array() {
                for (pattern, attributes) in patterns {
                    let (Key::Bytes(pattern), Some((_, attributes))) =
                        (pattern, attributes.as_array())
                    else {
                        continue;
                    };
                    for (_, attribute) in attributes {
                        if let Kind::Str(attribute) = attribute.kind() {
                            primary.entry(attribute).or_insert(pattern);
                        }
                    }
                }
            }
            primary
        });
        primary.get(attribute).copied()
    }

    /// `getExplicitKeys()`: the segments of `attribute` that its primary
    /// attribute's `*`s stand for (none when it has no primary); `None`
    /// when the primary is not whole `*` segments aligned with it.
    fn explicit_keys<'n>(&self, attribute: &'n [u8]) -> Option<Vec<&'n [u8]>> {
        let Some(pattern) = self.primary_attribute(attribute) else {
            return Some(Vec::new());
        };
        let mut keys = Vec::new();
        let mut segments = attribute.split(|&b| b == b'.');
        for wanted in pattern.split(|&b| b == b'.') {
            let segment = segments.next()?;
            if wanted == b"*" {
                keys.push(segment);
            } else if wanted.contains(&b'*') || wanted != segment {
                return None;
            }
        }
        segments.next().is_none().then_some(keys)
    }

    /// The parameters of a rule in `$dependentRules` as
    /// `validateAttribute()` passes them on: escaped dots replaced by a
    /// placeholder, then, for an attribute with explicit keys, each
    /// parameter through `vsprintf(str_replace('*', '%s', $p), $keys)`.
    /// `None` when Laravel must do it: escaped dots, `%` (a format
    /// specifier to `vsprintf`), more `*`s than keys (Laravel throws a
    /// `ValueError`), a primary attribute native code does not follow.
    fn field_parameters<'p>(
        &self,
        attribute: Key<'_>,
        parameters: &'p [Vec<u8>],
    ) -> Option<Cow<'p, [Vec<u8>]>> {
        let any = |wanted: &[u8]| {
            parameters
                .iter()
                .any(|p| p.iter().any(|b| wanted.contains(b)))
        };
        if any(b"\\") {
            return None;
        }
        if !any(b"*%") {
            return Some(Cow::Borrowed(parameters));
        }
        let keys = match attribute {
            Key::Bytes(name) => self.explicit_keys(name)?,
            // Never listed by a wildcard attribute (they list strings).
            Key::Index(_) => Vec::new(),
        };
        if keys.is_empty() {
            return Some(Cow::Borrowed(parameters));
        }
        if any(b"%") {
            return None;
        }
        let mut substituted = Vec::with_capacity(parameters.len());
        for parameter in parameters {
            let mut field = Vec::with_capacity(parameter.len());
            let mut keys = keys.iter();
            for (position, part) in parameter.split(|&b| b == b'*').enumerate() {
                if position > 0 {
                    field.extend_from_slice(keys.next()?);
                }
                field.extend_from_slice(part);
            }
            substituted.push(field);
        }
        Some(Cow::Owned(substituted))
    }

    /// Whether Laravel's loop has removed an attribute since the run began.
    pub fn removed_any(&self) -> bool {
        !self.exclusions.borrow().removed.is_empty()
    }
}

/// What native code knows of one rule for one attribute, as its flag byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Verdict {
    /// `validateAttribute()` certainly records no failure.
    Passes = b'0',
    /// Laravel must evaluate the rule.
    Ask = b'1',
    /// A validatable, non-dependent rule whose check certainly fails:
    /// Laravel records the failure without evaluating the rule again.
    Fails = b'2',
}

/// The flags of one attribute's rules, one byte per rule (see [`Verdict`]);
/// `None` when every rule certainly passes.
pub fn attribute<'a, D: Data<'a>>(
    run: &Run<'a, D>,
    attribute: Key<'_>,
    found: Found<D>,
    plan: &Plan,
) -> Result<Option<Vec<u8>>, Declined> {
    let context = Context {
        run,
        attribute,
        plan,
        found,
    };
    let mut flags: Option<Vec<u8>> = None;
    for (position, rule) in plan.rules.iter().enumerate() {
        let verdict = if plan.opaque {
            Verdict::Ask
        } else if rule.name.is_exclude() {
            // Certain to be reached only when no earlier rule may fail
            // (bail, implicit stops).
            if flags.is_some() {
                return Err(Declined);
            }
            match context.excludes(rule) {
                Some(false) => Verdict::Passes,
                Some(true) => {
                    // Laravel records the exclusion and leaves the rules.
                    let Key::Bytes(name) = attribute else {
                        return Err(Declined);
                    };
                    run.exclusions.borrow_mut().excluded.insert(name.to_vec());
                    let mut excluded = vec![b'0'; plan.rules.len()];
                    excluded[position] = Verdict::Fails as u8;
                    return Ok(Some(excluded));
                }
                None => return Err(Declined),
            }
        } else {
            context.verdict(rule)
        };
        if verdict != Verdict::Passes {
            flags.get_or_insert_with(|| vec![b'0'; plan.rules.len()])[position] = verdict as u8;
        }
    }
    Ok(flags)
}

struct Context<'r, 'p, 'k, 'a, D> {
    run: &'r Run<'a, D>,
    attribute: Key<'k>,
    plan: &'p Plan,
    found: Found<D>,
}

impl<'a, D: Data<'a>> Context<'_, '_, '_, 'a, D> {
    fn verdict(&self, rule: &Rule) -> Verdict {
        match rule.name {
            Name::Empty | Name::Bail | Name::Sometimes | Name::Nullable => return Verdict::Passes,
            Name::Other | Name::Decimal => return Verdict::Ask,
            _ => {}
        }
        let Some(parameters) = &rule.parameters else {
            return Verdict::Ask;
        };
        // Laravel substitutes before anything else (and may throw there).
        let parameters = if rule.name.depends_on_other_fields() {
            match self.run.field_parameters(self.attribute, parameters) {
                Some(parameters) => parameters,
                None => return Verdict::Ask,
            }
        } else {
            Cow::Borrowed(parameters.as_slice())
        };
        let parameters = parameters.as_ref();
        let value = match self.found {
            Found::Unknown => return Verdict::Ask,
            Found::Missing => Kind::Null,
            Found::Value(value) => value.kind(),
        };
        if value == Kind::Other {
            return Verdict::Ask;
        }
        match self.validatable(rule.name, value) {
            Some(false) => Verdict::Passes,
            Some(true) if self.evaluate(rule, parameters, value) => Verdict::Passes,
            Some(true)
                if !rule.name.depends_on_other_fields() && self.fails(rule, parameters, value) =>
            {
                Verdict::Fails
            }
            _ => Verdict::Ask,
        }
    }

    /// Whether the rule's check certainly fails for a value `evaluate()`
    /// could not pass: only rules whose native check decides both ways for
    /// this value.
    fn fails(&self, rule: &Rule, parameters: &[Vec<u8>], value: Kind<'a>) -> bool {
        let first = parameters.first().map(Vec::as_slice);
        let not_float = !matches!(value, Kind::Float(_));
        match rule.name {
            Name::Required | Name::String | Name::Array | Name::List => true,
            Name::Accepted | Name::Declined | Name::Boolean => not_float,
            Name::Integer if first == Some(b"strict") => true,
            Name::Integer | Name::Numeric => match value {
                Kind::Str(text) => {
                    surely_not_numeric(text)
                        || rule.name == Name::Numeric && first == Some(b"strict")
                }
                Kind::Null | Kind::Array(_) => true,
                Kind::Bool(flag) => rule.name == Name::Numeric || !flag,
                _ => false,
            },
            Name::Min | Name::Max | Name::Size | Name::Between => {
                rule.integers[0].is_some()
                    && (rule.name != Name::Between || rule.integers[1].is_some())
                    && self.size(value).is_some()
            }
            Name::In | Name::NotIn => self.is_in(parameters, value).is_some(),
            Name::Uuid => parameters.is_empty(),
            Name::Ulid => true,
            Name::Email => {
                parameters.is_empty()
                    && match value {
                        // No local part, no domain, or no @ at all: egulias
                        // rejects each of these shapes.
                        Kind::Str(text) => {
                            self.run.options.email
                                && (!text.contains(&b'@')
                                    || text.starts_with(b"@")
                                    || text.ends_with(b"@"))
                        }
                        _ => true,
                    }
            }
            _ => false,
        }
    }

    /// `isValidatable()`; `None` when unsure.
    fn validatable(&self, name: Name, value: Kind<'a>) -> Option<bool> {
        let implicit = name.is_implicit();
        let present = matches!(self.found, Found::Value(_));
        let present_or_implicit = match value {
            Kind::Str(text) if php_trim(text).is_empty() => implicit,
            _ => present || implicit,
        };
        let optional_passes = !self.plan.sometimes || self.passes_optional_check()?;
        let not_null_if_nullable =
            implicit || !self.plan.nullable || value != Kind::Null || !present;
        Some(present_or_implicit && optional_passes && not_null_if_nullable)
    }

    /// `passesOptionalCheck()` for an attribute that has `sometimes`: the
    /// attribute's value exists and is not the string `'__missing__'`
    /// (Laravel's marker). Attributes whose leading path `rtrim`s or casts
    /// differently (`'0'`, `''`, empty segments) go to Laravel.
    fn passes_optional_check(&self) -> Option<bool> {
        if let Key::Bytes(path) = self.attribute
            && (path == b"0" || path.split(|&b| b == b'.').any(<[u8]>::is_empty))
        {
            return None;
        }
        if let Key::Index(0) = self.attribute {
            return None;
        }
        match self.found {
            Found::Value(value) => match value.kind() {
                Kind::Str(b"__missing__") => None,
                _ => Some(true),
            },
            Found::Missing => Some(false),
            Found::Unknown => None,
        }
    }

    fn evaluate(&self, rule: &Rule, parameters: &[Vec<u8>], value: Kind<'a>) -> bool {
        let name = rule.name;
        let first = parameters.first().map(Vec::as_slice);
        match name {
            Name::Required => required(value),
            Name::Present => matches!(self.found, Found::Value(_)),
            Name::Filled => !matches!(self.found, Found::Value(_)) || required(value),
            Name::Accepted => matches!(
                value,
                Kind::Str(b"yes" | b"on" | b"1" | b"true") | Kind::Int(1) | Kind::Bool(true)
            ),
            Name::Declined => matches!(
                value,
                Kind::Str(b"no" | b"off" | b"0" | b"false") | Kind::Int(0) | Kind::Bool(false)
            ),
            Name::String => matches!(value, Kind::Str(_)),
            Name::Integer if first == Some(b"strict") => matches!(value, Kind::Int(_)),
            Name::Integer => match value {
                Kind::Int(_) => true,
                Kind::Str(text) => plain_integer(text).is_some(),
                _ => false,
            },
            Name::Numeric => match value {
                Kind::Int(_) | Kind::Float(_) => true,
                Kind::Str(text) => first != Some(b"strict") && plain_decimal(text),
                _ => false,
            },
            Name::Boolean if first == Some(b"strict") => matches!(value, Kind::Bool(_)),
            Name::Boolean => matches!(
                value,
                Kind::Bool(_) | Kind::Int(0 | 1) | Kind::Str(b"0" | b"1")
            ),
            Name::Array => self.is_array_with_keys(parameters),
            Name::List => {
                matches!(self.found, Found::Value(v) if matches!(v.kind(), Kind::Array(_)) && v.is_list())
            }
            Name::Min | Name::Max | Name::Size | Name::Between => self.size_within(rule, value),
            Name::In => self.is_in(parameters, value) == Some(true),
            Name::NotIn => self.is_in(parameters, value) == Some(false),
            Name::Digits | Name::DigitsBetween => digits_within(rule, value),
            // With or without `:ascii`, ASCII text has the same verdict.
            Name::Alpha | Name::AlphaNum | Name::AlphaDash => alphabetic(name, value),
            Name::StartsWith | Name::EndsWith | Name::DoesntStartWith | Name::DoesntEndWith => {
                affixes(name, parameters, value)
            }
            Name::Lowercase | Name::Uppercase => match value {
                Kind::Str(text) if text.is_ascii() => !text.iter().any(|b| match name {
                    Name::Lowercase => b.is_ascii_uppercase(),
                    _ => b.is_ascii_lowercase(),
                }),
                _ => false,
            },
            Name::Uuid => {
                parameters.is_empty() && matches!(value, Kind::Str(text) if formats::uuid(text))
            }
            Name::Ulid => matches!(value, Kind::Str(text) if formats::ulid(text)),
            Name::Email => {
                self.run.options.email
                    && parameters.is_empty()
                    && matches!(value, Kind::Str(text) if formats::plain_email(text))
            }
            Name::Confirmed | Name::Same | Name::Different => {
                self.compares_with_others(name, parameters, value)
            }
            Name::RequiredWith
            | Name::RequiredWithAll
            | Name::RequiredWithout
            | Name::RequiredWithoutAll => self.required_with(name, parameters, value),
            Name::RequiredIf
            | Name::RequiredUnless
            | Name::ProhibitedIf
            | Name::ProhibitedUnless
            | Name::MissingIf
            | Name::MissingUnless => self.conditional(name, parameters, value),
            Name::Prohibited => !required(value),
            Name::Prohibits => {
                !required(value)
                    || parameters.iter().all(|field| match self.run.find(field) {
                        Found::Missing => true,
                        Found::Value(other) => {
                            other.kind() != Kind::Other && !required(other.kind())
                        }
                        Found::Unknown => false,
                    })
            }
            Name::Missing => !self.present(),
            Name::MissingWith | Name::MissingWithAll => {
                let present = |field: &Vec<u8>| match self.run.find(field) {
                    Found::Missing => Some(false),
                    Found::Value(_) => Some(true),
                    Found::Unknown => None,
                };
                let Some(present) = parameters
                    .iter()
                    .map(present)
                    .collect::<Option<Vec<bool>>>()
                else {
                    return false;
                };
                let applies = match name {
                    Name::MissingWith => present.contains(&true),
                    _ => !present.is_empty() && !present.contains(&false),
                };
                !parameters.is_empty() && (!applies || !self.present())
            }
            Name::Gt | Name::Gte | Name::Lt | Name::Lte => {
                self.compares_size(name, parameters, value)
            }
            Name::Distinct => self
                .run
                .distinct
                .passes(self.run, self.attribute, parameters, value),
            Name::Json => match value {
                Kind::Str(text) => formats::json(text) == Some(true),
                Kind::Int(_) | Kind::Bool(true) => true,
                _ => false,
            },
            Name::Url => {
                parameters.is_empty()
                    && matches!(value, Kind::Str(text) if formats::plain_url(text))
            }
            Name::Ip => {
                matches!(value, Kind::Str(text) if formats::ipv4(text) || formats::ipv6(text))
            }
            Name::Ipv4 => matches!(value, Kind::Str(text) if formats::ipv4(text)),
            Name::Ipv6 => matches!(value, Kind::Str(text) if formats::ipv6(text)),
            Name::Empty
            | Name::Bail
            | Name::Sometimes
            | Name::Nullable
            | Name::Decimal
            | Name::Exclude
            | Name::ExcludeIf
            | Name::ExcludeUnless
            | Name::ExcludeWith
            | Name::ExcludeWithout
            | Name::Other => false,
        }
    }

    /// `validateArray()`: an array, whose keys (if parameters are given)
    /// are all among them.
    fn is_array_with_keys(&self, allowed: &[Vec<u8>]) -> bool {
        let Found::Value(array) = self.found else {
            return false;
        };
        let Some((_, entries)) = array.as_array() else {
            return false;
        };
        if allowed.is_empty() {
            return true;
        }
        entries.into_iter().all(|(key, _)| {
            allowed.iter().any(|name| match key {
                Key::Bytes(bytes) => {
                    crate::arr::numeric_key(name).is_none() && bytes == name.as_slice()
                }
                Key::Index(index) => crate::arr::numeric_key(name) == Some(index),
            })
        })
    }

    /// `getSize()` compared with the integer parameters.
    fn size_within(&self, rule: &Rule, value: Kind<'a>) -> bool {
        let [Some(low), high] = rule.integers else {
            return false;
        };
        let Some(size) = self.size(value) else {
            return false;
        };
        match (rule.name, high) {
            (Name::Min, _) => size >= low,
            (Name::Max, _) => size <= low,
            (Name::Size, _) => size == low,
            (_, Some(high)) => size >= low && size <= high,
            _ => false,
        }
    }

    /// `getSize()`: a numeric value itself (with a numeric rule), an
    /// array's count, or the string's length in characters.
    fn size(&self, value: Kind<'a>) -> Option<i64> {
        match value {
            Kind::Int(number) if self.plan.numeric => Some(number),
            Kind::Str(text) if self.plan.numeric && !surely_not_numeric(text) => {
                plain_integer(text)
            }
            Kind::Array(count) => i64::try_from(count).ok(),
            Kind::Str(text) => {
                let text = std::str::from_utf8(text).ok()?;
                i64::try_from(text.chars().count()).ok()
            }
            Kind::Int(number) => i64::try_from(Decimal::of(number).as_bytes().len()).ok(),
            Kind::Bool(true) => Some(1),
            Kind::Bool(false) | Kind::Null => Some(0),
            Kind::Float(_) | Kind::Other => None,
        }
    }

    /// `validateIn()`: `None` when unsure (floats, arrays with `array`).
    fn is_in(&self, parameters: &[Vec<u8>], value: Kind<'a>) -> Option<bool> {
        let number;
        let text: &[u8] = match value {
            Kind::Array(_) if self.plan.array => return None,
            Kind::Array(_) => return Some(false),
            Kind::Str(text) => text,
            Kind::Int(integer) => {
                number = Decimal::of(integer);
                number.as_bytes()
            }
            Kind::Bool(true) => b"1",
            Kind::Bool(false) | Kind::Null => b"",
            Kind::Float(_) | Kind::Other => return None,
        };
        Some(
            parameters
                .iter()
                .any(|parameter| parameter.as_slice() == text),
        )
    }

    /// `confirmed`, `same` and `different`: strict comparisons with other
    /// fields named by plain parameters.
    fn compares_with_others(&self, name: Name, parameters: &[Vec<u8>], value: Kind<'a>) -> bool {
        let other = |field: &[u8]| self.run.find(field);
        match name {
            Name::Confirmed => {
                let confirmation = match parameters.first() {
                    Some(field) => field.clone(),
                    None => {
                        let mut field = Vec::new();
                        push_key(&mut field, self.attribute);
                        field.extend_from_slice(b"_confirmation");
                        field
                    }
                };
                identical(value, other(&confirmation)) == Some(true)
            }
            Name::Same => match parameters.first() {
                Some(field) => identical(value, other(field)) == Some(true),
                None => false,
            },
            _ => {
                !parameters.is_empty()
                    && parameters.iter().all(|field| match other(field) {
                        Found::Missing => true,
                        found => identical(value, found) == Some(false),
                    })
            }
        }
    }

    /// `required_with*` and `required_without*`.
    fn required_with(&self, name: Name, fields: &[Vec<u8>], value: Kind<'a>) -> bool {
        let mut filled = Vec::with_capacity(fields.len());
        for field in fields {
            filled.push(match self.run.find(field) {
                Found::Missing => false,
                Found::Value(other) => match other.kind() {
                    Kind::Other => return false,
                    kind => required(kind),
                },
                Found::Unknown => return false,
            });
        }
        let all_failing = filled.iter().all(|filled| !filled);
        let any_failing = filled.iter().any(|filled| !filled);
        let needs_value = match name {
            Name::RequiredWith => !all_failing,
            Name::RequiredWithAll => !any_failing,
            Name::RequiredWithout => any_failing,
            _ => all_failing,
        };
        !needs_value || required(value)
    }
}

impl<'a, D: Data<'a>> Context<'_, '_, '_, 'a, D> {
    /// `Arr::has($this->data, $attribute)`.
    fn present(&self) -> bool {
        matches!(self.found, Found::Value(_))
    }

    /// `required_if`, `required_unless`, `prohibited_if`,
    /// `prohibited_unless`, `missing_if`, `missing_unless`: whether the other
    /// field's value is among the parameters (`parseDependentRuleParameters`),
    /// then the rule's own check.
    fn conditional(&self, name: Name, parameters: &[Vec<u8>], value: Kind<'a>) -> bool {
        let [field, values @ ..] = parameters else {
            return false;
        };
        if values.is_empty() {
            return false;
        }
        let other = match self.run.find(field) {
            Found::Missing if name == Name::RequiredIf => return true,
            Found::Missing => Kind::Null,
            Found::Value(other) => other.kind(),
            Found::Unknown => return false,
        };
        let Some(listed) = self.listed(field, other, values) else {
            return false;
        };
        let applies = match name {
            Name::RequiredIf | Name::ProhibitedIf | Name::MissingIf => listed,
            _ => !listed,
        };
        !applies
            || match name {
                Name::RequiredIf | Name::RequiredUnless => required(value),
                Name::ProhibitedIf | Name::ProhibitedUnless => !required(value),
                _ => !self.present(),
            }
    }

    /// Whether an `exclude*` rule excludes the attribute; `None` when unsure.
    fn excludes(&self, rule: &Rule) -> Option<bool> {
        let parameters = rule.parameters.as_ref()?;
        // Laravel records exclusions under names with their placeholders
        // replaced, and compares later names as they are.
        let Key::Bytes(name) = self.attribute else {
            return None;
        };
        if contains(name, b"__dot__") || contains(name, b"__asterisk__") {
            return None;
        }
        if rule.name == Name::Exclude {
            return Some(true);
        }
        let parameters = self.run.field_parameters(self.attribute, parameters)?;
        let parameters = parameters.as_ref();
        match rule.name {
            Name::ExcludeWith => match self.run.find(parameters.first()?) {
                Found::Missing => Some(false),
                Found::Value(_) => Some(true),
                Found::Unknown => None,
            },
            Name::ExcludeWithout => {
                let mut any_failing = false;
                for field in parameters {
                    any_failing |= match self.run.find(field) {
                        Found::Missing => true,
                        Found::Value(other) if other.kind() != Kind::Other => {
                            !required(other.kind())
                        }
                        _ => return None,
                    };
                }
                (!parameters.is_empty()).then_some(any_failing)
            }
            Name::ExcludeIf | Name::ExcludeUnless => {
                let [field, values @ ..] = parameters else {
                    return None;
                };
                if values.is_empty() {
                    return None;
                }
                let other = match self.run.find(field) {
                    Found::Missing if rule.name == Name::ExcludeIf => return Some(false),
                    Found::Missing => Kind::Null,
                    Found::Value(other) => other.kind(),
                    Found::Unknown => return None,
                };
                let listed = self.listed(field, other, values)?;
                Some(if rule.name == Name::ExcludeIf {
                    listed
                } else {
                    !listed
                })
            }
            _ => None,
        }
    }

    /// `in_array($other, $values, …)` after `parseDependentRuleParameters()`;
    /// `None` when unsure.
    fn listed(&self, field: &[u8], other: Kind<'a>, values: &[Vec<u8>]) -> Option<bool> {
        let booleans = self.has_boolean_rule(field)? || matches!(other, Kind::Bool(_));
        let mut listed = false;
        for value in values {
            let candidate = match value.as_slice() {
                b"true" if booleans => Loose::Bool(true),
                b"false" if booleans => Loose::Bool(false),
                text if other == Kind::Null && text.eq_ignore_ascii_case(b"null") => Loose::Null,
                text => Loose::Str(text),
            };
            listed |= loosely_equal(other, candidate)?;
        }
        Some(listed)
    }

    /// `shouldConvertToBoolean()`: whether the field's own rules include
    /// `'boolean'`; `None` when they hold something a loose comparison with
    /// a string could run code for.
    fn has_boolean_rule(&self, field: &[u8]) -> Option<bool> {
        // Laravel's loop also removes an excluded attribute's rules.
        if self.run.exclusions.borrow().removed.contains(field) {
            return Some(false);
        }
        let Some(rules) = self.run.rules.get(Key::Bytes(field)) else {
            return Some(false);
        };
        let (_, entries) = rules.as_array()?;
        let mut boolean = false;
        for (_, rule) in entries {
            match rule.kind() {
                Kind::Str(text) => boolean |= text == b"boolean",
                _ => return None,
            }
        }
        Some(boolean)
    }

    /// `gt`, `gte`, `lt`, `lte` for integers (against an integer parameter
    /// when the other field is absent, or against another field's integer)
    /// and for non-numeric strings or arrays of the other field's type.
    fn compares_size(&self, name: Name, parameters: &[Vec<u8>], value: Kind<'a>) -> bool {
        let Some(field) = parameters.first() else {
            return false;
        };
        let other = match self.run.find(field) {
            Found::Missing => Kind::Null,
            Found::Value(other) => other.kind(),
            Found::Unknown => return false,
        };
        let integer = |kind: Kind<'_>| match kind {
            Kind::Int(number) => Some(number),
            Kind::Str(text) => plain_integer(text),
            _ => None,
        };
        let not_numeric =
            |kind: Kind<'_>| matches!(kind, Kind::Str(text) if surely_not_numeric(text));
        let maybe_numeric = !surely_not_numeric(field);
        let (left, right) = if other == Kind::Null && plain_integer(field).is_some() {
            match integer(value) {
                Some(number) => (number, plain_integer(field).unwrap_or_default()),
                None => return false,
            }
        } else if maybe_numeric {
            // A numeric parameter with the other field present fails; an
            // unusual one may be numeric to PHP: Laravel decides.
            return false;
        } else if let (Some(left), Some(right)) = (integer(value), integer(other)) {
            (left, right)
        } else if let (Kind::Array(left), Kind::Array(right)) = (value, other) {
            (left as i64, right as i64)
        } else if not_numeric(value) && not_numeric(other) {
            match (self.size(value), self.size(other)) {
                (Some(left), Some(right)) => (left, right),
                _ => return false,
            }
        } else {
            return false;
        };
        match name {
            Name::Gt => left > right,
            Name::Gte => left >= right,
            Name::Lt => left < right,
            _ => left <= right,
        }
    }
}

/// A parameter after `parseDependentRuleParameters()`'s conversions.
#[derive(Clone, Copy)]
enum Loose<'t> {
    Str(&'t [u8]),
    Bool(bool),
    Null,
}

/// `in_array($other, [$candidate], is_bool($other) || is_null($other))`
/// for one candidate; `None` when PHP's comparison could go either way here.
fn loosely_equal(other: Kind<'_>, candidate: Loose<'_>) -> Option<bool> {
    match (other, candidate) {
        // Strict comparisons.
        (Kind::Null, Loose::Null) => Some(true),
        (Kind::Null, _) => Some(false),
        (Kind::Bool(a), Loose::Bool(b)) => Some(a == b),
        (Kind::Bool(_), _) => Some(false),
        // Loose ones.
        (_, Loose::Null) => None,
        (Kind::Int(number), Loose::Bool(b)) => Some((number != 0) == b),
        (Kind::Str(text), Loose::Bool(b)) => Some((text.is_empty() || text == b"0") != b),
        (Kind::Array(count), Loose::Bool(b)) => Some((count > 0) == b),
        (Kind::Int(number), Loose::Str(text)) => match plain_integer(text) {
            Some(parsed) => Some(parsed == number),
            None if surely_not_numeric(text) => Some(false),
            None => None,
        },
        (Kind::Str(text), Loose::Str(candidate)) if text == candidate => Some(true),
        (Kind::Str(text), Loose::Str(candidate))
            if surely_not_numeric(text) || surely_not_numeric(candidate) =>
        {
            Some(false)
        }
        (Kind::Array(_), Loose::Str(_)) => Some(false),
        _ => None,
    }
}

/// `validateRequired()` for non-objects.
fn required(value: Kind<'_>) -> bool {
    match value {
        Kind::Null => false,
        Kind::Str(text) => !php_trim(text).is_empty(),
        Kind::Array(count) => count > 0,
        _ => true,
    }
}

/// `$value === $other` when certain.
fn identical<'a, D: Data<'a>>(value: Kind<'a>, other: Found<D>) -> Option<bool> {
    let other = match other {
        Found::Missing => Kind::Null,
        Found::Value(other) => other.kind(),
        Found::Unknown => return None,
    };
    match (value, other) {
        (Kind::Float(_) | Kind::Array(_) | Kind::Other, _)
        | (_, Kind::Float(_) | Kind::Array(_) | Kind::Other) => None,
        (Kind::Null, Kind::Null) => Some(true),
        (Kind::Bool(a), Kind::Bool(b)) => Some(a == b),
        (Kind::Int(a), Kind::Int(b)) => Some(a == b),
        (Kind::Str(a), Kind::Str(b)) => Some(a == b),
        _ => Some(false),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// `-?[0-9]+(\.[0-9]+)?`: certainly `is_numeric()`.
fn plain_decimal(text: &[u8]) -> bool {
    let unsigned = text.strip_prefix(b"-").unwrap_or(text);
    let (whole, fraction) = match unsigned.iter().position(|&b| b == b'.') {
        Some(dot) => (&unsigned[..dot], Some(&unsigned[dot + 1..])),
        None => (unsigned, None),
    };
    let digits = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
    digits(whole) && fraction.is_none_or(digits)
}

/// `digits` and `digits_between`.
fn digits_within(rule: &Rule, value: Kind<'_>) -> bool {
    let [Some(low), high] = rule.integers else {
        return false;
    };
    let length = match value {
        Kind::Str(text) if text.iter().all(u8::is_ascii_digit) => text.len(),
        Kind::Int(number) if number >= 0 => Decimal::of(number).as_bytes().len(),
        _ => return false,
    } as i64;
    match (rule.name, high) {
        (Name::Digits, _) => length == low,
        (_, Some(high)) => length >= low && length <= high,
        _ => false,
    }
}

/// `alpha`, `alpha_num`, `alpha_dash` over ASCII text (other text may hold
/// letters or marks of any script: Laravel decides).
fn alphabetic(name: Name, value: Kind<'_>) -> bool {
    let number;
    let text: &[u8] = match value {
        Kind::Str(text) => text,
        Kind::Int(n) if name != Name::Alpha => {
            number = Decimal::of(n);
            number.as_bytes()
        }
        _ => return false,
    };
    !text.is_empty()
        && text.iter().all(|&b| match name {
            Name::Alpha => b.is_ascii_alphabetic(),
            Name::AlphaNum => b.is_ascii_alphanumeric(),
            _ => b.is_ascii_alphanumeric() || b == b'_' || b == b'-',
        })
}

/// `starts_with`, `ends_with` and their negations.
fn affixes(name: Name, parameters: &[Vec<u8>], value: Kind<'_>) -> bool {
    let number;
    let text: &[u8] = match value {
        Kind::Str(text) => text,
        Kind::Int(n) => {
            number = Decimal::of(n);
            number.as_bytes()
        }
        _ => return false,
    };
    let matches = parameters.iter().any(|affix| {
        !affix.is_empty()
            && match name {
                Name::StartsWith | Name::DoesntStartWith => text.starts_with(affix),
                _ => text.ends_with(affix),
            }
    });
    match name {
        Name::StartsWith | Name::EndsWith => matches,
        _ => !matches,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rule::Plan;
    use super::super::tree::{T, arr, s};
    use super::*;

    fn flags(data: &T, name: &str, rules: &[&str]) -> String {
        let plan = Plan::compile(rules.iter().map(|r| Some(r.as_bytes())));
        let none = T::Array(Vec::new());
        let run = Run::new(data, &none, &none, Options { email: true });
        let key = Key::Bytes(name.as_bytes());
        attribute_flags(&run, key, lookup(data, key), &plan)
    }

    #[test]
    fn wildcard_parameters_take_the_attributes_keys() {
        let data = arr([(
            "foo",
            arr([("0", arr([("bar", T::Int(1)), ("baz", s("x"))]))]),
        )]);
        let implicit = arr([("foo.*.baz", arr([("0", s("foo.0.baz"))]))]);
        let none = T::Array(Vec::new());
        let run = Run::new(&data, &none, &implicit, Options { email: true });
        let flags = |attribute: &str, rule: &str| {
            let plan = Plan::compile([Some(rule.as_bytes())]);
            let key = Key::Bytes(attribute.as_bytes());
            attribute_flags(&run, key, lookup(&data, key), &plan)
        };
        // foo.0.bar is present: Laravel fails it.
        assert_eq!(flags("foo.0.baz", "missing_with:foo.*.bar,foo.*.fred"), "1");
        assert_eq!(flags("foo.0.baz", "missing_with:foo.*.fred"), "-");
        assert_eq!(
            flags("foo.0.baz", "missing_with_all:foo.*.bar,foo.*.fred"),
            "-"
        );
        // More `*`s than keys: Laravel's vsprintf() throws.
        assert_eq!(flags("foo.0.baz", "different:foo.*.x.*.y"), "1");
        assert_eq!(flags("foo.0.baz", "gt:foo.*.x.*.y"), "1");
        // `%` is a format to vsprintf(); escaped dots become placeholders.
        assert_eq!(flags("foo.0.baz", "missing_with:foo.%s"), "1");
        assert_eq!(flags("foo.0.baz", "missing_with:foo\\.bar"), "1");
        // Not expanded from a wildcard: parameters are read as written.
        assert_eq!(flags("other", "required_with:foo.*.bar"), "-");
        assert_eq!(flags("other", "required_with:foo.0.bar"), "1");
    }

    fn attribute_flags<'a>(
        run: &Run<'a, &'a T>,
        key: Key<'_>,
        found: Found<&'a T>,
        plan: &Plan,
    ) -> String {
        attribute(run, key, found, plan)
            .unwrap()
            .map_or_else(|| "-".into(), |flags| String::from_utf8(flags).unwrap())
    }

    #[test]
    fn certain_passes_and_questions() {
        let data = arr([
            ("name", s("Taylor")),
            ("blank", s("  ")),
            ("age", s("42")),
            ("null", T::Null),
            ("tags", arr([("0", s("a")), ("1", s("b"))])),
            ("email", s("taylor@laravel.com")),
            ("object", T::Object),
        ]);
        assert_eq!(flags(&data, "name", &["required", "string", "max:6"]), "-");
        assert_eq!(
            flags(&data, "name", &["required", "string", "max:5"]),
            "002"
        );
        assert_eq!(flags(&data, "age", &["integer", "min:40"]), "-");
        assert_eq!(flags(&data, "age", &["min:40"]), "2");
        assert_eq!(flags(&data, "missing", &["string", "min:40"]), "-");
        assert_eq!(flags(&data, "missing", &["required", "string"]), "20");
        assert_eq!(flags(&data, "blank", &["string", "required"]), "02");
        assert_eq!(flags(&data, "null", &["nullable", "string"]), "-");
        assert_eq!(flags(&data, "null", &["string"]), "2");
        assert_eq!(flags(&data, "tags", &["array", "size:2", "list"]), "-");
        assert_eq!(flags(&data, "tags.0", &["in:a,b", "not_in:c"]), "-");
        assert_eq!(flags(&data, "email", &["email"]), "-");
        assert_eq!(flags(&data, "email", &["email:rfc"]), "1");
        assert_eq!(flags(&data, "object", &["nullable", "string"]), "01");
        assert_eq!(flags(&data, "missing", &["sometimes", "required"]), "-");
        assert_eq!(flags(&data, "name", &["regex:/x/", "string"]), "10");
    }
}
