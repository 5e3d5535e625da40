//! What the user hears about the draft in storage: a notice about a draft another tab or an
//! unreadable value holds, and the status line when storage does not keep what is shown.

use std::fmt;

use super::StoreError;
use crate::domain::duration::thousands;
use crate::domain::editor::{Editor, Lifecycle};
use crate::domain::limits::MAX_ATTEMPTS;

/// Why storage does not keep what the editor shows. `Display` says so, and what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// Storage refused the last write.
    Refused(StoreError),
    /// Another tab stored a draft under the key: nothing is written until the user chooses which
    /// to keep.
    ChangedElsewhere,
    /// A stored draft that could not be read is kept in place: nothing is written until the user
    /// discards it.
    HeldInPlace,
}

impl fmt::Display for NotSaved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Refused(StoreError::Full) => {
                "Draft not saved: this browser's storage is full. Your answers stay on this page; free some space, then save again."
            }
            Self::Refused(StoreError::Blocked) => {
                "Draft not saved: this browser does not let the page keep drafts. Your answers stay on this page while it is open."
            }
            Self::ChangedElsewhere => {
                "Draft not saved: another tab changed the draft kept here. Your answers stay on this page; choose which draft to keep, above."
            }
            Self::HeldInPlace => {
                "Draft not saved: a saved draft that could not be read is kept in its place. Your answers stay on this page; discard that draft, above, to save yours."
            }
        })
    }
}

/// Something the user must hear about the draft kept in storage. `Display` is the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftNotice {
    /// Another tab stored a different draft under the same key.
    ChangedElsewhere,
    /// A stored draft kept aside under `key` (`None`: left in place): unreadable, or with `rows`
    /// attempt rows of which only the first [`MAX_ATTEMPTS`] are shown.
    Aside {
        rows: Option<usize>,
        key: Option<String>,
    },
}

impl fmt::Display for DraftNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChangedElsewhere => write!(
                f,
                "This draft was changed in another tab. Nothing is saved here until you choose which draft to keep."
            ),
            Self::Aside { rows, key } => {
                match rows {
                    None => write!(f, "A saved draft could not be read")?,
                    Some(rows) => write!(
                        f,
                        "A saved draft has {} attempt rows, more than the {MAX_ATTEMPTS} a campaign can have: only the first {MAX_ATTEMPTS} are shown",
                        thousands(*rows as u64)
                    )?,
                }
                match key {
                    Some(key) => write!(
                        f,
                        ". It is kept aside, under “{key}”, until you discard it."
                    ),
                    None => write!(
                        f,
                        ". It is kept as it was, so what you type here is not saved until you discard it."
                    ),
                }
            }
        }
    }
}

/// The editor's live status line, given why storage does not keep what it shows (if it does
/// not): a draft not written is never called saved, and the line says what is kept.
pub fn status(editor: &Editor, not_saved: Option<NotSaved>) -> String {
    let Some(why) = not_saved else {
        return editor.status();
    };
    match editor.lifecycle() {
        Lifecycle::Editing => why.to_string(),
        _ => format!("{} {why}", editor.status()),
    }
}
