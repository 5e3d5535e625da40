//! Compare (SPEC section 11) and the simulator's charts, natively: B's campaign and scenario, both runs
//! from one scenario, the side-by-side figures and their differences, the chart of both curves, the axes' ticks and
//! the chart of recipients by state.

use campaign_editor::domain::advisor::{SuggestRequest, suggest};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, CompletionMode, RetryStrategy};
use campaign_editor::domain::chart::{CountAxis, Frame, STACK, StateChart, TimeAxis};
use campaign_editor::domain::compare::{
    CompareWith, Course, Figures, ReachCurves, Side, Strategies, describe_strategy,
};
use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::simulation::{CallLog, RecipientStatus, RunStatus, Simulation};
use campaign_editor::domain::simulator_panel::{Playback, Run, SimulatorSettings, Speed};

/// Plays `run` to its end, as `Run to end` does.
fn to_end(run: &mut Run) {
    run.play(Playback::ToEnd, 0.0, Speed::default(), || true);
}

/// A run's figures; its recipients are those reached, failed and cancelled (none left waiting).
fn side(status: RunStatus, ended_at: Option<u64>, counts: [u64; 4]) -> Side {
    let [reached, failed, cancelled, calls] = counts;
    Side {
        status,
        ended_at,
        reached,
        failed,
        cancelled,
        calls,
        recipients: reached + failed + cancelled,
    }
}

#[test]
fn b_is_the_campaign_as_edited_but_for_what_is_compared() {
    let a = Campaign::sample();
    let other = CompareWith::OtherCompletion
        .campaign(&a, Strategies::default())
        .expect("valid")
        .expect("a B");
    assert_eq!(other.completion, CompletionMode::LongLiving);
    assert_eq!(
        Campaign {
            completion: a.completion,
            ..other.clone()
        },
        a
    );
    let back = CompareWith::OtherCompletion
        .campaign(&other, Strategies::default())
        .unwrap()
        .unwrap();
    assert_eq!(back.completion, CompletionMode::Fixed);

    let pinned = RetryStrategy::from_delays([60, 7_200]);
    let b = CompareWith::Pinned
        .campaign(&a, pinned_only(&pinned))
        .unwrap()
        .unwrap();
    assert_eq!(b.retry_strategy, pinned);
    assert_eq!(b.completion, a.completion);
    assert_eq!(
        CompareWith::Nothing.campaign(&a, pinned_only(&pinned)),
        Ok(None)
    );
    assert_eq!(
        CompareWith::Pinned
            .campaign(&a, Strategies::default())
            .unwrap_err()
            .to_string(),
        "No strategy is pinned yet: Pin for comparison keeps the retry strategy as it is now"
    );
    assert_eq!(
        CompareWith::Pinned
            .describe_b(&a, pinned_only(&pinned))
            .as_deref(),
        Some("B: pinned strategy, 2 retries: 1 min, 2 h")
    );
    assert_eq!(
        CompareWith::OtherCompletion
            .describe_b(&a, Strategies::default())
            .as_deref(),
        Some("B: long-living")
    );
    assert_eq!(describe_strategy(&RetryStrategy::default()), "no retries");
}

fn pinned_only(pinned: &RetryStrategy) -> Strategies<'_> {
    Strategies {
        pinned: Some(pinned),
        suggested: None,
    }
}

