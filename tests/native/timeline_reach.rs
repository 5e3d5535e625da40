//! What the retry timeline says about reach: the figures follow the exact expected reach of the
//! calls the timeline places, with one decimal.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::outcome::OutcomeSet;
use campaign_editor::domain::reach::{ReachSettings, expected_reach};
use campaign_editor::domain::timeline::{RetryTimeline, TimelineReach, percent};

use crate::support::window;

const WEEKDAYS: [bool; 7] = [true, true, true, true, true, false, false];

/// SPEC section 8's case: a weekday window 09:00–20:00, launch Monday 09:00, five retries.
fn spec_case(delay: u32) -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays([delay; 5]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        calling_window: Some(window("09:00", "20:00", WEEKDAYS)),
        ..Campaign::default()
    }
}

fn reach_of(campaign: &Campaign) -> TimelineReach {
    TimelineReach::new(
        &RetryTimeline::from_campaign(campaign),
        &ReachSettings::default(),
    )
}

#[test]
fn percentages_have_one_decimal() {
    assert_eq!(percent(0.0), "0.0 %");
    assert_eq!(percent(0.06149), "6.1 %");
    assert_eq!(percent(0.41251), "41.3 %");
    assert_eq!(percent(0.5), "50.0 %");
    assert_eq!(percent(1.0), "100.0 %");
}

#[test]
fn each_row_says_what_its_call_adds_and_the_reach_so_far() {
    let campaign = spec_case(10_800);
    let expected = expected_reach(&campaign, &ReachSettings::default()).unwrap();
    let reach = reach_of(&campaign);
    assert_eq!(
        reach.first_call(),
        Some(format!("{} reached", percent(expected.by_call[0])))
    );
    let mut total = expected.by_call[0];
    for attempt in 1..=5 {
        total += expected.by_call[attempt];
        assert_eq!(
            reach.row(attempt),
            Some(format!(
                "+{} reached, {} in all",
                percent(expected.by_call[attempt]),
                percent(total)
            ))
        );
    }
    assert_eq!(reach.row(6), None, "no such row");
    assert_eq!(
        reach.summary(),
        format!(
            "Expected: {} reached, {:.1} calls per recipient (reach model)",
            percent(expected.reached),
            expected.calls_per_recipient
        )
    );
}

#[test]
fn the_spec_case_shows_that_spacing_retries_reaches_more() {
    let soon = reach_of(&spec_case(60)).summary();
    let spaced = reach_of(&spec_case(10_800)).summary();
    assert!(soon.starts_with("Expected: 2"), "about 27 %: {soon}");
    assert!(spaced.starts_with("Expected: 5"), "about 52 %: {spaced}");
}

#[test]
fn the_figures_follow_the_settings() {
    let timeline = RetryTimeline::from_campaign(&spec_case(3_600));
    let usual = TimelineReach::new(&timeline, &ReachSettings::default());
    let keen = TimelineReach::new(
        &timeline,
        &ReachSettings {
            pick_up: 0.9,
            ..ReachSettings::default()
        },
    );
    assert_ne!(usual.summary(), keen.summary());
}

#[test]
fn without_a_launch_time_there_is_no_figure() {
    let campaign = Campaign {
        launch_at: None,
        ..Campaign::sample()
    };
    let reach = reach_of(&campaign);
    assert_eq!(reach.first_call(), None);
    assert_eq!(reach.row(1), None);
    assert_eq!(
        reach.summary(),
        "Expected reach: the reach model needs a launch date and time"
    );
}

#[test]
fn rows_before_an_invalid_delay_keep_their_figures() {
    let mut draft = Draft::from(&spec_case(3_600));
    draft.attempts[2] = "3 h".into();
    let timeline = RetryTimeline::from_draft(&draft);
    assert_eq!(
        timeline.call_times().len(),
        3,
        "the first call, attempts 1 and 2"
    );
    assert!(!timeline.is_complete());
    let reach = TimelineReach::new(&timeline, &ReachSettings::default());
    let whole = reach_of(&spec_case(3_600));
    assert_eq!(
        reach.row(2),
        whole.row(2),
        "later calls change nothing before them"
    );
    assert_eq!(reach.row(3), None);
    assert_eq!(
        reach.summary(),
        "Expected reach: known once every retry has a time"
    );
}

#[test]
fn the_draft_timeline_knows_its_launch_and_what_is_retried() {
    let campaign = Campaign {
        retry_on: OutcomeSet::ALL_FAILED
            .with(campaign_editor::domain::outcome::Outcome::Busy, false),
        ..spec_case(300)
    };
    let timeline = RetryTimeline::from_draft(&Draft::from(&campaign));
    assert_eq!(timeline.launch(), campaign.launch_at);
    assert_eq!(timeline.retry_on(), campaign.retry_on);
    assert_eq!(
        reach_of(&campaign),
        TimelineReach::new(&timeline, &ReachSettings::default())
    );
}
