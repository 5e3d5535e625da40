//! The per-call rule of SPEC section 8, steps 1–3: from the hour, what the previous call found and
//! when, the recipient's pick-up chance and how tired it is of calls, the chance of each outcome.
//!
//! These functions are the one statement of the rule: the dialer samples from them and the
//! expected reach integrates them. `exp` comes from `libm`, pure Rust, so that the same inputs give
//! the same bits natively and in wasm (the platform's `f64::exp` may differ in the last bit
//! between targets); the fatigue power is plain multiplication.

use super::settings::ReachSettings;
use crate::domain::outcome::Outcome;

/// What a call found the recipient doing: the state the next call relaxes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallState {
    /// Not there: the call was `unreachable` or `noAnswer`.
    Away,
    /// There, on another call: `busy`.
    Busy,
    /// There and free: `answered`, or `noAnswer` because the recipient chose not to pick up.
    Free,
}

impl CallState {
    pub const ALL: [CallState; 3] = [CallState::Away, CallState::Busy, CallState::Free];

    /// Away is 0, busy 1, free 2.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The call before this one to the same recipient: what it found, and how long ago it started.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PreviousCall {
    pub state: CallState,
    /// Δ: minutes from its start to this call's start.
    pub minutes_ago: f64,
}

/// The three chances of one call to a live recipient, each conditional on the step before.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chances {
    /// Step 1: the recipient is there.
    pub present: f64,
    /// Step 2: being there, the recipient is on another call.
    pub busy: f64,
    /// Step 3: being there and free, the recipient picks up.
    pub answers: f64,
}

/// `[x]` of SPEC section 8: 1 when `x` holds, else 0.
fn indicator(x: bool) -> f64 {
    if x { 1.0 } else { 0.0 }
}

/// The chances of a call at an hour whose presence is `presence` (π), after `previous` (none for a
/// first call), to a recipient with pick-up chance `pick_up` (w) who had `recent_calls` (n) calls
/// start in the 24 h before this one.
///
/// Each state relaxes exponentially from what the last call found towards its usual rate:
/// present `π + ([s0 ∈ {busy, free}] − π)·e^(−Δ/awayMinutes)`, busy
/// `busyShare + ([s0 = busy] − busyShare)·e^(−Δ/busyMinutes)`, answers `w·(1 − fatigue)^n`.
pub fn chances(
    settings: &ReachSettings,
    presence: f64,
    previous: Option<PreviousCall>,
    pick_up: f64,
    recent_calls: u32,
) -> Chances {
    let (present, busy) = match previous {
        None => (presence, settings.busy_share),
        Some(PreviousCall { state, minutes_ago }) => {
            let was_there = indicator(state != CallState::Away);
            let was_busy = indicator(state == CallState::Busy);
            let away_decay = libm::exp(-minutes_ago / settings.away_minutes);
            let busy_decay = libm::exp(-minutes_ago / settings.busy_minutes);
            (
                presence + (was_there - presence) * away_decay,
                settings.busy_share + (was_busy - settings.busy_share) * busy_decay,
            )
        }
    };
    Chances {
        present,
        busy,
        answers: pick_up * fatigue_factor(settings.fatigue, recent_calls),
    }
}

/// `(1 − fatigue)^n`, the share of the pick-up chance left after `n` recent calls: `n` (at most
/// 20) multiplications, exact IEEE arithmetic and so the same on every target, and much cheaper
/// than a general `pow`.
pub fn fatigue_factor(fatigue: f64, recent_calls: u32) -> f64 {
    (0..recent_calls).fold(1.0, |factor, _| factor * (1.0 - fatigue))
}

/// The outcome of a call and the state it found, from three uniform draws in [0, 1), one per step.
///
/// Step 1 compares `u[0]` with `present`; an absent recipient's call is `unreachable` when `u[1]`
/// is below `awayUnreachable`; step 2 compares `u[1]` with `busy` (the two uses of `u[1]` never
/// meet, so each is a fresh draw); step 3 compares `u[2]` with `answers`. A draw compared with a
/// chance of 0 never passes and one compared with a chance of 1 always does, so an outcome whose
/// chance is 0 is never drawn — cutting one draw into slices would leave rounding slivers.
pub fn call_outcome(chances: &Chances, away_unreachable: f64, u: [f64; 3]) -> (Outcome, CallState) {
    if u[0] >= chances.present {
        let outcome = if u[1] < away_unreachable {
            Outcome::Unreachable
        } else {
            Outcome::NoAnswer
        };
        (outcome, CallState::Away)
    } else if u[1] < chances.busy {
        (Outcome::Busy, CallState::Busy)
    } else if u[2] < chances.answers {
        (Outcome::Answered, CallState::Free)
    } else {
        (Outcome::NoAnswer, CallState::Free)
    }
}
