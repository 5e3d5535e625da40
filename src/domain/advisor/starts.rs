//! Where the search starts ([`super::search`], step 1): the strategies the suggestion must match
//! or beat, and the shapes it may start from.

use super::PLAIN_DELAYS_SECS;
use crate::domain::limits::MAX_DELAY_SECS;

/// The search also starts from every strategy of one first delay and one other delay, each a
/// multiple of this up to the longest delay ([`shapes`]).
const SHAPE_STEP_SECS: u32 = 300;

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

/// Every strategy of `attempts` delays whose first delay is one whole number of
/// [`SHAPE_STEP_SECS`] and every later one another (the even strategies among them): a long first
/// retry that waits for a better hour, then quick ones, is out of reach of a search that moves one
/// delay at a time from an even strategy, since lengthening the first alone pushes the others past
/// the deadline.
pub fn shapes(attempts: usize) -> Vec<Vec<u32>> {
    let steps = (1..=MAX_DELAY_SECS / SHAPE_STEP_SECS).map(|n| n * SHAPE_STEP_SECS);
    let mut shapes = Vec::new();
    for first in steps.clone() {
        for other in steps.clone() {
            let mut delays = vec![other; attempts];
            delays[0] = first;
            shapes.push(delays);
        }
    }
    // With one attempt, the later delay is not there: each first delay came once per `other`.
    shapes.dedup();
    shapes
}
