//! The retry timeline under call caps (SPEC section 9): each capped retry placed at the time it
//! really fires, the list naming what deferred it, `deferredBy` in `previewTimeline`, the note
//! beside the timeline, and the expected reach following the same times. Worked out by hand.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::call_cap::CallCap;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::{CapDraft, Draft};
use campaign_editor::domain::reach::call_times;
use campaign_editor::domain::timeline::retry_timeline::{Gap, RetryTimeline, Row};
use proptest::prelude::*;
use serde_json::json;

use crate::support::{any_window, inside};

fn campaign(value: serde_json::Value) -> Campaign {
    Campaign::from_json(&value).expect("a valid campaign")
}

fn attempts(delays: &[u32]) -> serde_json::Value {
    delays.iter().map(|d| json!({"delaySeconds": d})).collect()
}

fn texts(schedule: &RetryTimeline) -> Vec<String> {
    schedule.rows().iter().map(Row::describe).collect()
}

/// (due offset, offset, deferred) of every row, all placed.
fn times(schedule: &RetryTimeline) -> Vec<(u64, u64, u64)> {
    let entries = schedule.entries();
    assert_eq!(entries.len(), schedule.rows().len(), "every row is placed");
    entries
        .iter()
        .map(|e| (e.due_offset_seconds, e.offset_seconds, e.deferred_seconds))
        .collect()
}

const OFFICE: &str =
    r#"{"start": "09:00", "end": "18:00", "days": ["mon", "tue", "wed", "thu", "fri"]}"#;

fn office() -> serde_json::Value {
    serde_json::from_str(OFFICE).unwrap()
}

#[test]
fn a_capped_retry_waits_until_the_first_call_leaves_the_24_hours() {
    // Calls at 0, 1 h and 2 h; attempt 3 is due at 3 h 5 min, and 3 calls in 24 h hold it until
    // 24 h after the first call: deferred 20 h 55 min (SPEC 9's example).
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[3600, 3600, 3900, 300]),
        "callCaps": [{"calls": 3, "hours": 24}]
    })));
    assert_eq!(
        times(&schedule),
        [
            (3_600, 3_600, 0),
            (7_200, 7_200, 0),
            (11_100, 86_400, 75_300),
            // Due 5 min after attempt 3, when the call at 1 h has left the 24 h as well.
            (86_700, 90_000, 3_300),
        ]
    );
    assert_eq!(
        texts(&schedule)[2],
        "Attempt 3 — 1 d after the first call (deferred 20 h 55 min by the cap of 3 calls in 24 h)"
    );
    assert_eq!(
        texts(&schedule)[3],
        "Attempt 4 — 1 d 1 h after the first call (deferred 55 min by the cap of 3 calls in 24 h)"
    );
    let entries = serde_json::to_value(schedule.entries()).unwrap();
    assert_eq!(entries[1]["deferredBy"], json!([]));
    assert_eq!(entries[2]["deferredBy"], json!(["cap"]));
    assert_eq!(entries[2]["deferredSeconds"], json!(75_300));
    assert_eq!(
        schedule.cap_note().as_deref(),
        Some("The call caps defer attempts 3 and 4")
    );
}

#[test]
fn a_cap_that_frees_a_retry_exactly_when_it_is_due_does_not_defer_it() {
    // 1 call in 1 h with a 3,600 s delay: due exactly when the first call leaves the hour.
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[3600, 3599]),
        "callCaps": [{"calls": 1, "hours": 1}]
    })));
    assert_eq!(times(&schedule), [(3_600, 3_600, 0), (7_199, 7_200, 1)]);
    assert_eq!(
        texts(&schedule)[1],
        "Attempt 2 — 2 h after the first call (deferred 1 s by the cap of 1 call in 1 h)"
    );
    assert_eq!(
        schedule.cap_note().as_deref(),
        Some("The call caps defer attempt 2")
    );
}

