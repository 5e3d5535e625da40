//! Property tests over random scenarios: the invariants of SPEC section 3 hold, and the engine
//! agrees with a plain second-by-second model of the same rules (with section 9's call caps).

use campaign_editor::domain::campaign::CompletionMode;
use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::simulation::dialer::MockDialer;
use campaign_editor::domain::simulation::{
    Call, CallLog, RecipientState, RecipientStatus, Results, RunStatus, Scenario, Simulation,
    simulate,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::{Value, json};

fn outcome_key() -> impl Strategy<Value = &'static str> {
    select(vec!["answered", "busy", "noAnswer", "unreachable"])
}

/// A calling window: launch day (1–7 December 2026, a Tuesday to a Monday) and quarter hour, the
/// window's first quarter hour and length in quarter hours (short ones make calls meet its ends
/// often), the chosen days.
fn window() -> impl Strategy<Value = (u32, u32, u32, u32, u8)> {
    (1u32..=7, 0u32..96, 0u32..92, 1u32..40, 1u8..128)
}

/// A quarter hour of the day as `HH:MM`.
fn clock(quarter: u32) -> String {
    format!("{:02}:{:02}", quarter / 4, quarter % 4 * 15)
}

prop_compose! {
    fn scenario_json()(
        long_living in any::<bool>(),
        delays in vec(1u32..400, 0..4),
        retry_on in subsequence(vec!["busy", "noAnswer", "unreachable"], 0..=3),
        window in option::weighted(0.3, window()),
        lines in 1u32..4,
        seed in 0u64..1_000_000,
        weights in [0u32..4, 0u32..4, 0u32..4, 0u32..4],
        durations in [1u32..90, 1u32..90, 1u32..90, 1u32..90],
        listed in vec((option::of(vec(outcome_key(), 0..4)), 0u64..400), 0..6),
        generate in 0u64..6,
        arrivals in option::of(300u32..=3600),
        stop_at in option::weighted(0.3, 0u64..1500),
        until in option::weighted(0.5, 0u64..3000),
        caps in option::weighted(0.3, vec((1u32..4, 1u32..3), 1..=3)),
    ) -> Value {
        let mut campaign = json!({
            "longLiving": long_living,
            "attempts": delays.iter().map(|d| json!({"delaySeconds": d})).collect::<Value>(),
            "retryOn": retry_on,
        });
        if let Some(caps) = caps {
            campaign["callCaps"] =
                caps.iter().map(|(c, h)| json!({"calls": c, "hours": h})).collect();
        }
        if let Some((day, quarter, start, length, days)) = window {
            campaign["launchAt"] = json!(format!("2026-12-{day:02}T{}", clock(quarter)));
            let end = (start + length).min(95);
            let days: Vec<&str> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .into_iter()
                .enumerate()
                .filter(|(i, _)| days & (1 << i) != 0)
                .map(|(_, d)| d)
                .collect();
            campaign["callingWindow"] = json!({
                "start": clock(start), "end": clock(end), "days": days
            });
        }
        let total: u32 = weights.iter().sum::<u32>().max(1);
        let weights = if weights.iter().all(|w| *w == 0) { [1, 0, 0, 0] } else { weights };
        let mix: serde_json::Map<String, Value> = Outcome::ALL
            .iter()
            .zip(weights)
            .map(|(o, w)| (o.key().to_owned(), json!(f64::from(w) / f64::from(total))))
            .collect();
        let durations: serde_json::Map<String, Value> = Outcome::ALL
            .iter()
            .zip(durations)
            .map(|(o, d)| (o.key().to_owned(), json!(d)))
            .collect();
        let recipients: Vec<Value> = listed
            .into_iter()
            .map(|(script, added_at)| {
                let mut recipient = json!({"addedAt": if long_living { added_at } else { 0 }});
                if let Some(script) = script {
                    recipient["script"] = json!(script);
                }
                recipient
            })
            .collect();
        let mut scenario = json!({
            "campaign": campaign,
            "dialer": {"lines": lines, "seed": seed, "outcomeMix": mix, "durationsSeconds": durations},
            "recipients": recipients,
            "generate": {"count": generate},
        });
        if long_living && let Some(per_hour) = arrivals {
            scenario["arrivals"] = json!({"perHour": per_hour});
        }
        if let Some(stop_at) = stop_at {
            scenario["stopAt"] = json!(stop_at);
        }
        match until {
            Some(until) => scenario["until"] = json!(until),
            None if long_living && stop_at.is_none() => scenario["until"] = json!(2000),
            None => {}
        }
        scenario
    }
}

fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_json().prop_map(|value| {
        Scenario::from_json(&value).unwrap_or_else(|p| panic!("{value} is valid: {p:?}"))
    })
}

