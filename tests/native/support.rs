//! Helpers shared by the native tests: calling windows, and SPEC section 4's results.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::draft::WindowDraft;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::window::CallingWindow;
use proptest::prelude::*;
use serde_json::{Value, json};

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

/// Any valid calling window: a start, an end after it (to 23:59) and at least one day.
pub fn any_window() -> impl Strategy<Value = CallingWindow> {
    (0u16..1439, 1u16..1440, 1u8..128).prop_map(|(start, length, days)| {
        let end = (start + length).min(1439).max(start + 1);
        let time = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        window(
            &time(start),
            &time(end),
            std::array::from_fn(|d| days & (1 << d) != 0),
        )
    })
}

/// Is a call allowed to start at `t`, read straight off the calendar?
pub fn inside(window: &CallingWindow, t: LocalDateTime) -> bool {
    let time = t.second_of_day();
    window.days().contains(t.weekday())
        && window.start().seconds() <= time
        && time < window.end().seconds()
}

/// The results SPEC section 4 shows: Ada, busy then answered on attempt 1 after 300 s.
pub fn section_4_results() -> Value {
    json!({ "status": "completed", "endedAt": 365,
      "calls": [ {"recipient": 0, "attempt": 0, "start": 0, "end": 5, "outcome": "busy"},
                 {"recipient": 0, "attempt": 1, "start": 305, "end": 365, "outcome": "answered"} ],
      "recipients": [ {"status": "reached", "calls": 2, "finishedAt": 365, "lastOutcome": "answered"} ],
      "stats": { "reached": 1, "failed": 0, "cancelled": 0, "calls": 2, "peakLines": 1 } })
}

/// Each problem as `(path, message)`; none for `Ok`.
pub fn paths_and_messages<T>(result: Result<T, Vec<Problem>>) -> Vec<(String, String)> {
    result
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect()
}

/// Any text, short or long (up to a megabyte), with the characters people and attackers type.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[0-9, -]{0,30}",
        "[0-9:T-]{0,20}",
        (any::<char>(), 1usize..=(1 << 20)).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}
