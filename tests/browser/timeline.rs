//! The retry timeline redraws as the user types: the list in words and the picture.

use wasm_bindgen_test::wasm_bindgen_test;

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::reach::ReachSettings;
use campaign_editor::domain::timeline::{RetryTimeline, TimelineReach};

use super::support::*;

fn launched(at: &str, delays: &[u32]) -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays(delays.iter().copied()),
        launch_at: LocalDateTime::parse(at),
        ..Campaign::sample()
    }
}

/// When each retry fires, as the `Retry timeline` list says it: each item up to its reach figures.
fn times(root: &web_sys::Element) -> Vec<String> {
    list_items(root, "Retry timeline")
        .iter()
        .map(|item| item.split("; ").next().unwrap_or_default().to_owned())
        .collect()
}

/// What each retry adds under the reach model, as the list says it after its time.
fn reach_figures(root: &web_sys::Element) -> Vec<String> {
    list_items(root, "Retry timeline")
        .iter()
        .map(|item| item.split("; ").nth(1).unwrap_or_default().to_owned())
        .collect()
}

/// The line that ends the list with the strategy's expected reach.
fn expected_line(root: &web_sys::Element) -> String {
    all(root, ".ce-timeline__expected")
        .first()
        .map(text_of)
        .unwrap_or_default()
}

/// The markers drawn on the axis: the first call and each placed retry.
fn markers(root: &web_sys::Element) -> usize {
    all(root, "svg .ce-timeline__marker").len()
}

