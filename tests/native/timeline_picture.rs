//! The timeline picture in pixels: the scale, tick choice, day boundaries, shaded window hours and
//! marker labels that never overlap.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::{CapDraft, Draft};
use campaign_editor::domain::timeline::axis::BREAK_AFTER_SECONDS;
use campaign_editor::domain::timeline::picture::{Geometry, Label, Picture, Scale, Tick};
use campaign_editor::domain::timeline::retry_timeline::RetryTimeline;
use campaign_editor::domain::window::CallingWindow;
use proptest::prelude::*;

use crate::support::{any_window, window};

/// 09:00–18:00, Monday to Friday.
fn office() -> CallingWindow {
    window(
        "09:00",
        "18:00",
        [true, true, true, true, true, false, false],
    )
}

fn campaign(
    delays: &[u32],
    launch: Option<&str>,
    calling_window: Option<CallingWindow>,
) -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays(delays.iter().copied()),
        launch_at: launch.map(|t| LocalDateTime::parse(t).expect("a date-time")),
        calling_window,
        ..Campaign::default()
    }
}

fn picture(campaign: &Campaign, geometry: &Geometry) -> Picture {
    Picture::new(&RetryTimeline::from_campaign(campaign), geometry)
}

/// The hard case of the issue: 20 × 3 h in weekday office hours, launched Friday 17:50.
fn weekday_office_from_friday() -> Campaign {
    campaign(&[10_800; 20], Some("2026-12-11T17:50"), Some(office()))
}

