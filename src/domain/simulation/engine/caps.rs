//! Call caps in the engine (SPEC section 9): a call k to a recipient may start at t only if, for
//! every cap, fewer than `calls` of its calls started in (t − period, t]. Its calls start in order,
//! so that holds exactly when call k − `calls` (if any) started at or before t − period: a waiting
//! recipient is free of a cap from that start plus the period on, and nothing changes that before
//! its next call. So the engine keeps a few call starts per recipient — only of campaigns with
//! caps — and a retry that a cap holds back waits, keyed by when it is free, while those behind it
//! go first. Once free, it takes its place again by its `dueAt` (SPEC 3's order).
//!
//! Memory: 4 bytes per kept start, `depth` starts per recipient, where `depth` is the smaller of
//! the largest cap's `calls` and the number of calls whose start a later call ever looks at
//! (attempt rows + 1 − the smallest cap's `calls`): 12 bytes for `3 calls in 24 h` (8 with only 4
//! attempt rows, when no call looks further back than call 1), at most 80.
//! Caps allowing more calls than a recipient can get never hold anyone back and are dropped. A
//! retry held back takes 12 bytes while it waits.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::Simulation;
use super::slots::Ticket;
use crate::domain::call_cap::CallCap;

/// The caps that can hold a call back, and what they need to know.
pub(super) struct CapRules {
    /// `(calls, period in seconds)` of each cap whose `calls` a recipient can reach.
    caps: Vec<(u8, u32)>,
    /// Calls before the first one a cap can hold back: the smallest cap's `calls`.
    min_calls: u8,
    /// Starts kept per recipient: call j's is at `j % depth`.
    depth: usize,
    /// The last call whose start a later call looks at.
    last_kept: u8,
    starts: Vec<u32>,
    /// Retries a cap holds back: `(free at, due at, ticket)`, earliest free first.
    held: BinaryHeap<Reverse<(u32, u32, u32)>>,
    /// Retries free of every cap that no line has taken yet: `(due at, ticket)`, in dispatch order.
    freed: BinaryHeap<Reverse<(u32, u32)>>,
}

impl CapRules {
    /// The rules of `caps` for a campaign with `attempts` attempt rows and `recipients` recipients
    /// so far; `None` when no cap can hold a call back.
    pub(super) fn new(caps: &[CallCap], attempts: usize, recipients: usize) -> Option<Self> {
        let caps: Vec<(u8, u32)> = caps
            .iter()
            .filter(|cap| cap.calls as usize <= attempts)
            .map(|cap| (cap.calls as u8, cap.period_seconds() as u32))
            .collect();
        let min_calls = caps.iter().map(|&(calls, _)| calls).min()?;
        let max_calls = caps.iter().map(|&(calls, _)| calls).max()?;
        let last_kept = attempts as u8 - min_calls;
        let depth = usize::from(max_calls.min(last_kept + 1));
        Some(Self {
            caps,
            min_calls,
            depth,
            last_kept,
            starts: vec![0; recipients * depth],
            held: BinaryHeap::new(),
            freed: BinaryHeap::new(),
        })
    }

    /// Room for one more recipient's starts.
    pub(super) fn admit(&mut self) {
        self.starts.resize(self.starts.len() + self.depth, 0);
    }

    /// Call `k` of recipient `r` starts at `t`.
    fn started(&mut self, r: u32, k: u8, t: u64) {
        if k <= self.last_kept {
            self.starts[r as usize * self.depth + usize::from(k) % self.depth] = time32(t);
        }
    }

    /// The first second at which every cap lets call `k` of recipient `r` start.
    fn free_at(&self, r: u32, k: u8) -> u64 {
        if k < self.min_calls {
            return 0;
        }
        let starts = &self.starts[r as usize * self.depth..][..self.depth];
        self.caps
            .iter()
            .filter(|&&(calls, _)| calls <= k)
            .map(|&(calls, period)| {
                u64::from(starts[usize::from(k - calls) % self.depth]) + u64::from(period)
            })
            .max()
            .unwrap_or(0)
    }

    /// Moves the retries free at `t` among the freed ones.
    fn release(&mut self, t: u64) {
        while let Some(&Reverse((free, due, ticket))) = self.held.peek() {
            if u64::from(free) > t {
                break;
            }
            self.held.pop();
            self.freed.push(Reverse((due, ticket)));
        }
    }

    /// When the next held retry is free.
    pub(super) fn next_free(&self) -> Option<u64> {
        self.held.peek().map(|&Reverse((free, ..))| free.into())
    }

    pub(super) fn has_freed(&self) -> bool {
        !self.freed.is_empty()
    }

    /// Forgets every retry waiting: the campaign stopped.
    pub(super) fn clear(&mut self) {
        self.held.clear();
        self.freed.clear();
    }
}

/// Engine times stay below 2^32 s (see `slots::TIME_BOUND`).
fn time32(t: u64) -> u32 {
    u32::try_from(t).expect("the engine's times stay below 2^32 s")
}

impl Simulation {
    /// [`Simulation::dispatch`] with caps: starts calls at `t` while lines are free and the window
    /// is open, in `(dueAt, recipientIndex)` order over the ready queue and the retries just freed,
    /// holding back each one a cap forbids.
    pub(super) fn dispatch_capped(&mut self, t: u64) {
        let caps = self.caps.as_mut().expect("a campaign with caps");
        caps.release(t);
        let anyone = !self.ready.is_empty() || caps.has_freed();
        if !anyone || self.lines_in_use >= self.lines || !self.window_open(t) {
            return;
        }
        while self.lines_in_use < self.lines {
            let Some((due, ticket)) = self.next_due() else {
                break;
            };
            let caps = self.caps.as_mut().expect("a campaign with caps");
            let free = caps.free_at(ticket.recipient(), ticket.calls());
            if free > t {
                caps.held
                    .push(Reverse((time32(free), time32(due), ticket.0)));
            } else {
                caps.started(ticket.recipient(), ticket.calls(), t);
                self.start_call(ticket, t);
            }
        }
        self.peak_lines = self.peak_lines.max(self.lines_in_use);
    }

    /// Takes the first of the ready queue and the freed retries in `(dueAt, recipientIndex)`
    /// order, with its `dueAt`.
    fn next_due(&mut self) -> Option<(u64, Ticket)> {
        let caps = self.caps.as_mut()?;
        let ready = self
            .ready
            .front()
            .map(|&ticket| (self.slots[ticket.recipient() as usize].time(), ticket));
        let freed = caps
            .freed
            .peek()
            .map(|&Reverse((due, ticket))| (u64::from(due), Ticket(ticket)));
        match (ready, freed) {
            (Some(ready), Some(freed)) if freed < ready => {
                caps.freed.pop();
                Some(freed)
            }
            (Some(ready), _) => {
                self.ready.pop_front();
                Some(ready)
            }
            (None, freed) => {
                caps.freed.pop();
                freed
            }
        }
    }
}
