//! The campaign simulator of SPEC section 3: a discrete-event engine and a mock dialer, pure Rust
//! that behaves the same natively and in wasm. It serves the simulator panel (which drives it step
//! by step), `simulate()` of the embedding API and the `campaign-sim` command line.
//!
//! - [`scenario`]: the scenario JSON and its validation.
//! - [`dialer`]: lines, outcomes (scripted or from a seeded PRNG) and call durations.
//! - `queue`: the event queue of pending call ends and retries, one FIFO lane per fixed delay.
//! - [`engine`]: the stepping API; running to the end is stepping in a loop.
//! - [`results`]: the results JSON and the summary for people.
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

pub mod dialer;
pub mod engine;
mod queue;
pub mod results;
pub mod scenario;

pub use dialer::{CallDurations, DialerSettings, OutcomeMix};
pub use engine::{AddError, CallLog, Simulation, Snapshot};
pub use results::{
    Call, Counts, RecipientState, RecipientStatus, Results, RunStatus, Stats, summary,
};
pub use scenario::{Arrivals, ListedRecipient, Scenario};

/// Simulates `scenario` from launch to its end.
pub fn simulate(scenario: &Scenario, log: CallLog) -> Simulation {
    let mut simulation = Simulation::new(scenario, log);
    simulation.run_to_end();
    simulation
}
