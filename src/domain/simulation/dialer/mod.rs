//! The mock dialer: how many lines it has, and the outcome and duration of every call.
//!
//! A scripted recipient's call `k` has the outcome `script[k]` (`noAnswer` past its end), under
//! either model. Under the mix model a random recipient's call `k` draws from the outcome mix with
//! the crate's own PRNG, [SplitMix64](crate::domain::split_mix), keyed by the seed, the recipient
//! and `k` alone: the draw uses only integer arithmetic, so a seed gives the same calls natively
//! and in wasm, and a recipient's outcomes do not change with the number of lines, the calling
//! window or the other recipients. Under the reach model ([`crate::domain::reach`]) a random
//! recipient gets its profile once, when it joins, and each call's outcome depends on its start
//! and on what the dialer remembers of the recipient's earlier calls; the draws are keyed the same
//! way, by seed, recipient and call, so they too are the same on every target.

mod read;

use crate::domain::calendar::LocalDateTime;
use crate::domain::limits::MAX_CALLS;
use crate::domain::outcome::Outcome;
use crate::domain::reach::{ReachDialer, ReachRecipient, ReachSettings};
use crate::domain::split_mix;

/// The share of each outcome among random calls, in [`Outcome::ALL`] order. Each share is at least
/// 0 and together they add up to 1 (within [`crate::domain::limits::MIX_TOLERANCE`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutcomeMix([f64; 4]);

impl OutcomeMix {
    /// Shares in [`Outcome::ALL`] order, already checked.
    pub fn new(shares: [f64; 4]) -> Self {
        Self(shares)
    }

    pub fn share(&self, outcome: Outcome) -> f64 {
        self.0[outcome.index()]
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    /// The upper end of each outcome's slice of `0..2^53`, in [`Outcome::ALL`] order. The shares
    /// are scaled to add up to exactly 1; an outcome with no share gets an empty slice and the last
    /// outcome with a share ends at `2^53`, so rounding never draws an outcome that has no share.
    fn thresholds(&self) -> [u64; 4] {
        let total = self.total();
        let last = self.0.iter().rposition(|&share| share > 0.0).unwrap_or(3);
        let mut thresholds = [DRAW_RANGE; 4];
        let (mut sum, mut previous) = (0.0, 0);
        for (i, &share) in self.0[..last].iter().enumerate() {
            sum += share;
            if share > 0.0 {
                previous = ((sum / total * DRAW_RANGE as f64) as u64).clamp(previous, DRAW_RANGE);
            }
            thresholds[i] = previous;
        }
        thresholds
    }
}

impl Default for OutcomeMix {
    /// SPEC section 4: 30 % answered, 20 % busy, 40 % no answer, 10 % unreachable.
    fn default() -> Self {
        Self([0.3, 0.2, 0.4, 0.1])
    }
}

/// How long a call lasts, in seconds, by outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallDurations([u32; 4]);

impl CallDurations {
    /// Seconds in [`Outcome::ALL`] order, each already checked.
    pub fn new(seconds: [u32; 4]) -> Self {
        Self(seconds)
    }

    pub fn of(&self, outcome: Outcome) -> u32 {
        self.0[outcome.index()]
    }
}

impl Default for CallDurations {
    /// SPEC section 4: answered 60 s, busy 5 s, no answer 30 s, unreachable 3 s.
    fn default() -> Self {
        Self([60, 5, 30, 3])
    }
}

/// The `dialer` of a scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DialerSettings {
    /// At most this many calls at once.
    pub lines: u32,
    pub seed: u64,
    /// How random recipients' outcomes are drawn.
    pub model: DialerModel,
    pub durations: CallDurations,
}

impl Default for DialerSettings {
    fn default() -> Self {
        Self {
            lines: 5,
            seed: 0,
            model: DialerModel::default(),
            durations: CallDurations::default(),
        }
    }
}

/// `dialer.model`: how the outcome of a random recipient's call is drawn. Scripted recipients
/// follow their script under either model.
#[derive(Clone, Copy, Debug, PartialEq)]
#[expect(
    clippy::large_enum_variant,
    reason = "a scenario holds one dialer: boxing would save nothing and cost `Copy`"
)]
pub enum DialerModel {
    /// `"mix"` (SPEC section 4): every call an independent draw from the outcome mix.
    Mix(OutcomeMix),
    /// `"reach"` (SPEC section 8): outcomes depend on the recipient, the local hour and what the
    /// previous call found. Needs the campaign's `launchAt`.
    Reach(ReachSettings),
}

impl Default for DialerModel {
    /// The mix model with the section 4 mix.
    fn default() -> Self {
        Self::Mix(OutcomeMix::default())
    }
}

impl DialerModel {
    /// The JSON spelling of the model, `"mix"` or `"reach"`.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Mix(_) => "mix",
            Self::Reach(_) => "reach",
        }
    }
}

/// Random draws are 53-bit numbers, `0..2^53`.
const DRAW_RANGE: u64 = 1 << 53;

