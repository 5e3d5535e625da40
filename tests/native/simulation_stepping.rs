//! The stepping API the simulator panel drives: one event at a time, by simulated time, within a
//! budget, reading the state between steps, adding recipients and stopping by hand.

use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::simulation::{
    AddError, CallLog, RecipientStatus, Results, RunStatus, Scenario, Simulation, simulate,
};
use serde_json::{Value, json};

use crate::support::section_4_results;

fn scenario(value: Value) -> Scenario {
    Scenario::from_json(&value).unwrap_or_else(|problems| panic!("{value} is valid: {problems:?}"))
}

/// The section 4 example: Ada is busy at first, answers the retry 300 s later.
fn ada() -> Scenario {
    scenario(json!({
        "campaign": {"attempts": [{"delaySeconds": 300}, {"delaySeconds": 3600}]},
        "recipients": [{"name": "Ada", "phone": "+15550100", "script": ["busy", "answered"]}]
    }))
}

fn long_living(lines: u32) -> Scenario {
    scenario(json!({
        "campaign": {"longLiving": true, "attempts": [{"delaySeconds": 100}]},
        "dialer": {"lines": lines, "outcomeMix": {"answered": 1}},
        "until": 10_000
    }))
}

fn results(simulation: &Simulation) -> Value {
    serde_json::to_value(Results::new(simulation, true)).expect("results serialize")
}

#[test]
fn the_results_json_is_the_section_4_example() {
    let simulation = simulate(&ada(), CallLog::Keep);
    assert_eq!(results(&simulation), section_4_results());
}

#[test]
fn without_the_log_the_results_have_no_calls_field() {
    let simulation = simulate(&ada(), CallLog::Skip);
    let value = results(&simulation);
    assert_eq!(value.get("calls"), None);
    assert_eq!(value["stats"]["calls"], 2);
    assert_eq!(simulation.calls().count(), 0);
}

#[test]
fn step_processes_one_instant_at_a_time() {
    let mut simulation = Simulation::new(&ada(), CallLog::Keep);
    let before = simulation.snapshot();
    assert_eq!(
        (before.time, before.next_event, before.calls),
        (0, Some(0), 0)
    );
    assert_eq!(before.recipients.of(RecipientStatus::Waiting), 1);

    assert_eq!(simulation.step(), Some(0));
    let snapshot = simulation.snapshot();
    assert_eq!(snapshot.time, 0);
    assert_eq!(snapshot.lines_in_use, 1);
    assert_eq!(snapshot.calls, 1);
    assert_eq!(snapshot.next_event, Some(5));
    assert_eq!(snapshot.recipients.of(RecipientStatus::Calling), 1);
    assert_eq!(snapshot.status_line(), "Running — 0 waiting, 1 calling");

    assert_eq!(simulation.step(), Some(5));
    let snapshot = simulation.snapshot();
    assert_eq!(snapshot.lines_in_use, 0);
    assert_eq!(snapshot.recipients.of(RecipientStatus::Waiting), 1);
    assert_eq!(snapshot.next_event, Some(305));

    assert_eq!(simulation.step(), Some(305));
    assert_eq!(simulation.step(), Some(365));
    assert_eq!(simulation.step(), None);
    let snapshot = simulation.snapshot();
    assert!(snapshot.finished);
    assert_eq!(snapshot.next_event, None);
    assert_eq!(snapshot.status_line(), "Completed at 6 min 5 s");
}

#[test]
fn advance_to_stands_at_the_start_of_that_second() {
    let mut simulation = Simulation::new(&ada(), CallLog::Keep);
    simulation.advance_to(305);
    let snapshot = simulation.snapshot();
    assert_eq!(snapshot.time, 305);
    // The retry due at 305 has not started yet: that second is next.
    assert_eq!(snapshot.calls, 1);
    assert_eq!(snapshot.next_event, Some(305));
    simulation.advance_by(1);
    assert_eq!(simulation.time(), 306);
    assert_eq!(simulation.snapshot().lines_in_use, 1);
    // Past the end the clock stays where the run ended.
    simulation.advance_to(1_000_000);
    assert_eq!(simulation.time(), 365);
    assert!(simulation.is_finished());
}

#[test]
fn advance_to_stops_at_the_horizon() {
    let mut simulation = Simulation::new(&long_living(1), CallLog::Keep);
    simulation.advance_to(20_000);
    assert_eq!(simulation.time(), 10_000);
    assert!(simulation.is_finished());
}

