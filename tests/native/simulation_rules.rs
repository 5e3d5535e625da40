//! One scripted scenario per rule of SPEC section 3, each with the call log and the recipient
//! states worked out by hand. Durations are the defaults: answered 60 s, busy 5 s, no answer 30 s,
//! unreachable 3 s.

use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::simulation::{
    Call, CallLog, RecipientState, RecipientStatus, RunStatus, Scenario, Simulation, Stats,
    simulate,
};
use serde_json::{Value, json};

fn run(scenario: Value) -> Simulation {
    let scenario = Scenario::from_json(&scenario)
        .unwrap_or_else(|problems| panic!("{scenario} is valid: {problems:?}"));
    simulate(&scenario, CallLog::Keep)
}

fn outcome(key: &str) -> Outcome {
    Outcome::from_key(key).expect("an outcome")
}

/// Call `attempt` of `recipient`, from `start` to `end`.
fn call(recipient: usize, attempt: u32, start: u64, end: u64, outcome_key: &str) -> Call {
    Call {
        recipient,
        attempt,
        start,
        end,
        outcome: outcome(outcome_key),
    }
}

fn reached(calls: u32, at: u64) -> RecipientState {
    finished(RecipientStatus::Reached, calls, at, "answered")
}

fn failed(calls: u32, at: u64, last: &str) -> RecipientState {
    finished(RecipientStatus::Failed, calls, at, last)
}

fn cancelled(calls: u32, at: u64, last: Option<&str>) -> RecipientState {
    RecipientState {
        status: RecipientStatus::Cancelled,
        calls,
        finished_at: Some(at),
        last_outcome: last.map(outcome),
    }
}

fn finished(status: RecipientStatus, calls: u32, at: u64, last: &str) -> RecipientState {
    RecipientState {
        status,
        calls,
        finished_at: Some(at),
        last_outcome: Some(outcome(last)),
    }
}

fn calls(simulation: &Simulation) -> Vec<Call> {
    simulation.calls().collect()
}

fn states(simulation: &Simulation) -> Vec<RecipientState> {
    simulation.recipients().collect()
}

fn ended(simulation: &Simulation) -> (RunStatus, Option<u64>) {
    let snapshot = simulation.snapshot();
    (snapshot.status, snapshot.ended_at)
}

fn scripted(scripts: &[&[&str]]) -> Value {
    scripts.iter().map(|s| json!({ "script": s })).collect()
}

fn attempts(delays: &[u32]) -> Value {
    delays
        .iter()
        .map(|d| json!({ "delaySeconds": d }))
        .collect()
}

#[test]
fn the_article_example_from_section_4() {
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[300, 3600])},
        "recipients": [{"name": "Ada", "phone": "+15550100", "script": ["busy", "answered"]}]
    }));
    assert_eq!(
        calls(&simulation),
        [call(0, 0, 0, 5, "busy"), call(0, 1, 305, 365, "answered")]
    );
    assert_eq!(states(&simulation), [reached(2, 365)]);
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(365)));
}

#[test]
fn a_due_item_goes_by_due_time_before_index_and_a_line_freed_at_t_is_used_at_t() {
    // R0's retry falls due at 15, after R2 (due since launch) but before R0 is called again: the
    // queue orders by (dueAt, recipientIndex), and R1 starts at 5 on the line R0 just freed.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[10])},
        "dialer": {"lines": 1},
        "recipients": scripted(&[&["busy", "answered"], &["answered"], &["answered"]])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 5, "busy"),
            call(1, 0, 5, 65, "answered"),
            call(2, 0, 65, 125, "answered"),
            call(0, 1, 125, 185, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [reached(2, 185), reached(1, 65), reached(1, 125)]
    );
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(185)));
}