/// A scenario whose calling window is a quarter of an hour a day, with many short calls queueing
/// for few lines: calls end and fall due at the window's edges often.
fn busy_window_scenario() -> impl Strategy<Value = Scenario> {
    (scenario_json(), 0u32..95, 20u64..60, 1u32..3).prop_map(|(mut value, start, count, lines)| {
        value["campaign"]["launchAt"] = json!("2026-12-07T00:00");
        value["campaign"]["callingWindow"] =
            json!({"start": clock(start), "end": clock(start + 1), "days": ["mon", "wed"]});
        value["generate"] = json!({"count": count});
        value["dialer"]["lines"] = json!(lines);
        for outcome in Outcome::ALL {
            let seconds = &mut value["dialer"]["durationsSeconds"][outcome.key()];
            *seconds = json!(seconds.as_u64().expect("a duration") % 20 + 1);
        }
        Scenario::from_json(&value).unwrap_or_else(|p| panic!("{value} is valid: {p:?}"))
    })
}

/// A scenario under the reach model, with pick-up and presence high enough that some calls are
/// answered, and the launch it needs.
fn reach_scenario() -> impl Strategy<Value = Scenario> {
    (scenario_json(), 0u32..96).prop_map(|(mut value, quarter)| {
        let dialer = &mut value["dialer"];
        dialer
            .as_object_mut()
            .expect("an object")
            .remove("outcomeMix");
        dialer["model"] = json!("reach");
        dialer["reach"] = json!({"pickUp": 0.6, "presenceByHour": vec![0.6; 24], "awayMinutes": 2});
        if value["campaign"]["launchAt"].is_null() {
            value["campaign"]["launchAt"] = json!(format!("2026-12-07T{}", clock(quarter)));
        }
        Scenario::from_json(&value).unwrap_or_else(|p| panic!("{value} is valid: {p:?}"))
    })
}

fn results(simulation: &Simulation) -> Value {
    serde_json::to_value(Results::new(simulation, true)).expect("results serialize")
}

/// How a run ended, as the model computes it.
#[derive(Debug, PartialEq)]
struct Run {
    status: RunStatus,
    ended_at: Option<u64>,
    time: u64,
    calls: Vec<Call>,
    recipients: Vec<RecipientState>,
    peak_lines: u32,
}

/// One recipient in the model.
struct Person {
    script: Option<Vec<Outcome>>,
    status: RecipientStatus,
    due: u64,
    calls: u32,
    finished_at: Option<u64>,
    last: Option<Outcome>,
}

