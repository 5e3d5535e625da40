//! One scripted scenario per clause of SPEC section 9's cap rule, the call log worked out by hand,
//! and a property test: no recipient ever has more than a cap's `calls` starts in its period.
//! Durations are the defaults (answered 60 s, busy 5 s) unless a test says otherwise.

use campaign_editor::domain::simulation::{
    Call, CallLog, RecipientStatus, RunStatus, Scenario, Simulation, simulate,
};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::{Value, json};

fn run(scenario: Value) -> Simulation {
    let scenario = Scenario::from_json(&scenario)
        .unwrap_or_else(|problems| panic!("{scenario} is valid: {problems:?}"));
    simulate(&scenario, CallLog::Keep)
}

/// Each call as `(recipient, attempt, start, outcome)`.
fn starts(simulation: &Simulation) -> Vec<(usize, u32, u64, &'static str)> {
    simulation
        .calls()
        .map(|c: Call| (c.recipient, c.attempt, c.start, c.outcome.key()))
        .collect()
}

fn attempts(delays: &[u32]) -> Value {
    delays.iter().map(|d| json!({"delaySeconds": d})).collect()
}

fn scripted(scripts: &[&[&str]]) -> Value {
    scripts.iter().map(|s| json!({"script": s})).collect()
}

const WEEKDAYS: [&str; 5] = ["mon", "tue", "wed", "thu", "fri"];
const EVERY_DAY: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[test]
fn a_retry_a_cap_forbids_waits_until_the_oldest_call_leaves_the_period() {
    // 2 calls in 1 h. Call 2 falls due at 610 with calls at 0 and 305 in the hour before: it waits
    // until 3,600, when the call at 0 leaves (3,600 − 3,600, 3,600]. Call 3 falls due at 3,905,
    // exactly when the call at 305 leaves the period: it starts on time.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[300, 300, 300]), "callCaps": [{"calls": 2, "hours": 1}]},
        "recipients": scripted(&[&["busy", "busy", "busy", "answered"]])
    }));
    assert_eq!(
        starts(&simulation),
        [
            (0, 0, 0, "busy"),
            (0, 1, 305, "busy"),
            (0, 2, 3_600, "busy"),
            (0, 3, 3_905, "answered"),
        ]
    );
    assert_eq!(simulation.snapshot().ended_at, Some(3_965));
}

#[test]
fn a_cap_that_frees_one_second_after_the_due_time_makes_it_wait_one_second() {
    // 1 call in 1 h: call 0 at 0, ends at 5; a delay of 3,594 s makes call 1 due at 3,599, one
    // second before the call at 0 leaves the period.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[3594]), "callCaps": [{"calls": 1, "hours": 1}]},
        "recipients": scripted(&[&["busy", "answered"]])
    }));
    assert_eq!(
        starts(&simulation),
        [(0, 0, 0, "busy"), (0, 1, 3_600, "answered")]
    );
}

#[test]
fn with_two_caps_the_later_freedom_counts() {
    // 2 calls in 1 h and 3 calls in 3 h, retries 10 s after each busy call.
    // Call 2: due 30, the 1 h cap frees it at 0 + 3,600.
    // Call 3: due 3,615; the 1 h cap would allow it (15 + 3,600), the 3 h cap only at 0 + 10,800.
    // Call 4: due 10,815; 1 h cap: 3,600 + 3,600; 3 h cap: 15 + 10,800 = 10,815, the due second.
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[10, 10, 10, 10]),
            "callCaps": [{"calls": 2, "hours": 1}, {"calls": 3, "hours": 3}]
        },
        "recipients": scripted(&[&["busy"; 5]])
    }));
    let times: Vec<u64> = starts(&simulation).iter().map(|c| c.2).collect();
    assert_eq!(times, [0, 15, 3_600, 10_800, 10_815]);
    let recipient = simulation.recipient(0).unwrap();
    assert_eq!(
        (recipient.status, recipient.finished_at),
        (RecipientStatus::Failed, Some(10_820))
    );
}

#[test]
fn a_retry_freed_by_its_cap_outside_the_window_waits_for_the_next_opening() {
    // Launch Monday 09:00, window 09:00–18:00 on weekdays, 1 call in 10 h: the cap frees call 1 at
    // 19:00, after the window's end; it starts on Tuesday at 09:00 (86,400 s).
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[300]),
            "callCaps": [{"calls": 1, "hours": 10}],
            "launchAt": "2026-12-07T09:00",
            "callingWindow": {"start": "09:00", "end": "18:00", "days": WEEKDAYS}
        },
        "recipients": scripted(&[&["busy", "answered"]])
    }));
    assert_eq!(
        starts(&simulation),
        [(0, 0, 0, "busy"), (0, 1, 86_400, "answered")]
    );
}

#[test]
fn a_retry_the_window_defers_still_waits_for_its_cap() {
    // Launch Monday 09:00, window 09:00–12:00 every day, 1 call in 25 h. Call 1 falls due at
    // 12:00:05, after the window; at its next opening (Tuesday 09:00, 86,400 s) the cap still
    // holds it until 10:00 (90,000 s), when the window is open.
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[10800]),
            "callCaps": [{"calls": 1, "hours": 25}],
            "launchAt": "2026-12-07T09:00",
            "callingWindow": {"start": "09:00", "end": "12:00", "days": EVERY_DAY}
        },
        "recipients": scripted(&[&["busy", "answered"]])
    }));
    assert_eq!(
        starts(&simulation),
        [(0, 0, 0, "busy"), (0, 1, 90_000, "answered")]
    );
}