#[test]
fn b_can_be_the_advisors_suggestion() {
    let a = Campaign {
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::sample()
    };
    let suggestion = suggest(&a, &SuggestRequest::for_campaign(&a)).expect("a suggestion");
    let suggested = suggestion.strategy();
    assert_eq!(
        suggested
            .attempts()
            .iter()
            .map(|x| x.delay_seconds)
            .collect::<Vec<_>>(),
        suggestion.delays_seconds
    );
    let pinned = RetryStrategy::from_delays([60]);
    let strategies = Strategies {
        pinned: Some(&pinned),
        suggested: Some(&suggested),
    };
    let b = CompareWith::Suggested
        .campaign(&a, strategies)
        .unwrap()
        .unwrap();
    assert_eq!(
        b.retry_strategy, suggested,
        "the suggestion, not the pinned"
    );
    assert_eq!(
        Campaign {
            retry_strategy: a.retry_strategy.clone(),
            ..b
        },
        a
    );
    assert_eq!(
        CompareWith::Suggested
            .describe_b(&a, strategies)
            .expect("a name"),
        format!(
            "B: the advisor's suggestion, {}",
            describe_strategy(&suggested)
        )
    );
    let none = CompareWith::Suggested.campaign(&a, pinned_only(&pinned));
    assert_eq!(
        none.unwrap_err().to_string(),
        "No suggestion yet: Suggest a strategy in Retry Strategy first"
    );
    assert_eq!(
        CompareWith::Suggested.describe_b(&a, pinned_only(&pinned)),
        None
    );
    assert_eq!(CompareWith::Suggested.label(), "The advisor's suggestion");
}

#[test]
fn the_select_keys_read_back() {
    for choice in CompareWith::ALL {
        assert_eq!(CompareWith::from_key(choice.key()), Some(choice));
    }
    assert_eq!(CompareWith::from_key("suggestion"), None);
}

#[test]
fn both_scenarios_share_recipients_seed_and_dialer() {
    let settings = SimulatorSettings::default();
    let a = Campaign::sample();
    let scenario_a = settings.scenario(&a).unwrap();
    let pinned = RetryStrategy::from_delays([30]);
    let both = Strategies {
        pinned: Some(&pinned),
        suggested: Some(&pinned),
    };
    for with in [
        CompareWith::OtherCompletion,
        CompareWith::Pinned,
        CompareWith::Suggested,
    ] {
        let scenario_b = with.scenario(&settings, &a, both).unwrap().unwrap();
        assert_eq!(scenario_b.dialer, scenario_a.dialer, "{with:?}");
        assert_eq!(scenario_b.generate, scenario_a.generate, "{with:?}");
        assert_eq!(scenario_b.recipients, scenario_a.recipients, "{with:?}");
    }
    assert!(
        CompareWith::Nothing
            .scenario(&settings, &a, Strategies::default())
            .is_none()
    );
    for with in [CompareWith::Pinned, CompareWith::Suggested] {
        let problems = with
            .scenario(&settings, &a, Strategies::default())
            .unwrap()
            .unwrap_err();
        assert_eq!(problems[0].path, "compare", "{with:?}");
    }
}

#[test]
fn run_a_next_to_b_is_the_plain_run_of_the_same_scenario() {
    let settings = SimulatorSettings::default();
    let a = Campaign::sample();
    let scenario_a = settings.scenario(&a).unwrap();
    let scenario_b = CompareWith::OtherCompletion
        .scenario(&settings, &a, Strategies::default())
        .unwrap()
        .unwrap();
    let (mut run_a, mut run_b) = (Run::new(&scenario_a), Run::keeping_calls(&scenario_b, 0));
    // Both step together, a slice each, as the panel's ticks make them.
    for _ in 0..50 {
        for run in [&mut run_a, &mut run_b] {
            run.play(Playback::Playing, 0.5, Speed::HourPerSecond, || true);
        }
    }
    to_end(&mut run_a);
    let mut plain = Simulation::new(&scenario_a, CallLog::Keep);
    plain.run_to_end();
    assert_eq!(run_a.simulation.snapshot(), plain.snapshot());
    assert!(run_a.simulation.calls().eq(plain.calls()));
}

