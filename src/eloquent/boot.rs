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
/// given the conventional names `boot{Trait}` and `initialize{Trait}` of
/// the class's traits. A static method is booted when it has a
/// conventional boot name or `#[Boot]`; any method is an initializer when
/// it has a conventional initialize name or `#[Initialize]`, both checked
/// for every method, boot first. (Laravel's guard against booting a name
/// twice never fires: a function table holds each name once.)
pub fn steps<'a>(
    methods: impl IntoIterator<Item = Method<'a>>,
    boot_names: &[&[u8]],
    initialize_names: &[&[u8]],
) -> Vec<Step<'a>> {
    let mut steps = Vec::new();
    for method in methods {
        if method.is_static && (boot_names.contains(&method.name) || method.boot_attribute) {
            steps.push(Step::Boot(method.name));
        }
        if initialize_names.contains(&method.name) || method.initialize_attribute {
            steps.push(Step::Initialize(method.name));
        }
    }
    steps
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
            &[b"bootSoftDeletes", b"bootHasUlids"],
            &[b"initializeSoftDeletes", b"initializeHasUlids"],
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
            steps([both, instance_boot], &[], &[]),
            [Step::Boot(b"setUp"), Step::Initialize(b"setUp")]
        );
    }

    #[test]
    fn names_compare_as_written() {
        assert!(
            steps(
                [method("bootsoftdeletes", true)],
                &[b"bootSoftDeletes"],
                &[]
            )
            .is_empty()
        );
    }
}
