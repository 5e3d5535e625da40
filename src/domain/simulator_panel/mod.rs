//! The simulator panel as plain Rust: its settings as typed, the scenario they make with the
//! edited campaign, a run and its playback, the history behind the chart, progress and the calls
//! filter. The panel only drives the engine of [`super::simulation`] with these.

mod calls;
mod history;
mod playback;
mod run;
mod settings;

pub use calls::{CallFilter, FilteredCalls, rows_in_view};
pub use history::{History, Sample, progress};
pub use playback::{Carry, Playback, Speed};
pub use run::Run;
pub use settings::{SimulatorSettings, field};