#[test]
fn ties_at_one_instant_go_by_recipient_index_whether_added_or_retried() {
    // At 30, R1's retry and the additions of R0 and R2 are all due: they go by index.
    let simulation = run(json!({
        "campaign": {"longLiving": true, "attempts": attempts(&[25])},
        "dialer": {"lines": 1},
        "recipients": [
            {"addedAt": 30, "script": ["answered"]},
            {"script": ["busy", "answered"]},
            {"addedAt": 30, "script": ["answered"]}
        ],
        "until": 1000
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(1, 0, 0, 5, "busy"),
            call(0, 0, 30, 90, "answered"),
            call(1, 1, 90, 150, "answered"),
            call(2, 0, 150, 210, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [reached(1, 90), reached(2, 150), reached(1, 210)]
    );
    assert_eq!(ended(&simulation), (RunStatus::Running, None));
    assert_eq!(simulation.time(), 1000);
}

#[test]
fn lines_limit_the_calls_in_progress() {
    let simulation = run(json!({
        "dialer": {"lines": 2},
        "recipients": scripted(&[&["answered"] as &[&str]; 5])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 60, "answered"),
            call(1, 0, 0, 60, "answered"),
            call(2, 0, 60, 120, "answered"),
            call(3, 0, 60, 120, "answered"),
            call(4, 0, 120, 180, "answered"),
        ]
    );
    assert_eq!(simulation.snapshot().stats().peak_lines, 2);
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(180)));
}

#[test]
fn a_call_ending_at_t_does_not_overlap_one_starting_at_t() {
    let simulation = run(json!({
        "campaign": {"longLiving": true},
        "recipients": [
            {"script": ["answered"]},
            {"addedAt": 60, "script": ["answered"]},
            {"addedAt": 60, "script": ["answered"]}
        ],
        "until": 500
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 60, "answered"),
            call(1, 0, 60, 120, "answered"),
            call(2, 0, 60, 120, "answered"),
        ]
    );
    assert_eq!(simulation.snapshot().stats().peak_lines, 2);
}

#[test]
fn a_friday_evening_retry_waits_for_monday_and_keeps_its_due_time() {
    // Launch on Friday 4 December 2026 at 17:30; the window is 09:00–18:00 on weekdays. Both
    // retries fall due after 18:00 and wait for Monday 09:00 (228,600 s): R1, due at 1,803, goes
    // before R0, due at 1,830, although R0 has the smaller index.
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[1800, 3600]),
            "launchAt": "2026-12-04T17:30",
            "callingWindow": {"start": "09:00", "end": "18:00",
                              "days": ["mon", "tue", "wed", "thu", "fri"]}
        },
        "dialer": {"lines": 2},
        "recipients": scripted(&[&["noAnswer", "noAnswer", "answered"], &["unreachable", "answered"]])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 30, "noAnswer"),
            call(1, 0, 0, 3, "unreachable"),
            call(1, 1, 228_600, 228_660, "answered"),
            call(0, 1, 228_600, 228_630, "noAnswer"),
            call(0, 2, 232_230, 232_290, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [reached(3, 232_290), reached(2, 228_660)]
    );
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(232_290)));
}

#[test]
fn a_retry_due_exactly_at_the_windows_end_waits_and_a_call_may_run_past_it() {
    // Launch Monday 17:00, window 09:00–18:00. R1's retry falls due at 17:59:58 and its call runs
    // until 18:00:58; R0's falls due at 18:00:00 sharp, when the window is closed, and waits for
    // Tuesday 09:00 (57,600 s).
    let simulation = run(json!({
        "campaign": {
            "attempts": attempts(&[3595]),
            "launchAt": "2026-12-07T17:00",
            "callingWindow": {"start": "09:00", "end": "18:00",
                              "days": ["mon", "tue", "wed", "thu", "fri"]}
        },
        "dialer": {"lines": 2},
        "recipients": scripted(&[&["busy", "answered"], &["unreachable", "answered"]])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 5, "busy"),
            call(1, 0, 0, 3, "unreachable"),
            call(1, 1, 3_598, 3_658, "answered"),
            call(0, 1, 57_600, 57_660, "answered"),
        ]
    );
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(57_660)));
}

#[test]
fn a_launch_outside_the_window_waits_for_its_opening() {
    // Launch on Saturday 5 December 2026 at 12:00: nothing starts before Monday 09:00 (162,000 s).
    let simulation = run(json!({
        "campaign": {
            "launchAt": "2026-12-05T12:00",
            "callingWindow": {"start": "09:00", "end": "18:00", "days": ["mon"]}
        },
        "recipients": scripted(&[&["answered"]])
    }));
    assert_eq!(
        calls(&simulation),
        [call(0, 0, 162_000, 162_060, "answered")]
    );
}

#[test]
fn only_outcomes_in_retry_on_are_retried() {
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[60, 60]), "retryOn": ["busy"]},
        "dialer": {"lines": 4},
        "recipients": scripted(&[
            &["busy", "busy", "answered"],
            &["noAnswer"],
            &["busy", "unreachable"],
            &["busy", "busy", "busy"],
        ])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 5, "busy"),
            call(1, 0, 0, 30, "noAnswer"),
            call(2, 0, 0, 5, "busy"),
            call(3, 0, 0, 5, "busy"),
            call(0, 1, 65, 70, "busy"),
            call(2, 1, 65, 68, "unreachable"),
            call(3, 1, 65, 70, "busy"),
            call(0, 2, 130, 190, "answered"),
            call(3, 2, 130, 135, "busy"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [
            reached(3, 190),
            failed(1, 30, "noAnswer"),
            failed(2, 68, "unreachable"),
            failed(3, 135, "busy"),
        ]
    );
}

