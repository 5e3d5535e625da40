//! The simulator panel's model, natively: settings to scenario, history, progress, status and the
//! calls filter.

use campaign_editor::domain::campaign::{Campaign, CompletionMode};
use campaign_editor::domain::error::FieldError;
use campaign_editor::domain::limits::MAX_CHART_SAMPLES;
use campaign_editor::domain::simulation::{
    CallLog, DialerModel, RecipientStatus, Scenario, Simulation, summary,
};
use campaign_editor::domain::simulator_panel::{
    CallFilter, Carry, FilteredCalls, History, Playback, Run, SimulatorSettings, Speed,
    calls_listed, comparison_changed, peak_recipients, progress, rows_in_view,
};

fn long_living() -> Campaign {
    Campaign {
        completion: CompletionMode::LongLiving,
        ..Campaign::sample()
    }
}

fn messages(settings: &SimulatorSettings, campaign: &Campaign) -> Vec<(String, String)> {
    crate::support::paths_and_messages(settings.scenario(campaign))
}

#[test]
fn default_settings_make_a_fixed_scenario_without_arrivals_or_horizon() {
    let scenario = SimulatorSettings::default()
        .scenario(&Campaign::sample())
        .expect("valid");
    assert_eq!(scenario.generate, 100);
    assert_eq!(scenario.dialer.lines, 5);
    assert_eq!(scenario.dialer.seed, 42);
    let DialerModel::Mix(mix) = scenario.dialer.model else {
        panic!("the panel uses the outcome mix")
    };
    assert_eq!(mix.total(), 1.0);
    assert_eq!(
        scenario.arrivals, None,
        "a fixed campaign takes no arrivals"
    );
    assert_eq!(scenario.until, None);
    assert_eq!(scenario.campaign, Campaign::sample());
}

#[test]
fn a_long_living_scenario_has_arrivals_and_a_horizon_in_hours() {
    let scenario = SimulatorSettings::default()
        .scenario(&long_living())
        .expect("valid");
    assert_eq!(scenario.arrivals.map(|a| a.per_hour), Some(12));
    assert_eq!(scenario.until, Some(168 * 3_600));
    let none = SimulatorSettings {
        arrivals_per_hour: "0".into(),
        ..SimulatorSettings::default()
    };
    assert_eq!(
        none.scenario(&long_living()).unwrap().arrivals,
        None,
        "0 per hour: nobody arrives"
    );
}

#[test]
fn every_bad_setting_is_reported_with_its_field() {
    let settings = SimulatorSettings {
        recipients: "lots".into(),
        lines: "0".into(),
        seed: "-1".into(),
        mix: ["30", "20", "40", "5"].map(String::from),
        arrivals_per_hour: "3601".into(),
        horizon_hours: "0".into(),
        ..SimulatorSettings::default()
    };
    assert_eq!(
        messages(&settings, &long_living()),
        [
            (
                "recipients".into(),
                "Must be a whole number from 0 to 1,000,000".into()
            ),
            (
                "lines".into(),
                "Must be a whole number from 1 to 10,000".into()
            ),
            (
                "seed".into(),
                "Must be a whole number from 0 to 9,007,199,254,740,991".into()
            ),
            (
                "arrivalsPerHour".into(),
                "Must be a whole number from 0 to 3,600".into()
            ),
            (
                "horizon".into(),
                "Must be a whole number from 1 to 8,760".into()
            ),
            (
                "mix".into(),
                "The outcome mix must add up to 100% (now 95%)".into()
            ),
        ]
    );
    assert_eq!(
        messages(&settings, &Campaign::sample()).len(),
        4,
        "arrivals and horizon only count when long-living"
    );
}

#[test]
fn a_percentage_outside_0_to_100_is_named_by_its_outcome() {
    let settings = SimulatorSettings {
        mix: ["130", "20", "x", "10"].map(String::from),
        ..SimulatorSettings::default()
    };
    assert_eq!(
        messages(&settings, &Campaign::sample()),
        [
            (
                "answered".into(),
                "Must be a whole number from 0 to 100".into()
            ),
            (
                "noAnswer".into(),
                "Must be a whole number from 0 to 100".into()
            ),
        ]
    );
    assert_eq!(settings.mix_shares(), [None, Some(20), None, Some(10)]);
}

