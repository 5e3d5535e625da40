//! The Simulator panel: settings (the dialer model's among them), the run and its playback, the
//! live status, charts, statistics and Calls table, all sharing one [`run::SimContext`].

mod axes;
mod calls_table;
mod chart;
mod compare;
mod compare_results;
mod export;
mod failure_breakdown;
mod panel;
mod presence;
mod reach_chart;
mod reach_settings;
mod run;
mod setting_input;
mod settings;
mod stats;
mod use_interval;

pub use panel::Simulator;
