//! Reach by call number: the share of recipients reached at call 0, 1, 2, … and in all, as a run
//! simulated it and as the reach model expects it (SPEC section 8).

use crate::domain::reach::ExpectedReach;
use crate::domain::simulation::{RecipientStatus, Simulation};

/// How many recipients of `simulation` were reached at each call number: entry `k` counts the
/// reached recipients whose `k + 1`th call answered (their call count is `k + 1`). As long as the
/// last call number anyone was reached at, and no longer.
pub fn reached_by_call(simulation: &Simulation) -> Vec<u64> {
    let mut counts = Vec::new();
    for recipient in simulation.recipients() {
        if recipient.status == RecipientStatus::Reached && recipient.calls > 0 {
            let k = recipient.calls as usize - 1;
            if counts.len() <= k {
                counts.resize(k + 1, 0);
            }
            counts[k] += 1;
        }
    }
    counts
}

/// One call number of the picture: shares of all recipients, from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReachRow {
    /// The call number k: 0 for the first call, N for attempt row N.
    pub call: usize,
    pub simulated: f64,
    /// Reached at this call or before.
    pub simulated_total: f64,
    pub expected: Option<f64>,
    pub expected_total: Option<f64>,
}

/// Reach by call number, simulated next to expected.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReachByCall {
    pub rows: Vec<ReachRow>,
}

impl ReachByCall {
    /// `counts` of [`reached_by_call`] among `recipients` (none gives shares of 0), next to
    /// `expected` if known: one row per call number either has.
    ///
    /// ```
    /// use campaign_editor::domain::simulator_panel::ReachByCall;
    ///
    /// let picture = ReachByCall::new(&[20, 10], 100, None);
    /// assert_eq!(picture.rows[1].simulated, 0.1);
    /// assert_eq!(picture.rows[1].simulated_total, 0.3);
    /// ```
    pub fn new(counts: &[u64], recipients: usize, expected: Option<&ExpectedReach>) -> Self {
        let expected = expected.map_or(&[][..], |e| &e.by_call[..]);
        let calls = counts.len().max(expected.len());
        let share = |n: u64| {
            if recipients == 0 {
                0.0
            } else {
                n as f64 / recipients as f64
            }
        };
        let (mut reached, mut expected_total) = (0, 0.0);
        let rows = (0..calls)
            .map(|call| {
                let count = counts.get(call).copied().unwrap_or(0);
                reached += count;
                let expected = expected.get(call).copied();
                expected_total += expected.unwrap_or(0.0);
                ReachRow {
                    call,
                    simulated: share(count),
                    simulated_total: share(reached),
                    expected,
                    expected_total: expected.map(|_| expected_total),
                }
            })
            .collect();
        Self { rows }
    }

    /// The largest share any row shows, cumulative ones included: the picture's height.
    pub fn peak(&self) -> f64 {
        self.rows
            .iter()
            .flat_map(|r| [Some(r.simulated_total), r.expected_total])
            .flatten()
            .fold(0.0, f64::max)
    }
}
