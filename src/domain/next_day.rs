//! The help article's own trap: `Attempt 3: 86,400 seconds — final attempt the next day`. A delay
//! over [`MAX_DELAY_SECS`] keeps its error (SPEC section 2); beside it the editor offers what the
//! user meant, a retry the next day, through the calling window: a retry that falls outside the
//! window waits for its next opening. This is help, not a rule: it never adds a problem.
//!
//! ```
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::campaign::Campaign;
//! use campaign_editor::domain::editor::Editor;
//! use campaign_editor::domain::next_day::over_limit;
//!
//! let now = LocalDateTime::parse("2026-12-04T17:50").unwrap();
//! let mut editor = Editor::for_campaign(&Campaign::sample(), now);
//! editor.set_delay(1, "86,400".into());
//! assert!(over_limit(&editor.draft().attempts[1]));
//! editor.call_next_morning(1, now);
//! assert_eq!(editor.draft().attempts[1], "10,800");
//! assert!(editor.draft().window.enabled);
//! ```

use super::calendar::{LocalDateTime, TimeOfDay};
use super::campaign::delay_text;
use super::draft::{Draft, WindowDraft};
use super::duration::{compact, thousands};
use super::editor::Editor;
use super::limits::MAX_DELAY_SECS;
use super::timeline::default_launch;
use super::whole_number::WholeNumber;
use super::window::CallingWindow;

/// The name of the action the hint offers.
pub const CALL_NEXT_MORNING: &str = "Call again the next morning instead";

/// Whether `text` is a whole number over [`MAX_DELAY_SECS`] (too large for any integer type
/// included): someone asking for a longer wait than a retry can have, such as the next day.
/// Blank text, other text, negatives and 0 are not: they mean something else.
pub fn over_limit(text: &str) -> bool {
    let positive = !text.trim_start().starts_with('-');
    match WholeNumber::parse(text) {
        Some(WholeNumber::Fits(value)) => value > i64::from(MAX_DELAY_SECS),
        Some(WholeNumber::TooLarge) => positive,
        None => false,
    }
}

/// The hint shown under an over-limit delay's error, in plain words; it ends by saying what
/// [`CALL_NEXT_MORNING`] changes in the editor as it stands.
pub fn next_day_hint(editor: &Editor) -> String {
    let draft = editor.draft();
    let office = WindowDraft::default();
    let end = TimeOfDay::parse(&office.end).expect("the default window ends at a time of day");
    let last_call = TimeOfDay::new((end.seconds() / 3600 - 1) as u16, 0).expect("an hour");
    let max = compact(MAX_DELAY_SECS.into());
    let how = format!(
        "To call again the next day, use a calling window: a retry that falls outside it waits \
         for its next opening. With calling hours {}–{}, a {max} delay after a {last_call} call \
         fires at {} the next morning.",
        office.start, office.end, office.start
    );
    let sets = format!(
        "“{CALL_NEXT_MORNING}” sets this delay to {} seconds ({max})",
        thousands(MAX_DELAY_SECS.into())
    );
    let then = match window_turned_on(draft) {
        None => "; a retry your calling window does not allow then waits for its next opening."
            .to_owned(),
        Some(window) => {
            let launch = if draft.launch_at.trim().is_empty() {
                ", with a launch date and time"
            } else {
                ""
            };
            format!(
                " and turns on a calling window, {}–{} on {}{launch}.",
                window.start(),
                window.end(),
                window.days().describe()
            )
        }
    };
    format!("{how} {sets}{then}")
}

/// The calling window [`CALL_NEXT_MORNING`] turns on, if the campaign has none: the one the user
/// typed and switched off, if it is valid, else office hours on weekdays.
fn window_turned_on(draft: &Draft) -> Option<CallingWindow> {
    if draft.window.enabled {
        return None;
    }
    draft
        .window
        .check()
        .ok()
        .or_else(|| WindowDraft::default().check().ok())
}

impl Editor {
    /// [`CALL_NEXT_MORNING`] for attempt row `index` (0-based): its delay becomes
    /// [`MAX_DELAY_SECS`] and, when the campaign has no calling window, the window is turned on:
    /// as the user had typed it, else with office hours on weekdays (and a launch time proposed
    /// after `now` if there is none, since a window is read from the launch). Nothing else changes.
    pub fn call_next_morning(&mut self, index: usize, now: LocalDateTime) {
        if index >= self.draft().attempts.len() {
            return;
        }
        self.set_delay(index, delay_text(MAX_DELAY_SECS));
        let Some(window) = window_turned_on(self.draft()) else {
            return;
        };
        self.edit(|draft| {
            draft.window = WindowDraft::from(window);
            if draft.launch_at.trim().is_empty() {
                draft.launch_at = default_launch(now).to_string();
            }
        });
    }
}
