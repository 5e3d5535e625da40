//! What the retry timeline says about reach (SPEC section 8's expected reach): what each call
//! adds under the reach model, and what the whole strategy can be expected to reach. The figures
//! come from the timeline's own call times, so they agree with the list they sit in.
//!
//! ```
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::campaign::Campaign;
//! use campaign_editor::domain::reach::ReachSettings;
//! use campaign_editor::domain::timeline::{RetryTimeline, TimelineReach, percent};
//!
//! let campaign = Campaign {
//!     launch_at: LocalDateTime::parse("2026-12-07T09:00"),
//!     ..Campaign::sample() // retries after 300 s and 3,600 s
//! };
//! let timeline = RetryTimeline::from_campaign(&campaign);
//! let reach = TimelineReach::new(&timeline, &ReachSettings::default());
//! assert!(reach.row(2).unwrap().starts_with('+'));
//! assert!(reach.summary().starts_with("Expected: "));
//! assert_eq!(percent(0.4128), "41.3 %");
//! ```

use super::retry_timeline::RetryTimeline;
use crate::domain::decimal::fixed;
use crate::domain::error::FieldError;
use crate::domain::reach::{ExpectedReach, ReachSettings, expected_reach_along};

/// A share from 0 to 1 as people read it: a percentage with one decimal, `41.3 %`.
pub fn percent(share: f64) -> String {
    format!("{} %", fixed(share * 100.0, 1))
}

/// Expected reach along a retry timeline, for its list.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineReach {
    /// The expected reach of the calls that have a time, or why there is none.
    expected: Result<ExpectedReach, FieldError>,
    /// Whether every call has a time, so that the totals are the strategy's.
    complete: bool,
}

impl TimelineReach {
    /// The expected reach of `timeline`'s calls under `settings`. The calls up to the first row
    /// without a time still get their figures: what a call adds does not depend on later ones.
    pub fn new(timeline: &RetryTimeline, settings: &ReachSettings) -> Self {
        let times = timeline.call_times();
        let expected = match timeline.launch() {
            Some(launch) if !times.is_empty() => Ok(expected_reach_along(
                &times,
                launch,
                timeline.retry_on(),
                None,
                settings,
            )),
            _ => Err(FieldError::ReachNeedsLaunch),
        };
        Self {
            expected,
            complete: timeline.is_complete(),
        }
    }

    /// What the first call reaches: `19.0 % reached`.
    pub fn first_call(&self) -> Option<String> {
        let expected = self.expected.as_ref().ok()?;
        expected
            .by_call
            .first()
            .map(|&p| format!("{} reached", percent(p)))
    }

    /// What attempt row `attempt` (from 1) adds, and the reach up to it:
    /// `+6.1 % reached, 41.3 % in all`; `None` for a row without a time.
    pub fn row(&self, attempt: usize) -> Option<String> {
        let by_call = &self.expected.as_ref().ok()?.by_call;
        let added = *by_call.get(attempt)?;
        let total: f64 = by_call[..=attempt].iter().sum();
        Some(format!(
            "+{} reached, {} in all",
            percent(added),
            percent(total)
        ))
    }

    /// The line that ends the list: `Expected: 52.0 % reached, 4.3 calls per recipient (reach
    /// model)`, or why there is no figure yet.
    pub fn summary(&self) -> String {
        match &self.expected {
            Err(why) => format!("Expected reach: {}", lowercase_first(&why.to_string())),
            Ok(_) if !self.complete => {
                "Expected reach: known once every retry has a time".to_owned()
            }
            Ok(e) => format!(
                "Expected: {} reached, {} calls per recipient (reach model)",
                percent(e.reached),
                fixed(e.calls_per_recipient, 1)
            ),
        }
    }
}

/// `The reach model …` as `the reach model …`, to follow a colon. Our messages start with an
/// ASCII letter: ASCII lower case keeps Unicode's case tables out of the wasm.
fn lowercase_first(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}