/// The dialer as the engine uses it: outcomes and durations, ready to draw.
#[derive(Clone, Debug)]
pub struct MockDialer {
    durations: CallDurations,
    draws: Draws,
}

/// How random recipients' outcomes are drawn.
#[derive(Clone, Debug)]
enum Draws {
    Mix {
        seed: u64,
        thresholds: [u64; 4],
    },
    /// The reach model, and what it remembers of each recipient, by index (a scripted
    /// recipient's entry is drawn but never read).
    Reach {
        dialer: Box<ReachDialer>,
        recipients: Vec<ReachRecipient>,
    },
}

impl MockDialer {
    /// The dialer of `settings` for a campaign launched at `launch`.
    ///
    /// # Panics
    /// With the reach model and no launch: the local hour comes from it, and
    /// [`Scenario::from_json`](super::Scenario::from_json) reports its absence.
    pub fn new(settings: &DialerSettings, launch: Option<LocalDateTime>) -> Self {
        let draws = match settings.model {
            DialerModel::Mix(mix) => Draws::Mix {
                seed: settings.seed,
                thresholds: mix.thresholds(),
            },
            DialerModel::Reach(reach) => Draws::Reach {
                dialer: Box::new(ReachDialer::new(
                    reach,
                    settings.seed,
                    launch.expect("the reach model needs the campaign's launchAt"),
                )),
                recipients: Vec::new(),
            },
        };
        Self {
            durations: settings.durations,
            draws,
        }
    }

    /// Recipient `r`, the next one, joins the campaign: under the reach model it gets its profile
    /// now, once.
    pub fn admit(&mut self, r: u32) {
        if let Draws::Reach { dialer, recipients } = &mut self.draws {
            debug_assert_eq!(
                recipients.len(),
                r as usize,
                "recipients join in index order"
            );
            recipients.push(dialer.recipient(r));
        }
    }

    /// Room for `additional` more recipients, so that a large run allocates once.
    pub fn reserve(&mut self, additional: usize) {
        if let Draws::Reach { recipients, .. } = &mut self.draws {
            recipients.reserve_exact(additional);
        }
    }

    /// The outcome of call `call` (0 = first) to `recipient`, starting at `start`: from its
    /// script when it has one. Calls to a recipient come in order.
    pub fn outcome(
        &mut self,
        recipient: u32,
        call: u32,
        start: u64,
        script: Option<&[Outcome]>,
    ) -> Outcome {
        match (script, &mut self.draws) {
            (Some(script), _) => script
                .get(call as usize)
                .copied()
                .unwrap_or(Outcome::NoAnswer),
            (None, Draws::Mix { seed, thresholds }) => mix_draw(*seed, thresholds, recipient, call),
            (None, Draws::Reach { dialer, recipients }) => {
                dialer.call(recipient, call, start, &mut recipients[recipient as usize])
            }
        }
    }

    pub fn duration(&self, outcome: Outcome) -> u32 {
        self.durations.of(outcome)
    }
}

/// A random outcome of the mix: output number `MAX_CALLS·recipient + call + 1` of SplitMix64
/// seeded with the seed, cut to 53 bits and placed on the mix's slices.
fn mix_draw(seed: u64, thresholds: &[u64; 4], recipient: u32, call: u32) -> Outcome {
    let key = u64::from(recipient) * MAX_CALLS as u64 + u64::from(call) + 1;
    let x = split_mix::nth(seed, key) >> 11;
    let slice = thresholds.iter().position(|&t| x < t).unwrap_or(3);
    Outcome::ALL[slice]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outcome_without_a_share_is_never_drawn() {
        let draw = |shares, r, call| mix_draw(0, &OutcomeMix::new(shares).thresholds(), r, call);
        for r in 0..2_000 {
            assert_eq!(draw([0.0, 1.0, 0.0, 0.0], r, 0), Outcome::Busy);
            assert!(matches!(
                draw([0.5, 0.0, 0.5, 0.0], r, 3),
                Outcome::Answered | Outcome::NoAnswer
            ));
        }
    }

    #[test]
    fn draws_follow_the_mix() {
        let thresholds = OutcomeMix::default().thresholds();
        let mut counts = [0u32; 4];
        for r in 0..100_000 {
            counts[mix_draw(0, &thresholds, r, 0).index()] += 1;
        }
        let expected = [30_000, 20_000, 40_000, 10_000];
        for (count, expected) in counts.into_iter().zip(expected) {
            assert!(count.abs_diff(expected) < 1_000, "{counts:?}");
        }
    }

    #[test]
    fn a_script_gives_the_outcomes_then_no_answer() {
        let mut dialer = MockDialer::new(&DialerSettings::default(), None);
        let script = [Outcome::Busy, Outcome::Answered];
        let outcomes: Vec<Outcome> = (0..3)
            .map(|k| dialer.outcome(0, k, 0, Some(&script)))
            .collect();
        assert_eq!(
            outcomes,
            [Outcome::Busy, Outcome::Answered, Outcome::NoAnswer]
        );
    }
}
