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