/// To a tenth of a pixel, to compare with values worked out by hand.
fn px(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn tick_seconds(ticks: &[Tick]) -> Vec<u64> {
    ticks.iter().map(|t| t.seconds).collect()
}

fn tick_labels(ticks: &[Tick]) -> Vec<&str> {
    ticks.iter().map(|t| t.label.text.as_str()).collect()
}

/// Labels on one lane, in order, each start at least `gap` after the one before ends.
fn assert_apart(labels: &[&Label], gap: f64) {
    let mut lanes: Vec<Vec<&Label>> = Vec::new();
    for label in labels {
        if lanes.len() <= label.lane {
            lanes.resize(label.lane + 1, Vec::new());
        }
        lanes[label.lane].push(label);
    }
    for lane in &mut lanes {
        lane.sort_by(|a, b| a.x.total_cmp(&b.x));
        for pair in lane.windows(2) {
            assert!(
                pair[1].x >= pair[0].x + pair[0].width + gap - 1e-9,
                "{:?} overlaps {:?}",
                pair[0],
                pair[1]
            );
        }
    }
}

fn marker_labels(picture: &Picture) -> Vec<&Label> {
    picture
        .markers
        .iter()
        .filter_map(|m| m.label.as_ref())
        .collect()
}

// The scale.

#[test]
fn the_scale_maps_the_span_onto_the_width() {
    let scale = Scale::new(1_000, 500.0);
    assert_eq!(scale.x(0), 0.0);
    assert_eq!(scale.x(250), 125.0);
    assert_eq!(scale.x(1_000), 500.0);
    let nothing = Scale::new(0, 640.0);
    assert_eq!(nothing.span(), 1);
    assert_eq!(nothing.x(0), 0.0);
}

// Ticks.

#[test]
fn ticks_for_the_articles_attempts_are_every_10_min() {
    let ticks = Scale::new(3_900, 640.0).ticks(&Geometry::default());
    assert_eq!(
        tick_seconds(&ticks),
        [0, 600, 1_200, 1_800, 2_400, 3_000, 3_600]
    );
    assert_eq!(
        tick_labels(&ticks),
        [
            "0 s", "10 min", "20 min", "30 min", "40 min", "50 min", "1 h"
        ]
    );
    assert_eq!(px(ticks[1].x), 98.5);
}

#[test]
fn ticks_for_twenty_one_second_retries_are_every_2_s_the_last_label_kept_inside() {
    let ticks = Scale::new(20, 640.0).ticks(&Geometry::default());
    assert_eq!(
        tick_seconds(&ticks),
        [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]
    );
    let last = &ticks[10];
    assert_eq!(
        (last.x, last.label.x, last.label.text.as_str()),
        (640.0, 612.0, "20 s")
    );
}

#[test]
fn ticks_for_two_and_a_half_days_are_every_6_h() {
    let ticks = Scale::new(216_000, 640.0).ticks(&Geometry::default());
    // The tick at 2 d 12 h is left out: its label, kept inside the axis, would touch 2 d 6 h's.
    assert_eq!(
        tick_labels(&ticks),
        [
            "0 s", "6 h", "12 h", "18 h", "1 d", "1 d 6 h", "1 d 12 h", "1 d 18 h", "2 d",
            "2 d 6 h"
        ]
    );
}

#[test]
fn ticks_for_eleven_days_are_daily_and_for_months_weekly_or_more() {
    let days = Scale::new(929_400, 640.0).ticks(&Geometry::default());
    assert_eq!(
        tick_labels(&days),
        [
            "0 s", "1 d", "2 d", "3 d", "4 d", "5 d", "6 d", "7 d", "8 d", "9 d", "10 d"
        ]
    );
    let months = Scale::new(150 * 86_400, 640.0).ticks(&Geometry::default());
    assert_eq!(months[1].seconds, 14 * 86_400);
    let years = Scale::new(3 * 365 * 86_400, 640.0).ticks(&Geometry::default());
    assert_eq!(years[1].seconds, 16 * 7 * 86_400);
}

#[test]
fn a_narrow_axis_takes_a_longer_step() {
    let narrow = Geometry {
        width: 200.0,
        ..Geometry::default()
    };
    assert_eq!(
        tick_seconds(&Scale::new(3_900, 200.0).ticks(&narrow)),
        [0, 1_800, 3_600]
    );
}

// The picture.

#[test]
fn a_picture_is_laid_out_for_the_width_it_has_from_200_to_640_px() {
    let phone = Geometry::with_width(276.0);
    assert_eq!(phone.width, 276.0);
    assert_eq!(
        Geometry {
            width: 640.0,
            ..phone
        },
        Geometry::default()
    );
    assert_eq!(Geometry::with_width(120.0).width, Geometry::MIN_WIDTH);
    assert_eq!(Geometry::with_width(1_200.0), Geometry::default());
    // The article's campaign on a phone: the last retry ends the narrower axis.
    let picture = picture(&Campaign::sample(), &phone);
    assert_eq!(picture.markers.last().map(|m| m.x), Some(276.0));
}

#[test]
fn the_articles_attempts_are_drawn_on_two_lanes() {
    let picture = picture(&campaign(&[300, 3_600], None, None), &Geometry::default());
    let markers: Vec<(usize, f64, Option<&str>, Option<usize>)> = picture
        .markers
        .iter()
        .map(|m| {
            let label = m.label.as_ref();
            (
                m.attempt,
                px(m.x),
                label.map(|l| l.text.as_str()),
                label.map(|l| l.lane),
            )
        })
        .collect();
    assert_eq!(
        markers,
        [
            (0, 0.0, Some("First call"), Some(0)),
            (1, 49.2, Some("1"), Some(1)),
            (2, 640.0, Some("2"), Some(0)),
        ]
    );
    assert_eq!(
        picture.markers[2].title,
        "Attempt 2 — 1 h 5 min after the first call"
    );
    assert_eq!(picture.markers[0].title, "First call");
    assert_eq!((picture.lanes, picture.hidden_labels), (2, 0));
    assert!(picture.days.is_empty() && picture.open.is_empty());
    assert!(picture.axis.breaks.is_empty());
}

/// Changed by the broken axis (issue 15): both closed weekends are drawn as breaks, so the
/// weekdays get the room and the labels need two lanes instead of three.
#[test]
fn twenty_three_hour_retries_from_friday_1750_break_at_the_weekends_and_fit_two_lanes() {
    let geometry = Geometry::default();
    let picture = picture(&weekday_office_from_friday(), &geometry);
    assert_eq!(picture.axis.span(), 929_400);
    assert_eq!(picture.markers.len(), 21);
    assert_eq!(
        (picture.lanes, picture.hidden_labels, picture.unplaced),
        (2, 0, 0)
    );
    assert_apart(&marker_labels(&picture), geometry.label_gap);
    let breaks: Vec<(u64, u64, f64, &str)> = picture
        .axis
        .breaks
        .iter()
        .map(|b| (b.from, b.to, px(b.x), b.title.as_str()))
        .collect();
    assert_eq!(
        breaks,
        [
            (0, 227_400, 0.0, "no call for 2 d 15 h 10 min"),
            (594_600, 832_200, 482.8, "no call for 2 d 18 h"),
        ]
    );
    // Attempt 1 was due Fri 20:50, inside the first break, and fires Mon 09:00 just after it.
    let first_retry = &picture.markers[1];
    assert_eq!(
        (px(first_retry.x), first_retry.due_x.map(px)),
        (40.0, Some(1.9))
    );
    assert_eq!(picture.markers[2].due_x, None);
    assert_eq!(
        picture.markers[1].title,
        "Attempt 1 — 2 d 15 h 10 min after the first call, Mon 14 Dec, 09:00 \
         (deferred 2 d 12 h 10 min by the calling window)"
    );
    // Office hours Monday to Friday, then Monday and Tuesday up to the last retry at 12:00; the
    // ten minutes open on the first Friday fall inside the first break.
    let open: Vec<(f64, f64)> = picture
        .open
        .iter()
        .map(|s| (px(s.x), px(s.width)))
        .collect();
    assert_eq!(
        open,
        [
            (40.0, 39.1),
            (144.2, 39.1),
            (248.4, 39.1),
            (352.6, 39.1),
            (456.7, 26.0),
            (522.8, 39.1),
            (627.0, 13.0),
        ]
    );
    // The midnights inside a break are not drawn.
    let days: Vec<(u64, Option<&str>)> = picture
        .days
        .iter()
        .map(|d| (d.seconds, d.label.as_ref().map(|l| l.text.as_str())))
        .collect();
    assert_eq!(
        days,
        [
            (281_400, Some("Tue 15 Dec")),
            (367_800, Some("Wed 16 Dec")),
            (454_200, Some("Thu 17 Dec")),
            (540_600, Some("Fri 18 Dec")),
            (886_200, None),
        ]
    );
    assert_eq!(
        tick_labels(&picture.ticks),
        ["0 s", "3 d", "4 d", "5 d", "6 d", "10 d"]
    );
}

#[test]
fn retries_that_cluster_then_one_days_later_each_get_room() {
    let geometry = Geometry::default();
    // Four retries in the first 32 minutes, then one three days later.
    let picture = picture(
        &campaign(&[60, 60, 600, 1_200, 259_200], None, None),
        &geometry,
    );
    let xs: Vec<f64> = picture.markers.iter().map(|m| px(m.x)).collect();
    assert_eq!(xs, [0.0, 17.6, 35.3, 211.5, 564.0, 640.0]);
    // A minute apart is still wider than a retry's label; with one linear scale it was 0.15 px.
    for pair in picture.markers.windows(2) {
        let label = pair[1].label.as_ref().expect("every label has room");
        assert!(pair[1].x - pair[0].x >= label.width, "{pair:?}");
    }
    assert_eq!(picture.hidden_labels, 0);
    let only = match picture.axis.breaks.as_slice() {
        [only] => only,
        other => panic!("one break, not {other:?}"),
    };
    // The break is as wide as `3 d 32 min`, the label of where time resumes, and a label gap (a
    // sixteenth of the width, 40 px, would leave it reaching back under the call before the break).
    assert_eq!(
        (only.from, only.to, only.x, only.width),
        (1_920, 261_120, 564.0, 76.0)
    );
    assert_eq!(
        only.label.as_ref().map(|l| l.text.as_str()),
        Some("no call for 3 d")
    );
    // The time after the break wins over 30 min, whose label would end within a break's width
    // of its label.
    assert_eq!(
        tick_labels(&picture.ticks),
        [
            "0 s",
            "5 min",
            "10 min",
            "15 min",
            "20 min",
            "25 min",
            "3 d 32 min"
        ]
    );
}

/// The README's screenshot: the last retry waits out the weekend. Its time is labelled after the
/// break, and the tick before the break gives way (`50 min ⫽ 2 d 17 h`, not `1 h⫽2 d 17 h`).
#[test]
fn the_time_after_a_break_is_labelled_clear_of_the_times_before_it() {
    let picture = picture(
        &campaign(
            &[300, 3_600, 7_200],
            Some("2026-12-11T16:00"),
            Some(office()),
        ),
        &Geometry::default(),
    );
    let only = match picture.axis.breaks.as_slice() {
        [only] => only,
        other => panic!("one break, not {other:?}"),
    };
    assert_eq!(only.title, "no call for 2 d 15 h 55 min");
    assert_eq!(
        tick_labels(&picture.ticks),
        [
            "0 s", "10 min", "20 min", "30 min", "40 min", "50 min", "2 d 17 h"
        ]
    );
    let [.., before, after] = picture.ticks.as_slice() else {
        panic!("two ticks at least");
    };
    assert!(before.label.x + before.label.width + only.width <= after.label.x);
    // `2 d 17 h` starts a label gap after the break, which starts at attempt 2: it does not read
    // as attempt 2's time.
    assert!(
        only.x + Geometry::default().label_gap <= after.label.x,
        "{only:?} {after:?}"
    );
}

#[test]
fn calls_spread_evenly_or_a_few_hours_apart_are_drawn_to_one_scale() {
    for delays in [&[300, 3_600][..], &[10_800; 8], &[60, 60, 60, 18_000]] {
        let picture = picture(&campaign(delays, None, None), &Geometry::default());
        assert!(picture.axis.breaks.is_empty(), "{delays:?}");
        let span = picture.axis.span();
        assert_eq!(
            picture.axis.x(span / 2),
            Scale::new(span, 640.0).x(span / 2)
        );
    }
}

#[test]
fn on_a_narrow_axis_labels_that_fit_no_lane_are_left_out_and_counted() {
    let geometry = Geometry {
        width: 160.0,
        max_lanes: 2,
        ..Geometry::default()
    };
    let picture = picture(&weekday_office_from_friday(), &geometry);
    let shown = marker_labels(&picture);
    assert_apart(&shown, geometry.label_gap);
    assert!(
        shown
            .iter()
            .all(|l| l.lane < 2 && l.x >= 0.0 && l.x + l.width <= 160.0)
    );
    assert_eq!(shown.len() + picture.hidden_labels, 21);
    // 13 hidden on one linear scale; the breaks at the weekends make room for two more.
    assert_eq!((picture.lanes, picture.hidden_labels), (2, 11));
    // Beside the picture, the user reads which ones.
    let hidden: Vec<String> = picture
        .markers
        .iter()
        .filter(|m| m.label.is_none())
        .map(|m| m.attempt.to_string())
        .collect();
    let (last, some) = hidden.split_last().unwrap();
    assert_eq!(
        picture.hidden_note().unwrap(),
        format!(
            "Too close to others to label here: attempts {} and {last} (the list below gives every time)",
            some.join(", ")
        )
    );
}

#[test]
fn a_label_left_out_is_named_beside_the_picture() {
    // Three retries a minute apart, then one 3 h later: attempt 3 finds no lane free.
    let crowded = picture(
        &campaign(&[60, 60, 60, 10_800], None, None),
        &Geometry::default(),
    );
    let labels: Vec<Option<&str>> = crowded
        .markers
        .iter()
        .map(|m| m.label.as_ref().map(|l| l.text.as_str()))
        .collect();
    assert_eq!(
        labels,
        [Some("First call"), Some("1"), Some("2"), None, Some("4")]
    );
    assert_eq!(
        crowded.hidden_note().as_deref(),
        Some("Too close to others to label here: attempt 3 (the list below gives every time)")
    );
    // Every label placed: nothing to say.
    let roomy = picture(&campaign(&[3_600, 3_600], None, None), &Geometry::default());
    assert_eq!((roomy.hidden_labels, roomy.hidden_note()), (0, None));
}

#[test]
fn twenty_one_second_retries_fit_two_lanes() {
    let geometry = Geometry::default();
    let picture = picture(&campaign(&[1; 20], None, None), &geometry);
    assert_eq!(picture.markers.len(), 21);
    assert_eq!((picture.lanes, picture.hidden_labels), (2, 0));
    assert_apart(&marker_labels(&picture), geometry.label_gap);
    let last = picture.markers[20].label.as_ref().unwrap();
    assert_eq!((last.text.as_str(), last.x, last.lane), ("20", 626.0, 1));
}

#[test]
fn a_row_with_an_error_removes_its_marker_and_those_after_it() {
    let mut draft = Draft::from(&Campaign::sample());
    draft.attempts = vec!["300".into(), "3,6OO".into(), "600".into()];
    let picture = Picture::new(&RetryTimeline::from_draft(&draft), &Geometry::default());
    let attempts: Vec<usize> = picture.markers.iter().map(|m| m.attempt).collect();
    assert_eq!(attempts, [0, 1]);
    assert_eq!(picture.unplaced, 2);
    assert_eq!(
        picture.unplaced_note().as_deref(),
        Some("2 attempts are not drawn until every delay is valid")
    );
    assert_eq!(picture.markers[1].x, 640.0);
}

#[test]
fn the_note_names_what_holds_the_rows_back_a_cap_or_the_launch_not_only_a_delay() {
    let note = |draft: &Draft| {
        let schedule = RetryTimeline::from_draft(draft);
        let picture = Picture::new(&schedule, &Geometry::default());
        (picture.unplaced_note(), schedule.describe_first_call())
    };
    let mut draft = Draft::from(&Campaign::sample());
    draft.launch_at = "2026-12-07T09:00".into();
    draft.attempts = vec!["300".into(), "3600".into(), "600".into()];
    draft.caps = vec![
        CapDraft {
            calls: "3".into(),
            hours: "24".into(),
        },
        CapDraft {
            calls: String::new(),
            hours: "24".into(),
        },
    ];
    assert_eq!(
        note(&draft),
        (
            Some("3 attempts are not drawn until cap 2 is valid".to_owned()),
            "First call, Mon 7 Dec, 09:00".to_owned()
        )
    );
    // A calling window read from a launch that is not valid: the first call has no time either.
    draft.caps.clear();
    draft.window.enabled = true;
    draft.launch_at = "2026-12-07T25:00".into();
    assert_eq!(
        note(&draft),
        (
            Some("3 attempts are not drawn until the launch date and time is valid".to_owned()),
            "First call — no time until the launch date and time is valid".to_owned()
        )
    );
    draft.launch_at = "2026-12-07T09:00".into();
    draft.window.end = "8:61".into();
    assert_eq!(
        note(&draft).0.as_deref(),
        Some("3 attempts are not drawn until the calling window is valid")
    );
}

#[test]
fn with_no_retries_only_the_first_call_is_drawn() {
    let picture = picture(
        &campaign(&[], Some("2026-12-07T09:00"), None),
        &Geometry::default(),
    );
    assert_eq!(picture.markers.len(), 1);
    assert_eq!(picture.markers[0].title, "First call, Mon 7 Dec, 09:00");
    assert!(picture.ticks.is_empty() && picture.days.is_empty());
    assert_eq!(picture.unplaced, 0);
}

// Properties.

fn a_campaign() -> impl Strategy<Value = Campaign> {
    let launch = (2020i64..2031, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60)
        .prop_map(|(y, mo, d, h, mi)| LocalDateTime::from_parts(y, mo, d, h, mi, 0).unwrap());
    let window = any_window();
    let delays = prop::collection::vec(1u32..=10_800, 0..=20);
    (prop::option::of(launch), prop::option::of(window), delays).prop_map(
        |(launch, window, delays)| Campaign {
            retry_strategy: RetryStrategy::from_delays(delays),
            launch_at: launch.or(window.and(LocalDateTime::from_parts(2026, 12, 11, 17, 50, 0))),
            calling_window: window,
            ..Campaign::default()
        },
    )
}

fn a_geometry() -> impl Strategy<Value = Geometry> {
    (
        40.0f64..2_000.0,
        8.0f64..120.0,
        3.0f64..10.0,
        0.0f64..12.0,
        1usize..5,
    )
        .prop_map(
            |(width, min_tick_gap, char_width, label_gap, max_lanes)| Geometry {
                width,
                min_tick_gap,
                char_width,
                label_gap,
                max_lanes,
            },
        )
}

proptest! {
    #[test]
    fn ticks_increase_within_the_span_at_least_the_minimum_gap_apart(
        span in 0u64..400_000_000, geometry in a_geometry()
    ) {
        let scale = Scale::new(span, geometry.width);
        let ticks = scale.ticks(&geometry);
        for tick in &ticks {
            prop_assert!(tick.seconds <= scale.span());
            prop_assert!((0.0..=geometry.width).contains(&tick.x));
            prop_assert_eq!(tick.label.lane, 0);
        }
        for pair in ticks.windows(2) {
            prop_assert!(pair[0].seconds < pair[1].seconds);
            prop_assert!(pair[1].x - pair[0].x >= geometry.min_tick_gap - 1e-9);
        }
        let labels: Vec<&Label> = ticks.iter().map(|t| &t.label).collect();
        assert_apart(&labels, geometry.label_gap);
    }

    #[test]
    fn marker_labels_never_overlap_and_stay_inside(
        campaign in a_campaign(), geometry in a_geometry()
    ) {
        let picture = picture(&campaign, &geometry);
        let labels = marker_labels(&picture);
        assert_apart(&labels, geometry.label_gap);
        for label in &labels {
            prop_assert!(label.lane < geometry.max_lanes);
            prop_assert!(label.x >= 0.0);
            prop_assert!(label.x + label.width <= geometry.width + 1e-9 || label.x == 0.0);
        }
        prop_assert_eq!(labels.len() + picture.hidden_labels, picture.markers.len());
        prop_assert_eq!(picture.markers.len(), campaign.retry_strategy.len() + 1);
        for pair in picture.markers.windows(2) {
            prop_assert!(pair[0].seconds < pair[1].seconds && pair[0].x <= pair[1].x);
        }
        for marker in &picture.markers {
            prop_assert!((0.0..=geometry.width + 1e-9).contains(&marker.x));
            if let Some(due_x) = marker.due_x {
                prop_assert!(due_x < marker.x);
            }
        }
        for pair in picture.open.windows(2) {
            prop_assert!(pair[0].x + pair[0].width <= pair[1].x);
        }
        for shade in &picture.open {
            prop_assert!(shade.x >= 0.0 && shade.width >= 0.0);
            prop_assert!(shade.x + shade.width <= geometry.width + 1e-9);
        }
        let day_labels: Vec<&Label> = picture.days.iter().filter_map(|d| d.label.as_ref()).collect();
        assert_apart(&day_labels, geometry.label_gap);
        for pair in picture.days.windows(2) {
            prop_assert_eq!((pair[1].seconds - pair[0].seconds) % 86_400, 0);
        }
        for day in &picture.days {
            prop_assert!(picture.axis.break_at(day.seconds).is_none());
        }
        let break_labels: Vec<&Label> =
            picture.axis.breaks.iter().filter_map(|b| b.label.as_ref()).collect();
        assert_apart(&break_labels, geometry.label_gap);
        for b in &picture.axis.breaks {
            // Where time resumes is labelled, a break's width clear of the label before it.
            let after = picture.ticks.iter().find(|t| t.seconds >= b.to);
            prop_assert!(after.is_some(), "no tick after {:?}", b);
            if let (Some(before), Some(after)) =
                (picture.ticks.iter().rfind(|t| t.seconds <= b.from), after)
            {
                let clear = b.width.max(geometry.label_gap);
                prop_assert!(before.label.x + before.label.width + clear <= after.label.x + 1e-9);
            }
            // ... and that label starts a label gap (or the break's width) after the break does,
            // when both take at most a quarter of the axis: never under the call before it.
            if let Some(after) = after
                && after.label.width + geometry.label_gap <= geometry.width / 4.0
            {
                let clear = geometry.label_gap.min(b.width);
                prop_assert!(b.x + clear <= after.label.x + 1e-9, "{:?} {:?}", b, after);
            }
            prop_assert!(b.to - b.from >= BREAK_AFTER_SECONDS);
            prop_assert!(b.x >= 0.0 && b.x + b.width <= geometry.width + 1e-9);
            prop_assert!(picture.markers.iter().any(|m| m.seconds == b.from));
            prop_assert!(picture.markers.iter().any(|m| m.seconds == b.to));
        }
    }
}