#[test]
fn the_fixed_run_ends_while_the_long_living_one_keeps_taking_arrivals() {
    let settings = SimulatorSettings {
        arrivals_per_hour: "30".into(),
        horizon_hours: "48".into(),
        ..SimulatorSettings::default()
    };
    let a = Campaign::sample();
    assert_eq!(a.completion, CompletionMode::Fixed);
    let scenario_a = settings.scenario(&a).unwrap();
    let scenario_b = CompareWith::OtherCompletion
        .scenario(&settings, &a, Strategies::default())
        .unwrap()
        .unwrap();
    let (mut run_a, mut run_b) = (Run::new(&scenario_a), Run::keeping_calls(&scenario_b, 0));
    to_end(&mut run_a);
    let ended = run_a.simulation.snapshot();
    assert_eq!(ended.status, RunStatus::Completed);
    let at = ended.ended_at.expect("a fixed campaign ends");

    run_b.play(Playback::Playing, at as f64, Speed::RealTime, || true);
    let b_then = run_b.simulation.snapshot();
    assert_eq!(b_then.status, RunStatus::Running, "B runs on at {at} s");
    assert!(b_then.recipients.total() > ended.recipients.total());

    to_end(&mut run_b);
    let b_end = run_b.simulation.snapshot();
    assert_eq!(b_end.status, RunStatus::Running);
    assert_eq!(
        b_end.ended_at, None,
        "a long-living campaign never ends on its own"
    );
    assert_eq!(b_end.time, 48 * 3_600);
    assert!(b_end.recipients.total() > b_then.recipients.total() + 1_000);

    let figures = Figures::new(Side::of(&ended), Side::of(&b_end));
    let rows = figures.rows();
    assert_eq!(
        (
            rows[0].a.as_str(),
            rows[0].b.as_str(),
            rows[0].difference.as_str()
        ),
        ("Completed", "Running", "differs")
    );
    assert_eq!(
        (rows[1].b.as_str(), rows[1].difference.as_str()),
        ("—", "—")
    );
    assert!(figures.differences().reached > 0);
    // Where B's larger figures come from: its arrivals.
    let recipients = rows.last().expect("rows");
    assert_eq!(recipients.label, "Recipients");
    assert_eq!(recipients.a, thousands(ended.recipients.total()));
    assert_eq!(recipients.b, thousands(b_end.recipients.total()));
    assert_eq!(
        recipients.difference,
        format!(
            "+{}",
            thousands(b_end.recipients.total() - ended.recipients.total())
        )
    );
}

#[test]
fn differences_are_b_minus_a() {
    let a = side(RunStatus::Completed, Some(3_600), [40, 10, 0, 100]);
    let b = side(RunStatus::Completed, Some(3_300), [37, 13, 0, 120]);
    let figures = Figures::new(a, b);
    let d = figures.differences();
    assert_eq!(
        (d.ended_at, d.reached, d.failed, d.cancelled, d.calls),
        (Some(-300), -3, 3, 0, 20)
    );
    let per = d.calls_per_reached.expect("both reached someone");
    assert!((per - (120.0 / 37.0 - 2.5)).abs() < 1e-9);

    let table: Vec<[String; 4]> = figures
        .rows()
        .into_iter()
        .map(|r| [r.label.to_owned(), r.a, r.b, r.difference])
        .collect();
    let expected = [
        ["Status", "Completed", "Completed", "same"],
        ["Ended at", "1 h", "55 min", "−5 min"],
        ["Reached", "40", "37", "−3"],
        ["Failed", "10", "13", "+3"],
        ["Cancelled", "0", "0", "0"],
        ["Calls", "100", "120", "+20"],
        ["Calls per reached recipient", "2.50", "3.24", "+0.74"],
        ["Recipients", "50", "50", "0"],
    ];
    assert_eq!(table, expected.map(|row| row.map(String::from)));
}

#[test]
fn the_difference_of_calls_per_reached_recipient_is_that_of_the_figures_shown() {
    // 3.104 and 3.328 show as 3.10 and 3.33: their difference reads 0.23, not 0.224's 0.22.
    let a = side(RunStatus::Completed, Some(3_600), [1_000, 0, 0, 3_104]);
    let b = side(RunStatus::Completed, Some(3_600), [1_000, 0, 0, 3_328]);
    let row = &Figures::new(a, b).rows()[6];
    assert_eq!(
        (row.a.as_str(), row.b.as_str(), row.difference.as_str()),
        ("3.10", "3.33", "+0.23")
    );
    // Figures that show alike differ by 0.00, unsigned.
    let c = side(RunStatus::Completed, Some(3_600), [1_000, 0, 0, 3_101]);
    let row = &Figures::new(a, c).rows()[6];
    assert_eq!((row.b.as_str(), row.difference.as_str()), ("3.10", "0.00"));
}

