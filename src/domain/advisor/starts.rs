//! Where the search starts ([`super::search`], step 1): the strategies the suggestion must match
//! or beat, and the shapes it may start from.

use super::PLAIN_DELAYS_SECS;
use crate::domain::limits::MAX_DELAY_SECS;

/// The delays of the [`shapes`]: every multiple of this up to the longest delay.
const SHAPE_STEP_SECS: u32 = 600;

/// The starting points for `attempts` delays, each with whether the suggestion must match or beat
/// it: every plain strategy and the campaign's `own` delays (cut to `attempts`, or continued with
/// its last delay) must; every other [`shapes`] strategy is one more place to start from.
pub fn starts(own: Vec<u32>, attempts: usize) -> Vec<(Vec<u32>, bool)> {
    let padding = own.last().copied().unwrap_or(PLAIN_DELAYS_SECS[0]);
    let mut own = own;
    own.resize(attempts, padding);
    let plain = PLAIN_DELAYS_SECS.map(|d| vec![d; attempts]);
    let mut starts: Vec<(Vec<u32>, bool)> = shapes(attempts)
        .into_iter()
        .filter(|delays| !plain.contains(delays))
        .map(|delays| (delays, false))
        .collect();
    starts.extend(plain.into_iter().map(|delays| (delays, true)));
    starts.push((own, true));
    starts
}

/// Every strategy of `attempts` delays whose first few delays are one multiple of
/// `SHAPE_STEP_SECS` (10 minutes) and every later one another: the even strategies, a long first retry that
/// waits for a better hour then quick ones, long retries over the first days then quick ones
/// before the deadline. Moving one delay at a time, the search reaches none of these from a plain
/// strategy: lengthening one delay alone pushes every later call past the deadline or into a
/// closed window.
pub fn shapes(attempts: usize) -> Vec<Vec<u32>> {
    let steps = (1..=MAX_DELAY_SECS / SHAPE_STEP_SECS).map(|n| n * SHAPE_STEP_SECS);
    let mut shapes = Vec::new();
    for first in steps.clone() {
        for other in steps.clone() {
            // The first `k` delays `first`, the others `other`: once when the two are alike.
            let firsts = if first == other {
                1..=1
            } else {
                1..=attempts - 1
            };
            for k in firsts {
                let mut delays = vec![other; attempts];
                delays[..k].fill(first);
                shapes.push(delays);
            }
        }
    }
    shapes
}