#[test]
fn run_while_asks_its_budget_and_can_pause() {
    let scenario = scenario(json!({"generate": {"count": 20_000}, "dialer": {"seed": 3}}));
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    assert!(!simulation.run_while(|| false));
    assert_eq!(simulation.snapshot().calls, 0);

    let mut checks = 0;
    let done = simulation.run_while(|| {
        checks += 1;
        checks <= 3
    });
    assert!(!done);
    assert_eq!(checks, 4);
    let paused_at = simulation.time();
    assert!(paused_at > 0);

    assert!(simulation.run_while(|| true));
    assert!(simulation.is_finished());
    // Pausing changes nothing in the outcome.
    assert_eq!(
        results(&simulation),
        results(&simulate(&scenario, CallLog::Keep))
    );
}

#[test]
fn run_until_stands_at_its_target_and_shows_every_second_processed() {
    let scenario = scenario(json!({
        "campaign": {"attempts": [{"delaySeconds": 300}]},
        "recipients": [{"script": ["busy", "answered"]}]
    }));
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    let mut seen = Vec::new();
    assert!(simulation.run_until(Some(100), || true, |s| seen.push(s.time())));
    assert_eq!(
        seen,
        [0, 5],
        "the first call starts at launch and ends 5 s later"
    );
    assert_eq!(simulation.time(), 100);
    assert_eq!(simulation.snapshot().next_event, Some(305));

    // Out of budget before the first look: nothing happens.
    assert!(!simulation.run_until(Some(1_000), || false, |_| unreachable!()));
    assert_eq!(simulation.time(), 100);

    seen.clear();
    assert!(simulation.run_until(None, || true, |s| seen.push(s.time())));
    assert_eq!(seen, [305, 365]);
    assert!(simulation.is_finished());
    assert_eq!(
        results(&simulation),
        results(&simulate(&scenario, CallLog::Keep))
    );
}

#[test]
fn mixing_steps_advances_and_budgets_gives_the_results_of_one_run() {
    let scenario = scenario(json!({
        "campaign": {"attempts": [{"delaySeconds": 300}, {"delaySeconds": 3600}],
                     "launchAt": "2026-12-04T16:00",
                     "callingWindow": {"start": "09:00", "end": "18:00", "days": ["mon", "fri"]}},
        "dialer": {"lines": 3, "seed": 11},
        "generate": {"count": 300}
    }));
    let whole = simulate(&scenario, CallLog::Keep);
    let mut stepped = Simulation::new(&scenario, CallLog::Keep);
    let mut round = 0u64;
    while !stepped.is_finished() {
        match round % 3 {
            0 => {
                stepped.step();
            }
            1 => stepped.advance_by(round * 97),
            _ => {
                let mut n = 0;
                stepped.run_while(|| {
                    n += 1;
                    n < 2
                });
            }
        }
        round += 1;
    }
    assert_eq!(results(&stepped), results(&whole));
}

#[test]
fn stop_before_the_current_second_is_processed_stops_at_it() {
    let scenario = scenario(json!({
        "campaign": {"attempts": [{"delaySeconds": 100}]},
        "recipients": [{"script": ["busy"]}, {"script": ["answered"]}],
        "dialer": {"lines": 1}
    }));
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    simulation.advance_to(5);
    // R0's call ends at 5 and would be retried; R1 would start at 5.
    assert_eq!(simulation.stop(), Some(5));
    let snapshot = simulation.snapshot();
    assert_eq!(
        (snapshot.status, snapshot.ended_at),
        (RunStatus::Stopped, Some(5))
    );
    assert!(snapshot.finished);
    assert_eq!(snapshot.status_line(), "Stopped at 5 s");
    let states: Vec<(RecipientStatus, Option<u64>)> = simulation
        .recipients()
        .map(|r| (r.status, r.finished_at))
        .collect();
    assert_eq!(
        states,
        [
            (RecipientStatus::Cancelled, Some(5)),
            (RecipientStatus::Cancelled, Some(5))
        ]
    );
    assert_eq!(simulation.calls().count(), 1);
    assert_eq!(simulation.stop(), None);
}

#[test]
fn stop_after_a_processed_second_stops_at_the_next_one() {
    let mut simulation = Simulation::new(&ada(), CallLog::Keep);
    assert_eq!(simulation.step(), Some(0));
    // The call started at 0 is in progress; no call may start at or after the stop.
    assert_eq!(simulation.stop(), Some(1));
    assert!(!simulation.is_finished());
    simulation.run_to_end();
    assert_eq!(simulation.time(), 5);
    let ada = simulation.recipient(0).expect("Ada");
    assert_eq!(ada.status, RecipientStatus::Cancelled);
    assert_eq!(ada.finished_at, Some(5));
}

