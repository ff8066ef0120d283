//! `Oxide\Native\markdown`: the Markdown accelerator's entry point.

use ext_php_rs::prelude::*;

use super::engine::args::{PhpString, StringArg};
use crate::markdown::{self, Flavor, HtmlInput, Options};

/// league/commonmark's HTML for `$text` as Laravel configures it — `$flavor` `github`
/// (`Str::markdown()`), `inline` (`Str::inlineMarkdown()`) or `mail` (`Mail\Markdown`) — or
/// `null` when league must render it: text that is not UTF-8 (league throws), an unknown
/// flavour, an `html_input` league rejects, or a document the renderer cannot vouch for.
#[php_function]
#[php(name = "Oxide\\Native\\markdown")]
pub fn markdown(
    mut text: StringArg,
    flavor: &str,
    mut html_input: StringArg,
    allow_unsafe_links: bool,
    mut soft_break: StringArg,
    max_nesting_level: i64,
) -> Option<PhpString> {
    let flavor = flavor_named(flavor)?;
    let source = text.utf8(1).ok()??;
    let html_input = match html_input.bytes(3)? {
        b"allow" => HtmlInput::Allow,
        b"escape" => HtmlInput::Escape,
        b"strip" => HtmlInput::Strip,
        _ => return None,
    };
    let soft_break = String::from_utf8(soft_break.bytes(5)?.to_vec()).ok()?;
    let options = Options::new(flavor, html_input, allow_unsafe_links, soft_break)
        .with_max_nesting_level(max_nesting_level);
    markdown::render(source, &options).map(PhpString::new)
}

fn flavor_named(name: &str) -> Option<Flavor> {
    match name {
        "github" => Some(Flavor::Github),
        "inline" => Some(Flavor::GithubInlines),
        "mail" => Some(Flavor::Mail),
        _ => None,
    }
}

/// The hand-back rule that leaves `$text` to league under Laravel's defaults for `$flavor`, or
/// null when it renders natively: for `scripts/markdown-hand-backs.php`. Debug builds only.
#[cfg(debug_assertions)]
#[php_function]
#[php(name = "Oxide\\Native\\markdown_hand_back_rule")]
pub fn markdown_hand_back_rule(text: &str, flavor: &str) -> Option<String> {
    let flavor = flavor_named(flavor)?;
    let allow_unsafe_links = flavor != Flavor::Mail;
    let options = Options::new(
        flavor,
        HtmlInput::Allow,
        allow_unsafe_links,
        "\n".to_owned(),
    );
    markdown::hand_back_rule(text, &options).map(|rule| format!("{rule:?}"))
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    let module = module.function(wrap_function!(markdown));
    #[cfg(debug_assertions)]
    let module = module.function(wrap_function!(markdown_hand_back_rule));
    module
}
