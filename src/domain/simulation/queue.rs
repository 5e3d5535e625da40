//! The engine's event queue, chosen for the job: one FIFO lane per fixed delay.
//!
//! Every future event lies a fixed delay after the second that schedules it: a call ends its
//! outcome's duration after it starts (4 durations), and a retry falls due its attempt row's delay
//! after the call that failed (at most 20 delays). Seconds are processed in increasing order, so
//! the events sharing a delay are pushed in time order and a plain FIFO per distinct delay stays
//! sorted. Pushing and popping are O(1) and walk memory in order, whatever the number of events
//! pending; the next event is the earliest of a few lane heads, kept up to date as events come and
//! go. A binary heap would pay `log n` scattered reads per event with a million retries pending,
//! and a timing wheel a scattered bucket per event.

/// Items keyed by time, in lanes whose times each only grow.
#[derive(Clone, Debug)]
pub(super) struct Lanes {
    lanes: Vec<Lane>,
    /// The lane of each kind of event: kinds with the same delay share one.
    lane_of: Vec<usize>,
    /// The earliest time in any lane.
    next: Option<u64>,
}

impl Lanes {
    /// Lanes for events of kinds `0..delays.len()`, kind `k` always scheduled `delays[k]` after
    /// the second that pushes it.
    pub fn for_delays(delays: &[u64]) -> Self {
        let mut distinct: Vec<u64> = Vec::new();
        let lane_of = delays
            .iter()
            .map(|delay| {
                distinct.iter().position(|d| d == delay).unwrap_or_else(|| {
                    distinct.push(*delay);
                    distinct.len() - 1
                })
            })
            .collect();
        Self {
            lanes: vec![Lane::default(); distinct.len()],
            lane_of,
            next: None,
        }
    }

    /// Schedules `item`, an event of kind `kind`, at `time`.
    pub fn push(&mut self, kind: usize, time: u64, item: u32) {
        self.lanes[self.lane_of[kind]].push(time, item);
        self.next = Some(self.next.map_or(time, |next| next.min(time)));
    }

    /// The earliest time with an event.
    pub fn next_time(&self) -> Option<u64> {
        self.next
    }

    /// Removes every event at `time`, the earliest, handing each to `each`.
    pub fn take(&mut self, time: u64, mut each: impl FnMut(u32)) {
        if self.next != Some(time) {
            return;
        }
        let mut next = None;
        for lane in &mut self.lanes {
            while let Some((at, item)) = lane.front() {
                if at != time {
                    next = Some(next.map_or(at, |n: u64| n.min(at)));
                    break;
                }
                lane.pop();
                each(item);
            }
        }
        self.next = next;
    }

    pub fn clear(&mut self) {
        self.lanes
            .iter_mut()
            .for_each(|lane| *lane = Lane::default());
        self.next = None;
    }
}

/// A FIFO of timed items: a vector read from `head`, its consumed front dropped once it is the
/// larger half. Plain indexing keeps the hot path small in size-optimised builds (wasm).
#[derive(Clone, Debug, Default)]
struct Lane {
    items: Vec<(u64, u32)>,
    head: usize,
}

impl Lane {
    fn push(&mut self, time: u64, item: u32) {
        debug_assert!(self.items.last().is_none_or(|&(last, _)| last <= time));
        if self.head > 1024 && self.head * 2 > self.items.len() {
            self.items.drain(..self.head);
            self.head = 0;
        }
        self.items.push((time, item));
    }

    fn front(&self) -> Option<(u64, u32)> {
        self.items.get(self.head).copied()
    }

    fn pop(&mut self) {
        self.head += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(lanes: &mut Lanes, time: u64) -> Vec<u32> {
        let mut taken = Vec::new();
        lanes.take(time, |item| taken.push(item));
        taken.sort_unstable();
        taken
    }

    #[test]
    fn events_come_out_by_time_across_lanes() {
        // Kinds 0 and 2 share a delay, so a lane.
        let mut lanes = Lanes::for_delays(&[5, 3_600, 5]);
        lanes.push(1, 3_600, 5);
        lanes.push(0, 5, 1);
        lanes.push(2, 5, 3);
        lanes.push(2, 7, 4);
        lanes.push(0, 9, 2);
        let mut order = Vec::new();
        while let Some(time) = lanes.next_time() {
            order.push((time, take(&mut lanes, time)));
        }
        assert_eq!(
            order,
            [
                (5, vec![1, 3]),
                (7, vec![4]),
                (9, vec![2]),
                (3_600, vec![5]),
            ]
        );
    }

    #[test]
    fn clear_drops_every_event() {
        let mut lanes = Lanes::for_delays(&[10, 20]);
        lanes.push(1, 20, 1);
        lanes.clear();
        assert_eq!(lanes.next_time(), None);
    }
}
