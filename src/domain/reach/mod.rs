//! The reach model of SPEC section 8: a mock dialer in which timing matters. Outcomes depend on
//! who the recipient is (a dead number, or a pick-up chance of its own), the local hour, and what
//! the previous call found and how long ago. Pure domain code, not yet wired into the engine.
//!
//! - [`settings`]: `dialer.reach`, its defaults, limits and JSON reader.

pub mod settings;

pub use settings::ReachSettings;
