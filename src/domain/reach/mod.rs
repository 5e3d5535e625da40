//! The reach model of SPEC section 8: a mock dialer in which timing matters. Outcomes depend on
//! who the recipient is (a dead number, or a pick-up chance of its own), the local hour, and what
//! the previous call found and how long ago. Pure domain code; the engine's dialer
//! ([`crate::domain::simulation::dialer`]) draws random recipients' calls from it under
//! `dialer.model: "reach"`.
//!
//! - [`settings`]: `dialer.reach`, its defaults, limits and JSON reader.
//! - [`rule`]: the per-call rule (steps 1–3) and the sampling of one call's outcome.
//! - [`random`]: SplitMix64 draws, the once-per-recipient draw and its Beta sampler.
//! - [`memory`]: what the dialer keeps of a recipient between calls, in 44 bytes.
//! - [`dialer`]: the dialer as the engine will call it.
//! - [`expected`]: the exact expected reach of a strategy, with no sampling.
//!
//! ```
//! use campaign_editor::domain::campaign::Campaign;
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::reach::{ReachSettings, expected_reach};
//!
//! let campaign = Campaign {
//!     launch_at: LocalDateTime::parse("2026-12-07T09:00"),
//!     ..Campaign::sample() // retries after 300 s and 3,600 s
//! };
//! let reach = expected_reach(&campaign, &ReachSettings::default()).unwrap();
//! assert_eq!(reach.by_call.len(), 3);
//! assert!(reach.reached > 0.0 && reach.reached < 1.0);
//! ```

pub mod dialer;
pub mod expected;
pub mod memory;
pub mod random;
pub mod rule;
pub mod settings;

pub use dialer::ReachDialer;
pub use expected::{ExpectedReach, call_times, expected_reach, expected_reach_along};
pub use memory::ReachRecipient;
pub use random::Profile;
pub use rule::{CallState, Chances, PreviousCall, call_outcome, chances};
pub use settings::ReachSettings;
