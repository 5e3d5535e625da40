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
