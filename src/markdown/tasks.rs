//! league's task-list marker: `[ ]`, `[x]` or `[X]` opening the paragraph of a list item, with
//! more than spaces after it, is a checkbox; the rest of the paragraph stays as parsed.

use comrak::nodes::{Node, NodeValue};

use super::render::Renderer;
use super::source::Source;

const MARKER_LEN: usize = 3;

pub struct TaskMarker {
    pub checked: bool,
}

/// What league reads at the start of a paragraph.
pub enum Reading {
    Text,
    Marker(TaskMarker),
    /// The source opens with a marker comrak parsed as something else (a link), or comrak's
    /// text opens with one the source spells otherwise (an escape, an entity).
    Unsure,
}

impl TaskMarker {
    /// league's reading of a paragraph: a marker needs the literal characters at the start of
    /// the source (its parser runs before links', escapes' and entities') and comrak's leading
    /// text to hold them.
    pub fn read(paragraph: Node<'_>, source: &Source<'_>) -> Reading {
        let in_item = paragraph
            .parent()
            .is_some_and(|item| matches!(item.data.borrow().value, NodeValue::Item(_)));
        if !in_item {
            return Reading::Text;
        }
        let start = paragraph.data.borrow().sourcepos.start;
        let spelled = source.from(start).get(..MARKER_LEN).is_some_and(is_marker);
        match (spelled, leading_marker(paragraph)) {
            (true, Some((_, true))) => Reading::Marker(Self {
                checked: source.from(start)[1] != b' ',
            }),
            (true, Some((_, false))) | (false, None) => Reading::Text,
            (true, None) | (false, Some(_)) => Reading::Unsure,
        }
    }

    /// The paragraph's inlines after the marker's three characters.
    pub fn render_rest(&self, paragraph: Node<'_>, renderer: &mut Renderer<'_>) {
        let mut skip = MARKER_LEN;
        for child in paragraph.children() {
            if skip > 0
                && let NodeValue::Text(text) = &child.data.borrow().value
            {
                let taken = skip.min(text.len());
                skip -= taken;
                renderer.text_from(child, text, taken);
                continue;
            }
            skip = 0;
            renderer.inline(child);
        }
    }
}

/// The first three characters of the paragraph when they are leading text and spell a marker,
/// and whether anything but spaces and tabs follows them.
fn leading_marker(paragraph: Node<'_>) -> Option<([u8; MARKER_LEN], bool)> {
    let mut marker = Vec::with_capacity(MARKER_LEN);
    let mut has_more = false;
    for child in paragraph.children() {
        let ast = child.data.borrow();
        let NodeValue::Text(text) = &ast.value else {
            has_more = true;
            break;
        };
        let wanted = MARKER_LEN - marker.len();
        let bytes = text.as_bytes();
        marker.extend_from_slice(&bytes[..wanted.min(bytes.len())]);
        if bytes[wanted.min(bytes.len())..]
            .iter()
            .any(|byte| !matches!(byte, b' ' | b'\t'))
        {
            has_more = true;
            break;
        }
        if marker.len() == MARKER_LEN && child.next_sibling().is_some() {
            has_more = true;
            break;
        }
    }
    let marker: [u8; MARKER_LEN] = marker.try_into().ok()?;
    is_marker(&marker).then_some((marker, has_more))
}

/// league matches `[ ]` and `[x]` case-insensitively.
fn is_marker(bytes: &[u8]) -> bool {
    matches!(bytes, b"[ ]" | b"[x]" | b"[X]")
}
