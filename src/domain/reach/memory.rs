//! What the reach dialer remembers of one random recipient between its calls, in 44 bytes: the
//! engine keeps 12 bytes a recipient, and the budget of both together is 64.
//!
//! The rule of SPEC section 8 needs, at a call starting at `t`: whether the number is dead, the
//! pick-up chance `w`, the previous call's start and the state it found (for Δ), and the fatigue
//! count `n` = the recipient's calls that started in `(t − 86,400, t)`. A recipient gets at most
//! 21 calls, so up to 20 earlier starts may count, and the count must be exact.
//!
//! **The starts.** Each earlier start is kept as its offset before the latest start, in
//! `1..86,400`; an offset of 86,400 s or more is dropped, since every later call is later still
//! and the start can never count again. Plain 17-bit offsets would take 19 × 17 = 323 bits; the
//! offsets are sorted, so they are stored as an Elias–Fano list instead: each offset's low 12 bits
//! as they are, and its high 5 bits (0…21) in unary, as a bit at `high + i` for the `i`-th
//! smallest in a 40-bit map. 19 offsets take 268 bits and the whole state fits in 44 bytes.
//!
//! **The latest start in 32 bits**, as the engine keeps its own times: every call starts within
//! 2^32 s (136 years) of launch — a long-living run ends by `until` or `stopAt` (at most ten
//! years), and a fixed campaign's recipients all join at launch and get at most 21 calls.
//!
//! **Why 19.** When call `k` starts there are `k` earlier starts: the latest, kept in full, and
//! `k − 1` offsets, at most 19 before call 20, the last. Recording call 20 itself may drop the
//! oldest offset: no call reads it any more.
//!
//! **`w` in 32 bits.** The pick-up chance is drawn in 64 bits and kept as `f32`; the rounding
//! (below 6·10⁻⁸ relative) is far below anything a simulation can measure, and is the same on
//! every target.

use super::random::Profile;
use super::rule::{CallState, PreviousCall};
use crate::domain::limits::MAX_CALLS;

/// The fatigue window: calls that started less than a day before count.
pub const FATIGUE_WINDOW_SECS: u64 = 86_400;
/// Offsets kept at most: the earlier starts of call 20 but the latest.
const CAPACITY: usize = MAX_CALLS - 2;
/// Low bits of each offset stored as they are: ⌊log2(86,400 / 19)⌋, the Elias–Fano choice.
const LOW_BITS: usize = 12;
/// Largest high part of an offset below the window: 86,399 >> 12 = 21.
const MAX_HIGH: usize = (FATIGUE_WINDOW_SECS as usize - 1) >> LOW_BITS;
/// The bit map of the high parts: the `i`-th offset's bit is at `high + i`.
const HIGH_MAP_BITS: usize = MAX_HIGH + CAPACITY;

/// Where things are in [`ReachRecipient::bits`].
const STATE_AT: usize = 0; // 2 bits: 0 no call yet, else 1 + CallState::index()
const DEAD_AT: usize = 2; // 1 bit
const COUNT_AT: usize = 3; // 5 bits: offsets kept
const HIGH_MAP_AT: usize = 8;
const LOWS_AT: usize = HIGH_MAP_AT + HIGH_MAP_BITS;
const WORDS: usize = 9;

const _: () = assert!(
    CAPACITY < 1 << 5 && HIGH_MAP_BITS <= 64 && LOWS_AT + CAPACITY * LOW_BITS <= WORDS * 32
);
// 44 bytes; the engine asserts that its slot and this fit the budget of 64 together.
const _: () = assert!(size_of::<ReachRecipient>() == 44);

/// One random recipient as the reach dialer keeps it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReachRecipient {
    /// When the previous call started (seconds after launch); 0 before the first call.
    latest_start: u32,
    /// `w`; 0 for a dead number.
    pick_up: f32,
    /// The previous call's state, the dead flag and the offsets of earlier starts (see above).
    bits: [u32; WORDS],
}

impl ReachRecipient {
    /// A recipient not called yet.
    pub fn new(profile: Profile) -> Self {
        let mut recipient = Self {
            latest_start: 0,
            pick_up: 0.0,
            bits: [0; WORDS],
        };
        match profile {
            Profile::Dead => recipient.set(DEAD_AT, 1, 1),
            Profile::Live { pick_up } => recipient.pick_up = pick_up as f32,
        }
        recipient
    }

    pub fn profile(&self) -> Profile {
        if self.get(DEAD_AT, 1) == 1 {
            Profile::Dead
        } else {
            Profile::Live {
                pick_up: f64::from(self.pick_up),
            }
        }
    }

