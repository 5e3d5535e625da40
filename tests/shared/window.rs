//! Shared by the native tests that need a calling window (`#[path]`-included, one helper a file).

use campaign_editor::domain::draft::WindowDraft;
use campaign_editor::domain::window::CallingWindow;

/// A calling window as the user would tick it, `days` from Monday.
pub fn window(start: &str, end: &str, days: [bool; 7]) -> CallingWindow {
    let typed = WindowDraft {
        enabled: true,
        start: start.to_owned(),
        end: end.to_owned(),
        days,
    };
    typed.check().expect("a window")
}
