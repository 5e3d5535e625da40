//! `cargo bench --bench expected_reach` (and `make bench`): how long the exact expected reach of
//! SPEC section 8 takes for a strategy of 20 attempts, natively, in the release profile. The
//! timeline works it out after each keystroke and the strategy advisor many times per search, so
//! it must stay far below a frame (the budget: 50 µs natively).

use std::hint::black_box;
use std::time::Instant;

use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::reach::{ReachSettings, expected_reach};
use serde_json::json;

/// Calls timed together, and rounds of them; the figure is the median round.
const CALLS: u32 = 1_000;
const ROUNDS: usize = 21;

fn main() {
    let settings = ReachSettings::default();
    let strategies = [
        ("20 attempts 1 h apart, weekday window 09:00–20:00", 3_600),
        ("20 attempts 3 h apart, weekday window 09:00–20:00", 10_800),
        ("20 attempts 1 min apart, weekday window 09:00–20:00", 60),
    ];
    println!(
        "Expected reach (SPEC 8), release profile, median of {ROUNDS} rounds of {CALLS} calls\n"
    );
    for (name, delay) in strategies {
        let campaign = Campaign::from_json(&json!({
            "attempts": vec![json!({"delaySeconds": delay}); 20],
            "launchAt": "2026-12-07T09:00",
            "callingWindow": {"start": "09:00", "end": "20:00",
                              "days": ["mon", "tue", "wed", "thu", "fri"]},
        }))
        .expect("a valid campaign");
        let reach = expected_reach(&campaign, &settings).expect("a launch time");
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let started = Instant::now();
                for _ in 0..CALLS {
                    black_box(expected_reach(black_box(&campaign), black_box(&settings)).ok());
                }
                started.elapsed().as_secs_f64() * 1e6 / f64::from(CALLS)
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "{name}: {:.1} µs a call (best {:.1} µs); reached {:.1} %, {:.2} calls per recipient",
            rounds[ROUNDS / 2],
            rounds[0],
            reach.reached * 100.0,
            reach.calls_per_recipient
        );
    }
}
