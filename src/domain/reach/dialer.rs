//! The reach dialer as the engine will use it: a recipient's once-only draw and each call's outcome,
//! deterministic given the seed, the recipient, the call number and the call's start.
//!
//! ```
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::reach::{ReachDialer, ReachSettings};
//!
//! let launch = LocalDateTime::parse("2026-12-07T09:00").unwrap();
//! let dialer = ReachDialer::new(ReachSettings::default(), 42, launch);
//! let mut recipient = dialer.recipient(0);
//! let first = dialer.call(0, 0, 0, &mut recipient);
//! assert_eq!(first, dialer.call(0, 0, 0, &mut dialer.recipient(0)));
//! ```

use super::memory::ReachRecipient;
use super::random::{Profile, call_draws, draw_profile};
use super::rule::{call_outcome, chances};
use super::settings::ReachSettings;
use crate::domain::calendar::LocalDateTime;
use crate::domain::outcome::Outcome;

const SECS_PER_HOUR: u64 = 3_600;
const SECS_PER_DAY: u64 = 86_400;

/// The reach model with its seed, placed on a launch time.
#[derive(Clone, Debug)]
pub struct ReachDialer {
    settings: ReachSettings,
    seed: u64,
    /// Seconds after midnight at launch: the local hour of `t` is that of `launch_second + t`.
    launch_second: u64,
}

impl ReachDialer {
    pub fn new(settings: ReachSettings, seed: u64, launch: LocalDateTime) -> Self {
        Self {
            settings,
            seed,
            launch_second: launch.second_of_day() as u64,
        }
    }

    /// Recipient `r` before its first call: drawn once, dead or with its pick-up chance.
    pub fn recipient(&self, recipient: u32) -> ReachRecipient {
        ReachRecipient::new(draw_profile(&self.settings, self.seed, recipient))
    }

    /// The outcome of call `call` (0 = first) to `recipient`, starting `start` seconds after
    /// launch, after every call already recorded in `memory`; records it there.
    pub fn call(
        &self,
        recipient: u32,
        call: u32,
        start: u64,
        memory: &mut ReachRecipient,
    ) -> Outcome {
        let Profile::Live { pick_up } = memory.profile() else {
            return Outcome::Unreachable;
        };
        let chances = chances(
            &self.settings,
            self.presence_at(start),
            memory.previous_call(start),
            pick_up,
            memory.recent_calls(start),
        );
        let draws = call_draws(self.seed, recipient, call);
        let (outcome, state) = call_outcome(&chances, self.settings.away_unreachable, draws);
        memory.record(start, state);
        outcome
    }

    /// π at `t` seconds after launch: the presence of that local hour.
    pub fn presence_at(&self, t: u64) -> f64 {
        presence_at(&self.settings, self.launch_second, t)
    }
}

/// π at `t` seconds after a launch `launch_second` seconds after midnight. Plain calendar
/// arithmetic (SPEC section 3): every day has 24 hours.
pub fn presence_at(settings: &ReachSettings, launch_second: u64, t: u64) -> f64 {
    let hour = (launch_second + t % SECS_PER_DAY) % SECS_PER_DAY / SECS_PER_HOUR;
    settings.presence_by_hour[hour as usize]
}
