//! The campaign simulator of SPEC section 3: a discrete-event engine and a mock dialer, pure Rust
//! that behaves the same natively and in wasm. It serves the simulator panel (which drives it step
//! by step), `simulate()` of the embedding API and the `campaign-sim` command line.
//!
//! - [`scenario`]: the scenario JSON and its validation.
//! - [`dialer`]: lines, outcomes (scripted or from a seeded PRNG) and call durations.
//! - `queue`: the event queue of pending call ends and retries, one FIFO lane per fixed delay.
//! - [`state`]: a run's state: statuses, counts, calls, the snapshot and the statistics.
//! - [`engine`]: the stepping API; running to the end is stepping in a loop.
//! - [`report`]: the results JSON, the summary for people and the live status line.
//! - [`breakdown`]: why the failed recipients failed, in groups and in one line.
//!
//! ```
//! use campaign_editor::domain::simulation::{simulate, CallLog, Results, Scenario};
//!
//! let scenario = Scenario::from_json_str(r#"{"generate": {"count": 100}, "dialer": {"seed": 7}}"#)
//!     .unwrap();
//! let simulation = simulate(&scenario, CallLog::Skip);
//! let json = serde_json::to_value(Results::new(&simulation, false)).unwrap();
//! assert_eq!(json["status"], "completed");
//! ```

pub mod breakdown;
pub mod dialer;
pub mod engine;
mod queue;
pub mod report;
pub mod scenario;
pub mod state;

pub use breakdown::{FailedGroup, FailureBreakdown, Stop};
pub use dialer::{CallDurations, DialerModel, DialerSettings, OutcomeMix};
pub use engine::Simulation;
pub use report::{Results, TIME_LIMIT_NOTE, summary};
pub use scenario::{Arrivals, ListedRecipient, Scenario};
pub use state::{
    AddError, Call, CallLog, Counts, RecipientState, RecipientStatus, RunStatus, Snapshot, Stats,
};

/// Simulates `scenario` from launch to its end.
pub fn simulate(scenario: &Scenario, log: CallLog) -> Simulation {
    let mut simulation = Simulation::new(scenario, log);
    simulation.run_to_end();
    simulation
}
