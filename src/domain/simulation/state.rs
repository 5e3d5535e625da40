//! A run's state as the engine reports it: where the campaign and each recipient stand, the
//! counts, a call, the statistics and the snapshot the simulator panel reads, plus the choices and
//! refusals of the stepping API.

use std::fmt;

use serde::Serialize;

use crate::domain::campaign::CompletionMode;
use crate::domain::error::FieldError;
use crate::domain::outcome::Outcome;

/// Where a campaign stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    Running,
    Completed,
    Stopped,
}

impl RunStatus {
    /// Whether a campaign in this status still runs once it is known whether it has `finished`
    /// (nothing more will happen): it takes a stop and, long-living, new recipients.
    pub fn is_live(self, finished: bool) -> bool {
        self == Self::Running && !finished
    }
}

/// Where a recipient stands. `Reached`, `Failed` and `Cancelled` are final.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecipientStatus {
    /// Due now or later, or not added yet.
    Waiting,
    Calling,
    Reached,
    Failed,
    Cancelled,
}

impl RecipientStatus {
    pub const ALL: [RecipientStatus; 5] = [
        RecipientStatus::Waiting,
        RecipientStatus::Calling,
        RecipientStatus::Reached,
        RecipientStatus::Failed,
        RecipientStatus::Cancelled,
    ];

    /// The order people read the states in, final ones first: the statistics, the chart (stacked
    /// from the bottom up) and the summary.
    pub const FINAL_FIRST: [RecipientStatus; 5] = [
        RecipientStatus::Reached,
        RecipientStatus::Failed,
        RecipientStatus::Cancelled,
        RecipientStatus::Calling,
        RecipientStatus::Waiting,
    ];

    pub fn is_final(self) -> bool {
        matches!(self, Self::Reached | Self::Failed | Self::Cancelled)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The JSON spelling, which is also how the summary names the state.
    pub fn key(self) -> &'static str {
        ["waiting", "calling", "reached", "failed", "cancelled"][self.index()]
    }

    /// How the simulator panel names the state.
    pub fn label(self) -> &'static str {
        ["Waiting", "Calling", "Reached", "Failed", "Cancelled"][self.index()]
    }
}

/// One call of the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Call {
    pub recipient: usize,
    /// The call number k: 0 for the first call, N for attempt row N.
    pub attempt: u32,
    pub start: u64,
    pub end: u64,
    pub outcome: Outcome,
}

/// One recipient's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecipientState {
    pub status: RecipientStatus,
    /// Calls started to this recipient.
    pub calls: u32,
    /// When a final state was reached; `None` while waiting or calling.
    pub finished_at: Option<u64>,
    /// The outcome of the last call started, known as soon as it starts.
    pub last_outcome: Option<Outcome>,
}

/// How many recipients are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts([u64; 5]);

impl Counts {
    pub fn of(&self, status: RecipientStatus) -> u64 {
        self.0[status.index()]
    }

    pub fn total(&self) -> u64 {
        self.0.iter().sum()
    }

    /// Moves one recipient from state `from` to state `to` (`None` for a new recipient).
    pub(super) fn moved(&mut self, from: Option<RecipientStatus>, to: RecipientStatus) {
        if let Some(from) = from {
            self.0[from.index()] -= 1;
        }
        self.0[to.index()] += 1;
    }

    /// Every waiting recipient becomes cancelled.
    pub(super) fn cancel_waiting(&mut self) {
        let waiting = std::mem::take(&mut self.0[RecipientStatus::Waiting.index()]);
        self.0[RecipientStatus::Cancelled.index()] += waiting;
    }
}

/// The `stats` of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub reached: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub calls: u64,
    pub peak_lines: u32,
}

/// Whether a simulation keeps its call log. Without it, memory grows with the recipients only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallLog {
    Keep,
    /// The first `n` calls: the run goes on once the log is full, without logging more.
    KeepFirst(usize),
    Skip,
}

/// The state of a simulation at one moment, for the simulator panel (which shows it as
/// [`Snapshot::status_line`], in [`super::report`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Simulated seconds after launch.
    pub time: u64,
    pub status: RunStatus,
    /// The completion or stop time.
    pub ended_at: Option<u64>,
    /// Nothing more will ever happen: completed, stopped with no call left, or at the horizon.
    pub finished: bool,
    pub recipients: Counts,
    pub lines_in_use: u32,
    pub lines: u32,
    /// Calls started so far.
    pub calls: u64,
    pub peak_lines: u32,
    /// The second the next [`Simulation::step`](super::Simulation::step) will process, if any.
    pub next_event: Option<u64>,
    pub completion: CompletionMode,
}

impl Snapshot {
    /// Whether the campaign still runs: it takes a stop and, long-living, new recipients.
    pub fn is_live(&self) -> bool {
        self.status.is_live(self.finished)
    }

    /// The `stats` of the results.
    pub fn stats(&self) -> Stats {
        Stats {
            reached: self.recipients.of(RecipientStatus::Reached),
            failed: self.recipients.of(RecipientStatus::Failed),
            cancelled: self.recipients.of(RecipientStatus::Cancelled),
            calls: self.calls,
            peak_lines: self.peak_lines,
        }
    }
}

/// Why [`Simulation::add_recipient`](super::Simulation::add_recipient) refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddError {
    FixedCampaign,
    NotRunning,
    Full,
}

impl fmt::Display for AddError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FixedCampaign => FieldError::LateRecipient.fmt(f),
            Self::NotRunning => f.write_str("The campaign is no longer running"),
            Self::Full => FieldError::TooManyRecipients.fmt(f),
        }
    }
}

impl std::error::Error for AddError {}