/// Section 3 read literally: every second in turn, with linear scans. Only stretches when the
/// calling window is closed and nothing else can happen are skipped.
fn model(scenario: &Scenario) -> Run {
    let mut dialer = MockDialer::new(&scenario.dialer, scenario.campaign.launch_at);
    let campaign = &scenario.campaign;
    let window = campaign
        .calling_window
        .zip(campaign.launch_at)
        .map(|(w, launch)| w.from_launch(launch));
    let waiting = |due, script| Person {
        script,
        status: RecipientStatus::Waiting,
        due,
        calls: 0,
        finished_at: None,
        last: None,
    };
    let mut people: Vec<Person> = scenario
        .recipients
        .iter()
        .map(|r| waiting(r.added_at, r.script.clone()))
        .collect();
    people.extend((0..scenario.generate).map(|_| waiting(0, None)));
    for r in 0..people.len() {
        dialer.admit(r as u32);
    }
    let arrivals_end = scenario.arrivals_end();
    let mut in_flight: Vec<(u64, usize)> = Vec::new();
    let mut calls = Vec::new();
    let (mut status, mut ended_at, mut peak) = (RunStatus::Running, None, 0);
    let mut t = 0u64;
    loop {
        // (1) Calls ending at t.
        let ending: Vec<usize> = in_flight
            .iter()
            .filter(|(end, _)| *end == t)
            .map(|(_, r)| *r)
            .collect();
        in_flight.retain(|(end, _)| *end != t);
        for r in ending {
            let person = &mut people[r];
            let outcome = person.last.expect("a call has an outcome");
            let delay = campaign.retry_strategy.delay(person.calls as usize);
            let retried = outcome != Outcome::Answered
                && campaign.retry_on.contains(outcome)
                && delay.is_some();
            person.status = match outcome {
                Outcome::Answered => RecipientStatus::Reached,
                _ if retried && status == RunStatus::Stopped => RecipientStatus::Cancelled,
                _ if retried => RecipientStatus::Waiting,
                _ => RecipientStatus::Failed,
            };
            if person.status == RecipientStatus::Waiting {
                person.due = t + u64::from(delay.expect("a retry"));
            } else {
                person.finished_at = Some(t);
            }
        }
        // (2) Arrivals (listed recipients are waiting from launch, due at their addedAt).
        if let Some(arrivals) = scenario.arrivals
            && status == RunStatus::Running
            && t > 0
            && t.is_multiple_of(arrivals.interval())
            && arrivals_end.is_none_or(|end| t <= end)
        {
            dialer.admit(people.len() as u32);
            people.push(waiting(t, None));
        }
        // (3) Completion.
        if status == RunStatus::Running
            && campaign.completion == CompletionMode::Fixed
            && people.iter().all(|p| p.status.is_final())
        {
            status = RunStatus::Completed;
            ended_at = Some(t);
        }
        // (4) The stop.
        if status == RunStatus::Running && scenario.stop_at == Some(t) {
            status = RunStatus::Stopped;
            ended_at = Some(t);
            for person in &mut people {
                if person.status == RecipientStatus::Waiting {
                    person.status = RecipientStatus::Cancelled;
                    person.finished_at = Some(t);
                }
            }
        }
        // (5) Dispatch.
        let open = window.is_none_or(|w| w.is_open(t));
        if status == RunStatus::Running && open {
            let mut due: Vec<usize> = (0..people.len())
                .filter(|&r| people[r].status == RecipientStatus::Waiting && people[r].due <= t)
                .collect();
            due.sort_by_key(|&r| (people[r].due, r));
            for r in due {
                if in_flight.len() >= scenario.dialer.lines as usize {
                    break;
                }
                // SPEC 9: fewer than `calls` of r's calls started in (t − period, t].
                let capped = campaign.call_caps.iter().any(|cap| {
                    let period = cap.period_seconds();
                    let recent = calls
                        .iter()
                        .filter(|c: &&Call| c.recipient == r && c.start + period > t)
                        .count();
                    recent >= cap.calls as usize
                });
                if capped {
                    continue;
                }
                let person = &mut people[r];
                let outcome = dialer.outcome(r as u32, person.calls, t, person.script.as_deref());
                let end = t + u64::from(dialer.duration(outcome));
                calls.push(Call {
                    recipient: r,
                    attempt: person.calls,
                    start: t,
                    end,
                    outcome,
                });
                person.calls += 1;
                person.last = Some(outcome);
                person.status = RecipientStatus::Calling;
                in_flight.push((end, r));
            }
        }
        peak = peak.max(in_flight.len() as u32);
        if status == RunStatus::Completed
            || (status == RunStatus::Stopped && in_flight.is_empty())
            || scenario.until == Some(t)
        {
            break;
        }
        t += 1;
        if let Some(w) = window.filter(|w| !w.is_open(t)) {
            // Nothing starts while the window is closed: go to the next second where a call
            // ends, someone arrives, the run stops or ends, or the window opens.
            let next_arrival = scenario
                .arrivals
                .map(|a| t.div_ceil(a.interval()) * a.interval());
            let skip_to = in_flight
                .iter()
                .map(|(end, _)| *end)
                .chain(next_arrival)
                .chain(scenario.stop_at.filter(|s| *s >= t))
                .chain(scenario.until)
                .chain([w.next_opening(t)])
                .min()
                .expect("the window opens");
            t = skip_to.max(t);
        }
        assert!(t < 100_000_000, "the model runs away");
    }
    Run {
        status,
        ended_at,
        time: t,
        calls,
        recipients: people
            .iter()
            .map(|p| RecipientState {
                status: p.status,
                calls: p.calls,
                finished_at: p.finished_at,
                last_outcome: p.last,
            })
            .collect(),
        peak_lines: peak,
    }
}

