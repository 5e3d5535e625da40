//! How a suggestion reads beside the current strategy, in the editor and on the command line: the
//! expected reach by the deadline (a one-decimal percentage), the expected calls per recipient,
//! and when the last retry fires; then the suggested delays, one per attempt row.
//!
//! ```
//! use campaign_editor::domain::advisor::{SuggestRequest, figures, suggest};
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::campaign::Campaign;
//!
//! let campaign = Campaign {
//!     launch_at: LocalDateTime::parse("2026-12-07T09:00"),
//!     ..Campaign::sample()
//! };
//! let suggestion = suggest(&campaign, &SuggestRequest::for_campaign(&campaign)).unwrap();
//! let [reach, calls, last] = figures(&suggestion, 72);
//! assert_eq!(reach.label, "Expected reach by 72 h");
//! assert!(reach.suggested.ends_with(" %"));
//! assert_eq!(calls.label, "Calls per recipient");
//! assert!(last.current.ends_with("after the first call"));
//! ```

use super::Suggestion;
use crate::domain::campaign::call_name;
use crate::domain::decimal::fixed;
use crate::domain::duration::{compact, thousands};
use crate::domain::reach::ExpectedReach;
use crate::domain::timeline::percent;

/// One figure of the comparison: what it is, then the suggestion's and the current strategy's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub label: String,
    pub suggested: String,
    pub current: String,
}

/// The three figures of `suggestion` beside the current strategy's, reach counted by
/// `deadline_hours`: `Expected reach by 72 h` (`52.7 %`), `Calls per recipient` (`4.3`),
/// `Last retry` (`10 h 59 min after the first call`, or `no retry`).
pub fn figures(suggestion: &Suggestion, deadline_hours: u32) -> [Figure; 3] {
    let figure = |label: String, of: &dyn Fn(&ExpectedReach) -> String| Figure {
        label,
        suggested: of(&suggestion.expected),
        current: of(&suggestion.current),
    };
    [
        figure(format!("Expected reach by {deadline_hours} h"), &|r| {
            percent(r.reached)
        }),
        figure("Calls per recipient".to_owned(), &|r| {
            fixed(r.calls_per_recipient, 1)
        }),
        Figure {
            label: "Last retry".to_owned(),
            suggested: last_retry(suggestion.last_retry_seconds()),
            current: last_retry(suggestion.current_last_retry_seconds()),
        },
    ]
}

fn last_retry(seconds: Option<u64>) -> String {
    match seconds {
        Some(s) => format!("{} after the first call", compact(s)),
        None => "no retry".to_owned(),
    }
}

/// The suggested delays as the editor lists them: `Attempt 1 — 10,800 s (3 h)`.
pub fn delay_items(suggestion: &Suggestion) -> Vec<String> {
    suggestion
        .delays_seconds
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            format!(
                "{} — {} s ({})",
                call_name(i + 1),
                thousands(d.into()),
                compact(d.into())
            )
        })
        .collect()
}