#[test]
fn a_cap_freeing_a_retry_after_the_window_closes_names_both() {
    // Launch Monday 09:00; 1 call in 10 h frees attempt 1 at 19:00, after the window's end: it
    // fires on Tuesday at 09:00.
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[300]),
        "callCaps": [{"calls": 1, "hours": 10}],
        "launchAt": "2026-12-07T09:00",
        "callingWindow": office()
    })));
    assert_eq!(times(&schedule), [(300, 86_400, 86_100)]);
    assert_eq!(
        texts(&schedule),
        ["Attempt 1 — 1 d after the first call, Tue 8 Dec, 09:00 \
          (deferred 23 h 55 min by the calling window and the cap of 1 call in 10 h)"]
    );
    let entries = serde_json::to_value(schedule.entries()).unwrap();
    assert_eq!(entries[0]["deferredBy"], json!(["window", "cap"]));
}

#[test]
fn the_window_alone_is_named_when_it_would_have_held_the_retry_as_long() {
    // Launch Monday 09:00, 1 call in 4 h. Attempt 1 is due at 12:00, held until 13:00 by the cap;
    // attempt 2 due at 16:00, held until 17:00; attempt 3 due at 20:00, after the window, when the
    // cap holds it until 21:00 — but the window holds it until Tuesday 09:00 anyway.
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[10800, 10800, 10800]),
        "callCaps": [{"calls": 1, "hours": 4}],
        "launchAt": "2026-12-07T09:00",
        "callingWindow": office()
    })));
    assert_eq!(
        times(&schedule),
        [
            (10_800, 14_400, 3_600),
            (25_200, 28_800, 3_600),
            (39_600, 86_400, 46_800)
        ]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 4 h after the first call, Mon 7 Dec, 13:00 \
             (deferred 1 h by the cap of 1 call in 4 h)",
            "Attempt 2 — 8 h after the first call, Mon 7 Dec, 17:00 \
             (deferred 1 h by the cap of 1 call in 4 h)",
            "Attempt 3 — 1 d after the first call, Tue 8 Dec, 09:00 \
             (deferred 13 h by the calling window)",
        ]
    );
    let entries = serde_json::to_value(schedule.entries()).unwrap();
    assert_eq!(entries[2]["deferredBy"], json!(["window"]));
}

#[test]
fn a_retry_the_window_defers_still_waits_for_its_cap() {
    // Launch Monday 09:00, window 09:00–12:00 every day, 1 call in 25 h: attempt 1 is due at
    // 12:00, when the window has closed; at Tuesday's opening the cap still holds it until 10:00.
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[10800]),
        "callCaps": [{"calls": 1, "hours": 25}],
        "launchAt": "2026-12-07T09:00",
        "callingWindow": {"start": "09:00", "end": "12:00",
                          "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}
    })));
    assert_eq!(times(&schedule), [(10_800, 90_000, 79_200)]);
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 1 d 1 h after the first call, Tue 8 Dec, 10:00 \
          (deferred 22 h by the cap of 1 call in 25 h)"
        ]
    );
}

#[test]
fn a_cap_freeing_a_retry_as_the_window_opens_names_both() {
    // Launch Monday 09:00, window 09:00–10:00 every day, 1 call in 24 h: attempt 1 is due at
    // 10:00, when the window has closed, and the cap frees it on Tuesday at 09:00, as the window
    // opens. Either alone would have held it until then.
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[3600]),
        "callCaps": [{"calls": 1, "hours": 24}],
        "launchAt": "2026-12-07T09:00",
        "callingWindow": {"start": "09:00", "end": "10:00",
                          "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}
    })));
    assert_eq!(times(&schedule), [(3_600, 86_400, 82_800)]);
    assert_eq!(
        texts(&schedule),
        ["Attempt 1 — 1 d after the first call, Tue 8 Dec, 09:00 \
          (deferred 23 h by the calling window and the cap of 1 call in 24 h)"]
    );
    let entries = serde_json::to_value(schedule.entries()).unwrap();
    assert_eq!(entries[0]["deferredBy"], json!(["window", "cap"]));
}

#[test]
fn two_caps_freeing_a_retry_at_the_same_second_are_both_named() {
    let schedule = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[60, 60]),
        "callCaps": [{"calls": 1, "hours": 1}, {"calls": 2, "hours": 2}, {"calls": 3, "hours": 3}]
    })));
    assert_eq!(
        times(&schedule),
        [(60, 3_600, 3_540), (3_660, 7_200, 3_540)]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 1 h after the first call (deferred 59 min by the cap of 1 call in 1 h)",
            "Attempt 2 — 2 h after the first call \
             (deferred 59 min by the caps of 1 call in 1 h and 2 calls in 2 h)",
        ]
    );
}

