//! A candidate of the search, scored, and what makes one better than another ([`Goal`]).

use crate::domain::reach::ExpectedReach;

/// Differences smaller than this are rounding, not improvement.
const EPSILON: f64 = 1e-12;

/// What a stage of the search improves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Goal {
    /// More reach; fewer calls on exactly equal reach.
    Reach,
    /// Fewer calls, reach staying at or above `floor`.
    Calls { floor: f64 },
}

/// A scored candidate.
#[derive(Clone, Debug)]
pub(super) struct Scored {
    pub delays: Vec<u32>,
    pub times: Vec<u64>,
    pub reach: ExpectedReach,
}

impl Scored {
    /// No candidate yet: every real one reaches more.
    pub fn none() -> Self {
        let reach = ExpectedReach {
            by_call: Vec::new(),
            reached: f64::NEG_INFINITY,
            calls_per_recipient: 0.0,
        };
        let (delays, times) = (Vec::new(), Vec::new());
        Self {
            delays,
            times,
            reach,
        }
    }
}

/// Whether `candidate` is better than `best` towards `goal`.
pub(super) fn accepts(goal: Goal, candidate: &Scored, best: &Scored) -> bool {
    let (c, b) = (&candidate.reach, &best.reach);
    let fewer_calls = c.calls_per_recipient < b.calls_per_recipient - EPSILON;
    match goal {
        Goal::Reach => c.reached > b.reached + EPSILON || (c.reached >= b.reached && fewer_calls),
        Goal::Calls { floor } => c.reached >= floor && fewer_calls,
    }
}
