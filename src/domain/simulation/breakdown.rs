//! "The campaign ended before all recipients were called": why the failed recipients failed. Each
//! is grouped by why it was called no more (every attempt used, or its last outcome is not in
//! `retryOn`), after how many calls, and the outcome of its last call; the simulator panel and
//! `campaign-sim --summary` read the groups in one line:
//!
//! ```text
//! 26 recipients failed: 12 after all 3 attempts (last: no answer), 14 at once because Unreachable is not retried
//! ```
//!
//! ```
//! use campaign_editor::domain::simulation::{simulate, CallLog, FailureBreakdown, Scenario};
//!
//! let scenario = Scenario::from_json_str(r#"{
//!     "campaign": {"attempts": [{"delaySeconds": 60}], "retryOn": ["busy"]},
//!     "recipients": [{"script": ["busy", "busy"]}, {"script": ["unreachable"]}]
//! }"#).unwrap();
//! let breakdown = FailureBreakdown::of_simulation(&simulate(&scenario, CallLog::Skip));
//! assert_eq!(
//!     breakdown.reading().unwrap(),
//!     "2 recipients failed: 1 after their only attempt (last: busy), \
//!      1 at once because Unreachable is not retried"
//! );
//! ```

use std::collections::BTreeMap;

use super::engine::Simulation;
use super::state::{RecipientState, RecipientStatus};
use crate::domain::duration::thousands;
use crate::domain::outcome::Outcome;

/// Why a failed recipient was called no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stop {
    /// Every attempt row was used: no retry was left (none at all when there are no rows).
    AttemptsUsed,
    /// The outcome of its last call is not retried (not in `retryOn`), though a retry was left.
    NotRetried,
}

/// Failed recipients alike: why they stopped, after how many calls, and the outcome of their last
/// call. Groups sort in the order the reading lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FailedGroup {
    pub stop: Stop,
    /// Calls the recipient received (1 for a recipient that failed on its first call).
    pub calls: u32,
    pub last: Outcome,
}

impl FailedGroup {
    /// The group of `recipient` in a campaign with `attempts` attempt rows; `None` unless it
    /// failed. The campaign's `retryOn` need not be asked: a failed call with a retry left fails
    /// the recipient only when its outcome is not retried (SPEC section 3).
    pub fn of(recipient: &RecipientState, attempts: usize) -> Option<Self> {
        if recipient.status != RecipientStatus::Failed {
            return None;
        }
        let last = recipient.last_outcome?;
        // A recipient stopped with a retry left is cancelled, not failed.
        let stop = if recipient.calls as usize > attempts {
            Stop::AttemptsUsed
        } else {
            Stop::NotRetried
        };
        Some(Self {
            stop,
            calls: recipient.calls,
            last,
        })
    }

    /// Why this group failed, as people read it: `after all 3 attempts (last: no answer)`,
    /// `after both attempts (last: busy)`, `at once because Unreachable is not retried`,
    /// `after 2 calls because Busy is not retried`.
    pub fn reason(&self) -> String {
        let last = self.last.label().to_ascii_lowercase();
        match (self.stop, self.calls) {
            (Stop::AttemptsUsed, 0 | 1) => format!("at once because there are no retries ({last})"),
            (Stop::AttemptsUsed, 2) => format!("after their only attempt (last: {last})"),
            (Stop::AttemptsUsed, 3) => format!("after both attempts (last: {last})"),
            (Stop::AttemptsUsed, calls) => {
                format!("after all {} attempts (last: {last})", calls - 1)
            }
            (Stop::NotRetried, 0 | 1) => {
                format!("at once because {} is not retried", self.last.label())
            }
            (Stop::NotRetried, calls) => format!(
                "after {calls} calls because {} is not retried",
                self.last.label()
            ),
        }
    }

    /// How `count` recipients of this group read: `12 after all 3 attempts (last: no answer)`.
    pub fn describe(&self, count: u64) -> String {
        format!("{} {}", thousands(count), self.reason())
    }
}

/// The failed recipients of a simulation, by [`FailedGroup`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FailureBreakdown {
    /// Each group with its number of recipients, in reading order.
    groups: Vec<(FailedGroup, u64)>,
}

impl FailureBreakdown {
    /// The breakdown of `recipients` in a campaign with `attempts` attempt rows.
    pub fn of(recipients: impl IntoIterator<Item = RecipientState>, attempts: usize) -> Self {
        let mut groups = BTreeMap::new();
        for recipient in recipients {
            if let Some(group) = FailedGroup::of(&recipient, attempts) {
                *groups.entry(group).or_insert(0u64) += 1;
            }
        }
        Self {
            groups: groups.into_iter().collect(),
        }
    }

    /// The breakdown of `simulation`'s recipients as they stand now.
    pub fn of_simulation(simulation: &Simulation) -> Self {
        Self::of(simulation.recipients(), simulation.attempts())
    }

    /// How many recipients failed.
    pub fn failed(&self) -> u64 {
        self.groups.iter().map(|(_, count)| count).sum()
    }

    /// Each group, its number of recipients and how it reads, in reading order.
    pub fn parts(&self) -> impl Iterator<Item = (FailedGroup, u64, String)> + '_ {
        self.groups
            .iter()
            .map(|&(group, count)| (group, count, group.describe(count)))
    }

    /// How many failed, `None` while nobody did: `26 recipients failed`.
    pub fn headline(&self) -> Option<String> {
        let failed = self.failed();
        let noun = if failed == 1 {
            "recipient"
        } else {
            "recipients"
        };
        (failed > 0).then(|| format!("{} {noun} failed", thousands(failed)))
    }

    /// The whole breakdown in one line, `None` while nobody failed:
    /// `26 recipients failed: 12 after all 3 attempts (last: no answer), 14 at once because
    /// Unreachable is not retried`.
    pub fn reading(&self) -> Option<String> {
        let parts: Vec<String> = self.parts().map(|(_, _, text)| text).collect();
        Some(format!("{}: {}", self.headline()?, parts.join(", ")))
    }
}
