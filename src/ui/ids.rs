//! Element ids unique on the page, even with several editors and simulator panels.

use std::sync::atomic::{AtomicU32, Ordering};

/// Element ids of one editor or panel, unique on the page even with several of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ids(u32);

impl Ids {
    pub fn new() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }

    /// The id of the element for `what`: a field named by its problem path (`attempts[2].delaySeconds`)
    /// or any other part (`summary`).
    pub fn of(self, what: &str) -> String {
        let tail: String = what
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("ce{}-{tail}", self.0)
    }

    /// The id of the message that describes the field at `path`.
    pub fn error_of(self, path: &str) -> String {
        format!("{}--error", self.of(path))
    }
}

/// The element with `id` within `root`, looked up from `root` rather than from the document: a
/// host may mount the editor in a shadow root, which the document's `getElementById` cannot see
/// into. The ids made here are plain CSS identifiers (`ce3-summary`).
pub fn find_by_id(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let element = root.query_selector(&format!("#{id}")).ok().flatten()?;
    element.dyn_into().ok()
}

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}
