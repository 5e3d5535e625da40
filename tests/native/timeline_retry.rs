//! The retry timeline: when each retry fires if every call fails at once (SPEC section 5), what
//! the `Retry timeline` list says, and the default launch time. Expected values are worked out by
//! hand.

use campaign_editor::domain::calendar::{Days, LocalDateTime};
use campaign_editor::domain::campaign::{Campaign, RetryStrategy, call_name};
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::outcome::OutcomeSet;
use campaign_editor::domain::timeline::retry_timeline::{
    DeferredBy, FirstCall, Gap, RetryTimeline, Row, TimelineEntry, default_launch,
};
use campaign_editor::domain::window::CallingWindow;
use proptest::prelude::*;

use crate::support::{any_window, inside, window};

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).expect("a date-time")
}

const WEEKDAYS: [bool; 7] = [true, true, true, true, true, false, false];
const EVERY_DAY: [bool; 7] = [true; 7];

fn campaign(
    delays: &[u32],
    launch: Option<&str>,
    calling_window: Option<CallingWindow>,
) -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays(delays.iter().copied()),
        launch_at: launch.map(at),
        calling_window,
        ..Campaign::default()
    }
}

/// (attempt, due offset, offset, deferred, fires at) of every row, all placed.
fn table(schedule: &RetryTimeline) -> Vec<(usize, u64, u64, u64, Option<String>)> {
    schedule
        .rows()
        .iter()
        .map(|row| {
            let e = row.entry().expect("every row is placed");
            let fires_at = e.fires_at.map(|t| t.to_string());
            (
                e.attempt,
                e.due_offset_seconds,
                e.offset_seconds,
                e.deferred_seconds,
                fires_at,
            )
        })
        .collect()
}

fn texts(schedule: &RetryTimeline) -> Vec<String> {
    schedule.rows().iter().map(Row::describe).collect()
}

fn offsets(schedule: &RetryTimeline) -> Vec<u64> {
    schedule
        .entries()
        .iter()
        .map(|e| e.offset_seconds)
        .collect()
}

fn some(text: &str) -> Option<String> {
    Some(text.to_owned())
}

// The article's valid attempts.

#[test]
fn the_articles_attempts_fire_5_min_and_1_h_5_min_after_the_first_call() {
    let schedule = RetryTimeline::from_campaign(&campaign(&[300, 3_600], None, None));
    assert_eq!(
        table(&schedule),
        [(1, 300, 300, 0, None), (2, 3_900, 3_900, 0, None)]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 5 min after the first call",
            "Attempt 2 — 1 h 5 min after the first call",
        ]
    );
    assert_eq!(
        schedule.summary(),
        "Last retry 1 h 5 min after the first call"
    );
    assert_eq!(schedule.span(), 3_900);
    assert_eq!(
        schedule.first_call(),
        Ok(FirstCall {
            deferred_seconds: 0,
            fires_at: None
        })
    );
    assert_eq!(schedule.first_call().unwrap().describe(), "First call");
}

#[test]
fn with_a_launch_time_each_attempt_gets_its_clock_time() {
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[300, 3_600], Some("2026-12-07T09:00"), None));
    assert_eq!(
        table(&schedule),
        [
            (1, 300, 300, 0, some("2026-12-07T09:05")),
            (2, 3_900, 3_900, 0, some("2026-12-07T10:05")),
        ]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
            "Attempt 2 — 1 h 5 min after the first call, Mon 7 Dec, 10:05",
        ]
    );
    assert_eq!(
        schedule.first_call().unwrap().describe(),
        "First call, Mon 7 Dec, 09:00"
    );
}

#[test]
fn preview_timeline_entries_serialize_in_camel_case_with_exactly_the_api_fields() {
    let with_launch =
        RetryTimeline::from_campaign(&campaign(&[300, 3_600], Some("2026-12-07T09:00"), None));
    assert_eq!(
        serde_json::to_string(&with_launch.entries()).unwrap(),
        r#"[{"attempt":1,"dueOffsetSeconds":300,"offsetSeconds":300,"deferredSeconds":0,"deferredBy":[],"firesAt":"2026-12-07T09:05"},{"attempt":2,"dueOffsetSeconds":3900,"offsetSeconds":3900,"deferredSeconds":0,"deferredBy":[],"firesAt":"2026-12-07T10:05"}]"#
    );
    let without = RetryTimeline::from_campaign(&campaign(&[300], None, None));
    assert_eq!(
        serde_json::to_string(&without.entries()).unwrap(),
        r#"[{"attempt":1,"dueOffsetSeconds":300,"offsetSeconds":300,"deferredSeconds":0,"deferredBy":[],"firesAt":null}]"#
    );
}

