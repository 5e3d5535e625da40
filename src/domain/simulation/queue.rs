//! The engine's event queue: a timing wheel with one bucket per second.
//!
//! Every pending event lies less than a fixed span after the current time: a call ends at most the
//! longest call after it starts, and a retry falls due at most the longest attempt delay after the
//! call that failed. So a ring of buckets one second wide, as many as that span rounded up to a
//! power of two, holds every event without an overflow list, and pushing or taking a second's
//! events costs O(1) whatever the number pending. The next busy second is found in a two-level
//! bitmap (one bit per bucket, one summary bit per 64 buckets): at most a few dozen words are read
//! even when the next event is a day away. A binary heap would instead pay `log n` cache misses per
//! event with a million retries pending.

/// Recipients keyed by the second of their next event.
pub(super) struct TimingWheel {
    buckets: Vec<Vec<u32>>,
    /// One bit per bucket that holds something.
    occupied: Vec<u64>,
    /// One bit per word of `occupied` that is not zero.
    summary: Vec<u64>,
    mask: u64,
    len: usize,
}

impl TimingWheel {
    /// A wheel for events less than `span` seconds ahead of the earliest one pending.
    pub fn new(span: u64) -> Self {
        let slots = span.max(64).next_power_of_two() as usize;
        let words = slots / 64;
        Self {
            buckets: (0..slots).map(|_| Vec::new()).collect(),
            occupied: vec![0; words],
            summary: vec![0; words.div_ceil(64)],
            mask: slots as u64 - 1,
            len: 0,
        }
    }

    pub fn push(&mut self, time: u64, item: u32) {
        let slot = (time & self.mask) as usize;
        self.buckets[slot].push(item);
        self.occupied[slot / 64] |= 1 << (slot % 64);
        self.summary[slot / 4096] |= 1 << (slot / 64 % 64);
        self.len += 1;
    }

    /// The earliest second at or after `from` with an event, given that none is before `from`.
    pub fn next_time(&self, from: u64) -> Option<u64> {
        if self.len == 0 {
            return None;
        }
        let start = (from & self.mask) as usize;
        let slot = self.first_from(start).or_else(|| self.first_from(0))?;
        Some(from + ((slot as u64).wrapping_sub(start as u64) & self.mask))
    }

    /// Moves the events at second `time` into `into`, which must be empty; the bucket keeps the
    /// storage `into` had, so buckets and the caller trade buffers instead of allocating.
    pub fn take(&mut self, time: u64, into: &mut Vec<u32>) {
        debug_assert!(into.is_empty());
        let slot = (time & self.mask) as usize;
        std::mem::swap(&mut self.buckets[slot], into);
        self.len -= into.len();
        self.clear_bit(slot);
    }

    /// Keeps only the events whose recipient passes `keep`.
    pub fn retain(&mut self, mut keep: impl FnMut(u32) -> bool) {
        for slot in 0..self.buckets.len() {
            if self.occupied[slot / 64] & (1 << (slot % 64)) == 0 {
                continue;
            }
            let bucket = &mut self.buckets[slot];
            let before = bucket.len();
            bucket.retain(|&item| keep(item));
            self.len -= before - bucket.len();
            if bucket.is_empty() {
                self.clear_bit(slot);
            }
        }
    }

    fn clear_bit(&mut self, slot: usize) {
        let word = slot / 64;
        self.occupied[word] &= !(1 << (slot % 64));
        if self.occupied[word] == 0 {
            self.summary[word / 64] &= !(1 << (word % 64));
        }
    }

    /// The first occupied slot at or after `start`, not wrapping around.
    fn first_from(&self, start: usize) -> Option<usize> {
        let word = start / 64;
        let bits = self.occupied[word] & (!0 << (start % 64));
        if bits != 0 {
            return Some(word * 64 + bits.trailing_zeros() as usize);
        }
        let next = self.first_word_from(word + 1)?;
        Some(next * 64 + self.occupied[next].trailing_zeros() as usize)
    }

    /// The first word of `occupied` at or after `start` that is not zero.
    fn first_word_from(&self, start: usize) -> Option<usize> {
        let first = start / 64;
        if first >= self.summary.len() {
            return None;
        }
        let bits = self.summary[first] & (!0 << (start % 64));
        if bits != 0 {
            return Some(first * 64 + bits.trailing_zeros() as usize);
        }
        (first + 1..self.summary.len())
            .find(|&s| self.summary[s] != 0)
            .map(|s| s * 64 + self.summary[s].trailing_zeros() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(wheel: &mut TimingWheel, time: u64) -> Vec<u32> {
        let mut items = Vec::new();
        wheel.take(time, &mut items);
        items.sort_unstable();
        items
    }

    #[test]
    fn events_come_out_in_time_order_across_the_ring() {
        let mut wheel = TimingWheel::new(100_000);
        let mut now = 0;
        let mut expected = Vec::new();
        // Far and near events, crossing the end of the ring several times.
        for round in 0..5u32 {
            for (offset, item) in [(99_999, 1), (7, 2), (4_096, 3), (7, 4), (64, 5)] {
                wheel.push(now + offset, round * 10 + item);
            }
            let mut got = Vec::new();
            while let Some(t) = wheel.next_time(now) {
                assert!(t >= now);
                now = t;
                got.push((t, take(&mut wheel, t)));
                now += 1;
                if got.len() == 4 {
                    break;
                }
            }
            let base = now - 1 - 99_999;
            expected.clear();
            expected.extend([
                (base + 7, vec![round * 10 + 2, round * 10 + 4]),
                (base + 64, vec![round * 10 + 5]),
                (base + 4_096, vec![round * 10 + 3]),
                (base + 99_999, vec![round * 10 + 1]),
            ]);
            assert_eq!(got, expected);
            assert_eq!(wheel.len, 0);
        }
        assert_eq!(wheel.next_time(now), None);
    }

    #[test]
    fn retain_drops_events_and_their_bits() {
        let mut wheel = TimingWheel::new(1_000);
        for (t, item) in [(5, 1), (5, 2), (900, 3)] {
            wheel.push(t, item);
        }
        wheel.retain(|item| item != 2 && item != 3);
        assert_eq!(wheel.len, 1);
        assert_eq!(wheel.next_time(0), Some(5));
        assert_eq!(take(&mut wheel, 5), [1]);
        assert_eq!(wheel.next_time(6), None);
    }
}
