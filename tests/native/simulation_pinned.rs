//! Two random-mode scenarios pinned to fixed results: `examples/random-mix.json` (the outcome mix)
//! and `examples/reach.json` (the reach model). The mix's numbers were checked against an
//! independent SplitMix64 draw (every one of the 2,504 outcomes) and the digest against the
//! command line's output. The same tests run natively (`cargo test --test native`) and in wasm
//! (`tests/browser/determinism.rs` includes this file, `make test-browser`): a seed must give the
//! same campaign on both.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::simulation::{
    Call, CallLog, Results, RunStatus, Scenario, Simulation, Stats, simulate,
};

const SCENARIO: &str = include_str!("../../examples/random-mix.json");

/// FNV-1a, 64 bits: a digest of the results JSON that any language can recompute.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Simulates the example `text` with its call log; it completes at `ended_at` with `stats`.
fn completed(text: &str, ended_at: u64, stats: Stats) -> Simulation {
    let scenario = Scenario::from_json_str(text).expect("the example is valid");
    let simulation = simulate(&scenario, CallLog::Keep);
    let snapshot = simulation.snapshot();
    assert_eq!(
        (snapshot.status, snapshot.ended_at, snapshot.stats()),
        (RunStatus::Completed, Some(ended_at), stats)
    );
    simulation
}

/// The results JSON of `simulation` has `length` bytes and the FNV-1a digest `digest`.
fn assert_digest(simulation: &Simulation, length: usize, digest: u64) {
    let json = serde_json::to_string(&Results::new(simulation, true)).expect("results");
    assert_eq!((json.len(), fnv1a(json.as_bytes())), (length, digest));
}

#[test]
fn the_random_mix_example_gives_the_pinned_results() {
    let stats = Stats {
        reached: 760,
        failed: 240,
        cancelled: 0,
        calls: 2_504,
        peak_lines: 10,
    };
    let simulation = completed(SCENARIO, 19_770, stats);
    let calls: Vec<Call> = simulation.calls().collect();
    let call = |recipient, start, end, outcome| Call {
        recipient,
        attempt: 0,
        start,
        end,
        outcome,
    };
    assert_eq!(
        calls[..5],
        [
            call(0, 0, 30, Outcome::NoAnswer),
            call(1, 0, 60, Outcome::Answered),
            call(2, 0, 60, Outcome::Answered),
            call(3, 0, 60, Outcome::Answered),
            call(4, 0, 30, Outcome::NoAnswer),
        ]
    );
    assert_eq!(
        calls.last(),
        Some(&Call {
            recipient: 994,
            attempt: 3,
            start: 19_710,
            end: 19_770,
            outcome: Outcome::Answered
        })
    );

    assert_digest(&simulation, 260_334, 765_006_554_265_264_203);
}

const REACH_SCENARIO: &str = include_str!("../../examples/reach.json");

/// `examples/reach.json` (the reach model, SPEC section 8) pinned the same way: its draws use
/// `libm`'s `exp` and `log`, pure Rust, so that wasm gives the same bits as native code.
#[test]
fn the_reach_example_gives_the_pinned_results() {
    let stats = Stats {
        reached: 494,
        failed: 506,
        cancelled: 0,
        calls: 4_376,
        peak_lines: 20,
    };
    let simulation = completed(REACH_SCENARIO, 97_992, stats);
    // Recipients reached by each call number, and every outcome's count.
    let mut by_call = [0u32; 6];
    let mut outcomes = [0u32; 4];
    for call in simulation.calls() {
        outcomes[call.outcome.index()] += 1;
        if call.outcome == Outcome::Answered {
            by_call[call.attempt as usize] += 1;
        }
    }
    assert_eq!(
        (by_call, outcomes),
        ([147, 112, 76, 88, 37, 34], [494, 106, 2_996, 780])
    );
    assert_digest(&simulation, 409_535, 11_981_747_253_237_915_419);
}
