//! The domain layer: plain Rust that knows nothing of the browser.
//!
//! Every rule of the product lives here once — limits, parsing, validation, the campaign config and
//! its JSON form, durations, the calendar and calling window. The view, the embedding API and the
//! command line only call into it. Nothing below this module may import leptos, web-sys,
//! wasm-bindgen, js-sys or gloo: it builds and is tested natively.

pub mod advisor;
pub mod calendar;
pub mod call_cap;
pub mod campaign;
pub mod chart;
pub mod compare;
pub mod decimal;
pub mod draft;
pub mod draft_storage;
pub mod duration;
pub mod editor;
pub mod error;
pub mod export;
pub mod host;
pub mod json;
pub mod limits;
pub mod next_day;
pub mod outcome;
pub mod reach;
pub mod simulation;
pub mod simulator_panel;
pub mod split_mix;
pub mod timeline;
pub mod whole_number;
pub mod window;
