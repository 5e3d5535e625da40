//! The search's last step ([`super::search`], step 4): each suggested delay made rounder where no
//! figure the page shows changes. The steps before land retries exactly [`MARGIN_SECS`] before a
//! change (a closing, the deadline, an hour of another presence), at delays such as 3,299 s
//! (54 min 59 s), which read as machine-made; 54 min reads as advice.
//!
//! [`MARGIN_SECS`]: super::MARGIN_SECS

use crate::domain::limits::{MAX_DELAY_SECS, MIN_DELAY_SECS};
use crate::domain::reach::ExpectedReach;

/// What a delay may be rounded to, roundest first: a whole hour, half hour, quarter of an hour,
/// 10 minutes, 5 minutes, minute.
pub const ROUND_SECS: [u32; 6] = [3_600, 1_800, 900, 600, 300, 60];
/// A rounded delay may lose this much reach (0.01 point; the page shows reach to 0.1 point) …
pub const ROUND_REACH: f64 = 0.000_1;
/// … and add this many expected calls per recipient (the page shows them to 0.1).
pub const ROUND_CALLS: f64 = 0.001;

/// The rounder delays near `delay`, to try in this order: for each of [`ROUND_SECS`] of which
/// `delay` is not a multiple, roundest first, the multiple below and the one above, the nearer
/// first; each once, within 1–10,800 s.
pub fn rounder(delay: u32) -> Vec<u32> {
    let mut rounder: Vec<u32> = Vec::new();
    for unit in ROUND_SECS
        .into_iter()
        .take_while(|&unit| !delay.is_multiple_of(unit))
    {
        let (below, above) = (delay / unit * unit, (delay / unit + 1) * unit);
        let pair = if delay - below <= above - delay {
            [below, above]
        } else {
            [above, below]
        };
        for d in pair {
            if (MIN_DELAY_SECS..=MAX_DELAY_SECS).contains(&d) && !rounder.contains(&d) {
                rounder.push(d);
            }
        }
    }
    rounder
}

/// Whether a strategy with rounded delays shows as the `unrounded` suggestion does: reach at or
/// above `floor` (the calls stage's) and within [`ROUND_REACH`] of the unrounded, calls within
/// [`ROUND_CALLS`], and none of `to_beat` (the plain and own strategies) at or above the floor
/// with fewer calls (SPEC 10: reach there counts as equal, and the fewer calls win).
pub fn shows_as<'a>(
    rounded: &ExpectedReach,
    unrounded: &ExpectedReach,
    floor: f64,
    mut to_beat: impl Iterator<Item = &'a ExpectedReach>,
) -> bool {
    rounded.reached >= floor
        && rounded.reached >= unrounded.reached - ROUND_REACH
        && rounded.calls_per_recipient <= unrounded.calls_per_recipient + ROUND_CALLS
        && !to_beat
            .any(|s| s.reached >= floor && s.calls_per_recipient < rounded.calls_per_recipient)
}