#[test]
fn an_empty_retry_on_retries_nothing() {
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[60]), "retryOn": []},
        "recipients": scripted(&[&["busy", "answered"]])
    }));
    assert_eq!(calls(&simulation), [call(0, 0, 0, 5, "busy")]);
    assert_eq!(states(&simulation), [failed(1, 5, "busy")]);
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(5)));
}

#[test]
fn a_stop_lets_calls_in_progress_end_in_each_of_the_three_ways() {
    // Stop at 10. In progress: R0 (answered → reached at 60), R1 (no answer with a retry left →
    // cancelled when its call ends at 30), R2 (busy, not retried → failed at 20), R4 (answered at
    // 63). Waiting: R3 for its retry and R5 for a line, both cancelled at 10.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[100]), "retryOn": ["noAnswer", "unreachable"]},
        "dialer": {"lines": 4, "durationsSeconds": {"busy": 20}},
        "recipients": scripted(&[
            &["answered"],
            &["noAnswer"],
            &["busy"],
            &["unreachable", "answered"],
            &["answered"],
            &["answered"],
        ]),
        "stopAt": 10
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 60, "answered"),
            call(1, 0, 0, 30, "noAnswer"),
            call(2, 0, 0, 20, "busy"),
            call(3, 0, 0, 3, "unreachable"),
            call(4, 0, 3, 63, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [
            reached(1, 60),
            cancelled(1, 30, Some("noAnswer")),
            failed(1, 20, "busy"),
            cancelled(1, 10, Some("unreachable")),
            reached(1, 63),
            cancelled(0, 10, None),
        ]
    );
    assert_eq!(ended(&simulation), (RunStatus::Stopped, Some(10)));
    assert_eq!(
        simulation.snapshot().stats(),
        Stats {
            reached: 2,
            failed: 1,
            cancelled: 3,
            calls: 5,
            peak_lines: 4
        }
    );
    // The run ends with the last call.
    assert_eq!(simulation.time(), 63);
}

#[test]
fn recipients_due_at_or_after_a_stop_are_cancelled_at_it() {
    // Stop at 100. R1 is due to be added at 200, R2 at 100 itself; one arrival comes every
    // 100 s, so the first, at the stop, arrives and is cancelled at once, and no other comes.
    let simulation = run(json!({
        "campaign": {"longLiving": true},
        "recipients": [
            {"script": ["answered"]},
            {"addedAt": 200, "script": ["answered"]},
            {"addedAt": 100, "script": ["answered"]}
        ],
        "arrivals": {"perHour": 36},
        "stopAt": 100,
        "until": 1000
    }));
    assert_eq!(calls(&simulation), [call(0, 0, 0, 60, "answered")]);
    assert_eq!(
        states(&simulation),
        [
            reached(1, 60),
            cancelled(0, 100, None),
            cancelled(0, 100, None),
            cancelled(0, 100, None),
        ]
    );
    assert_eq!(ended(&simulation), (RunStatus::Stopped, Some(100)));
    assert_eq!(simulation.time(), 100);
}

#[test]
fn completion_comes_before_a_stop_at_the_same_instant() {
    let scenario = |stop_at: u64| {
        json!({
            "recipients": scripted(&[&["answered"]]),
            "stopAt": stop_at
        })
    };
    let at_completion = run(scenario(60));
    assert_eq!(ended(&at_completion), (RunStatus::Completed, Some(60)));
    assert_eq!(states(&at_completion), [reached(1, 60)]);

    let just_before = run(scenario(59));
    assert_eq!(ended(&just_before), (RunStatus::Stopped, Some(59)));
    assert_eq!(states(&just_before), [reached(1, 60)]);
}

#[test]
fn a_horizon_processes_its_own_instant_and_lists_a_call_that_ends_after_it() {
    // R0's retry is due at 80 but the only line is busy until 90, the horizon: the call starts at
    // 90 and is listed although it ends at 150.
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[50])},
        "dialer": {"lines": 1},
        "recipients": scripted(&[&["noAnswer", "answered"], &["answered"]]),
        "until": 90
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 30, "noAnswer"),
            call(1, 0, 30, 90, "answered"),
            call(0, 1, 90, 150, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [
            RecipientState {
                status: RecipientStatus::Calling,
                calls: 2,
                finished_at: None,
                last_outcome: Some(Outcome::Answered),
            },
            reached(1, 90),
        ]
    );
    assert_eq!(ended(&simulation), (RunStatus::Running, None));
    assert_eq!(simulation.time(), 90);
    assert!(simulation.is_finished());
}

