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
//! assert_eq!(last.current, "1 h 5 min after the first call, Mon 7 Dec, 10:05");
//! ```

use super::Suggestion;
use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::{Campaign, call_name};
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
/// `Last retry` (`10 h 55 min after the first call, Mon 7 Dec, 19:55`, or `no retry`).
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
            suggested: last_retry(suggestion.last_retry()),
            current: last_retry(suggestion.current_last_retry()),
        },
    ]
}

/// As the retry timeline says it: `10 h 55 min after the first call, Mon 7 Dec, 19:55`.
fn last_retry(last: Option<(u64, LocalDateTime)>) -> String {
    match last {
        Some((seconds, at)) => format!("{} after the first call, {}", compact(seconds), at.human()),
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

/// What the figures alone do not say, when `suggestion` (for `campaign`, reach counted by
/// `deadline_hours`) is no help: no call is retried (`retryOn` empty), so any delays reach as many;
/// the first call comes after the deadline, so nothing is reached by then; or fewer attempts were
/// asked than the campaign has, and the suggestion reaches less than its current strategy; or it
/// reaches a little less with as many attempts, which SPEC 10 counts as equal reach (within 0.1
/// point), for fewer calls.
pub fn caveat(campaign: &Campaign, suggestion: &Suggestion, deadline_hours: u32) -> Option<String> {
    let first_call = suggestion.call_times.first().copied().unwrap_or(0);
    let (asked, current) = (
        suggestion.delays_seconds.len(),
        campaign.retry_strategy.len(),
    );
    if campaign.retry_on.is_empty() {
        Some("No call is retried (no outcome to retry on): any delays reach as many.".to_owned())
    } else if first_call > u64::from(deadline_hours) * 3_600 {
        Some(format!(
            "The first call comes after the deadline: no delays reach anyone by {deadline_hours} h."
        ))
    } else if asked < current && suggestion.expected.reached < suggestion.current.reached {
        let attempts = if asked == 1 { "attempt" } else { "attempts" };
        Some(format!(
            "With {asked} {attempts} instead of the current {current}, the suggestion reaches \
             fewer recipients by {deadline_hours} h."
        ))
    } else if suggestion.expected.reached < suggestion.current.reached {
        Some(
            "The suggestion reaches a little fewer recipients than the current strategy (within \
             0.1 point, which counts as the same) and makes fewer calls."
                .to_owned(),
        )
    } else {
        None
    }
}
