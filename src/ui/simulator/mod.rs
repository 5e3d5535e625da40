//! The Simulator panel: settings, the run and its playback, the live status, chart, statistics
//! and Calls table, all sharing one [`run::SimContext`].

mod calls_table;
mod chart;
mod failure_breakdown;
mod panel;
mod run;
mod settings;
mod stats;
mod use_interval;

pub use panel::Simulator;
