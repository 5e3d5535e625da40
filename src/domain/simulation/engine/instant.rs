//! One instant of the engine: which second comes next, and processing it in the order of SPEC
//! section 3 (calls ending, recipients added, completion, the stop, dispatch).

use super::Simulation;
use super::slots::{LoggedCall, RANDOM, Slot, Ticket};
use super::window_span::WindowSpan;
use crate::domain::campaign::CompletionMode;
use crate::domain::outcome::Outcome;
use crate::domain::simulation::state::{RecipientStatus, RunStatus};

impl Simulation {
    /// The second the next step processes: the earliest call end, retry or addition, the stop, or
    /// the window's next opening while someone waits for it with a line free. `None` past the
    /// horizon or when nothing is left to happen.
    pub(super) fn next_instant(&self) -> Option<u64> {
        if self.finished {
            return None;
        }
        if self.now == 0 && !self.processed {
            // Launch is always processed: a fixed campaign with nobody to call completes there.
            return Some(0);
        }
        let from = if self.processed {
            self.now + 1
        } else {
            self.now
        };
        let mut next = self.ends.next_time();
        let mut consider = |t: Option<u64>| {
            if let Some(t) = t {
                next = Some(next.map_or(t, |n| n.min(t)));
            }
        };
        consider(self.retries.next_time());
        if self.status == RunStatus::Running {
            consider(
                self.listed
                    .get(self.listed_next)
                    .map(|&r| self.slot(r).time()),
            );
            consider((!self.added_by_hand.is_empty()).then_some(from));
            consider(self.arrivals.and_then(|a| a.next_time()));
            consider(self.stop_at.filter(|&t| t >= from));
            if self.lines_in_use < self.lines {
                let caps = self.caps.as_ref();
                if !self.ready.is_empty() || caps.is_some_and(|c| c.has_freed()) {
                    consider(Some(self.next_opening(from)));
                }
                if let Some(free) = caps.and_then(|c| c.next_free()) {
                    consider(Some(self.next_opening(free.max(from))));
                }
            }
        }
        next.filter(|&t| self.until.is_none_or(|until| t <= until))
    }

    /// The first second at or after `t` when the calling window is open.
    pub(super) fn next_opening(&self, t: u64) -> u64 {
        match (&self.window, self.window_span) {
            (None, _) => t,
            (Some(_), Some(span)) if span.covers(t) => {
                if span.open {
                    t
                } else {
                    span.to
                }
            }
            (Some(clock), _) => clock.next_opening(t),
        }
    }

    pub(super) fn window_open(&mut self, t: u64) -> bool {
        let Some(clock) = &self.window else {
            return true;
        };
        match self.window_span {
            Some(span) if span.covers(t) => span.open,
            _ => {
                let span = WindowSpan::at(clock, t);
                self.window_span = Some(span);
                span.open
            }
        }
    }

    pub(super) fn finish_at_horizon(&mut self) {
        if let Some(until) = self.until
            && !self.finished
        {
            self.now = until;
            self.processed = true;
            self.finished = true;
        }
    }

    /// Processes second `t` in the order of SPEC section 3.
    pub(super) fn process(&mut self, t: u64) {
        self.now = t;
        self.processed = true;

        // (1) Calls ending at t.
        let mut ended = std::mem::take(&mut self.ended);
        self.ends.take(t, |r| ended.push(r));
        for &r in &ended {
            self.end_call(r, t);
        }
        ended.clear();
        self.ended = ended;

        // (2) Recipients added at t join the retries due at t, all in index order.
        let mut due = std::mem::take(&mut self.due);
        self.retries.take(t, |ticket| due.push(Ticket(ticket)));
        if self.status == RunStatus::Running {
            due.sort_unstable();
            self.admit(t, &due);
        }
        due.clear();
        self.due = due;

        // (3) Completion, (4) the stop, (5) dispatch.
        if self.status == RunStatus::Running
            && self.completion == CompletionMode::Fixed
            && self.counts.of(RecipientStatus::Waiting) == 0
            && self.counts.of(RecipientStatus::Calling) == 0
        {
            self.status = RunStatus::Completed;
            self.ended_at = Some(t);
        }
        if self.status == RunStatus::Running && self.stop_at == Some(t) {
            self.halt(t);
        }
        if self.status == RunStatus::Running {
            self.dispatch(t);
        }

        self.finished = self.status == RunStatus::Completed
            || (self.status == RunStatus::Stopped && self.lines_in_use == 0)
            || self.until == Some(t);
    }

