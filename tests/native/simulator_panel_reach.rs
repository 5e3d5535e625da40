//! The simulator panel's reach settings as typed (percentages, minutes, presence by hour and its
//! presets) and reach by call number.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, CompletionMode, RetryStrategy};
use campaign_editor::domain::chart::share_axis;
use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::reach::{ReachSettings, expected_reach};
use campaign_editor::domain::simulation::{
    CallLog, DialerModel, ListedRecipient, Scenario, simulate,
};
use campaign_editor::domain::simulator_panel::{
    DialerChoice, Preset, ReachByCall, ReachInput, ReachText, Run, SimulatorSettings,
    presence_label, presence_path, reached_by_call,
};

use crate::support::paths_and_messages;

fn problems(text: &ReachText) -> Vec<(String, String)> {
    paths_and_messages(text.settings())
}

#[test]
fn the_defaults_read_as_spec_section_8() {
    let text = ReachText::default();
    let typed: Vec<&str> = ReachInput::ALL.iter().map(|&i| text.number(i)).collect();
    assert_eq!(typed, ["8", "45", "2", "15", "60", "6", "5", "15"]);
    assert_eq!(text.presence(9), "40");
    assert_eq!(text.settings(), Ok(ReachSettings::default()));
    assert_eq!(text.preset(), Some(Preset::WorkingPeople));
}

#[test]
fn every_label_is_in_plain_words() {
    let labels: Vec<&str> = ReachInput::ALL.iter().map(|i| i.label()).collect();
    assert_eq!(
        labels,
        [
            "Dead numbers %",
            "Pick-up chance %",
            "How alike recipients are",
            "Fatigue per unanswered call %",
            "Away spells, in minutes",
            "Busy share %",
            "Busy spells, in minutes",
            "Phone off when away %",
        ]
    );
    assert_eq!(presence_label(0), "Presence 00:00–01:00 %");
    assert_eq!(presence_label(9), "Presence 09:00–10:00 %");
    assert_eq!(presence_label(23), "Presence 23:00–24:00 %");
}

#[test]
fn percentages_may_have_decimals_and_become_shares() {
    let mut text = ReachText::default();
    text.set_number(ReachInput::DeadNumbers, " 4.5 ".into());
    text.set_number(ReachInput::PickUp, "100".into());
    text.set_number(ReachInput::Fatigue, "0".into());
    text.set_number(ReachInput::PickUpAlike, "0.5".into());
    // Written as the hints and messages write it, as a typed delay may be.
    text.set_number(ReachInput::AwayMinutes, "1,440".into());
    text.set_presence(3, ".5".into());
    let settings = text.settings().unwrap();
    assert_eq!(settings.dead_numbers, 0.045);
    assert_eq!(settings.pick_up, 1.0);
    assert_eq!(settings.fatigue, 0.0);
    assert_eq!(settings.pick_up_alike, 0.5);
    assert_eq!(settings.away_minutes, 1440.0);
    assert_eq!(settings.presence_by_hour[3], 0.005);
    text.set_number(ReachInput::PickUpAlike, "1,000".into());
    assert_eq!(text.settings().unwrap().pick_up_alike, 1000.0);
    text.set_number(ReachInput::PickUp, "33.3".into());
    assert_eq!(
        text.settings().unwrap().pick_up,
        0.333,
        "the share typed, not 33.3 / 100 (0.33299999999999996), which an export would show"
    );
    assert_eq!(
        ReachText::from(&settings).number(ReachInput::DeadNumbers),
        "4.5"
    );
}

#[test]
fn every_bad_value_is_reported_at_once_with_its_own_message() {
    let mut text = ReachText::default();
    for (input, typed) in [
        (ReachInput::DeadNumbers, "-1"),
        (ReachInput::PickUp, "101"),
        (ReachInput::PickUpAlike, "0"),
        (ReachInput::Fatigue, "1e2"),
        (ReachInput::AwayMinutes, "0.5"),
        (ReachInput::BusyShare, ""),
        (ReachInput::BusyMinutes, "1,441"),
        (ReachInput::AwayUnreachable, "1.2.3"),
    ] {
        text.set_number(input, typed.into());
    }
    text.set_presence(23, "abc".into());
    let percent = "Must be a number from 0 to 100, like 45 or 4.5";
    let expected: Vec<(String, String)> = [
        ("reach.deadNumbers", percent),
        ("reach.pickUp", percent),
        (
            "reach.pickUpAlike",
            "Pick-up alikeness must be a number above 0 and at most 1,000",
        ),
        ("reach.fatigue", percent),
        (
            "reach.awayMinutes",
            "Away spells must be between 1 and 1,440 minutes (1 day)",
        ),
        ("reach.busyShare", percent),
        (
            "reach.busyMinutes",
            "Busy spells must be between 1 and 1,440 minutes (1 day)",
        ),
        ("reach.awayUnreachable", percent),
        ("reach.presenceByHour[23]", percent),
    ]
    .map(|(p, m)| (p.to_owned(), m.to_owned()))
    .into();
    assert_eq!(problems(&text), expected);
    assert_eq!(presence_path(23), "reach.presenceByHour[23]");
}

