//! The campaign editor: one component per section of the form (name, Retry Strategy with its
//! timeline, Schedule, Campaign Completion, the actions) sharing one [`EditorContext`].

mod actions;
mod add_button;
mod advisor;
mod attempt_row;
mod call_caps;
mod campaign_editor;
mod cap_row;
mod completion;
mod context;
mod error_summary;
mod field_message;
mod notices;
mod retry_strategy;
mod schedule_fields;
mod state;
mod text_field;
mod timeline;

pub use campaign_editor::CampaignEditor;
pub use context::{EditorContext, EditorEvents};
pub use state::{EditorState, Now};