#[test]
fn twenty_attempts_of_three_hours_reach_2_d_12_h() {
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[10_800; 20], Some("2026-12-07T09:00"), None));
    let expected: Vec<u64> = (1..=20).map(|n| n * 10_800).collect();
    assert_eq!(offsets(&schedule), expected);
    let rows = table(&schedule);
    assert_eq!(rows[4], (5, 54_000, 54_000, 0, some("2026-12-08T00:00")));
    assert_eq!(
        rows[19],
        (20, 216_000, 216_000, 0, some("2026-12-09T21:00"))
    );
    assert_eq!(
        schedule.rows()[19].describe(),
        "Attempt 20 — 2 d 12 h after the first call, Wed 9 Dec, 21:00"
    );
    assert_eq!(
        schedule.summary(),
        "Last retry 2 d 12 h after the first call"
    );
}

// The calling window.

#[test]
fn a_friday_1750_launch_defers_attempt_2_to_monday_0900() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule = RetryTimeline::from_campaign(&campaign(
        &[300, 3_600],
        Some("2026-12-11T17:50"),
        Some(office),
    ));
    // Attempt 2 is due Fri 18:55 (3,900 s in) and fires Mon 09:00: 2 d 15 h 10 min after the
    // first call, held back 2 d 14 h 5 min.
    assert_eq!(
        table(&schedule),
        [
            (1, 300, 300, 0, some("2026-12-11T17:55")),
            (2, 3_900, 227_400, 223_500, some("2026-12-14T09:00")),
        ]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 5 min after the first call, Fri 11 Dec, 17:55",
            "Attempt 2 — 2 d 15 h 10 min after the first call, Mon 14 Dec, 09:00 \
             (deferred 2 d 14 h 5 min by the calling window)",
        ]
    );
    assert_eq!(
        schedule.summary(),
        "Last retry 2 d 15 h 10 min after the first call"
    );
}

#[test]
fn twenty_three_hour_retries_in_a_weekday_office_window_from_friday_1750() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule = RetryTimeline::from_campaign(&campaign(
        &[10_800; 20],
        Some("2026-12-11T17:50"),
        Some(office),
    ));
    // Three retries a day, at 09:00, 12:00 and 15:00; the fourth is due at 18:00 and waits for
    // the next weekday.
    assert_eq!(
        offsets(&schedule),
        [
            227_400, 238_200, 249_000, // Mon 14 Dec
            313_800, 324_600, 335_400, // Tue 15
            400_200, 411_000, 421_800, // Wed 16
            486_600, 497_400, 508_200, // Thu 17
            573_000, 583_800, 594_600, // Fri 18
            832_200, 843_000, 853_800, // Mon 21
            918_600, 929_400, // Tue 22
        ]
    );
    let rows = table(&schedule);
    assert_eq!(
        rows[0],
        (1, 10_800, 227_400, 216_600, some("2026-12-14T09:00"))
    );
    assert_eq!(
        rows[15],
        (16, 605_400, 832_200, 226_800, some("2026-12-21T09:00"))
    );
    assert_eq!(
        rows[19],
        (20, 929_400, 929_400, 0, some("2026-12-22T12:00"))
    );
    assert_eq!(
        schedule.summary(),
        "Last retry 10 d 18 h 10 min after the first call"
    );
}

