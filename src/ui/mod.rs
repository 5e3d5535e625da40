//! The Leptos view of the editor. Compiled for wasm32 only; every rule it shows comes from
//! `crate::domain`.
//!
//! - [`editor`]: the campaign editor, one component per section.
//! - [`simulator`]: the Simulator panel.
//! - [`field`]: a labelled text field that any form can use.
//! - [`markup`]: drawings and rows of figures written as text, set as an element's `inner_html`.
//! - `app`, `browser`, `ids`, `svg`, `keep_width`: the standalone page, what is taken from the
//!   browser, element ids, coordinates in pictures, the width a picture is drawn for.

mod app;
pub(crate) mod browser;
pub mod editor;
pub mod field;
mod ids;
mod keep_width;
pub mod markup;
pub mod simulator;
mod svg;

pub use editor::{CampaignEditor, EditorEvents, EditorState, Now};
pub use simulator::Simulator;

pub use app::App;

/// Mounts the standalone page's [`App`] into `<body>`, for the life of the page.
pub fn mount_app() {
    leptos::mount::mount_to_body(App);
}
