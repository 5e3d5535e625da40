//! The simulator panel as a user drives it: runs to completion, long-living runs that take
//! recipients and stop, pausing and stepping, the failed-calls filter, and editor errors.

use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use campaign_editor::domain::campaign::{Campaign, CompletionMode};

use super::support::*;

fn status(panel: &Element) -> String {
    role_text(panel, "status").unwrap_or_default()
}

fn outcomes_listed(panel: &Element) -> Vec<String> {
    all(panel, "tbody tr:not([aria-hidden]) td:last-child")
        .iter()
        .map(text_of)
        .collect()
}

#[wasm_bindgen_test]
async fn a_fixed_campaign_runs_to_completion() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    assert_eq!(status(&panel), "Not started");
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    let progress = all(&panel, "progress").pop().expect("a progress bar");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("1"));
    assert!(
        !outcomes_listed(&panel).is_empty(),
        "the calls table lists calls"
    );
    assert!(
        !all(&panel, "svg .ce-chart__end").is_empty(),
        "completion is marked on the chart"
    );
}

#[wasm_bindgen_test]
async fn a_long_living_campaign_takes_a_recipient_and_stops_on_request() {
    let campaign = Campaign {
        completion: CompletionMode::LongLiving,
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "0").await;
    type_into(&input_labelled(&panel, "Arrivals per hour"), "0").await;
    click(&panel, "Step").await;
    assert_eq!(status(&panel), "Running — waiting for recipients");
    click(&panel, "Add recipient").await;
    assert_eq!(
        status(&panel),
        "Running — 0 waiting, 1 calling",
        "called at once"
    );
    click(&panel, "Stop campaign").await;
    wait_until("the stop", || status(&panel).starts_with("Stopped at ")).await;
    assert!(button(&panel, "Add recipient").disabled());
}

#[wasm_bindgen_test]
async fn add_recipient_is_disabled_on_a_fixed_campaign_and_says_why() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    click(&panel, "Step").await;
    let add = button(&panel, "Add recipient");
    assert!(add.disabled());
    let why = add
        .get_attribute("aria-describedby")
        .and_then(|id| leptos::prelude::document().get_element_by_id(&id));
    assert_eq!(
        why.map(|e| text_of(&e)).as_deref(),
        Some("A fixed campaign takes no recipients after launch")
    );
}

#[wasm_bindgen_test]
async fn step_moves_one_event_and_pause_holds_the_run() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "12").await;
    type_into(&input_labelled(&panel, "Lines"), "5").await;
    click(&panel, "Step").await;
    assert_eq!(status(&panel), "Running — 7 waiting, 5 calling");
    assert_eq!(outcomes_listed(&panel).len(), 5);
    click(&panel, "Step").await;
    assert!(
        outcomes_listed(&panel).len() > 5,
        "the next event started more calls"
    );

    click(&panel, "Run").await;
    assert!(!button(&panel, "Pause").disabled());
    click(&panel, "Pause").await;
    assert!(button(&panel, "Pause").disabled());
    let held = status(&panel);
    settle().await;
    settle().await;
    assert_eq!(status(&panel), held, "nothing moves while paused");
}

#[wasm_bindgen_test]
async fn the_calls_table_filters_to_failed_calls_and_one_recipient() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "8").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    let all_outcomes = outcomes_listed(&panel);
    assert!(
        all_outcomes.iter().any(|o| o == "Answered"),
        "{all_outcomes:?}"
    );

    toggle(&input_labelled(&panel, "Failed calls only")).await;
    let failed = outcomes_listed(&panel);
    assert!(!failed.is_empty());
    assert!(failed.iter().all(|o| o != "Answered"), "{failed:?}");

    toggle(&input_labelled(&panel, "Failed calls only")).await;
    type_into(&input_labelled(&panel, "Recipient number"), "3").await;
    let recipients: Vec<String> = all(&panel, "tbody tr:not([aria-hidden]) td:first-child")
        .iter()
        .map(text_of)
        .collect();
    assert!(!recipients.is_empty());
    assert!(recipients.iter().all(|r| r == "3"), "{recipients:?}");
}

#[wasm_bindgen_test]
async fn editor_errors_block_the_run_and_say_what_to_fix() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&page.root, "Campaign name"), "").await;
    assert!(button(&panel, "Run").disabled());
    assert!(button(&panel, "Run to end").disabled());
    assert!(shows(&panel, "Fix the campaign first:"));
    assert!(shows(&panel, "Enter a campaign name"));
    type_into(&input_labelled(&page.root, "Campaign name"), "Renewals").await;
    assert!(!button(&panel, "Run").disabled());
}