fn engine_run(simulation: &Simulation) -> Run {
    let snapshot = simulation.snapshot();
    Run {
        status: snapshot.status,
        ended_at: snapshot.ended_at,
        time: snapshot.time,
        calls: simulation.calls().collect(),
        recipients: simulation.recipients().collect(),
        peak_lines: snapshot.peak_lines,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_engine_agrees_with_the_second_by_second_model(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        prop_assert_eq!(engine_run(&simulation), model(&scenario));
    }

    #[test]
    fn the_reach_engine_agrees_with_the_second_by_second_model(scenario in reach_scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        prop_assert_eq!(engine_run(&simulation), model(&scenario));
    }

    #[test]
    fn calls_meet_a_busy_window_as_the_model_says(scenario in busy_window_scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        let (window, launch) = (scenario.campaign.calling_window, scenario.campaign.launch_at);
        let clock = window.zip(launch).map(|(w, l)| w.from_launch(l)).expect("a window");
        for call in simulation.calls() {
            prop_assert!(clock.is_open(call.start), "{call:?} starts outside the window");
        }
        prop_assert_eq!(engine_run(&simulation), model(&scenario));
    }

    #[test]
    fn never_more_calls_at_once_than_lines(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        // Ends sort before starts at the same second: they do not overlap.
        let mut changes: Vec<(u64, i32)> = simulation
            .calls()
            .flat_map(|c| [(c.start, 1), (c.end, -1)])
            .collect();
        changes.sort_unstable();
        let mut in_progress = 0;
        let mut most = 0;
        for (_, change) in changes {
            in_progress += change;
            most = most.max(in_progress);
        }
        prop_assert!(most <= scenario.dialer.lines as i32);
        prop_assert_eq!(most as u32, simulation.snapshot().peak_lines);
    }

    #[test]
    fn no_call_starts_outside_the_window(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        if let (Some(window), Some(launch)) =
            (scenario.campaign.calling_window, scenario.campaign.launch_at)
        {
            let clock = window.from_launch(launch);
            for call in simulation.calls() {
                prop_assert!(clock.is_open(call.start), "{call:?} starts outside the window");
            }
        }
    }

    #[test]
    fn each_call_waits_for_the_previous_one_and_its_delay(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        let mut last_end: Vec<Option<(u32, u64)>> = vec![None; simulation.recipient_count()];
        for call in simulation.calls() {
            match last_end[call.recipient] {
                None => {
                    prop_assert_eq!(call.attempt, 0);
                    let added_at = scenario
                        .recipients
                        .get(call.recipient)
                        .map_or(0, |r| r.added_at);
                    prop_assert!(call.start >= added_at);
                }
                Some((attempt, end)) => {
                    prop_assert_eq!(call.attempt, attempt + 1);
                    let delay = scenario
                        .campaign
                        .retry_strategy
                        .delay(call.attempt as usize)
                        .expect("a retry has an attempt row");
                    prop_assert!(call.start >= end + u64::from(delay));
                }
            }
            last_end[call.recipient] = Some((call.attempt, call.end));
        }
    }

    #[test]
    fn a_completed_fixed_campaign_has_every_recipient_reached_or_failed(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Skip);
        if simulation.snapshot().status == RunStatus::Completed {
            prop_assert_eq!(scenario.campaign.completion, CompletionMode::Fixed);
            for recipient in simulation.recipients() {
                prop_assert!(matches!(
                    recipient.status,
                    RecipientStatus::Reached | RecipientStatus::Failed
                ));
            }
        }
    }

    #[test]
    fn a_long_living_campaign_never_completes(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Skip);
        if scenario.campaign.completion.is_long_living() {
            prop_assert_ne!(simulation.snapshot().status, RunStatus::Completed);
        }
    }

    #[test]
    fn stats_agree_with_the_states_and_the_log(scenario in scenario()) {
        let simulation = simulate(&scenario, CallLog::Keep);
        let stats = simulation.snapshot().stats();
        let count = |status| simulation.recipients().filter(|r| r.status == status).count() as u64;
        prop_assert_eq!(stats.reached, count(RecipientStatus::Reached));
        prop_assert_eq!(stats.failed, count(RecipientStatus::Failed));
        prop_assert_eq!(stats.cancelled, count(RecipientStatus::Cancelled));
        prop_assert_eq!(stats.calls, simulation.calls().count() as u64);
        let counts = simulation.snapshot().recipients;
        prop_assert_eq!(counts.total(), simulation.recipient_count() as u64);
        for (index, recipient) in simulation.recipients().enumerate() {
            let calls: Vec<Call> = simulation.calls().filter(|c| c.recipient == index).collect();
            prop_assert_eq!(recipient.calls as usize, calls.len());
            prop_assert_eq!(recipient.last_outcome, calls.last().map(|c| c.outcome));
            prop_assert_eq!(recipient.finished_at.is_some(), recipient.status.is_final());
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_results(scenario in scenario(), budget in 1usize..5) {
        let first = results(&simulate(&scenario, CallLog::Keep));
        prop_assert_eq!(&first, &results(&simulate(&scenario, CallLog::Keep)));
        // However the run is cut into steps.
        let mut stepped = Simulation::new(&scenario, CallLog::Keep);
        while !stepped.is_finished() {
            let mut checks = 0;
            stepped.run_while(|| { checks += 1; checks <= budget });
            stepped.advance_by(budget as u64 * 50);
            if stepped.step().is_none() {
                break;
            }
        }
        prop_assert_eq!(&first, &results(&stepped));
    }

    #[test]
    fn reading_any_json_reports_problems_instead_of_failing(value in any_json()) {
        let _ = Scenario::from_json(&value);
        let _ = Scenario::from_json(&json!({"dialer": value.clone(), "recipients": [value]}));
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-zA-Z]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        let keys = select(vec![
            "campaign",
            "dialer",
            "lines",
            "seed",
            "outcomeMix",
            "answered",
            "busy",
            "script",
            "addedAt",
            "generate",
            "count",
            "arrivals",
            "perHour",
            "stopAt",
            "until",
            "x",
        ]);
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::from),
            vec((keys, inner), 0..4).prop_map(|fields| {
                Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}
