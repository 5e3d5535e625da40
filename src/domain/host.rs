//! The host page's handlers of SPEC section 6 (`onSaveDraft`, `onStart`, `onStop`): one that fails
//! (throws) has not saved, started or stopped the campaign, so the editor takes the press back
//! ([`crate::domain::editor::Editor::take_back`]) and says so in its status line.

use std::fmt;

/// What the host page's handler was asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostAction {
    Save,
    Start,
    Stop,
}

impl fmt::Display for HostAction {
    /// The status line once the handler failed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Save => {
                "Draft not saved: this page could not save it. Your answers stay here; try Save as Draft again."
            }
            Self::Start => {
                "Campaign not started: this page could not start it. Try Start Now again."
            }
            Self::Stop => {
                "Campaign not stopped: this page could not stop it, so it may still be running. Try Stop campaign again."
            }
        })
    }
}
