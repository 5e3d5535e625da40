//! The simulator panel as plain Rust: its settings as typed (the reach model's among them), the
//! scenario they make with the edited campaign, a run and its playback, the history behind the
//! chart, reach by call number, progress and the calls filter. The panel only drives the engine
//! of [`super::simulation`] with these.

mod calls;
mod campaign_controls;
mod follow;
mod history;
mod playback;
mod reach;
mod reach_by_call;
mod run;
mod settings;

pub use calls::{CallFilter, FilteredCalls, calls_listed, rows_in_view};
pub use campaign_controls::{Held, add_recipient_held, stop_held};
pub use follow::Follow;
pub use history::{History, Sample, peak_recipients, progress};
pub use playback::{Carry, Playback, Speed};
pub use reach::{Preset, ReachInput, ReachText, presence_label, presence_path};
pub use reach_by_call::{ReachByCall, ReachRow, reached_by_call};
pub use run::{Run, comparison_changed};
pub use settings::{DialerChoice, SimulatorSettings, field};
