//! When recipients of a long-living campaign arrive.

/// Recipients arriving every `interval` seconds until `end` (if any).
#[derive(Clone, Copy, Debug)]
pub(super) struct ArrivalTimes {
    pub(super) interval: u64,
    pub(super) next: u64,
    pub(super) end: Option<u64>,
}

impl ArrivalTimes {
    pub(super) fn next_time(&self) -> Option<u64> {
        self.end
            .is_none_or(|end| self.next <= end)
            .then_some(self.next)
    }
}

impl super::Simulation {
    /// How many recipients were added by hand ([`add_recipient`](super::Simulation::add_recipient)):
    /// those that are neither listed, generated nor arrivals.
    pub fn recipients_added_by_hand(&self) -> usize {
        let arrived = self
            .arrivals
            .map_or(0, |a| (a.next / a.interval).saturating_sub(1) as usize);
        self.slots.len() - self.listed.len() - self.generated.len() - arrived
    }
}