#[test]
fn others_go_first_while_a_cap_holds_a_retry_and_it_keeps_its_due_time() {
    // One line, 1 call in 1 h, answered calls last 3,700 s (long-living, so recipients come
    // later). R2 is called at 0 (busy) and falls due at 15, but the cap holds it until 3,600. R1,
    // added at 100, goes first; R0, added at 3,000, waits for the line. When R1's call ends at
    // 3,800, R2 (due 15) goes before R0 (due 3,000) although R0 has the smaller index.
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[10]),
            "callCaps": [{"calls": 1, "hours": 1}],
            "longLiving": true
        },
        "dialer": {"lines": 1, "durationsSeconds": {"answered": 3700}},
        "recipients": [
            {"addedAt": 3000, "script": ["answered"]},
            {"addedAt": 100, "script": ["answered"]},
            {"addedAt": 0, "script": ["busy", "answered"]}
        ],
        "until": 20000
    }));
    assert_eq!(
        starts(&simulation),
        [
            (2, 0, 0, "busy"),
            (1, 0, 100, "answered"),
            (2, 1, 3_800, "answered"),
            (0, 0, 7_500, "answered"),
        ]
    );
}

#[test]
fn retries_freed_at_the_same_second_go_by_due_time_then_index() {
    // Two lines, 1 call in 1 h, answered calls last 3,700 s. R0 and R1 are busy at 0 and fall due
    // at 15 together; R2's call holds a line from 5 to 3,705. At 3,600 both are free of the cap
    // with one line free: R0 goes first (same due time, smaller index), R1 when R2's call ends.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[10]), "callCaps": [{"calls": 1, "hours": 1}]},
        "dialer": {"lines": 2, "durationsSeconds": {"answered": 3700}},
        "recipients": scripted(&[&["busy", "answered"], &["busy", "answered"], &["answered"]])
    }));
    assert_eq!(
        starts(&simulation),
        [
            (0, 0, 0, "busy"),
            (1, 0, 0, "busy"),
            (2, 0, 5, "answered"),
            (0, 1, 3_600, "answered"),
            (1, 1, 3_705, "answered"),
        ]
    );
}

#[test]
fn a_cap_allowing_more_calls_than_the_strategy_makes_changes_nothing() {
    let scenario = |caps: Value| {
        json!({
            "campaign": {"attempts": attempts(&[60, 60]), "callCaps": caps},
            "dialer": {"lines": 3, "seed": 5},
            "generate": {"count": 50}
        })
    };
    let plain = run(scenario(json!([])));
    let capped = run(scenario(json!([{"calls": 3, "hours": 8760}])));
    assert_eq!(starts(&plain), starts(&capped));
}

#[test]
fn a_stop_cancels_a_retry_a_cap_holds_back() {
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[10]), "callCaps": [{"calls": 1, "hours": 1}]},
        "recipients": scripted(&[&["busy", "answered"]]),
        "stopAt": 100
    }));
    assert_eq!(starts(&simulation), [(0, 0, 0, "busy")]);
    let recipient = simulation.recipient(0).unwrap();
    assert_eq!(
        (recipient.status, recipient.finished_at),
        (RecipientStatus::Cancelled, Some(100))
    );
    assert_eq!(simulation.snapshot().status, RunStatus::Stopped);
}

prop_compose! {
    /// Random recipients under random caps, attempt rows, lines and (sometimes) a window.
    fn capped_scenario()(
        caps in vec((1u32..5, 1u32..4), 1..=3),
        delays in vec(1u32..4000, 1..8),
        lines in 1u32..4,
        seed in 0u64..1_000_000,
        count in 1u64..30,
        window in proptest::option::weighted(0.4, (0u32..20, 1u32..4)),
    ) -> Value {
        let mut campaign = json!({
            "attempts": attempts(&delays),
            "callCaps": caps.iter().map(|(c, h)| json!({"calls": c, "hours": h})).collect::<Value>(),
        });
        if let Some((start, length)) = window {
            campaign["launchAt"] = json!("2026-12-07T00:00");
            campaign["callingWindow"] = json!({
                "start": format!("{start:02}:00"), "end": format!("{:02}:00", start + length),
                "days": ["mon", "wed", "fri"]
            });
        }
        json!({
            "campaign": campaign,
            "dialer": {"lines": lines, "seed": seed,
                       "outcomeMix": {"answered": 0.1, "busy": 0.3, "noAnswer": 0.4, "unreachable": 0.2}},
            "generate": {"count": count}
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_recipient_ever_has_more_calls_in_a_period_than_a_cap_allows(value in capped_scenario()) {
        let scenario = Scenario::from_json(&value).expect("a valid scenario");
        let simulation = simulate(&scenario, CallLog::Keep);
        let mut by_recipient: Vec<Vec<u64>> = vec![Vec::new(); simulation.recipient_count()];
        for call in simulation.calls() {
            by_recipient[call.recipient].push(call.start);
        }
        for cap in &scenario.campaign.call_caps {
            let (calls, period) = (cap.calls as usize, cap.period_seconds());
            for starts in &by_recipient {
                // Any `calls + 1` starts in a row span at least the period: no (t − period, t]
                // holds more than `calls` of them.
                for pair in starts.windows(calls + 1) {
                    prop_assert!(pair[calls] - pair[0] >= period, "{starts:?} breaks {cap}");
                }
            }
        }
        let first_calls = simulation.calls().filter(|c| c.attempt == 0).count();
        prop_assert_eq!(first_calls, simulation.recipient_count());
    }
}