    /// Puts the retries `due` at `t` (sorted) and the recipients added at `t` in the ready queue,
    /// merged by index. Additions come in index order already: listed, generated (at launch),
    /// added by hand, arriving.
    fn admit(&mut self, t: u64, due: &[Ticket]) {
        let listed_from = self.listed_next;
        while self
            .listed
            .get(self.listed_next)
            .is_some_and(|&r| self.slot(r).time() == t)
        {
            self.listed_next += 1;
        }
        let generated = if t == 0 { self.generated.clone() } else { 0..0 };
        let arrival = match self.arrivals {
            Some(mut clock) if clock.next_time() == Some(t) => {
                clock.next += clock.interval;
                self.arrivals = Some(clock);
                Some(self.add_slot(Slot::waiting(t)))
            }
            _ => None,
        };
        if listed_from == self.listed_next
            && t != 0
            && self.added_by_hand.is_empty()
            && arrival.is_none()
        {
            // Most seconds add nobody.
            self.ready.extend(due);
            return;
        }
        let additions = self.listed[listed_from..self.listed_next]
            .iter()
            .copied()
            .chain(generated)
            .chain(self.added_by_hand.drain(..))
            .chain(arrival)
            .map(|r| Ticket::new(r, 0));
        if due.is_empty() {
            // At launch: a million recipients may come at once, with no retry to merge them with.
            self.ready.extend(additions);
            return;
        }
        let mut additions = additions.peekable();
        let mut due = due.iter().copied().peekable();
        loop {
            let next = match (additions.peek(), due.peek()) {
                (Some(&a), Some(&d)) if a < d => additions.next(),
                (Some(_), None) => additions.next(),
                _ => due.next(),
            };
            match next {
                Some(r) => self.ready.push_back(r),
                None => break,
            }
        }
    }

    /// Starts calls at `t` while lines are free, the window is open and someone is due.
    pub(super) fn dispatch(&mut self, t: u64) {
        if self.caps.is_some() {
            return self.dispatch_capped(t);
        }
        if self.ready.is_empty() || self.lines_in_use >= self.lines || !self.window_open(t) {
            return;
        }
        while self.lines_in_use < self.lines {
            let Some(ticket) = self.ready.pop_front() else {
                break;
            };
            self.start_call(ticket, t);
        }
        self.peak_lines = self.peak_lines.max(self.lines_in_use);
    }

    /// Starts the call of `ticket` at `t`. Only a scripted recipient's slot is read: under the mix
    /// model the outcome of a random one follows from its index and call number, under the reach
    /// model from those, `t` and the dialer's memory of the recipient.
    pub(super) fn start_call(&mut self, ticket: Ticket, t: u64) {
        let (r, k) = (ticket.recipient(), ticket.calls());
        let script = (r < self.listed.len() as u32)
            .then(|| self.script(r))
            .flatten()
            .map(|range| &self.scripts[range]);
        let outcome = self.dialer.outcome(r, k.into(), t, script);
        let end = t + u64::from(self.dialer.duration(outcome));
        if let Some(log) = &mut self.log
            && log.len() < self.log_limit
        {
            log.push(LoggedCall {
                start: t,
                recipient: r,
                attempt: k,
                outcome,
            });
        }
        let slot = &mut self.slots[r as usize];
        slot.calls = k + 1;
        slot.last_outcome = Some(outcome);
        slot.set_time(end);
        slot.status = RecipientStatus::Calling;
        self.counts
            .moved(Some(RecipientStatus::Waiting), RecipientStatus::Calling);
        self.lines_in_use += 1;
        self.calls += 1;
        self.ends.push(outcome.index(), end, r);
    }

    /// Call k of recipient `r` ends at `t`: reached, due again after attempt k+1's delay, or
    /// failed; after a stop a call that would be retried is cancelled instead.
    fn end_call(&mut self, r: u32, t: u64) {
        self.lines_in_use -= 1;
        let slot = self.slots[r as usize];
        let outcome = slot
            .last_outcome
            .expect("a call in progress has an outcome");
        let row = usize::from(slot.calls) - 1;
        let retry = self
            .delays
            .get(row)
            .filter(|_| self.retry_on.contains(outcome));
        let (status, time) = match (outcome, retry) {
            (Outcome::Answered, _) => (RecipientStatus::Reached, t),
            (_, Some(_)) if self.status == RunStatus::Stopped => (RecipientStatus::Cancelled, t),
            (_, Some(delay)) => {
                self.retries
                    .push(row, t + delay, Ticket::new(r, slot.calls).0);
                (RecipientStatus::Waiting, t + delay)
            }
            (_, None) => (RecipientStatus::Failed, t),
        };
        self.counts.moved(Some(RecipientStatus::Calling), status);
        let slot = &mut self.slots[r as usize];
        slot.set_time(time);
        slot.status = status;
    }

    /// The stop at `t`: everyone waiting or not added yet is cancelled; calls in progress finish.
    fn halt(&mut self, t: u64) {
        self.status = RunStatus::Stopped;
        self.ended_at = Some(t);
        for slot in &mut self.slots {
            if slot.status == RecipientStatus::Waiting {
                slot.status = RecipientStatus::Cancelled;
                slot.set_time(t);
            }
        }
        self.counts.cancel_waiting();
        self.ready.clear();
        self.retries.clear();
        if let Some(caps) = &mut self.caps {
            caps.clear();
        }
    }

    pub(super) fn add_slot(&mut self, slot: Slot) -> u32 {
        self.counts.moved(None, slot.status);
        self.dialer.admit(self.slots.len() as u32);
        if let Some(caps) = &mut self.caps {
            caps.admit();
        }
        self.slots.push(slot);
        (self.slots.len() - 1) as u32
    }

    fn slot(&self, r: u32) -> &Slot {
        &self.slots[r as usize]
    }

    /// Where recipient `r`'s script is in `scripts`, if it has one.
    fn script(&self, r: u32) -> Option<std::ops::Range<usize>> {
        let slot = self.slot(r);
        let start = slot.script as usize;
        (slot.script != RANDOM).then(|| start..start + usize::from(slot.script_len))
    }
}
