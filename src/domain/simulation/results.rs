//! What a simulation tells: the call log, every recipient's state and the statistics, as the
//! results JSON of SPEC section 4 and as the short summary the command line prints for people.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::engine::Simulation;
use crate::domain::duration::{compact, thousands};
use crate::domain::outcome::Outcome;

/// Where a campaign stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    Running,
    Completed,
    Stopped,
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

/// The results JSON of a simulation at the moment it is taken, written straight from the engine's
/// state (nothing is copied, so a million recipients cost no extra memory).
pub struct Results<'a> {
    simulation: &'a Simulation,
    with_calls: bool,
}

impl<'a> Results<'a> {
    /// The results with the `calls` field when `with_calls` and the simulation keeps its log.
    pub fn new(simulation: &'a Simulation, with_calls: bool) -> Self {
        Self {
            simulation,
            with_calls: with_calls && simulation.keeps_calls(),
        }
    }
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sim = self.simulation;
        let snapshot = sim.snapshot();
        let mut out = serializer.serialize_struct("Results", 4 + usize::from(self.with_calls))?;
        out.serialize_field("status", &snapshot.status)?;
        out.serialize_field("endedAt", &snapshot.ended_at)?;
        if self.with_calls {
            out.serialize_field("calls", &Listing(|| sim.calls()))?;
        }
        out.serialize_field("recipients", &Listing(|| sim.recipients()))?;
        out.serialize_field("stats", &snapshot.stats())?;
        out.end()
    }
}

/// A JSON list written from an iterator made afresh each time.
struct Listing<F>(F);

impl<F, I> Serialize for Listing<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// The summary the command line prints with `--summary`:
///
/// ```text
/// Completed at 6 min 5 s
/// Simulated time: 6 min 5 s
/// Recipients: 1 (reached 1, failed 0, cancelled 0, calling 0, waiting 0)
/// Calls: 2, 2.00 per recipient
///   2 calls: 1 recipient
/// Peak lines: 1 of 5
/// ```
pub fn summary(simulation: &Simulation) -> String {
    let snapshot = simulation.snapshot();
    let counts = snapshot.recipients;
    let total = counts.total();
    let mut text = String::new();
    let mut line = |s: String| {
        text.push_str(&s);
        text.push('\n');
    };
    line(snapshot.status_line());
    line(format!("Simulated time: {}", compact(snapshot.time)));
    let states: Vec<String> = [
        RecipientStatus::Reached,
        RecipientStatus::Failed,
        RecipientStatus::Cancelled,
        RecipientStatus::Calling,
        RecipientStatus::Waiting,
    ]
    .iter()
    .map(|s| format!("{} {}", s.key(), thousands(counts.of(*s))))
    .collect();
    line(format!(
        "Recipients: {} ({})",
        thousands(total),
        states.join(", ")
    ));
    let average = if total == 0 {
        0.0
    } else {
        snapshot.calls as f64 / total as f64
    };
    line(format!(
        "Calls: {}, {average:.2} per recipient",
        thousands(snapshot.calls)
    ));
    let mut by_calls = Vec::new();
    for recipient in simulation.recipients() {
        let calls = recipient.calls as usize;
        if by_calls.len() <= calls {
            by_calls.resize(calls + 1, 0u64);
        }
        by_calls[calls] += 1;
    }
    for (calls, &recipients) in by_calls.iter().enumerate().filter(|(_, n)| **n > 0) {
        line(format!(
            "  {calls} {}: {} {}",
            if calls == 1 { "call" } else { "calls" },
            thousands(recipients),
            if recipients == 1 {
                "recipient"
            } else {
                "recipients"
            }
        ));
    }
    line(format!(
        "Peak lines: {} of {}",
        thousands(snapshot.peak_lines.into()),
        thousands(snapshot.lines.into())
    ));
    text
}
