//! What a simulation tells: the call log, every recipient's state and the statistics, as the
//! results JSON of SPEC section 4, as the short summary the command line prints for people, and
//! as the live status line of the simulator panel.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::breakdown::FailureBreakdown;
use super::engine::Simulation;
use super::state::{RecipientStatus, RunStatus, Snapshot};
use crate::domain::decimal::fixed;
use crate::domain::duration::{compact, thousands};

impl Snapshot {
    /// The live status as people read it: `Completed at 6 min 5 s`, `Stopped at 1 h`,
    /// `Running — waiting for recipients` for a long-living campaign with nobody to call, else
    /// `Running — 40 waiting, 5 calling`.
    pub fn status_line(&self) -> String {
        self.line(false)
    }

    /// The panel's status line: [`Snapshot::status_line`], which says when a run not over is
    /// `paused` (`Running — paused, 40 waiting, 5 calling`); with Compare's `b` run beside this
    /// one, once this one is over while B runs on, what B is doing:
    /// `Running — A completed at 1 h 18 min; B: 40 waiting, 5 calling`; a run still running at
    /// its horizon (SPEC 3), which nothing more happens to, says so:
    /// `Running — horizon reached: 7 waiting, 1 calling`.
    pub fn status_line_beside(&self, b: Option<&Snapshot>, paused: bool) -> String {
        match (self.ended(), b) {
            _ if self.at_horizon() => {
                format!("Running — horizon reached: {}", self.activity(false))
            }
            (Some((word, at)), Some(b)) if b.is_live() => format!(
                "Running — A {} at {}; B: {}",
                word.to_ascii_lowercase(),
                compact(at),
                b.activity(paused)
            ),
            _ => self.line(paused && !self.finished),
        }
    }

    /// Whether the run stopped at its horizon still running (SPEC 3): nothing more happens to
    /// it, and a stop comes too late to change it.
    pub fn at_horizon(&self) -> bool {
        self.finished && self.ended().is_none()
    }

    fn line(&self, paused: bool) -> String {
        match self.ended() {
            Some((word, at)) => format!("{word} at {}", compact(at)),
            None => format!("Running — {}", self.activity(paused)),
        }
    }

    /// How this run ended (`Completed`, `Stopped`) and when, if it has.
    fn ended(&self) -> Option<(&'static str, u64)> {
        match (self.status, self.ended_at) {
            (RunStatus::Completed, Some(at)) => Some(("Completed", at)),
            (RunStatus::Stopped, Some(at)) => Some(("Stopped", at)),
            _ => None,
        }
    }

    /// What a run under way is doing: `40 waiting, 5 calling`, `paused, waiting for recipients`.
    fn activity(&self, paused: bool) -> String {
        let waiting = self.recipients.of(RecipientStatus::Waiting);
        let calling = self.recipients.of(RecipientStatus::Calling);
        let paused = if paused { "paused, " } else { "" };
        if self.completion.is_long_living() && waiting == 0 && calling == 0 {
            format!("{paused}waiting for recipients")
        } else {
            format!(
                "{paused}{} waiting, {} calling",
                thousands(waiting),
                thousands(calling)
            )
        }
    }

    /// The most lines in use at once, of those the dialer has: `3 of 5`, `10,000 of 10,000`.
    pub fn peak_lines_text(&self) -> String {
        format!(
            "{} of {}",
            thousands(self.peak_lines.into()),
            thousands(self.lines.into())
        )
    }
}

/// The results JSON of a simulation at the moment it is taken, written straight from the engine's
/// state (nothing is copied, so a million recipients cost no extra memory).
pub struct Results<'a> {
    simulation: &'a Simulation,
    with_calls: bool,
    /// The lists are written empty (see [`Results::outline`]).
    outline: bool,
}

impl<'a> Results<'a> {
    /// The results with the `calls` field when `with_calls` and the simulation keeps its log.
    pub fn new(simulation: &'a Simulation, with_calls: bool) -> Self {
        Self {
            simulation,
            with_calls: with_calls && simulation.keeps_calls(),
            outline: false,
        }
    }

    /// The same results with the `calls` and `recipients` lists empty, for a writer that fills
    /// them a chunk at a time (the embedding API: one JSON text of a million recipients would be
    /// longer than a JavaScript string may be).
    pub fn outline(self) -> Self {
        Self {
            outline: true,
            ..self
        }
    }
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sim = self.simulation;
        let snapshot = sim.snapshot();
        let listed = if self.outline { 0 } else { usize::MAX };
        let mut out = serializer.serialize_struct("Results", 4 + usize::from(self.with_calls))?;
        out.serialize_field("status", &snapshot.status)?;
        out.serialize_field("endedAt", &snapshot.ended_at)?;
        if self.with_calls {
            out.serialize_field("calls", &Listing(|| sim.calls().take(listed)))?;
        }
        out.serialize_field("recipients", &Listing(|| sim.recipients().take(listed)))?;
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

/// What the summary and the simulator panel say of a run that reached the limit of simulated time
/// ([`Simulation::at_time_limit`]).
pub const TIME_LIMIT_NOTE: &str = "Simulation stopped at ten years of simulated time, the longest it runs: the campaign is still running";

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
///
/// When some recipients failed, the [`FailureBreakdown`]'s reading follows the `Recipients` line.
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
    if simulation.at_time_limit() {
        line(TIME_LIMIT_NOTE.to_owned());
    }
    line(format!("Simulated time: {}", compact(snapshot.time)));
    let states: Vec<String> = RecipientStatus::FINAL_FIRST
        .iter()
        .map(|s| format!("{} {}", s.key(), thousands(counts.of(*s))))
        .collect();
    line(format!(
        "Recipients: {} ({})",
        thousands(total),
        states.join(", ")
    ));
    if let Some(reading) = FailureBreakdown::of_simulation(simulation).reading() {
        line(reading);
    }
    let average = if total == 0 {
        0.0
    } else {
        snapshot.calls as f64 / total as f64
    };
    line(format!(
        "Calls: {}, {} per recipient",
        thousands(snapshot.calls),
        fixed(average, 2)
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
    line(format!("Peak lines: {}", snapshot.peak_lines_text()));
    text
}