#[test]
fn a_retry_due_exactly_when_the_window_ends_waits_for_the_next_opening() {
    let daily = window("09:00", "18:00", EVERY_DAY);
    let at_the_end =
        RetryTimeline::from_campaign(&campaign(&[3_600], Some("2026-12-07T17:00"), Some(daily)));
    assert_eq!(
        table(&at_the_end),
        [(1, 3_600, 57_600, 54_000, some("2026-12-08T09:00"))]
    );
    assert_eq!(
        at_the_end.rows()[0].describe(),
        "Attempt 1 — 16 h after the first call, Tue 8 Dec, 09:00 \
         (deferred 15 h by the calling window)"
    );
    let a_second_before =
        RetryTimeline::from_campaign(&campaign(&[3_599], Some("2026-12-07T17:00"), Some(daily)));
    assert_eq!(
        table(&a_second_before),
        [(1, 3_599, 3_599, 0, some("2026-12-07T17:59:59"))]
    );
}

#[test]
fn a_launch_before_the_window_opens_defers_the_first_call_to_later_that_day() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[300], Some("2026-12-07T06:00"), Some(office)));
    assert_eq!(
        schedule.first_call(),
        Ok(FirstCall {
            deferred_seconds: 10_800,
            fires_at: Some(at("2026-12-07T09:00"))
        })
    );
    assert_eq!(
        schedule.first_call().unwrap().describe(),
        "First call, Mon 7 Dec, 09:00 (deferred 3 h by the calling window)"
    );
    // Offsets count from the first call as it really fires, not from the launch.
    assert_eq!(
        table(&schedule),
        [(1, 300, 300, 0, some("2026-12-07T09:05"))]
    );
}

#[test]
fn a_retry_due_before_the_window_opens_waits_until_later_that_day() {
    let late = window("09:00", "23:00", EVERY_DAY);
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[10_800], Some("2026-12-07T22:59"), Some(late)));
    // Due Tue 01:59, the window opens at 09:00 that same day.
    assert_eq!(
        table(&schedule),
        [(1, 10_800, 36_060, 25_260, some("2026-12-08T09:00"))]
    );
}

#[test]
fn a_launch_on_a_weekend_defers_the_first_call_to_monday() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[60], Some("2026-12-12T10:00"), Some(office)));
    assert_eq!(
        schedule.first_call(),
        Ok(FirstCall {
            deferred_seconds: 169_200,
            fires_at: Some(at("2026-12-14T09:00"))
        })
    );
    assert_eq!(table(&schedule), [(1, 60, 60, 0, some("2026-12-14T09:01"))]);
}

// Month and year ends.

#[test]
fn retries_cross_the_year_end() {
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[10_800, 10_800], Some("2026-12-31T22:00"), None));
    assert_eq!(
        table(&schedule),
        [
            (1, 10_800, 10_800, 0, some("2027-01-01T01:00")),
            (2, 21_600, 21_600, 0, some("2027-01-01T04:00")),
        ]
    );
    assert_eq!(
        schedule.rows()[0].describe(),
        "Attempt 1 — 3 h after the first call, Fri 1 Jan, 01:00"
    );
}

#[test]
fn a_window_closed_on_new_years_eve_evening_defers_to_new_years_day() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule =
        RetryTimeline::from_campaign(&campaign(&[3_600], Some("2026-12-31T17:00"), Some(office)));
    assert_eq!(
        table(&schedule),
        [(1, 3_600, 57_600, 54_000, some("2027-01-01T09:00"))]
    );
}

#[test]
fn retries_cross_month_ends_in_common_and_leap_years() {
    let common = RetryTimeline::from_campaign(&campaign(&[7_200], Some("2026-02-28T23:00"), None));
    assert_eq!(
        common.rows()[0].describe(),
        "Attempt 1 — 2 h after the first call, Sun 1 Mar, 01:00"
    );
    let leap = RetryTimeline::from_campaign(&campaign(&[7_200], Some("2028-02-28T23:00"), None));
    assert_eq!(
        leap.rows()[0].describe(),
        "Attempt 1 — 2 h after the first call, Tue 29 Feb, 01:00"
    );
    let april = RetryTimeline::from_campaign(&campaign(&[3_600], Some("2026-04-30T23:30"), None));
    assert_eq!(
        table(&april),
        [(1, 3_600, 3_600, 0, some("2026-05-01T00:30"))]
    );
}

// Nothing to retry.