#[test]
fn calls_per_reached_recipient_waits_for_someone_reached() {
    let a = side(RunStatus::Running, None, [0, 0, 0, 12]);
    let b = side(RunStatus::Running, None, [1_500, 0, 0, 3_000]);
    let rows = Figures::new(a, b).rows();
    assert_eq!(
        (
            rows[6].a.as_str(),
            rows[6].b.as_str(),
            rows[6].difference.as_str()
        ),
        ("—", "2.00", "—")
    );
    assert_eq!(rows[2].difference, "+1,500");
}

#[test]
fn time_ticks_are_round_durations_without_a_launch_time() {
    let axis = TimeAxis::new(7 * 86_400, None, 8);
    assert_eq!(axis.title, "Time after launch");
    let seconds: Vec<u64> = axis.ticks.iter().map(|t| t.seconds).collect();
    assert_eq!(seconds, (0..=7).map(|d| d * 86_400).collect::<Vec<_>>());
    assert_eq!(axis.ticks[1].label, "1 d");
    let short = TimeAxis::new(400, None, 4);
    let labels: Vec<&str> = short.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["0 s", "2 min", "4 min", "6 min"]);
    assert_eq!(TimeAxis::new(0, None, 7).ticks[0].label, "0 s");
}

#[test]
fn time_ticks_fall_on_round_clock_times_after_a_launch() {
    let launch = LocalDateTime::parse("2026-12-07T22:40").unwrap();
    let axis = TimeAxis::new(5 * 3_600, Some(launch), 7);
    assert_eq!(axis.title, "Local time");
    let ticks: Vec<(u64, &str, Option<&str>)> = axis
        .ticks
        .iter()
        .map(|t| (t.seconds, t.label.as_str(), t.day.as_deref()))
        .collect();
    assert_eq!(
        ticks,
        [
            (1_200, "23:00", Some("Mon 7 Dec")),
            (4_800, "00:00", Some("Tue 8 Dec")),
            (8_400, "01:00", None),
            (12_000, "02:00", None),
            (15_600, "03:00", None),
        ]
    );
    let days = TimeAxis::new(6 * 86_400, Some(launch), 7);
    assert_eq!(days.ticks[0].seconds, 4_800, "days start at midnight");
    assert_eq!(days.ticks[0].label, "Tue 8 Dec");
    assert!(days.ticks.len() <= 7);
}

#[test]
fn count_ticks_are_round_and_cover_the_peak() {
    assert_eq!(CountAxis::new(37, 5).ticks, [0, 10, 20, 30, 40]);
    assert_eq!(CountAxis::new(100, 5).ticks, [0, 50, 100]);
    assert_eq!(CountAxis::new(101, 5).ticks, [0, 50, 100, 150]);
    assert_eq!(
        CountAxis::new(0, 5),
        CountAxis {
            top: 1,
            ticks: vec![0, 1]
        }
    );
    let big = CountAxis::new(1_234_567, 5);
    assert!(big.top >= 1_234_567 && big.ticks.len() <= 5);
}

#[test]
fn the_frame_maps_onto_whole_units_inside_it() {
    let frame = Frame {
        left: 10,
        top: 5,
        width: 100,
        height: 50,
    };
    assert_eq!((frame.x(0, 3), frame.x(1, 3), frame.x(3, 3)), (10, 43, 110));
    assert_eq!(frame.x(9, 3), 110, "past the end stays on the edge");
    assert_eq!(
        (frame.y(0, 10), frame.y(10, 10), frame.y(5, 10)),
        (55, 5, 30)
    );
}

