//! `Model::bootTraits()` (Laravel 13.x) without reflection objects: which
//! of a class's methods it calls and which it records as initializers, in
//! its order. Laravel builds a `ReflectionMethod` for each of a model's
//! ~600 methods and asks each for two attributes, once per class and
//! request; the facts it reads are the function table's.

/// What `bootTraits()` reads of one method.
#[derive(Debug, Clone, Copy)]
pub struct Method<'a> {
    pub name: &'a [u8],
    pub is_static: bool,
    /// Carries `#[Boot]`.
    pub boot_attribute: bool,
    /// Carries `#[Initialize]`.
    pub initialize_attribute: bool,
}

/// One thing `bootTraits()` does for a method, in its order.
#[derive(Debug, PartialEq, Eq)]
pub enum Step<'a> {
    /// `$method->invoke(null)`.
    Boot(&'a [u8]),
    /// `static::$traitInitializers[$class][] = $name`.
    Initialize(&'a [u8]),
}

/// The steps of `bootTraits()` over `methods` (in `getMethods()` order),
/// given the class's traits (`class_uses_recursive()`), whose conventional
/// methods are `boot{Trait}` and `initialize{Trait}` (`class_basename()`).
/// A static method is booted when it has a conventional boot name or
/// `#[Boot]`; any method is an initializer when it has a conventional
/// initialize name or `#[Initialize]`, both checked for every method, boot
/// first. (Laravel's guard against booting a name twice never fires: a
/// function table holds each name once.)
pub fn steps<'a>(methods: impl IntoIterator<Item = Method<'a>>, traits: &[&[u8]]) -> Vec<Step<'a>> {
    let basenames: Vec<&[u8]> = traits.iter().map(|name| basename(name)).collect();
    // Checked for ~600 methods per class: most fail at the prefix.
    let conventional = |prefix: &[u8], name: &[u8]| {
        name.strip_prefix(prefix)
            .is_some_and(|rest| basenames.contains(&rest))
    };
    let mut steps = Vec::new();
    for method in methods {
        if method.is_static && (method.boot_attribute || conventional(b"boot", method.name)) {
            steps.push(Step::Boot(method.name));
        }
        if method.initialize_attribute || conventional(b"initialize", method.name) {
            steps.push(Step::Initialize(method.name));
        }
    }
    steps
}

/// `class_basename()` of a class name: what follows its last backslash.
fn basename(class: &[u8]) -> &[u8] {
    class.rsplit(|&byte| byte == b'\\').next().unwrap_or(class)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method(name: &str, is_static: bool) -> Method<'_> {
        Method {
            name: name.as_bytes(),
            is_static,
            boot_attribute: false,
            initialize_attribute: false,
        }
    }

    #[test]
    fn conventional_names_boot_static_methods_and_record_initializers() {
        let methods = [
            method("bootSoftDeletes", true),
            method("initializeSoftDeletes", false),
            method("bootHasUlids", false),
            method("getKey", false),
            method("initializeHasUlids", true),
        ];
        let steps = steps(
            methods,
            &[
                b"Illuminate\\Database\\Eloquent\\SoftDeletes",
                b"Illuminate\\Database\\Eloquent\\Concerns\\HasUlids",
            ],
        );
        assert_eq!(
            steps,
            [
                Step::Boot(b"bootSoftDeletes"),
                Step::Initialize(b"initializeSoftDeletes"),
                Step::Initialize(b"initializeHasUlids"),
            ]
        );
    }

    #[test]
    fn attributes_mark_any_name_and_one_method_can_do_both() {
        let mut both = method("setUp", true);
        both.boot_attribute = true;
        both.initialize_attribute = true;
        let mut instance_boot = method("prepare", false);
        instance_boot.boot_attribute = true;
        assert_eq!(
            steps([both, instance_boot], &[]),
            [Step::Boot(b"setUp"), Step::Initialize(b"setUp")]
        );
    }

    #[test]
    fn a_trait_outside_any_namespace_is_its_own_basename() {
        assert_eq!(
            steps([method("bootTagged", true)], &[b"Tagged"]),
            [Step::Boot(b"bootTagged")]
        );
    }

    #[test]
    fn names_compare_as_written() {
        assert!(
            steps(
                [
                    method("bootsoftdeletes", true),
                    method("initializeDeletes", false)
                ],
                &[b"SoftDeletes"],
            )
            .is_empty()
        );
    }
}