#[wasm_bindgen_test]
async fn typing_a_delay_updates_the_list_and_the_picture() {
    let editor = mount_editor(launched("2026-12-07T09:00", &[300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    assert_eq!(
        times(root),
        [
            "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
            "Attempt 2 — 1 h 5 min after the first call, Mon 7 Dec, 10:05",
        ]
    );
    assert!(shows(root, "Last retry 1 h 5 min after the first call"));
    assert_eq!(markers(root), 3);

    type_into(&attempt_input(root, 2), "7,200").await;
    assert_eq!(
        times(root)[1],
        "Attempt 2 — 2 h 5 min after the first call, Mon 7 Dec, 11:05"
    );
    click(root, "+ Add Attempt").await;
    type_into(&attempt_input(root, 3), "60").await;
    assert_eq!(markers(root), 4);
}

#[wasm_bindgen_test]
async fn an_invalid_row_loses_its_marker_and_its_time() {
    let editor = mount_editor(launched("2026-12-07T09:00", &[300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    type_into(&attempt_input(root, 2), "86400").await;
    assert_eq!(markers(root), 2, "the first call and attempt 1");
    let items = times(root);
    assert_eq!(
        items[0],
        "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05"
    );
    assert!(
        !items[1].contains("after the first call"),
        "no time for the invalid row: {:?}",
        items[1]
    );
    type_into(&attempt_input(root, 2), "3600").await;
    assert_eq!(markers(root), 3);
}

#[wasm_bindgen_test]
async fn a_calling_window_defers_a_friday_evening_retry_to_monday() {
    let editor = mount_editor(launched("2026-12-04T17:50", &[300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    assert!(all(root, "svg .ce-timeline__deferral").is_empty());
    toggle(&input_labelled(root, "Calling window")).await;
    assert_eq!(input_labelled(root, "Window start").value(), "09:00");
    assert_eq!(input_labelled(root, "Window end").value(), "18:00");
    assert_eq!(
        times(root),
        [
            "Attempt 1 — 5 min after the first call, Fri 4 Dec, 17:55",
            "Attempt 2 — 2 d 15 h 10 min after the first call, Mon 7 Dec, 09:00 (deferred 2 d 14 h 5 min by the calling window)",
        ]
    );
    assert_eq!(
        all(root, "svg .ce-timeline__deferral").len(),
        1,
        "the deferral is drawn"
    );
    assert!(
        !all(root, "svg .ce-timeline__open").is_empty(),
        "open hours are shaded"
    );

    type_into(&input_labelled(root, "Window end"), "20:00").await;
    assert_eq!(
        times(root)[1],
        "Attempt 2 — 1 h 5 min after the first call, Fri 4 Dec, 18:55"
    );
    type_into(&input_labelled(root, "Window end"), "08:00").await;
    assert_eq!(
        error_for(&input_labelled(root, "Window end")).as_deref(),
        Some("Calling window must start before it ends")
    );
}

#[wasm_bindgen_test]
async fn retry_on_with_nothing_ticked_retries_no_call() {
    let editor = mount_editor(launched("2026-12-07T09:00", &[300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    for outcome in ["Busy", "No answer", "Unreachable"] {
        let box_ = input_labelled(root, outcome);
        assert!(box_.checked(), "{outcome} is retried by default");
        toggle(&box_).await;
    }
    assert!(shows(root, "No call will be retried"));
    assert!(
        all(root, ".ce-timeline ol").is_empty(),
        "no list of none, heard as \"Retry timeline, list, 0 items\""
    );
    assert_eq!(markers(root), 1, "only the first call");
}

#[wasm_bindgen_test]
async fn a_new_campaign_launches_the_next_weekday_at_nine() {
    // The test clock reads Friday 4 December, 17:50.
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    assert_eq!(
        input_labelled(root, "Launch date and time").value(),
        "2026-12-07T09:00"
    );
    click(root, "Retry Strategy").await;
    assert_eq!(
        times(root)[0],
        "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05"
    );
    type_into(
        &input_labelled(root, "Launch date and time"),
        "2026-02-30T09:00",
    )
    .await;
    assert_eq!(
        error_for(&input_labelled(root, "Launch date and time")).as_deref(),
        Some("Enter a launch date and time, like 2026-12-07T09:00")
    );
}

#[wasm_bindgen_test]
async fn each_retry_says_what_it_adds_to_the_reach() {
    let campaign = launched("2026-12-07T09:00", &[300, 3600]);
    let editor = mount_editor(campaign.clone(), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    let figures = TimelineReach::new(
        &RetryTimeline::from_campaign(&campaign),
        &ReachSettings::default(),
    );
    let wanted: Vec<String> = (1..=2).map(|n| figures.row(n).unwrap()).collect();
    wait_until("the reach figures", || reach_figures(root) == wanted).await;
    assert!(wanted[0].starts_with('+') && wanted[0].contains(" % reached, "));
    assert!(wanted[0].ends_with(" % in all"));
    assert_eq!(expected_line(root), figures.summary());
    assert!(expected_line(root).ends_with(" calls per recipient (reach model)"));

    // Typing changes them.
    type_into(&attempt_input(root, 2), "10800").await;
    wait_until("new figures", || reach_figures(root)[1] != wanted[1]).await;
    assert_eq!(reach_figures(root)[0], wanted[0], "attempt 1 is as it was");
}

#[wasm_bindgen_test]
async fn without_a_launch_time_the_timeline_says_reach_needs_one() {
    let editor = mount_editor(launched("2026-12-07T09:00", &[300]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    type_into(&input_labelled(root, "Launch date and time"), "").await;
    wait_until("the reason", || {
        expected_line(root) == "Expected reach: the reach model needs a launch date and time"
    })
    .await;
    assert_eq!(reach_figures(root), [""], "no figure for the retry");
}

#[wasm_bindgen_test]
async fn spaced_retries_are_expected_to_reach_more_in_the_spec_case() {
    let mut reached = Vec::new();
    for delay in [60, 10_800] {
        let editor = mount_editor(spec_case(delay), None).await;
        let root = &editor.root;
        click(root, "Retry Strategy").await;
        wait_until("the expected reach", || {
            expected_line(root).starts_with("Expected: ")
        })
        .await;
        reached.push(leading_percent(&expected_line(root)));
    }
    assert!(reached[0] < 35.0, "retries 1 minute apart: {reached:?}");
    assert!(reached[1] > 45.0, "retries 3 hours apart: {reached:?}");
}

/// Where each call's marker is drawn, in SVG units.
fn marker_centres(root: &web_sys::Element) -> Vec<f64> {
    all(root, "svg .ce-timeline__dot")
        .iter()
        .map(|dot| {
            let cx = dot.get_attribute("cx").unwrap_or_default();
            cx.parse()
                .unwrap_or_else(|_| panic!("a marker's cx: {cx:?}"))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn retries_that_cluster_then_one_days_later_are_drawn_apart_with_a_break() {
    let editor = mount_editor(launched("2026-12-04T17:50", &[60, 60, 300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    assert!(all(root, "svg .ce-timeline__break").is_empty(), "no break");

    // The calling window closes at 18:00: three retries before it, the fourth on Monday.
    toggle(&input_labelled(root, "Calling window")).await;
    assert_eq!(
        times(root)[3],
        "Attempt 4 — 2 d 15 h 10 min after the first call, Mon 7 Dec, 09:00 \
         (deferred 2 d 14 h 3 min by the calling window)"
    );
    let breaks = all(root, "svg .ce-timeline__break");
    assert_eq!(breaks.len(), 1, "one break mark");
    assert!(
        text_of(&breaks[0]).contains("no call for 2 d 15 h 3 min"),
        "it says what it skips: {:?}",
        text_of(&breaks[0])
    );

    let centres = marker_centres(root);
    assert_eq!(centres.len(), 5);
    for pair in centres.windows(2) {
        // Each marker is a circle of radius 5: apart by at least a diameter.
        assert!(pair[1] - pair[0] >= 10.0, "markers overlap: {centres:?}");
    }
}

/// The numbers of the retries drawn without a label: too close to the others to have room.
fn unlabelled(root: &web_sys::Element) -> Vec<String> {
    all(root, "svg .ce-timeline__marker")
        .iter()
        .filter(|marker| all(marker, ".ce-timeline__label").is_empty())
        .map(|marker| {
            let title = all(marker, "title")
                .first()
                .map(text_of)
                .unwrap_or_default();
            title
                .trim_start_matches("Attempt ")
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn retries_too_close_to_label_are_named_beside_the_picture() {
    let editor = mount_editor(launched("2026-12-07T09:00", &[60, 60, 60, 10_800]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    let hidden = unlabelled(root);
    assert!(hidden.contains(&"3".to_owned()), "{hidden:?}");
    let note = all(root, ".ce-timeline .ce-hint")
        .iter()
        .map(text_of)
        .find(|t| t.starts_with("Too close to others to label here: "))
        .expect("the note beside the picture");
    assert!(
        note.ends_with(" (the list below gives every time)"),
        "{note}"
    );
    for attempt in &hidden {
        assert!(
            note.contains(attempt.as_str()),
            "{note} names attempt {attempt}"
        );
    }

    // Spread out, every retry has its label and the note goes.
    type_into(&attempt_input(root, 2), "3600").await;
    type_into(&attempt_input(root, 3), "3600").await;
    assert_eq!(unlabelled(root), Vec::<String>::new());
    assert!(!shows(root, "Too close to others to label here"));
}