#[test]
fn speeds_say_how_many_simulated_seconds_pass_each_second() {
    let per_second: Vec<u64> = Speed::ALL.iter().map(|s| s.seconds_per_second()).collect();
    assert_eq!(per_second, [1, 60, 3_600, 86_400]);
    for speed in Speed::ALL {
        assert_eq!(Speed::from_key(speed.key()), Some(speed));
    }
    assert_eq!(Speed::from_key("2"), None);
}

fn run(scenario_json: &str) -> Simulation {
    let scenario = Scenario::from_json_str(scenario_json).expect("a valid scenario");
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    simulation.run_to_end();
    simulation
}

/// The panel's statistics write the peak as the command line's summary does.
#[test]
fn peak_lines_read_with_thousands_separators_as_in_the_summary() {
    let simulation = run(r#"{"dialer": {"lines": 10000}, "generate": {"count": 12000}}"#);
    assert_eq!(simulation.snapshot().peak_lines_text(), "10,000 of 10,000");
    assert!(summary(&simulation).contains("Peak lines: 10,000 of 10,000\n"));
}

#[test]
fn history_keeps_the_latest_state_and_stays_small() {
    let mut simulation = Simulation::new(
        &Scenario::from_json_str(r#"{"campaign": {"attempts": [{"delaySeconds": 60}]}, "generate": {"count": 2000}, "dialer": {"lines": 3}}"#).unwrap(),
        CallLog::Skip,
    );
    let mut history = History::default();
    history.record(simulation.time(), &simulation.snapshot().recipients);
    while simulation.step().is_some() {
        history.record(simulation.time(), &simulation.snapshot().recipients);
    }
    let samples = history.samples();
    assert!(
        samples.len() <= MAX_CHART_SAMPLES,
        "{} samples",
        samples.len()
    );
    assert!(samples.len() > 100, "enough to draw: {}", samples.len());
    assert!(
        samples.windows(2).all(|w| w[0].time < w[1].time),
        "times increase"
    );
    let last = samples.last().unwrap();
    assert_eq!(last.time, simulation.time());
    let snapshot = simulation.snapshot();
    assert_eq!(
        last.counts,
        RecipientStatus::ALL.map(|s| snapshot.recipients.of(s))
    );
    assert_eq!(
        samples[0].counts,
        [1997, 3, 0, 0, 0],
        "3 lines busy at launch, the rest wait"
    );
    assert_eq!(peak_recipients(history.samples()), 2000);
}

#[test]
fn recording_the_same_second_twice_replaces_it() {
    let simulation = run(r#"{"recipients": [{"script": ["answered"]}]}"#);
    let mut history = History::default();
    history.record(5, &simulation.snapshot().recipients);
    history.record(5, &simulation.snapshot().recipients);
    assert_eq!(history.samples().len(), 1);
}

#[test]
fn progress_is_the_share_of_final_recipients_or_of_the_horizon() {
    let mut simulation = Simulation::new(
        &Scenario::from_json_str(r#"{"recipients": [{"script": ["answered"]}, {"script": ["busy", "answered"]}], "campaign": {"attempts": [{"delaySeconds": 100}]}}"#).unwrap(),
        CallLog::Keep,
    );
    assert_eq!(progress(&simulation.snapshot(), None), 0.0);
    simulation.advance_to(61);
    assert_eq!(
        progress(&simulation.snapshot(), None),
        0.5,
        "one of two reached"
    );
    simulation.run_to_end();
    assert_eq!(progress(&simulation.snapshot(), None), 1.0);

    let mut open = Simulation::new(
        &Scenario::from_json_str(r#"{"campaign": {"longLiving": true}, "until": 1000}"#).unwrap(),
        CallLog::Keep,
    );
    open.advance_to(250);
    assert_eq!(progress(&open.snapshot(), Some(1000)), 0.25);
}

#[test]
fn the_status_counts_who_waits_and_who_is_called() {
    let mut simulation = Simulation::new(
        &Scenario::from_json_str(r#"{"generate": {"count": 45}, "dialer": {"lines": 5}}"#).unwrap(),
        CallLog::Keep,
    );
    simulation.step();
    assert_eq!(
        simulation.snapshot().status_line(),
        "Running — 40 waiting, 5 calling"
    );
    assert_eq!(
        simulation.snapshot().status_line_beside(None, true),
        "Running — paused, 40 waiting, 5 calling"
    );
    simulation.run_to_end();
    assert!(
        simulation
            .snapshot()
            .status_line()
            .starts_with("Completed at ")
    );
    assert!(
        !simulation.snapshot().at_horizon(),
        "a completed run is over, not at a horizon"
    );
    assert_eq!(
        simulation.snapshot().status_line_beside(None, true),
        simulation.snapshot().status_line(),
        "a run over is not paused"
    );

    let mut idle = Simulation::new(
        &Scenario::from_json_str(r#"{"campaign": {"longLiving": true}, "until": 100}"#).unwrap(),
        CallLog::Keep,
    );
    idle.step();
    assert_eq!(
        idle.snapshot().status_line(),
        "Running — waiting for recipients"
    );
    assert_eq!(
        idle.snapshot().status_line_beside(None, true),
        "Running — paused, waiting for recipients"
    );
    assert!(!idle.snapshot().at_horizon());
    // At its horizon a run still runs (SPEC 3), but nothing more happens to it: the panel says so,
    // and a stop comes too late for it.
    idle.run_to_end();
    assert!(idle.snapshot().at_horizon());
    assert_eq!(idle.stop(), None);
    assert!(idle.snapshot().at_horizon());
    assert_eq!(
        idle.snapshot().status_line(),
        "Running — waiting for recipients"
    );
    assert_eq!(
        idle.snapshot().status_line_beside(None, true),
        "Running — horizon reached: waiting for recipients"
    );
}

#[test]
fn the_status_says_what_compares_b_does_once_a_is_over() {
    let scenario = |json: &str| Scenario::from_json_str(json).unwrap();
    let mut a = Simulation::new(&scenario(r#"{"generate": {"count": 1}}"#), CallLog::Keep);
    let mut b = Simulation::new(
        &scenario(
            r#"{"campaign": {"longLiving": true}, "generate": {"count": 45}, "dialer": {"lines": 5}, "until": 100000}"#,
        ),
        CallLog::Keep,
    );
    a.step();
    b.step();
    assert_eq!(
        a.snapshot().status_line_beside(Some(&b.snapshot()), false),
        a.snapshot().status_line(),
        "A's own while A plays"
    );
    a.run_to_end();
    let ended = a.snapshot().status_line();
    let at = ended.strip_prefix("Completed at ").expect("A completed");
    assert_eq!(
        a.snapshot().status_line_beside(Some(&b.snapshot()), false),
        format!("Running — A completed at {at}; B: 40 waiting, 5 calling")
    );
    assert_eq!(
        a.snapshot().status_line_beside(Some(&b.snapshot()), true),
        format!("Running — A completed at {at}; B: paused, 40 waiting, 5 calling")
    );
    b.stop();
    assert_eq!(
        a.snapshot().status_line_beside(Some(&b.snapshot()), false),
        ended,
        "both over: A's own"
    );
}

#[test]
fn filtered_calls_follow_a_growing_log_and_a_changed_filter() {
    let json = r#"{"campaign": {"attempts": [{"delaySeconds": 10}, {"delaySeconds": 10}]},
        "recipients": [{"script": ["busy", "noAnswer", "answered"]}, {"script": ["answered"]}]}"#;
    let scenario = Scenario::from_json_str(json).unwrap();
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    let mut failed = FilteredCalls::default();
    failed.set_filter(CallFilter {
        failed_only: true,
        ..CallFilter::default()
    });
    simulation.step();
    failed.refresh(&simulation);
    assert_eq!(failed.len(), 1, "recipient 0's busy call so far");
    simulation.run_to_end();
    failed.refresh(&simulation);
    assert_eq!(simulation.logged_calls(), 4);
    let outcomes: Vec<_> = (0..failed.len())
        .map(|r| {
            simulation
                .call(failed.position(r).unwrap())
                .unwrap()
                .outcome
                .key()
        })
        .collect();
    assert_eq!(outcomes, ["busy", "noAnswer"]);

    failed.set_filter(CallFilter {
        recipient: Some(1),
        ..CallFilter::default()
    });
    failed.refresh(&simulation);
    assert_eq!(failed.len(), 1);
    assert_eq!(
        simulation
            .call(failed.position(0).unwrap())
            .unwrap()
            .recipient,
        1
    );
}

#[test]
fn only_the_rows_in_view_are_drawn() {
    assert_eq!(rows_in_view(1_000_000, 0.0, 280.0, 28.0, 5), (0, 20));
    assert_eq!(rows_in_view(1_000_000, 28_000.0, 280.0, 28.0, 5), (995, 20));
    assert_eq!(rows_in_view(3, 0.0, 280.0, 28.0, 5), (0, 3));
    assert_eq!(rows_in_view(0, 500.0, 280.0, 28.0, 5), (0, 0));
}

#[test]
fn the_recipient_filter_counts_from_1_to_the_recipients_so_far() {
    assert_eq!(CallFilter::recipient_from("", 5), Ok(None));
    assert_eq!(CallFilter::recipient_from("  ", 5), Ok(None));
    assert_eq!(CallFilter::recipient_from("1", 5), Ok(Some(0)));
    assert_eq!(CallFilter::recipient_from("5", 5), Ok(Some(4)));
    let out_of_range = Err(FieldError::NumberOutOfRange { min: 1, max: 5 });
    for text in ["0", "6", "-1", "2.5", "two"] {
        assert_eq!(CallFilter::recipient_from(text, 5), out_of_range, "{text}");
    }
    // Before anyone is simulated, a number says so; a blank filter is no problem.
    for text in ["1", "999", "two"] {
        assert_eq!(
            CallFilter::recipient_from(text, 0).unwrap_err().to_string(),
            "No recipient is simulated yet: Run or Step first"
        );
    }
    assert_eq!(CallFilter::recipient_from(" ", 0), Ok(None));
}

#[test]
fn settings_problems_depend_only_on_the_completion_mode() {
    let settings = SimulatorSettings {
        arrivals_per_hour: "9999".into(),
        lines: "0".into(),
        ..SimulatorSettings::default()
    };
    let paths = |completion| -> Vec<String> {
        settings
            .problems(completion)
            .into_iter()
            .map(|p| p.path)
            .collect()
    };
    assert_eq!(paths(CompletionMode::Fixed), ["lines"]);
    assert_eq!(
        paths(CompletionMode::LongLiving),
        ["lines", "arrivalsPerHour"]
    );
    // The same problems as with the real campaign.
    let problems = settings.problems(CompletionMode::LongLiving);
    assert_eq!(settings.scenario(&long_living()).unwrap_err(), problems);
    assert!(
        SimulatorSettings::default()
            .problems(CompletionMode::LongLiving)
            .is_empty()
    );
}

#[test]
fn playback_pays_wall_clock_time_in_whole_simulated_seconds() {
    let mut carry = Carry::default();
    assert_eq!(carry.take(0.4, Speed::RealTime), 0);
    assert_eq!(carry.take(0.7, Speed::RealTime), 1, "0.4 + 0.7 s");
    assert_eq!(carry.take(0.5, Speed::RealTime), 0, "0.1 + 0.5 s");
    assert_eq!(carry.take(0.4, Speed::RealTime), 1, "0.6 + 0.4 s");
    assert_eq!(carry.take(-3.0, Speed::RealTime), 0, "a clock going back");
    assert_eq!(carry.take(0.025, Speed::HourPerSecond), 90);
    assert_eq!(carry.take(0.0001, Speed::MinutePerSecond), 0);
    assert_eq!(carry.take(1.0, Speed::DayPerSecond), 86_400);
}

#[test]
fn a_run_plays_at_its_speed_within_its_budget_or_to_the_end() {
    let scenario = Scenario::from_json_str(
        r#"{"campaign": {"attempts": [{"delaySeconds": 300}]},
            "recipients": [{"script": ["busy", "answered"]}]}"#,
    )
    .unwrap();
    let mut run = Run::new(&scenario);
    run.play(Playback::Playing, 0.5, Speed::RealTime, || true);
    assert_eq!(run.simulation.time(), 0, "half a second owed");
    run.play(Playback::Playing, 0.03, Speed::HourPerSecond, || true);
    assert_eq!(run.simulation.time(), 108, "108.5 s owed");
    assert_eq!(
        run.history
            .samples()
            .iter()
            .map(|s| s.time)
            .collect::<Vec<_>>(),
        [0, 5],
        "each second processed is noted"
    );
    run.play(Playback::ToEnd, 0.0, Speed::RealTime, || false);
    assert_eq!(run.simulation.time(), 108, "out of budget");
    run.play(Playback::ToEnd, 0.0, Speed::RealTime, || true);
    assert!(run.simulation.is_finished());
    assert_eq!(run.simulation.time(), 365);
    assert_eq!(run.progress(), 1.0);
}

/// The run of issue 11 that trapped the panel, scaled down: long-living, 20 attempts of 1 s, every
/// call busy, arrivals, a horizon; many more calls than the log keeps.
fn busy_long_living(recipients: u32, lines: u32) -> Scenario {
    let settings = SimulatorSettings {
        recipients: recipients.to_string(),
        lines: lines.to_string(),
        mix: ["0", "100", "0", "0"].map(String::from),
        arrivals_per_hour: "1000".into(),
        horizon_hours: "1".into(),
        ..SimulatorSettings::default()
    };
    let campaign = Campaign {
        retry_strategy: campaign_editor::domain::campaign::RetryStrategy::from_delays([1; 20]),
        ..long_living()
    };
    settings.scenario(&campaign).expect("valid settings")
}

#[test]
fn a_run_keeps_its_first_calls_for_the_table_and_goes_on_without_listing_more() {
    let scenario = busy_long_living(1_000, 100);
    let mut run = Run::keeping_calls(&scenario, 500);
    run.set_filter(CallFilter::default());
    assert_eq!(run.calls_note(), None);
    run.play(Playback::ToEnd, 0.0, Speed::RealTime, || true);
    run.record();
    assert!(run.simulation.is_finished());
    let calls = run.simulation.snapshot().calls;
    assert_eq!(calls, 45_780, "every call is simulated");
    assert_eq!(run.simulation.logged_calls(), 500);
    assert_eq!(run.simulation.calls_not_logged(), calls - 500);
    assert_eq!(run.calls.len(), 500, "the table lists what the log kept");
    assert_eq!(
        run.calls_note().as_deref(),
        Some(
            "The table keeps the first 500 calls; the 45,280 calls after them were simulated but are not listed"
        )
    );
    let whole = campaign_editor::domain::simulation::simulate(&scenario, CallLog::Skip);
    assert_eq!(
        run.simulation.snapshot().stats(),
        whole.snapshot().stats(),
        "the limit changes nothing but the log"
    );
    assert_eq!(
        campaign_editor::domain::limits::MAX_LOGGED_CALLS,
        1_000_000,
        "what README says"
    );
}

#[test]
fn the_panel_refuses_more_recipients_than_a_simulation_takes_with_the_same_check() {
    let settings = |recipients: &str, per_hour: &str| SimulatorSettings {
        recipients: recipients.into(),
        arrivals_per_hour: per_hour.into(),
        horizon_hours: "8760".into(),
        ..SimulatorSettings::default()
    };
    // 1,000,000 + 3,600 × 8,760 = 32,536,000 recipients.
    let too_many = settings("1000000", "3600");
    assert_eq!(
        messages(&too_many, &long_living()),
        [(
            "arrivalsPerHour".to_owned(),
            FieldError::TooManyRecipients.to_string()
        )]
    );
    assert_eq!(
        FieldError::TooManyRecipients.to_string(),
        "A simulation takes at most 10,000,000 recipients, listed, generated and arriving"
    );
    assert_eq!(
        too_many.problems(CompletionMode::LongLiving).len(),
        1,
        "shown at the field"
    );
    // One every 4 s: 1,000,000 + 900 × 8,760 = 8,884,000, within the limit. (1,000 an hour come
    // every 3 s, 1,200 an hour: 11,512,000 in all, over it.)
    let scenario = settings("1000000", "900")
        .scenario(&long_living())
        .expect("within the limit");
    assert_eq!(scenario.recipient_count(), Some(8_884_000));
    assert_eq!(
        messages(&settings("1000000", "1000"), &long_living()).len(),
        1
    );
    assert_eq!(scenario.check_recipient_count(), Ok(()));
    let over = Scenario {
        generate: 10_000_001,
        ..Scenario::default()
    };
    assert_eq!(
        over.check_recipient_count(),
        Err(FieldError::TooManyRecipients)
    );
}

#[test]
fn the_budget_is_asked_every_few_thousand_calls_even_on_10000_lines() {
    let scenario = busy_long_living(100_000, 10_000);
    let mut run = Run::new(&scenario);
    let calls = std::cell::Cell::new(0);
    let (mut checked_at, mut most_between) = (0, 0);
    while !run.simulation.is_finished() {
        run.simulation.run_until(
            None,
            || {
                most_between = most_between.max(calls.get() - checked_at);
                checked_at = calls.get();
                most_between < 20_000
            },
            |s| calls.set(s.snapshot().calls),
        );
        assert!(
            most_between < 20_000,
            "{most_between} calls between two looks at the budget"
        );
    }
}

#[test]
fn a_run_says_when_the_campaign_or_the_settings_changed_since_it_started() {
    let settings = SimulatorSettings::default();
    let scenario = settings.scenario(&Campaign::sample()).expect("valid");
    let mut run = Run::new(&scenario);
    assert_eq!(run.changed_note(Some(&scenario), false), None);
    run.play(Playback::ToEnd, 0.0, Speed::default(), || true);
    assert_eq!(
        run.changed_note(Some(&scenario), false),
        None,
        "playing changes nothing"
    );

    let other_seed = Scenario {
        dialer: campaign_editor::domain::simulation::DialerSettings {
            seed: 7,
            ..scenario.dialer
        },
        ..scenario.clone()
    };
    let renamed = settings
        .scenario(&Campaign {
            name: "Renewals".into(),
            ..Campaign::sample()
        })
        .expect("valid");
    assert_eq!(
        run.changed_note(Some(&renamed), false),
        None,
        "a name changes no call"
    );
    let other_campaign = settings.scenario(&long_living()).expect("valid");
    for (now, why) in [
        (Some(&other_seed), "another seed"),
        (Some(&other_campaign), "another campaign"),
        (None, "a campaign that cannot run"),
    ] {
        assert_eq!(
            run.changed_note(now, false),
            Some(
                "The campaign or the settings have changed since this run started: Reset, then Run, to simulate them."
            ),
            "{why}"
        );
    }
}

#[test]
fn start_now_s_run_is_followed_to_its_end_even_when_it_waits_for_settings() {
    use campaign_editor::domain::simulation::RunStatus::{Completed, Running, Stopped};
    use campaign_editor::domain::simulator_panel::Follow::{self, Nothing, Run, Waiting};
    // (following, the panel's run now) → (following next, the end told)
    let cases: [(Follow, Option<_>, Follow, Option<_>); 9] = [
        (Nothing, Some(Completed), Nothing, None),
        (Nothing, None, Nothing, None),
        (Waiting, None, Waiting, None),
        (Waiting, Some(Running), Run, None),
        (Waiting, Some(Completed), Nothing, Some(Completed)),
        (Run, Some(Running), Run, None),
        (Run, Some(Completed), Nothing, Some(Completed)),
        (Run, Some(Stopped), Nothing, Some(Stopped)),
        (Run, None, Nothing, Some(Stopped)),
    ];
    for (following, status, next, told) in cases {
        assert_eq!(
            following.next(status),
            (next, told),
            "{following:?} at {status:?}"
        );
    }
}

#[test]
fn the_count_under_the_calls_table_says_call_for_one() {
    assert_eq!(calls_listed(0), "0 calls listed");
    assert_eq!(calls_listed(1), "1 call listed");
    assert_eq!(calls_listed(2), "2 calls listed");
    assert_eq!(calls_listed(1_000_000), "1,000,000 calls listed");
}

#[test]
fn a_run_says_when_compares_b_changed_since_it_started() {
    let settings = SimulatorSettings::default();
    let a = settings.scenario(&Campaign::sample()).expect("valid");
    let b = settings.scenario(&long_living()).expect("valid");
    let renamed_b = settings
        .scenario(&Campaign {
            name: "Renewals".into(),
            ..long_living()
        })
        .expect("valid");
    assert!(!comparison_changed(None, None), "no B then, none now");
    assert!(!comparison_changed(Some(&b), Some(&b)), "the same B");
    assert!(
        !comparison_changed(Some(&b), Some(&renamed_b)),
        "a name changes no call"
    );
    assert!(
        comparison_changed(Some(&b), None),
        "B ran; Compare with Nothing now"
    );
    assert!(comparison_changed(None, Some(&b)), "A ran alone; a B now");
    assert!(comparison_changed(Some(&b), Some(&a)), "another B");

    let run = Run::new(&a);
    assert_eq!(
        run.changed_note(Some(&a), true),
        Some(
            "The campaign or the settings have changed since this run started: Reset, then Run, to simulate them."
        ),
        "A as it ran, B not"
    );
}
