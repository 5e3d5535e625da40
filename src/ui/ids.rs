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

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}