#[wasm_bindgen_test]
async fn an_outcome_mix_that_does_not_add_up_blocks_the_run() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Busy %"), "25").await;
    assert!(shows(
        &panel,
        "The outcome mix must add up to 100% (now 105%)"
    ));
    assert!(button(&panel, "Run").disabled());
}

/// The reach settings' labels, in the order the panel shows them.
const REACH_LABELS: [&str; 8] = [
    "Dead numbers %",
    "Pick-up chance %",
    "How alike recipients are",
    "Fatigue per unanswered call %",
    "Away spells, in minutes",
    "Busy share %",
    "Busy spells, in minutes",
    "Phone off when away %",
];

/// The rows of the `Reach by call number` table: call, then its four figures.
fn reach_table(panel: &Element) -> Vec<Vec<String>> {
    all(panel, ".ce-reach-chart__table tbody tr")
        .iter()
        .map(|row| all(row, "th, td").iter().map(text_of).collect())
        .collect()
}

fn presence_picture(panel: &Element) -> String {
    all(panel, "svg.ce-presence__picture")
        .first()
        .and_then(|svg| svg.get_attribute("aria-label"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_dialer_model_choice_shows_the_chosen_models_settings() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    assert!(
        input_labelled(&panel, "Outcome mix").checked(),
        "the mix by default"
    );
    assert!(!input_labelled(&panel, "Reach model").checked());
    assert!(try_input_labelled(&panel, "Answered %").is_some());
    assert!(try_input_labelled(&panel, "Pick-up chance %").is_none());

    choose(&panel, "Reach model").await;
    assert!(input_labelled(&panel, "Reach model").checked());
    assert!(
        try_input_labelled(&panel, "Answered %").is_none(),
        "no mix with the reach model"
    );
    let values: Vec<String> = REACH_LABELS
        .iter()
        .map(|label| input_labelled(&panel, label).value())
        .collect();
    assert_eq!(
        values,
        ["8", "45", "2", "15", "60", "6", "5", "15"],
        "SPEC section 8's defaults"
    );
    assert_eq!(
        input_labelled(&panel, "Presence 09:00–10:00 %").value(),
        "40"
    );
    assert_eq!(
        input_labelled(&panel, "Presence 23:00–24:00 %").value(),
        "10"
    );
    assert!(shows(&panel, "Presence by hour"));
    assert_eq!(
        all(&panel, "svg.ce-presence__picture rect").len(),
        24,
        "a bar an hour"
    );

    choose(&panel, "Outcome mix").await;
    assert!(try_input_labelled(&panel, "Answered %").is_some());
}

#[wasm_bindgen_test]
async fn each_reach_setting_can_be_typed_and_a_bad_one_says_why() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    choose(&panel, "Reach model").await;
    for label in REACH_LABELS {
        let input = input_labelled(&panel, label);
        type_into(&input, "7.5").await;
        assert_eq!(error_for(&input), None, "{label} takes 7.5");
    }
    assert!(!button(&panel, "Run").disabled());

    let pick_up = input_labelled(&panel, "Pick-up chance %");
    type_into(&pick_up, "150").await;
    assert_eq!(
        error_for(&pick_up).as_deref(),
        Some("Must be a number from 0 to 100, like 45 or 4.5")
    );
    let away = input_labelled(&panel, "Away spells, in minutes");
    type_into(&away, "0").await;
    assert_eq!(
        error_for(&away).as_deref(),
        Some("Away spells must be between 1 and 1,440 minutes (1 day)")
    );
    let alike = input_labelled(&panel, "How alike recipients are");
    type_into(&alike, "0").await;
    assert_eq!(
        error_for(&alike).as_deref(),
        Some("Pick-up alikeness must be a number above 0 and at most 1,000")
    );
    assert!(
        button(&panel, "Run").disabled(),
        "nothing runs with bad settings"
    );

    let nine = input_labelled(&panel, "Presence 09:00–10:00 %");
    type_into(&nine, "often").await;
    assert_eq!(
        error_for(&nine).as_deref(),
        Some("Must be a number from 0 to 100, like 45 or 4.5")
    );
    let details = all(&panel, "details.ce-presence__edit")
        .pop()
        .expect("the disclosure");
    assert!(
        details.has_attribute("open"),
        "opened to show the bad value"
    );
}

#[wasm_bindgen_test]
async fn a_preset_changes_the_values_and_the_bars() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    choose(&panel, "Reach model").await;
    let pressed = |name: &str| button(&panel, name).get_attribute("aria-pressed");
    assert_eq!(pressed("Working people").as_deref(), Some("true"));
    let before = presence_picture(&panel);
    assert!(before.starts_with("Presence by hour, in percent, from 00:00 to 23:00: 5, 5,"));

    click(&panel, "Business lines").await;
    assert_eq!(pressed("Business lines").as_deref(), Some("true"));
    assert_eq!(pressed("Working people").as_deref(), Some("false"));
    assert_eq!(
        input_labelled(&panel, "Presence 10:00–11:00 %").value(),
        "85"
    );
    assert_ne!(presence_picture(&panel), before, "the bars follow");

    click(&panel, "At home").await;
    assert_eq!(
        input_labelled(&panel, "Presence 10:00–11:00 %").value(),
        "65"
    );
    type_into(&input_labelled(&panel, "Presence 10:00–11:00 %"), "70").await;
    assert_eq!(
        pressed("At home").as_deref(),
        Some("false"),
        "edited by hand"
    );
    assert!(presence_picture(&panel).contains(", 70, "));
}

