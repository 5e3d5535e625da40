//! SplitMix64 (Steele, Lea and Flood, 2014): the simulator's one pseudo-random generator, shared
//! by the outcome mix and the reach model. Integer arithmetic only, so a seed gives the same bits
//! natively and in wasm.
//!
//! Output number `i` (from 1) of the sequence seeded with `s` is `split_mix(s + i·γ)`: any output
//! can be had at once from its number, which is how the dialers key draws by recipient and call.

/// SplitMix64's increment γ (the golden ratio in 64 bits).
pub const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's output function.
pub fn split_mix(state: u64) -> u64 {
    let mut z = state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Output number `i` (from 1) of the sequence seeded with `seed`.
pub fn nth(seed: u64, i: u64) -> u64 {
    split_mix(seed.wrapping_add(i.wrapping_mul(GOLDEN_GAMMA)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_mix_matches_the_reference_sequence() {
        // The first outputs of the reference implementation seeded with 1234567.
        let outputs: Vec<u64> = (1..=3u64).map(|i| nth(1_234_567, i)).collect();
        assert_eq!(
            outputs,
            [
                6_457_827_717_110_365_317,
                3_203_168_211_198_807_973,
                9_817_491_932_198_370_423
            ]
        );
    }
}