#[test]
fn zero_rows_say_a_failed_call_is_marked_failed() {
    let schedule = RetryTimeline::from_campaign(&campaign(&[], None, None));
    assert!(schedule.rows().is_empty());
    assert_eq!(schedule.span(), 0);
    assert_eq!(
        schedule.summary(),
        "No retries: a failed call is marked failed"
    );
}

#[test]
fn retrying_on_nothing_says_no_call_will_be_retried_and_places_no_retry() {
    let schedule = RetryTimeline::from_campaign(&Campaign {
        retry_on: OutcomeSet::EMPTY,
        ..campaign(&[300, 3_600], None, None)
    });
    assert!(schedule.rows().is_empty());
    assert!(schedule.entries().is_empty());
    assert_eq!(schedule.summary(), "No call will be retried");
}

// Live while typing: gaps.

fn draft(attempts: &[&str]) -> Draft {
    let mut draft = Draft::from(&Campaign::sample());
    draft.attempts = attempts.iter().map(|a| (*a).to_owned()).collect();
    draft
}

#[test]
fn a_draft_of_a_valid_campaign_gives_the_campaigns_timeline() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let valid = campaign(&[300, 3_600], Some("2026-12-11T17:50"), Some(office));
    assert_eq!(
        RetryTimeline::from_draft(&Draft::from(&valid)),
        RetryTimeline::from_campaign(&valid)
    );
}

#[test]
fn a_row_with_an_error_has_no_time_and_nor_have_the_rows_after_it() {
    let schedule = RetryTimeline::from_draft(&draft(&["300", "3 600", "600"]));
    assert_eq!(
        schedule.rows(),
        [
            Row::Placed(TimelineEntry {
                attempt: 1,
                due_offset_seconds: 300,
                offset_seconds: 300,
                deferred_seconds: 0,
                deferred_by: DeferredBy::NONE,
                fires_at: None
            }),
            Row::Gap {
                attempt: 2,
                gap: Gap::Delay(2)
            },
            Row::Gap {
                attempt: 3,
                gap: Gap::Delay(2)
            },
        ]
    );
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — 5 min after the first call",
            "Attempt 2 — no time until its delay is valid",
            "Attempt 3 — no time until attempt 2 has a valid delay",
        ]
    );
    assert_eq!(
        schedule.summary(),
        "Last retry — no time until every attempt has a valid delay"
    );
    assert_eq!(schedule.span(), 300);
    assert_eq!(schedule.entries().len(), 1);
}

#[test]
fn an_empty_or_out_of_range_row_is_a_gap_like_any_error() {
    let schedule = RetryTimeline::from_draft(&draft(&["", "300", "10801"]));
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — no time until its delay is valid",
            "Attempt 2 — no time until attempt 1 has a valid delay",
            "Attempt 3 — no time until its delay is valid",
        ]
    );
    assert_eq!(
        schedule.summary(),
        "Last retry — no time until every attempt has a valid delay"
    );
    assert_eq!(schedule.span(), 0);
}

#[test]
fn a_last_row_with_an_error_leaves_the_span_unknown() {
    let schedule = RetryTimeline::from_draft(&draft(&["300", "abc"]));
    assert_eq!(
        schedule.summary(),
        "Last retry — no time until every attempt has a valid delay"
    );
}

#[test]
fn a_calling_window_that_is_not_valid_yet_leaves_every_row_without_a_time() {
    let mut typing = draft(&["300", "x"]);
    typing.launch_at = "2026-12-11T17:50".to_owned();
    typing.window.enabled = true;
    typing.window.end = "1".to_owned();
    let schedule = RetryTimeline::from_draft(&typing);
    assert_eq!(schedule.first_call(), Err(Gap::CallingWindow));
    assert_eq!(
        texts(&schedule),
        [
            "Attempt 1 — no time until the calling window is valid",
            "Attempt 2 — no time until its delay is valid",
        ]
    );
    assert!(schedule.open_spans(86_400).is_empty());
    assert!(schedule.midnights(86_400).is_empty());
}

#[test]
fn a_calling_window_without_a_valid_launch_time_leaves_every_row_without_a_time() {
    let mut typing = draft(&["300"]);
    typing.launch_at = "2026-12-11".to_owned();
    typing.window.enabled = true;
    let schedule = RetryTimeline::from_draft(&typing);
    assert_eq!(schedule.first_call(), Err(Gap::LaunchAt));
    assert_eq!(
        texts(&schedule),
        ["Attempt 1 — no time until the launch date and time is valid"]
    );
    assert_eq!(
        schedule.summary(),
        "Last retry — no time until the launch date and time is valid"
    );
}