#[test]
fn the_chart_draws_both_curves_and_where_a_ended() {
    let sample = |time, reached| {
        let mut counts = [0; 5];
        counts[RecipientStatus::Reached.index()] = reached;
        campaign_editor::domain::simulator_panel::Sample { time, counts }
    };
    let a = [sample(0, 0), sample(3_600, 20), sample(7_200, 30)];
    let b = [sample(0, 0), sample(3_600, 25), sample(10_800, 50)];
    let chart = ReachCurves::new(
        Course {
            samples: &a,
            ended: Some((7_200, true)),
        },
        Course {
            samples: &b,
            ended: None,
        },
        None,
    );
    assert_eq!(chart.time.span, 10_800);
    assert_eq!(chart.count.ticks, [0, 20, 40, 60]);
    let frame = chart.frame;
    assert_eq!(
        chart.b.points.last(),
        Some(&(frame.right(), frame.y(50, 60)))
    );
    assert_eq!(chart.a.points[0], (frame.left, frame.bottom()));
    assert_eq!(chart.a.end, Some((frame.x(7_200, 10_800), "completed")));
    // A reaches no one after it completed: its curve goes on flat to the axis's end, so that a
    // run that ended early still shows beside the other.
    assert_eq!(
        chart.a.points[chart.a.points.len() - 2..],
        [
            (frame.x(7_200, 10_800), frame.y(30, 60)),
            (frame.right(), frame.y(30, 60))
        ]
    );
    assert_eq!(chart.b.end, None);
    let texts: Vec<String> = chart.readouts.iter().map(|r| r.text()).collect();
    assert_eq!(
        texts,
        [
            "0 s: A reached 0, B reached 0",
            "30 min: A reached 0, B reached 0",
            "1 h: A reached 20, B reached 25",
            "1 h 30 min: A reached 20, B reached 25",
            "2 h: A reached 30, B reached 25",
            "2 h 30 min: A reached 30, B reached 25",
            "3 h: A reached 30, B reached 50",
        ]
    );
}

#[test]
fn the_state_chart_stacks_final_states_first_on_labelled_axes() {
    let sample = |time, counts| campaign_editor::domain::simulator_panel::Sample { time, counts };
    // Counts in RecipientStatus::ALL order: waiting, calling, reached, failed, cancelled.
    let samples = [sample(0, [8, 2, 0, 0, 0]), sample(7_200, [0, 0, 6, 4, 0])];
    let launch = LocalDateTime::parse("2026-12-07T09:00");
    let chart = StateChart::new(&samples, Some((7_200, true)), launch);
    assert_eq!(chart.time.title, "Local time");
    assert_eq!(chart.time.ticks[0].full_label(), "Mon 7 Dec, 09:00");
    assert_eq!(chart.count.ticks, [0, 5, 10]);
    let order: Vec<RecipientStatus> = chart.bands.iter().map(|(s, _)| *s).collect();
    assert_eq!(order, STACK);
    let frame = chart.frame;
    // Reached at the bottom: from the axis up to 6 of 10 at the end, back along the axis.
    let bottom = frame.bottom();
    assert_eq!(
        chart.bands[0].1,
        format!(
            "M{l},{bottom}L{r},{y6}L{r},{bottom}L{l},{bottom}Z",
            l = frame.left,
            r = frame.right(),
            y6 = frame.y(6, 10)
        )
    );
    assert_eq!(chart.end, Some((frame.right(), "Completed")));
    assert_eq!(
        chart.readouts.last().map(|r| r.text()).as_deref(),
        Some("11:00: Reached 6, Failed 4, Cancelled 0, Calling 0, Waiting 0")
    );
    let empty = StateChart::new(&[], None, None);
    assert!(empty.bands.iter().all(|(_, path)| path.is_empty()));
    assert_eq!(empty.end, None);
}

