//! The Leptos view of the editor. Compiled for wasm32 only; every rule it shows comes from
//! `crate::domain`.

mod app;

pub use app::App;

/// Mounts the standalone page's [`App`] into `<body>`, for the life of the page.
pub fn mount_app() {
    leptos::mount::mount_to_body(App);
}