#[test]
fn a_launch_time_that_is_not_valid_without_a_window_only_drops_the_clock_times() {
    let mut typing = draft(&["300"]);
    typing.launch_at = "2026-13-01T09:00".to_owned();
    let schedule = RetryTimeline::from_draft(&typing);
    assert_eq!(texts(&schedule), ["Attempt 1 — 5 min after the first call"]);
}

#[test]
fn a_draft_retrying_on_nothing_says_so() {
    let mut typing = draft(&["300"]);
    typing.retry_on = [false; 3];
    assert_eq!(
        RetryTimeline::from_draft(&typing).summary(),
        "No call will be retried"
    );
    assert_eq!(
        RetryTimeline::from_draft(&draft(&[])).summary(),
        "No retries: a failed call is marked failed"
    );
}

// What the picture shades and marks, in seconds after the first call.

#[test]
fn open_spans_and_midnights_of_a_friday_1750_launch() {
    let office = window("09:00", "18:00", WEEKDAYS);
    let schedule = RetryTimeline::from_campaign(&campaign(
        &[300, 3_600],
        Some("2026-12-11T17:50"),
        Some(office),
    ));
    // Fri 17:50–18:00, then Mon 09:00 onwards, cut at the last retry.
    assert_eq!(
        schedule.open_spans(schedule.span() + 60),
        [(0, 600), (227_400, 227_460)]
    );
    assert_eq!(schedule.open_spans(300_000), [(0, 600), (227_400, 259_800)]);
    let midnights: Vec<(u64, String)> = schedule
        .midnights(schedule.span())
        .into_iter()
        .map(|(offset, day)| (offset, day.day_label()))
        .collect();
    assert_eq!(
        midnights,
        [
            (22_200, "Sat 12 Dec".to_owned()),
            (108_600, "Sun 13 Dec".to_owned()),
            (195_000, "Mon 14 Dec".to_owned()),
        ]
    );
}

#[test]
fn no_spans_or_midnights_without_a_window_or_launch_time() {
    let schedule = RetryTimeline::from_campaign(&campaign(&[10_800; 20], None, None));
    assert!(schedule.open_spans(schedule.span()).is_empty());
    assert!(schedule.midnights(schedule.span()).is_empty());
}

#[test]
fn window_open_intervals_are_clipped_to_the_range_asked_for() {
    let daily = window("09:00", "18:00", EVERY_DAY).from_launch(at("2026-12-07T10:00"));
    let intervals: Vec<(u64, u64)> = daily.open_intervals(3_600, 200_000).collect();
    // Mon 11:00–18:00, Tue 09:00–18:00, Wed 09:00–(cut) 17:33:20.
    assert_eq!(
        intervals,
        [(3_600, 28_800), (82_800, 115_200), (169_200, 200_000)]
    );
    assert_eq!(daily.open_intervals(28_800, 82_800).count(), 0);
    assert_eq!(daily.open_intervals(500, 500).count(), 0);
}

// The default launch time.

#[test]
fn the_default_launch_is_the_next_weekday_at_0900_strictly_after_now() {
    let cases = [
        ("2026-12-07T08:59", "2026-12-07T09:00"), // Monday before nine: today
        ("2026-12-07T09:00", "2026-12-08T09:00"), // Monday at nine: tomorrow
        ("2026-12-08T13:30", "2026-12-09T09:00"),
        ("2026-12-11T10:00", "2026-12-14T09:00"), // Friday: Monday
        ("2026-12-12T08:00", "2026-12-14T09:00"), // Saturday
        ("2026-12-13T23:59:59", "2026-12-14T09:00"), // Sunday night
        ("2026-12-31T12:00", "2027-01-01T09:00"), // into the next year
        ("2027-01-29T18:00", "2027-02-01T09:00"), // Friday at a month end
    ];
    for (now, launch) in cases {
        assert_eq!(default_launch(at(now)).to_string(), launch, "now {now}");
    }
}