#[test]
fn a_run_that_ended_after_the_last_tick_gives_its_final_figures_too() {
    let sample = |time, counts| campaign_editor::domain::simulator_panel::Sample { time, counts };
    // Ended at 10:18:14, after the last tick (10:15 on a 5-minute step).
    let samples = [
        sample(0, [10, 0, 0, 0, 0]),
        sample(900, [2, 1, 5, 2, 0]),
        sample(4_694, [0, 0, 6, 4, 0]),
    ];
    let launch = LocalDateTime::parse("2026-12-07T09:00");
    let states = StateChart::new(&samples, Some((4_694, true)), launch);
    let last = states.readouts.last().expect("figures");
    assert_eq!(
        last.text(),
        "Mon 7 Dec, 10:18:14: Reached 6, Failed 4, Cancelled 0, Calling 0, Waiting 0"
    );
    assert_eq!(last.x, states.frame.right());
    assert_eq!(
        states.readouts.len(),
        states.time.ticks.len() + 1,
        "the ticks', then the end's"
    );
    let live = StateChart::new(&samples, None, launch);
    assert_eq!(live.readouts.len(), live.time.ticks.len(), "no end yet");
    let on_a_tick = StateChart::new(&samples[..2], Some((900, true)), None);
    assert_eq!(
        on_a_tick.readouts.last().map(|r| r.text()).as_deref(),
        Some("15 min: Reached 5, Failed 2, Cancelled 0, Calling 1, Waiting 2"),
        "an end on a tick is that tick's"
    );
    assert_eq!(on_a_tick.readouts.len(), on_a_tick.time.ticks.len());

    let reached = |time, reached| {
        let mut counts = [0; 5];
        counts[RecipientStatus::Reached.index()] = reached;
        sample(time, counts)
    };
    let a = [reached(0, 0), reached(3_600, 20)];
    let b = [reached(0, 0), reached(3_600, 25), reached(11_000, 50)];
    let course = |samples, ended| Course { samples, ended };
    let both = ReachCurves::new(
        course(&a, Some((3_600, true))),
        course(&b, Some((11_000, true))),
        None,
    );
    assert_eq!(
        both.readouts.last().map(|r| r.text()).as_deref(),
        Some("3 h 3 min 20 s: A reached 20, B reached 50")
    );
    let b_running = ReachCurves::new(course(&a, Some((3_600, true))), course(&b, None), None);
    assert_eq!(
        b_running.readouts.last().map(|r| r.text()).as_deref(),
        Some("3 h: A reached 20, B reached 25"),
        "B's figures are its last tick's while it runs"
    );
}

#[test]
fn reach_by_call_puts_each_call_in_its_slot_with_its_figures() {
    use campaign_editor::domain::chart::{call_readouts, call_x};
    use campaign_editor::domain::reach::{ReachSettings, expected_reach};
    use campaign_editor::domain::simulator_panel::ReachByCall;

    let campaign = Campaign {
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::sample()
    };
    let expected = expected_reach(&campaign, &ReachSettings::default()).expect("a launch");
    let picture = ReachByCall::new(&[30, 12], 100, Some(&expected));
    let frame = Frame {
        left: 50,
        top: 10,
        width: 300,
        height: 100,
    };
    let xs: Vec<i32> = (0..3).map(|c| call_x(&picture, frame, c)).collect();
    assert_eq!(xs, [100, 200, 300], "the middle of three slots");
    let readouts = call_readouts(&picture, frame);
    assert_eq!(readouts.len(), 3);
    assert_eq!(
        readouts.iter().map(|r| r.x).collect::<Vec<_>>(),
        xs,
        "each figure at its call"
    );
    assert_eq!(readouts[0].time, "First call");
    assert_eq!(
        readouts[1].values[0],
        ("Simulated", "12.0 % (42.0 % in all)".to_owned())
    );
    assert!(
        readouts[2]
            .text()
            .starts_with("Attempt 2: Simulated 0.0 % (42.0 % in all), Expected "),
        "{}",
        readouts[2].text()
    );
}
