//! The strategy advisor (SPEC section 10): the delays that reach the most recipients by a deadline
//! under the reach model, for a campaign's calling window, launch, call caps and `retryOn`.
//!
//! - [`request`]: what is asked — attempts, deadline, reach settings — and the rules of each.
//! - [`search`]: [`Search`], the budgeted search itself, and what it guarantees; [`placement`],
//!   where it may land a retry; [`rounding`], its last step.
//! - [`mod@figures`]: a suggestion beside the current strategy, as people read it.
//! - [`panel`]: [`AdvisorPanel`], the advisor in the editor (fields, states, `Use these delays`).
//!
//! ```
//! use campaign_editor::domain::advisor::{SuggestRequest, suggest};
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::campaign::Campaign;
//!
//! let campaign = Campaign {
//!     launch_at: LocalDateTime::parse("2026-12-07T09:00"),
//!     ..Campaign::sample() // retries after 300 s and 3,600 s
//! };
//! let suggestion = suggest(&campaign, &SuggestRequest::for_campaign(&campaign)).unwrap();
//! assert_eq!(suggestion.delays_seconds.len(), 2);
//! assert!(suggestion.expected.reached >= suggestion.current.reached);
//! ```

mod asked;
pub mod figures;
pub mod panel;
pub mod placement;
pub mod request;
pub mod rounding;
mod scored;
pub mod search;
pub mod starts;

use serde::Serialize;

pub use figures::{Figure, caveat, delay_items, figures};
pub use panel::{AdvisorPanel, Phase, Refused, STALE_NOTE};
pub use request::{SuggestRequest, parse_attempts, parse_deadline_hours};
pub use search::Search;

use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::{Campaign, RetryStrategy};
use crate::domain::error::FieldError;
use crate::domain::reach::ExpectedReach;

/// The delays of every plain strategy the suggestion must match or beat: all delays 5 min,
/// 15 min, 1 h, 2 h or 3 h.
pub const PLAIN_DELAYS_SECS: [u32; 5] = [300, 900, 3_600, 7_200, 10_800];

/// Reach within this much (0.1 point) counts as equal: the fewer expected calls then wins.
pub const REACH_TIE: f64 = 0.001;

/// No call the search places falls in the last 5 minutes before the calling window closes, before
/// the deadline, or before a local hour of another presence. Expected reach counts every failed
/// call as ending at once; calls that take time (1 s each in SPEC 8's check, half a minute of
/// ringing in life) push each next call a little later, and a call planned for 19:59:59 would then
/// wait for the next morning, one planned at the deadline would no longer count, one at 12:59:59
/// would meet 13:00's presence. The starting points keep their own times, and the first call is
/// where the launch puts it: no strategy moves it.
pub const MARGIN_SECS: u64 = 300;

/// What the advisor suggests, beside the campaign as given. In JSON (the API's
/// `suggestStrategy` and `campaign-sim --suggest --json`):
/// `{delaysSeconds, expected: {byCall, reached, callsPerRecipient}, current: {…}}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// One delay per attempt row, in whole seconds.
    pub delays_seconds: Vec<u32>,
    /// The suggestion's expected reach, counted by the deadline.
    pub expected: ExpectedReach,
    /// The campaign's own strategy's expected reach, counted by the same deadline.
    pub current: ExpectedReach,
    /// When each call of the suggestion fires, in seconds after launch (deadline or not).
    #[serde(skip)]
    pub call_times: Vec<u64>,
    /// When each call of the campaign as given fires, in seconds after launch.
    #[serde(skip)]
    pub current_call_times: Vec<u64>,
    /// The campaign's launch, which the call times count from.
    #[serde(skip)]
    pub launch: LocalDateTime,
}

impl Suggestion {
    /// The suggested delays as a retry strategy (Compare's `The advisor's suggestion`).
    pub fn strategy(&self) -> RetryStrategy {
        RetryStrategy::from_delays(self.delays_seconds.iter().copied())
    }

    /// The suggestion's last retry: seconds after the first call, and when it fires; `None`
    /// without retries.
    pub fn last_retry(&self) -> Option<(u64, LocalDateTime)> {
        self.last_of(&self.call_times)
    }

    /// The campaign's own last retry, as [`Suggestion::last_retry`].
    pub fn current_last_retry(&self) -> Option<(u64, LocalDateTime)> {
        self.last_of(&self.current_call_times)
    }

    fn last_of(&self, times: &[u64]) -> Option<(u64, LocalDateTime)> {
        match times {
            [first, .., last] => Some((last - first, self.launch.plus(*last as i64))),
            _ => None,
        }
    }
}

/// The suggestion for `campaign`, searched to the end at once. The editor steps a [`Search`]
/// instead, a slice at a time.
pub fn suggest(campaign: &Campaign, request: &SuggestRequest) -> Result<Suggestion, FieldError> {
    let mut search = Search::new(campaign, request)?;
    search.step(|| true);
    Ok(search.suggestion())
}
