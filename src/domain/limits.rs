//! Every limit of the product, defined once. The messages in [`super::error`] and the checks in the
//! rest of the domain read these constants; nothing else spells the numbers.

/// Most attempt rows (retries) a campaign can have.
pub const MAX_ATTEMPTS: usize = 20;
/// Shortest delay before a retry, in seconds.
pub const MIN_DELAY_SECS: u32 = 1;
/// Longest delay before a retry, in seconds (3 hours).
pub const MAX_DELAY_SECS: u32 = 10_800;
/// Longest campaign name, in Unicode scalar values after trimming.
pub const MAX_NAME_CHARS: usize = 120;
/// The name a campaign gets when none is given.
pub const DEFAULT_CAMPAIGN_NAME: &str = "Untitled campaign";

/// Fewest and most lines of the mock dialer: calls in progress at once.
pub const MIN_LINES: u32 = 1;
pub const MAX_LINES: u32 = 10_000;
/// Largest simulation seed: the largest integer JSON and JavaScript carry exactly, 2^53 − 1.
pub const MAX_SEED: u64 = (1 << 53) - 1;
/// Shortest and longest mock call, in seconds (one day).
pub const MIN_CALL_SECS: u32 = 1;
pub const MAX_CALL_SECS: u32 = 86_400;
/// How far from 1 the shares of a simulation's outcome mix may add up to.
pub const MIX_TOLERANCE: f64 = 1e-6;
/// Most recipients in one simulation, listed, generated and arriving together.
pub const MAX_RECIPIENTS: u64 = 10_000_000;
/// Most arrivals per hour a scenario may ask for: any whole number that fits. Above 3,600 they
/// still come one a second (SPEC section 3: `3600 / perHour` rounded down, at least 1).
pub const MAX_ARRIVALS_PER_HOUR: u32 = u32::MAX;
/// Most arrivals per hour in the simulator panel: one a second, where faster asks change nothing.
pub const MAX_PANEL_ARRIVALS_PER_HOUR: u32 = 3_600;
/// Latest `addedAt`, `stopAt` and `until` of a simulation, in seconds after launch (ten years of
/// 365 days).
pub const MAX_SCENARIO_SECS: u64 = 315_360_000;
/// Most calls one recipient can receive: the first and one per attempt row.
pub const MAX_CALLS: usize = MAX_ATTEMPTS + 1;
/// Most recipients the simulator panel simulates at launch.
pub const MAX_PANEL_RECIPIENTS: u64 = 1_000_000;
/// Longest horizon of a long-living run in the simulator panel, in hours (one year).
pub const MAX_HORIZON_HOURS: u64 = 8_760;
/// Most samples the simulator's chart keeps of a run's course.
pub const MAX_CHART_SAMPLES: usize = 512;
/// Shortest and longest relaxation time of the reach model, in minutes (one day).
pub const MIN_REACH_MINUTES: u32 = 1;
pub const MAX_REACH_MINUTES: u32 = 1_440;
/// Largest `pickUpAlike` of the reach model (the Beta concentration κ); it must also be above 0.
pub const MAX_PICK_UP_ALIKE: u32 = 1_000;
/// Most calls a kept call log holds in the simulator panel (for its Calls table) and in
/// `simulate()` of the embedding API: 16 bytes each in the engine, 16 MB in all. The command line
/// keeps every call.
pub const MAX_LOGGED_CALLS: usize = 1_000_000;
/// Largest scenario the command line reads, in bytes (50 MB).
pub const MAX_SCENARIO_BYTES: u64 = 50_000_000;
/// Most call caps a campaign can have (SPEC section 9).
pub const MAX_CALL_CAPS: usize = 3;
/// Fewest and most calls a call cap allows in its period.
pub const MIN_CAP_CALLS: u32 = 1;
pub const MAX_CAP_CALLS: u32 = 100;
/// Shortest and longest period of a call cap, in hours (one year of 365 days).
pub const MIN_CAP_HOURS: u32 = 1;
pub const MAX_CAP_HOURS: u32 = 8_760;
/// Fewest and most hours after launch the strategy advisor (SPEC section 10) counts reach by, and
/// the deadline it takes when none is given (three days).
pub const MIN_DEADLINE_HOURS: u32 = 1;
pub const MAX_DEADLINE_HOURS: u32 = 720;
pub const DEFAULT_DEADLINE_HOURS: u32 = 72;