    /// The previous call as seen from a call starting at `t`, if there was one.
    pub fn previous_call(&self, t: u64) -> Option<PreviousCall> {
        let state = match self.get(STATE_AT, 2) {
            0 => return None,
            n => CallState::ALL[n as usize - 1],
        };
        Some(PreviousCall {
            state,
            minutes_ago: t.saturating_sub(self.latest_start.into()) as f64 / 60.0,
        })
    }

    /// n: how many of this recipient's calls started in `(t − 86,400, t)`.
    pub fn recent_calls(&self, t: u64) -> u32 {
        let latest = u64::from(self.latest_start);
        if self.get(STATE_AT, 2) == 0 || t <= latest {
            return 0;
        }
        let since = t - latest;
        if since >= FATIGUE_WINDOW_SECS {
            return 0;
        }
        let (offsets, count) = self.offsets();
        let earlier = offsets[..count]
            .iter()
            .filter(|&&d| u64::from(d) < FATIGUE_WINDOW_SECS - since)
            .count();
        1 + earlier as u32
    }

    /// Remembers a call that started at `t` (after every call recorded so far) and found `state`.
    pub fn record(&mut self, t: u64, state: CallState) {
        let mut kept = [0u32; CAPACITY];
        let mut count = 0;
        if self.get(STATE_AT, 2) != 0 {
            let since = t - u64::from(self.latest_start);
            let (offsets, n) = self.offsets();
            let older = offsets[..n].iter().map(|&d| u64::from(d) + since);
            for offset in std::iter::once(since).chain(older) {
                if offset >= FATIGUE_WINDOW_SECS || count == CAPACITY {
                    break;
                }
                kept[count] = offset as u32;
                count += 1;
            }
        }
        self.store_offsets(&kept[..count]);
        self.latest_start = u32::try_from(t).expect("calls start within 2^32 s of launch");
        self.set(STATE_AT, 2, 1 + state.index() as u32);
    }

    /// The kept offsets, smallest first, and how many there are.
    fn offsets(&self) -> ([u32; CAPACITY], usize) {
        let count = self.get(COUNT_AT, 5) as usize;
        let mut offsets = [0u32; CAPACITY];
        let mut map = u64::from(self.get(HIGH_MAP_AT, 32))
            | u64::from(self.get(HIGH_MAP_AT + 32, HIGH_MAP_BITS - 32)) << 32;
        for (i, offset) in offsets[..count].iter_mut().enumerate() {
            let high = map.trailing_zeros() - i as u32;
            map &= map - 1;
            *offset = high << LOW_BITS | self.get(LOWS_AT + i * LOW_BITS, LOW_BITS);
        }
        (offsets, count)
    }

    /// Stores `offsets`, smallest first, each below the fatigue window.
    fn store_offsets(&mut self, offsets: &[u32]) {
        let mut map = 0u64;
        for (i, &offset) in offsets.iter().enumerate() {
            map |= 1 << ((offset >> LOW_BITS) as usize + i);
            self.set(
                LOWS_AT + i * LOW_BITS,
                LOW_BITS,
                offset & ((1 << LOW_BITS) - 1),
            );
        }
        self.set(HIGH_MAP_AT, 32, map as u32);
        self.set(HIGH_MAP_AT + 32, HIGH_MAP_BITS - 32, (map >> 32) as u32);
        self.set(COUNT_AT, 5, offsets.len() as u32);
    }

    /// `len` (≤ 32) bits at bit `at` of [`Self::bits`]. This and the two below are inlined by
    /// hand: the size-optimised release profile would otherwise call them, and they are most of
    /// the cost of a call's bookkeeping.
    #[inline(always)]
    fn get(&self, at: usize, len: usize) -> u32 {
        ((self.window(at) >> (at % 32)) & mask(len)) as u32
    }

    #[inline(always)]
    fn set(&mut self, at: usize, len: usize, value: u32) {
        let shift = at % 32;
        let window = self.window(at) & !(mask(len) << shift) | u64::from(value) << shift;
        let word = at / 32;
        self.bits[word] = window as u32;
        if word + 1 < WORDS {
            self.bits[word + 1] = (window >> 32) as u32;
        }
    }

    /// The two words from the one holding bit `at`, as one 64-bit number.
    #[inline(always)]
    fn window(&self, at: usize) -> u64 {
        let word = at / 32;
        let next = self.bits.get(word + 1).copied().unwrap_or(0);
        u64::from(next) << 32 | u64::from(self.bits[word])
    }
}

#[inline(always)]
fn mask(len: usize) -> u64 {
    (1u64 << len) - 1
}