#[test]
fn a_stop_at_completion_loses_to_it() {
    let mut simulation = Simulation::new(&ada(), CallLog::Keep);
    simulation.advance_to(365);
    assert_eq!(simulation.stop(), None);
    let snapshot = simulation.snapshot();
    assert_eq!(
        (snapshot.status, snapshot.ended_at),
        (RunStatus::Completed, Some(365))
    );
}

#[test]
fn a_recipient_added_by_hand_is_called_at_once_when_a_line_is_free() {
    let mut simulation = Simulation::new(&long_living(1), CallLog::Keep);
    assert_eq!(simulation.step(), Some(0));
    assert_eq!(
        simulation.snapshot().status_line(),
        "Running — waiting for recipients"
    );
    simulation.advance_to(50);
    assert_eq!(simulation.add_recipient(), Ok(0));
    // Standing before second 50: the call starts when it is processed.
    assert_eq!(simulation.snapshot().next_event, Some(50));
    assert_eq!(simulation.step(), Some(50));
    // After a processed second, a free line takes the newcomer at that very second.
    assert_eq!(simulation.step(), Some(110));
    assert_eq!(simulation.add_recipient(), Ok(1));
    assert_eq!(simulation.add_recipient(), Ok(2));
    let starts: Vec<(usize, u64)> = simulation.calls().map(|c| (c.recipient, c.start)).collect();
    assert_eq!(starts, [(0, 50), (1, 110)]);
    simulation.run_to_end();
    let starts: Vec<(usize, u64)> = simulation.calls().map(|c| (c.recipient, c.start)).collect();
    assert_eq!(starts, [(0, 50), (1, 110), (2, 170)]);
    // With nothing left to happen, a step goes to the horizon.
    assert_eq!(simulation.time(), 10_000);
    assert!(
        simulation
            .recipients()
            .all(|r| r.last_outcome == Some(Outcome::Answered))
    );
}

#[test]
fn recipients_are_added_to_running_long_living_campaigns_only() {
    let mut fixed = Simulation::new(&ada(), CallLog::Keep);
    assert_eq!(fixed.add_recipient(), Err(AddError::FixedCampaign));
    assert_eq!(
        AddError::FixedCampaign.to_string(),
        "A fixed campaign takes no recipients after launch"
    );

    let mut stopped = Simulation::new(&long_living(1), CallLog::Keep);
    stopped.stop();
    assert_eq!(stopped.add_recipient(), Err(AddError::NotRunning));

    let mut ended = Simulation::new(&long_living(1), CallLog::Keep);
    ended.run_to_end();
    assert_eq!(ended.add_recipient(), Err(AddError::NotRunning));
}

#[test]
fn a_random_recipient_draws_the_same_outcomes_whoever_else_is_called() {
    // A recipient's draws depend on the seed, its index and the call number only.
    let outcomes = |lines: u32, count: u32| {
        let scenario = scenario(json!({
            "campaign": {"attempts": [{"delaySeconds": 60}, {"delaySeconds": 60}]},
            "dialer": {"lines": lines, "seed": 99},
            "generate": {"count": count}
        }));
        let simulation = simulate(&scenario, CallLog::Keep);
        let mut calls: Vec<(usize, u32, Outcome)> = simulation
            .calls()
            .filter(|c| c.recipient < 20)
            .map(|c| (c.recipient, c.attempt, c.outcome))
            .collect();
        calls.sort_unstable();
        calls
    };
    assert_eq!(outcomes(1, 20), outcomes(7, 500));
}

#[test]
fn a_fixed_campaign_stops_at_ten_years_still_running() {
    let scenario = scenario(json!({
        "dialer": {"lines": 1, "outcomeMix": {"noAnswer": 1}, "durationsSeconds": {"noAnswer": 86_400}},
        "generate": {"count": 5_000}
    }));
    let simulation = simulate(&scenario, CallLog::Skip);
    let snapshot = simulation.snapshot();
    assert!(simulation.is_finished());
    assert!(simulation.at_time_limit());
    assert_eq!(
        snapshot.time,
        campaign_editor::domain::limits::MAX_SCENARIO_SECS
    );
    assert_eq!(snapshot.status, RunStatus::Running);
    assert_eq!(snapshot.ended_at, None);
    let summary = campaign_editor::domain::simulation::summary(&simulation);
    assert!(summary.contains(campaign_editor::domain::simulation::TIME_LIMIT_NOTE));
    let short = simulate(&ada(), CallLog::Skip);
    assert!(!short.at_time_limit());
}