#[test]
fn a_fixed_campaign_with_no_recipients_completes_at_launch() {
    let simulation = run(json!({}));
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(0)));
    assert_eq!(calls(&simulation), []);
    assert_eq!(states(&simulation), []);
}

#[test]
fn a_long_living_campaign_with_no_recipients_runs_to_its_horizon() {
    let simulation = run(json!({"campaign": {"longLiving": true}, "until": 86_400}));
    let snapshot = simulation.snapshot();
    assert_eq!(
        (snapshot.status, snapshot.ended_at),
        (RunStatus::Running, None)
    );
    assert_eq!(snapshot.time, 86_400);
    assert_eq!(snapshot.status_line(), "Running — waiting for recipients");
}

#[test]
fn twenty_attempts_of_three_hours_make_twenty_one_calls() {
    // An empty script is scripted: every call is `noAnswer`. Call k starts at k × (30 + 10,800).
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[10_800; 20])},
        "recipients": [{"script": []}]
    }));
    let expected: Vec<Call> = (0..21)
        .map(|k| {
            call(
                0,
                k,
                10_830 * u64::from(k),
                10_830 * u64::from(k) + 30,
                "noAnswer",
            )
        })
        .collect();
    assert_eq!(calls(&simulation), expected);
    assert_eq!(states(&simulation), [failed(21, 216_630, "noAnswer")]);
    assert_eq!(ended(&simulation), (RunStatus::Completed, Some(216_630)));
}

#[test]
fn recipients_listed_out_of_added_at_order_are_called_by_due_time() {
    let simulation = run(json!({
        "campaign": {"longLiving": true},
        "dialer": {"lines": 1},
        "recipients": [
            {"addedAt": 50, "script": ["answered"]},
            {"addedAt": 10, "script": ["answered"]},
            {"addedAt": 10, "script": ["answered"]}
        ],
        "until": 1000
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(1, 0, 10, 70, "answered"),
            call(2, 0, 70, 130, "answered"),
            call(0, 0, 130, 190, "answered"),
        ]
    );
    assert_eq!(
        states(&simulation),
        [reached(1, 190), reached(1, 70), reached(1, 130)]
    );
}

#[test]
fn arrivals_come_every_interval_from_the_first_interval_and_get_the_last_indexes() {
    // 1,200 an hour: one every 3 s, at 3, 6 and 9 before the horizon at 10; the listed recipient
    // is number 0 and the arrivals follow in arrival order.
    let simulation = run(json!({
        "campaign": {"longLiving": true},
        "dialer": {"lines": 10, "outcomeMix": {"answered": 1}},
        "recipients": [{"script": ["answered"]}],
        "arrivals": {"perHour": 1200},
        "until": 10
    }));
    let starts: Vec<(usize, u64)> = simulation.calls().map(|c| (c.recipient, c.start)).collect();
    assert_eq!(starts, [(0, 0), (1, 3), (2, 6), (3, 9)]);
    assert_eq!(simulation.recipient_count(), 4);
}

#[test]
fn arrivals_every_second_at_most() {
    let simulation = run(json!({
        "campaign": {"longLiving": true},
        "arrivals": {"perHour": 3600},
        "until": 5
    }));
    let starts: Vec<u64> = simulation.calls().map(|c| c.start).collect();
    assert_eq!(starts, [1, 2, 3, 4, 5]);
}

#[test]
fn a_script_past_its_end_gives_no_answer() {
    let simulation = run(json!({
        "campaign": {"attempts": attempts(&[100, 100])},
        "recipients": scripted(&[&["busy"]])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 5, "busy"),
            call(0, 1, 105, 135, "noAnswer"),
            call(0, 2, 235, 265, "noAnswer"),
        ]
    );
}

#[test]
fn durations_follow_the_dialer() {
    let simulation = run(json!({
        "dialer": {"durationsSeconds": {"answered": 120, "unreachable": 1}},
        "campaign": {"attempts": attempts(&[10])},
        "recipients": scripted(&[&["unreachable", "answered"]])
    }));
    assert_eq!(
        calls(&simulation),
        [
            call(0, 0, 0, 1, "unreachable"),
            call(0, 1, 11, 131, "answered")
        ]
    );
}
