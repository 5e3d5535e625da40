//! The Leptos view of the editor. Compiled for wasm32 only; every rule it shows comes from
//! `crate::domain`.

mod actions;
mod app;
mod attempt_row;
mod browser;
mod calls_table;
mod campaign_editor;
mod completion;
mod context;
mod error_summary;
mod field_message;
mod name_field;
mod retry_strategy;
mod schedule_fields;
mod sim_chart;
mod sim_run;
mod sim_settings;
mod sim_stats;
mod simulator;
mod state;
mod timeline;

pub use campaign_editor::CampaignEditor;
pub use context::EditorEvents;
pub use simulator::Simulator;
pub use state::{Clock, EditorState};

pub use app::App;

/// Mounts the standalone page's [`App`] into `<body>`, for the life of the page.
pub fn mount_app() {
    leptos::mount::mount_to_body(App);
}
