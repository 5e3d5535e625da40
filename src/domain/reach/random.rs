//! The reach dialer's random draws: SplitMix64 (the outcome mix's, [`crate::domain::split_mix`]),
//! uniform numbers made of 53 of its bits, and the once-per-recipient draw of SPEC section 8
//! (dead, else a pick-up chance from a Beta distribution).
//!
//! **Same bits natively and in wasm.** Integers become floats exactly, and every function beyond
//! `+ − × ÷` comes from `libm`, pure Rust, rather than the platform's `f64::ln` and friends, which
//! may differ in the last bit between targets. So a seed gives the same recipients everywhere.
//!
//! **Keys.** Call `k` of recipient `r` uses outputs `3·(MAX_CALLS·r + k) + 1 … + 3` of SplitMix64
//! seeded with the seed, the outcome mix's scheme with three draws a call: a recipient's calls do
//! not depend on the lines, the window or other recipients. The recipient's own draw needs an
//! unbounded number of outputs (the Gamma sampler rejects some), so each recipient has its own
//! SplitMix64 stream, whose start is a hash of the seed and `r`; streams so placed do not meet in
//! practice.

use super::settings::ReachSettings;
use crate::domain::limits::MAX_CALLS;
use crate::domain::split_mix::{GOLDEN_GAMMA, split_mix};

/// Set apart the recipients' streams from the calls' sequence.
const PROFILE_SALT: u64 = 0x5EAC_4D1A_1E70_0001;
/// 2^−53: a 53-bit integer times this is in [0, 1).
const UNIT: f64 = 1.0 / (1u64 << 53) as f64;

/// A SplitMix64 generator ([`crate::domain::split_mix`]) that draws its outputs in turn.
#[derive(Clone, Debug)]
struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// The sequence whose first output is `split_mix(state + γ)`.
    fn new(state: u64) -> Self {
        Self { state }
    }

    /// The stream of recipient `r`'s own draw.
    fn for_recipient(seed: u64, recipient: u32) -> Self {
        Self::new(split_mix(
            split_mix(seed ^ PROFILE_SALT) ^ u64::from(recipient),
        ))
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN_GAMMA);
        split_mix(self.state)
    }

    /// Uniform in [0, 1): the top 53 bits.
    fn uniform(&mut self) -> f64 {
        unit(self.next_u64())
    }

    /// Uniform in (0, 1]: never 0, so its logarithm is finite.
    fn uniform_open_at_zero(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 * UNIT
    }

    /// A standard normal draw: Marsaglia's polar method, which needs only `ln` and `sqrt`.
    fn normal(&mut self) -> f64 {
        loop {
            let x = 2.0 * self.uniform() - 1.0;
            let y = 2.0 * self.uniform() - 1.0;
            let s = x * x + y * y;
            if s > 0.0 && s < 1.0 {
                return x * libm::sqrt(-2.0 * libm::log(s) / s);
            }
        }
    }

    /// The logarithm of a Gamma(shape, 1) draw, `shape > 0`, by Marsaglia and Tsang (2000): a
    /// transformed normal accepted by a cheap squeeze, else by the exact test; under 5 % of draws
    /// are rejected for any shape ≥ 1. Below 1 the shape is boosted: `G(a) = G(a + 1)·U^(1/a)`.
    /// Logarithms, because `U^(1/a)` underflows to 0 when `a` is tiny.
    fn gamma_ln(&mut self, shape: f64) -> f64 {
        if shape < 1.0 {
            return self.gamma_ln(shape + 1.0) + libm::log(self.uniform_open_at_zero()) / shape;
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / libm::sqrt(9.0 * d);
        loop {
            let x = self.normal();
            let v = 1.0 + c * x;
            if v <= 0.0 {
                continue;
            }
            let v = v * v * v;
            let u = self.uniform();
            let x2 = x * x;
            if u < 1.0 - 0.0331 * x2 * x2 || libm::log(u) < 0.5 * x2 + d * (1.0 - v + libm::log(v))
            {
                return libm::log(d) + libm::log(v);
            }
        }
    }
}

/// A 64-bit output as a uniform number in [0, 1).
fn unit(bits: u64) -> f64 {
    (bits >> 11) as f64 * UNIT
}

/// The three uniform draws of call `call` to `recipient` (see the module documentation).
pub fn call_draws(seed: u64, recipient: u32, call: u32) -> [f64; 3] {
    let key = u64::from(recipient) * MAX_CALLS as u64 + u64::from(call);
    let mut stream = SplitMix64::new(seed.wrapping_add((3 * key).wrapping_mul(GOLDEN_GAMMA)));
    [stream.uniform(), stream.uniform(), stream.uniform()]
}

/// Who a random recipient is, drawn once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Profile {
    /// A dead number: every call is `unreachable`.
    Dead,
    /// A live number whose owner picks up a free call with this chance (before fatigue).
    Live { pick_up: f64 },
}

/// Recipient `r`'s profile: dead with chance `deadNumbers`, else `w ~ Beta(pickUp·κ, (1 − pickUp)·κ)`.
pub fn draw_profile(settings: &ReachSettings, seed: u64, recipient: u32) -> Profile {
    let mut stream = SplitMix64::for_recipient(seed, recipient);
    if stream.uniform() < settings.dead_numbers {
        return Profile::Dead;
    }
    Profile::Live {
        pick_up: beta(&mut stream, settings.pick_up, settings.alike()),
    }
}

/// A Beta draw with mean `mean` and concentration `alike`: `X / (X + Y)` for independent Gamma
/// draws `X ~ G(a)`, `Y ~ G(b)`, `a = mean·alike`, `b = (1 − mean)·alike`, computed from their
/// logarithms as `1 / (1 + e^(ln Y − ln X))`. `a = 0` (mean 0) is a point mass at 0 and `b = 0`
/// at 1. When both shapes are so small that both Gamma draws underflow, the Beta is a coin that
/// lands on 1 with chance `a / (a + b)` = `mean`, and is drawn as one.
fn beta(stream: &mut SplitMix64, mean: f64, alike: f64) -> f64 {
    let (a, b) = (mean * alike, (1.0 - mean) * alike);
    if a == 0.0 {
        return 0.0;
    }
    if b == 0.0 {
        return 1.0;
    }
    let (ln_x, ln_y) = (stream.gamma_ln(a), stream.gamma_ln(b));
    if ln_x == f64::NEG_INFINITY && ln_y == f64::NEG_INFINITY {
        return if stream.uniform() < mean { 1.0 } else { 0.0 };
    }
    1.0 / (1.0 + libm::exp(ln_y - ln_x))
}