#[test]
fn without_caps_nothing_changes_and_there_is_no_note() {
    let plain = RetryTimeline::from_campaign(&campaign(json!({"attempts": attempts(&[60, 60])})));
    let loose = RetryTimeline::from_campaign(&campaign(json!({
        "attempts": attempts(&[60, 60]),
        "callCaps": [{"calls": 3, "hours": 8760}]
    })));
    assert_eq!(plain, loose);
    assert_eq!(loose.cap_note(), None);
}

#[test]
fn a_cap_being_typed_leaves_every_retry_without_a_time() {
    let mut draft = Draft::from(&campaign(json!({"attempts": attempts(&[60, 60])})));
    draft.caps = vec![
        CapDraft {
            calls: "3".into(),
            hours: "24".into(),
        },
        CapDraft::default(),
    ];
    let schedule = RetryTimeline::from_draft(&draft);
    assert!(schedule.first_call().is_ok(), "no cap holds the first call");
    assert_eq!(
        schedule.rows(),
        [
            Row::Gap {
                attempt: 1,
                gap: Gap::CallCap(2)
            },
            Row::Gap {
                attempt: 2,
                gap: Gap::CallCap(2)
            }
        ]
    );
    assert_eq!(
        texts(&schedule)[0],
        "Attempt 1 — no time until cap 2 is valid"
    );
    assert_eq!(
        schedule.summary(),
        "Last retry — no time until cap 2 is valid"
    );

    draft.caps[1] = CallCap { calls: 1, hours: 1 }.into();
    let typed = RetryTimeline::from_draft(&draft);
    assert_eq!(
        typed,
        RetryTimeline::from_campaign(&draft.check().expect("valid now"))
    );
    assert_eq!(typed.entries()[0].offset_seconds, 3_600);
}

#[test]
fn the_expected_reach_follows_the_capped_times() {
    let capped = campaign(json!({
        "attempts": attempts(&[3600, 3600, 3900]),
        "callCaps": [{"calls": 3, "hours": 24}],
        "launchAt": "2026-12-07T09:00"
    }));
    assert_eq!(call_times(&capped), Some(vec![0, 3_600, 7_200, 86_400]));
}

// Properties.

/// A campaign under one to three caps of whole hours, often of a day or two, so that caps often
/// free a retry just as a daily window opens; with a window half the time.
fn a_capped_campaign() -> impl Strategy<Value = Campaign> {
    let launch = (0u32..7, 0u32..24)
        .prop_map(|(d, h)| LocalDateTime::from_parts(2026, 12, 7 + d, h, 0, 0).unwrap());
    let cap = (1u32..4, prop_oneof![1u32..4, Just(24), Just(48)])
        .prop_map(|(calls, hours)| CallCap { calls, hours });
    let delays = prop::collection::vec(prop_oneof![1u32..=10_800, Just(3_600)], 1..=8);
    (
        launch,
        prop::option::of(any_window()),
        prop::collection::vec(cap, 1..=3),
        delays,
    )
        .prop_map(|(launch, window, caps, delays)| Campaign {
            retry_strategy: RetryStrategy::from_delays(delays),
            launch_at: Some(launch),
            calling_window: window,
            call_caps: caps,
            ..Campaign::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_deferred_retry_names_what_held_it_and_only_a_deferred_one(campaign in a_capped_campaign()) {
        let schedule = RetryTimeline::from_campaign(&campaign);
        let first_at = schedule.first_call().unwrap().fires_at.unwrap();
        let mut fired = vec![0];
        for row in schedule.entries() {
            let by = &row.deferred_by;
            prop_assert_eq!(row.deferred_seconds > 0, by.window || by.cap(), "{:?}", row);
            // A window it names was shut a second before the call fired; a cap it names forbade
            // the call when it was due.
            if by.window {
                let window = campaign.calling_window.as_ref().unwrap();
                let before = first_at.plus(row.offset_seconds as i64 - 1);
                prop_assert!(!inside(window, before), "{:?}", row);
            }
            for cap in by.caps.iter().flatten() {
                let due = row.due_offset_seconds;
                let recent = fired.iter().filter(|&&t| t + cap.period_seconds() > due).count();
                prop_assert!(recent >= cap.calls as usize, "{:?}", row);
            }
            fired.push(row.offset_seconds);
        }
    }
}