#[wasm_bindgen_test]
async fn the_reach_model_needs_a_launch_time_and_says_so() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&page.root, "Launch date and time"), "").await;
    assert!(!button(&panel, "Run").disabled(), "the mix needs no launch");
    choose(&panel, "Reach model").await;
    assert!(shows(
        &panel,
        "The reach model needs a launch date and time"
    ));
    assert!(button(&panel, "Run").disabled());
    type_into(
        &input_labelled(&page.root, "Launch date and time"),
        "2026-12-07T09:00",
    )
    .await;
    assert!(!shows(
        &panel,
        "The reach model needs a launch date and time"
    ));
    assert!(!button(&panel, "Run").disabled());
}

#[wasm_bindgen_test]
async fn a_reach_run_shows_reach_by_call_number_next_to_the_expected() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    choose(&panel, "Reach model").await;
    assert!(!shows(&panel, "Reach by call number"), "not before a run");
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    assert!(shows(&panel, "Reach by call number"));
    let picture = all(&panel, "svg.ce-reach-chart__picture")
        .pop()
        .expect("the picture");
    assert_eq!(picture.get_attribute("role").as_deref(), Some("img"));
    assert!(
        shows(&picture, "Call number (0 = first call)"),
        "a labelled x axis"
    );
    assert!(shows(&picture, "Share of recipients"), "a labelled y axis");
    let rows = reach_table(&panel);
    let calls: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(calls, ["First call", "Attempt 1", "Attempt 2"]);
    assert!(
        rows.iter().all(|r| r.len() == 5 && r[3].ends_with(" %")),
        "{rows:?}"
    );
}

/// Runs SPEC section 8's case in the panel with the reach model: 2,000 recipients on as many
/// lines; the last row of the reach table, simulated and expected in all.
async fn spec_case_reach(delay: u32) -> (f64, f64) {
    let page = mount_with_simulator(spec_case(delay)).await;
    let panel = region(&page.root, "Simulator");
    choose(&panel, "Reach model").await;
    type_into(&input_labelled(&panel, "Recipients"), "2000").await;
    type_into(&input_labelled(&panel, "Lines"), "2000").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    let rows = reach_table(&panel);
    let last = rows.last().expect("rows");
    (leading_percent(&last[2]), leading_percent(&last[4]))
}

#[wasm_bindgen_test]
async fn spaced_retries_reach_more_in_the_simulator_in_the_spec_case() {
    let (soon_simulated, soon_expected) = spec_case_reach(60).await;
    let (spaced_simulated, spaced_expected) = spec_case_reach(10_800).await;
    assert!(
        soon_expected < 35.0 && spaced_expected > 45.0,
        "{soon_expected} vs {spaced_expected}"
    );
    assert!(
        spaced_simulated - soon_simulated > 15.0,
        "simulated: {soon_simulated} % vs {spaced_simulated} %"
    );
}

#[wasm_bindgen_test]
async fn the_timeline_follows_the_simulators_reach_settings() {
    let page = mount_with_simulator(spec_case(3_600)).await;
    click(&page.root, "Retry Strategy").await;
    let expected = || {
        all(&page.root, ".ce-timeline__expected")
            .first()
            .map(text_of)
            .unwrap_or_default()
    };
    wait_until("the expected reach", || {
        expected().starts_with("Expected: ")
    })
    .await;
    let before = expected();
    let panel = region(&page.root, "Simulator");
    choose(&panel, "Reach model").await;
    type_into(&input_labelled(&panel, "Pick-up chance %"), "90").await;
    wait_until("new figures", || expected() != before).await;
    assert!(leading_percent(&expected()) > leading_percent(&before));
    type_into(&input_labelled(&panel, "Pick-up chance %"), "900").await;
    assert!(
        leading_percent(&expected()) > leading_percent(&before),
        "kept while not valid"
    );
}