// Properties.

fn a_campaign() -> impl Strategy<Value = Campaign> {
    let launch = (
        2020i64..2031,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u32..60,
    )
        .prop_map(|(y, mo, d, h, mi, s)| LocalDateTime::from_parts(y, mo, d, h, mi, s).unwrap());
    let window = any_window();
    let delays = prop::collection::vec(1u32..=10_800, 0..=20);
    (launch, prop::option::of(window), delays).prop_map(|(launch, window, delays)| Campaign {
        retry_strategy: RetryStrategy::from_delays(delays),
        launch_at: Some(launch),
        calling_window: window,
        ..Campaign::default()
    })
}

proptest! {
    #[test]
    fn every_call_fires_inside_the_window_and_never_before_it_is_due(campaign in a_campaign()) {
        let schedule = RetryTimeline::from_campaign(&campaign);
        let launch = campaign.launch_at.unwrap();
        let first = schedule.first_call().unwrap();
        let first_at = first.fires_at.unwrap();
        prop_assert_eq!(first_at, launch.plus(first.deferred_seconds as i64));
        let mut previous = 0;
        for (row, attempt) in schedule.entries().iter().zip(campaign.retry_strategy.attempts()) {
            prop_assert_eq!(row.due_offset_seconds, previous + u64::from(attempt.delay_seconds));
            prop_assert!(row.offset_seconds >= row.due_offset_seconds);
            prop_assert_eq!(row.deferred_seconds, row.offset_seconds - row.due_offset_seconds);
            let fired = row.fires_at.unwrap();
            prop_assert_eq!(fired, first_at.plus(row.offset_seconds as i64));
            match &campaign.calling_window {
                None => prop_assert_eq!(row.deferred_seconds, 0),
                Some(window) => {
                    prop_assert!(inside(window, fired), "{} is outside the window", fired);
                    // Deferred to the first opening: a second earlier the window was shut.
                    if row.deferred_seconds > 0 {
                        prop_assert!(!inside(window, fired.plus(-1)));
                    }
                }
            }
            previous = row.offset_seconds;
        }
        if let Some(window) = &campaign.calling_window {
            prop_assert!(inside(window, first_at));
            prop_assert_eq!(first.deferred_seconds == 0, inside(window, launch));
        }
        prop_assert_eq!(schedule.rows().len(), campaign.retry_strategy.len());
        prop_assert_eq!(
            RetryTimeline::from_draft(&Draft::from(&campaign)),
            schedule
        );
    }

    #[test]
    fn open_spans_are_in_order_inside_the_range_and_open(campaign in a_campaign(), until in 1u64..2_000_000) {
        let schedule = RetryTimeline::from_campaign(&campaign);
        let first_at = schedule.first_call().unwrap().fires_at.unwrap();
        let spans = schedule.open_spans(until);
        let mut end = 0;
        for (i, (from, to)) in spans.iter().copied().enumerate() {
            prop_assert!(from < to && to <= until);
            prop_assert!(i == 0 || from > end);
            let window = campaign.calling_window.as_ref().unwrap();
            prop_assert!(inside(window, first_at.plus(from as i64)));
            prop_assert!(inside(window, first_at.plus(to as i64 - 1)));
            if to < until {
                prop_assert!(!inside(window, first_at.plus(to as i64)));
            }
            end = to;
        }
    }

    #[test]
    fn the_default_launch_is_a_weekday_at_nine_within_three_days(
        days in 0i64..200_000, second in 0i64..86_400
    ) {
        let now = LocalDateTime::from_parts(1970, 1, 1, 0, 0, 0).unwrap().plus(days * 86_400 + second);
        let launch = default_launch(now);
        prop_assert!(launch > now);
        prop_assert!(launch.seconds_since(now) <= 3 * 86_400);
        prop_assert!(Days::WEEKDAYS.contains(launch.weekday()));
        prop_assert_eq!(launch.clock(), "09:00");
    }
}

#[test]
fn calls_are_named_first_call_then_by_attempt() {
    assert_eq!(call_name(0), "First call");
    assert_eq!(call_name(1), "Attempt 1");
    assert_eq!(call_name(20), "Attempt 20");
}
