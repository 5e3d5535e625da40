//! How the engine keeps recipients and calls: a 16-byte slot per recipient, a 32-bit ticket per
//! recipient due for a call, 16 bytes per logged call.

use crate::domain::limits::{MAX_CALLS, MAX_RECIPIENTS};
use crate::domain::outcome::Outcome;
use crate::domain::simulation::state::RecipientStatus;

/// `Slot::script` of a recipient whose outcomes are drawn at random.
pub(super) const RANDOM: u32 = u32::MAX;

/// One recipient as the engine keeps it: 16 bytes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    /// Waiting: when due (or added). Calling: when the call ends. Final: when it finished.
    pub(super) time: u64,
    /// Where the script starts in `Simulation::scripts`, or [`RANDOM`].
    pub(super) script: u32,
    pub(super) script_len: u8,
    pub(super) calls: u8,
    pub(super) status: RecipientStatus,
    pub(super) last_outcome: Option<Outcome>,
}

impl Slot {
    pub(super) fn waiting(time: u64) -> Self {
        Self {
            time,
            script: RANDOM,
            script_len: 0,
            calls: 0,
            status: RecipientStatus::Waiting,
            last_outcome: None,
        }
    }
}

// What the memory figures rest on: 16 bytes a recipient, 16 a logged call.
const _: () = assert!(size_of::<Slot>() == 16 && size_of::<LoggedCall>() == 16);

/// A recipient due for a call, with the number of calls it has had, packed in 32 bits. The ready
/// queue carries what dispatch needs, so that starting a call does not read the recipient's slot:
/// after hours in the queue it is seldom in the cache any more. Tickets sort by recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Ticket(pub(super) u32);

impl Ticket {
    pub(super) const CALL_BITS: u32 = 5;

    pub(super) fn new(r: u32, calls: u8) -> Self {
        Self(r << Self::CALL_BITS | u32::from(calls))
    }

    pub(super) fn recipient(self) -> u32 {
        self.0 >> Self::CALL_BITS
    }

    pub(super) fn calls(self) -> u8 {
        (self.0 & ((1 << Self::CALL_BITS) - 1)) as u8
    }
}

// Every call number and every recipient index fits a ticket.
const _: () =
    assert!(MAX_CALLS < 1 << Ticket::CALL_BITS && MAX_RECIPIENTS <= 1 << (32 - Ticket::CALL_BITS));

/// One call of the log: 16 bytes; its end follows from the outcome.
#[derive(Clone, Copy, Debug)]
pub(super) struct LoggedCall {
    pub(super) start: u64,
    pub(super) recipient: u32,
    pub(super) attempt: u8,
    pub(super) outcome: Outcome,
}