#[test]
fn presets_set_the_presence_by_hour() {
    let mut text = ReachText::default();
    text.apply(Preset::BusinessLines);
    assert_eq!(text.preset(), Some(Preset::BusinessLines));
    let shares = text.presence_shares();
    assert!(
        shares[10].unwrap() >= 0.8 && shares[22].unwrap() <= 0.05,
        "{shares:?}"
    );
    text.apply(Preset::AtHome);
    assert_eq!(text.preset(), Some(Preset::AtHome));
    let home = text.settings().unwrap().presence_by_hour;
    let working = ReachSettings::default().presence_by_hour;
    assert!(
        (9..17).all(|h| home[h] > working[h]),
        "at home more in the day"
    );
    text.set_presence(10, "66".into());
    assert_eq!(text.preset(), None, "edited by hand");
    text.apply(Preset::WorkingPeople);
    assert_eq!(text.settings(), Ok(ReachSettings::default()));
    for preset in Preset::ALL {
        assert!(preset.percentages().iter().all(|&p| p <= 100), "{preset:?}");
    }
}

#[test]
fn an_unreadable_hour_has_no_bar() {
    let mut text = ReachText::default();
    text.set_presence(5, "lots".into());
    assert_eq!(text.presence_shares()[5], None);
    assert_eq!(text.presence_shares()[6], Some(0.05));
}

fn scripted(scripts: &[&[Outcome]]) -> Scenario {
    Scenario {
        campaign: Campaign {
            retry_strategy: RetryStrategy::from_delays([60, 60]),
            ..Campaign::default()
        },
        recipients: scripts
            .iter()
            .map(|script| ListedRecipient {
                script: Some(script.to_vec()),
                ..ListedRecipient::default()
            })
            .collect(),
        ..Scenario::default()
    }
}

#[test]
fn reach_by_call_counts_reached_recipients_by_their_last_call() {
    use Outcome::{Answered, Busy, NoAnswer};
    let scenario = scripted(&[
        &[Answered],
        &[Busy, Answered],
        &[NoAnswer, NoAnswer, Answered],
        &[NoAnswer, NoAnswer, NoAnswer],
        &[Busy, Answered],
    ]);
    let simulation = simulate(&scenario, CallLog::Skip);
    assert_eq!(reached_by_call(&simulation), [1, 2, 1]);

    let picture = ReachByCall::new(&reached_by_call(&simulation), 5, None);
    let rows: Vec<(usize, f64, f64)> = picture
        .rows
        .iter()
        .map(|r| (r.call, r.simulated, r.simulated_total))
        .collect();
    assert_eq!(rows, [(0, 0.2, 0.2), (1, 0.4, 0.6), (2, 0.2, 0.8)]);
    assert!(picture.rows.iter().all(|r| r.expected.is_none()));
    assert_eq!(picture.peak(), 0.8);
}

#[test]
fn nobody_reached_gives_no_rows_and_no_recipients_gives_zero_shares() {
    let simulation = simulate(&scripted(&[&[Outcome::NoAnswer]]), CallLog::Skip);
    assert!(reached_by_call(&simulation).is_empty());
    let picture = ReachByCall::new(&[], 0, None);
    assert!(picture.rows.is_empty());
    assert_eq!(picture.peak(), 0.0);
    assert_eq!(ReachByCall::new(&[3], 0, None).rows[0].simulated, 0.0);
}

/// The chart's share axis: whole percents a round step apart, from 0 to a top at or above every
/// bar and line, so that each gridline's label is its exact value (a top of 30 % cut in quarters
/// put lines at 7.5 % and 22.5 %, labelled 8 % and 22 %).
#[test]
fn the_share_axis_reads_in_exact_whole_percents() {
    let axis =
        |reached: &[u64], recipients| share_axis(&ReachByCall::new(reached, recipients, None));
    assert_eq!(
        axis(&[3], 10).ticks,
        [0, 10, 20, 30],
        "30 % exactly, not 31 %"
    );
    assert_eq!(axis(&[27], 100).ticks, [0, 10, 20, 30]);
    assert_eq!(axis(&[45], 100).ticks, [0, 10, 20, 30, 40, 50]);
    assert_eq!(axis(&[8], 100).ticks, [0, 2, 4, 6, 8]);
    assert_eq!(axis(&[1], 1).ticks, [0, 20, 40, 60, 80, 100]);
    assert_eq!(axis(&[], 0).ticks, [0, 1], "nobody reached: 0 to 1 %");
    for (reached, recipients) in [(1, 3), (2, 3), (37, 41), (999, 1000), (1, 1000)] {
        let picture = ReachByCall::new(&[reached], recipients, None);
        let axis = share_axis(&picture);
        assert!(axis.top <= 100, "{reached} of {recipients}");
        assert!(
            axis.top as f64 >= picture.peak() * 100.0 - 1e-9,
            "{reached} of {recipients}"
        );
    }
}

