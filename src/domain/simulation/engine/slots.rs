//! How the engine keeps recipients and calls: a 12-byte slot per recipient (and 44 bytes in the
//! reach dialer's memory under the reach model), a 32-bit ticket per recipient due for a call, 16
//! bytes per logged call.

use crate::domain::limits::{
    MAX_CALL_SECS, MAX_CALLS, MAX_CAP_HOURS, MAX_DELAY_SECS, MAX_RECIPIENTS, MAX_SCENARIO_SECS,
};
use crate::domain::outcome::Outcome;
use crate::domain::reach::ReachRecipient;
use crate::domain::simulation::state::RecipientStatus;

/// `Slot::script` of a recipient whose outcomes are drawn at random.
pub(super) const RANDOM: u32 = u32::MAX;

/// One recipient as the engine keeps it: 12 bytes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    /// Waiting: when due (or added). Calling: when the call ends. Final: when it finished. In 32
    /// bits, as every time the engine keeps is (see [`TIME_BOUND`]).
    time: u32,
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
            time: to_u32(time),
            script: RANDOM,
            script_len: 0,
            calls: 0,
            status: RecipientStatus::Waiting,
            last_outcome: None,
        }
    }

    pub(super) fn time(&self) -> u64 {
        self.time.into()
    }

    pub(super) fn set_time(&mut self, time: u64) {
        self.time = to_u32(time);
    }
}

/// Every time a slot holds is below this: a long-living run ends by `until` or `stopAt` (at most
/// [`MAX_SCENARIO_SECS`]), after which a call ends within a day and a retry falls due within
/// [`MAX_DELAY_SECS`] (and a retry a cap holds back is free within [`MAX_CAP_HOURS`]); a fixed
/// campaign's recipients all join at launch and get at most [`MAX_CALLS`] calls, each at most a
/// day long, a delay, a cap's period and a week of closed window apart.
const TIME_BOUND: u64 = MAX_SCENARIO_SECS + MAX_CALL_SECS as u64 + CAP_SECS;
const CAP_SECS: u64 = MAX_CAP_HOURS as u64 * 3_600;
const _: () = assert!(
    TIME_BOUND <= u32::MAX as u64
        && MAX_DELAY_SECS as u64 <= CAP_SECS
        && (MAX_CALLS as u64)
            * (MAX_CALL_SECS as u64 + MAX_DELAY_SECS as u64 + CAP_SECS + 7 * 86_400)
            <= u32::MAX as u64
);

fn to_u32(time: u64) -> u32 {
    u32::try_from(time).expect("the engine's times stay below 2^32 s")
}

// What the memory figures rest on: 12 bytes a recipient, 16 a logged call; under the reach
// model the dialer's memory of a recipient joins the slot, and together they fit in 64 bytes.
const _: () = assert!(size_of::<Slot>() == 12 && size_of::<LoggedCall>() == 16);
const _: () = assert!(size_of::<Slot>() + size_of::<ReachRecipient>() <= 64);

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