#[test]
fn expected_reach_stands_next_to_the_simulated_one() {
    let campaign = Campaign {
        retry_strategy: RetryStrategy::from_delays([3_600, 3_600]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::default()
    };
    let expected = expected_reach(&campaign, &ReachSettings::default()).unwrap();
    let picture = ReachByCall::new(&[30], 100, Some(&expected));
    assert_eq!(picture.rows.len(), 3, "every call the strategy makes");
    assert_eq!(picture.rows[0].expected, Some(expected.by_call[0]));
    assert_eq!(picture.rows[2].simulated, 0.0);
    let total = picture.rows[2].expected_total.unwrap();
    assert!((total - expected.reached).abs() < 1e-12);
    assert!(picture.peak() >= total);
}

fn launched() -> Campaign {
    Campaign {
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::sample()
    }
}

fn reach_model() -> SimulatorSettings {
    SimulatorSettings {
        model: DialerChoice::Reach,
        ..SimulatorSettings::default()
    }
}

#[test]
fn the_panel_runs_the_mix_model_unless_told_otherwise() {
    let scenario = SimulatorSettings::default().scenario(&launched()).unwrap();
    assert!(matches!(scenario.dialer.model, DialerModel::Mix(_)));
    assert_eq!(
        DialerChoice::ALL.map(DialerChoice::label),
        ["Outcome mix", "Reach model"]
    );
}

#[test]
fn the_reach_model_takes_the_settings_typed_and_ignores_the_mix() {
    let mut settings = reach_model();
    settings.mix[0] = "nonsense".into();
    settings.reach.set_number(ReachInput::PickUp, "60".into());
    let scenario = settings.scenario(&launched()).unwrap();
    let DialerModel::Reach(reach) = scenario.dialer.model else {
        panic!("the reach model");
    };
    assert_eq!(reach.pick_up, 0.6);
    assert_eq!(reach.dead_numbers, ReachSettings::default().dead_numbers);
}

#[test]
fn the_mix_model_ignores_the_reach_settings() {
    let mut settings = SimulatorSettings::default();
    settings
        .reach
        .set_number(ReachInput::PickUp, "nonsense".into());
    assert!(settings.scenario(&launched()).is_ok());
}

#[test]
fn the_reach_model_needs_a_launch_time_and_says_so() {
    let mut settings = reach_model();
    settings.reach.set_presence(0, "200".into());
    let campaign = Campaign {
        launch_at: None,
        ..Campaign::sample()
    };
    assert!(settings.needs_launch(&campaign));
    assert!(!settings.needs_launch(&launched()));
    assert!(!SimulatorSettings::default().needs_launch(&campaign));
    assert_eq!(
        paths_and_messages(settings.scenario(&campaign)),
        [
            (
                "model".to_owned(),
                "The reach model needs a launch date and time".to_owned()
            ),
            (
                "reach.presenceByHour[0]".to_owned(),
                "Must be a number from 0 to 100, like 45 or 4.5".to_owned()
            ),
        ]
    );
    let shown: Vec<String> = settings
        .problems(CompletionMode::Fixed)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(
        shown,
        ["reach.presenceByHour[0]"],
        "the launch is the campaign's to say, where the panel shows it"
    );
}

#[test]
fn a_run_of_the_reach_model_compares_with_the_expected_reach() {
    let campaign = launched();
    let scenario = reach_model().scenario(&campaign).unwrap();
    let mut run = Run::new(&scenario);
    let expected = expected_reach(&campaign, &ReachSettings::default()).unwrap();
    assert_eq!(run.expected.as_ref(), Some(&expected));
    run.simulation.run_to_end();
    let picture = run.reach_by_call().expect("a reach run");
    assert_eq!(picture.rows.len(), 3);
    assert_eq!(
        picture.rows[2].expected_total.map(|t| (t * 1e9).round()),
        Some((expected.reached * 1e9).round())
    );
    let mix = Run::new(&SimulatorSettings::default().scenario(&campaign).unwrap());
    assert_eq!(mix.expected, None);
    assert_eq!(mix.reach_by_call(), None, "no picture for the mix model");
}
