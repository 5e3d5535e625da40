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
    all(panel, "tbody tr:not([aria-hidden]) td:nth-child(2)")
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
    assert_eq!(
        progress.get_attribute("value"),
        progress.get_attribute("max")
    );
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
    // The run under way stays fixed when the campaign is made long-living in the editor.
    toggle(&input_labelled(&page.root, "Long-Living Campaign")).await;
    assert!(button(&panel, "Add recipient").disabled());
}

#[wasm_bindgen_test]
async fn the_campaign_buttons_say_they_wait_for_a_run_and_an_invalid_campaign_is_no_fixed_one() {
    let campaign = Campaign {
        completion: CompletionMode::LongLiving,
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign).await;
    let panel = region(&page.root, "Simulator");
    let idle = "Add recipient and Stop campaign act on a run that is still playing";
    for name in ["Add recipient", "Stop campaign"] {
        assert!(button(&panel, name).disabled(), "{name}");
        assert_eq!(descriptions(&button(&panel, name)), [idle], "{name}");
    }
    type_into(&input_labelled(&page.root, "Campaign name"), " ").await;
    assert_eq!(descriptions(&button(&panel, "Add recipient")), [idle]);
    assert!(!shows(
        &panel,
        "A fixed campaign takes no recipients after launch"
    ));

    type_into(&input_labelled(&page.root, "Campaign name"), "Renewals").await;
    click(&panel, "Step").await;
    for name in ["Add recipient", "Stop campaign"] {
        assert!(!button(&panel, name).disabled(), "{name}");
        assert!(descriptions(&button(&panel, name)).is_empty(), "{name}");
    }
    assert!(!shows(&panel, idle));
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
    assert!(held.starts_with("Running — paused, "), "{held}");
    settle().await;
    settle().await;
    assert_eq!(status(&panel), held, "nothing moves while paused");
    click(&panel, "Step").await;
    assert!(!status(&panel).contains("paused"), "a step moves it on");
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
    // The count of calls listed is heard once the number is typed, not at each digit.
    let count = all(&panel, "p[aria-live=\"polite\"]")
        .into_iter()
        .find(|p| text_of(p).ends_with(" listed"))
        .expect("the count of calls listed");
    assert_eq!(count.get_attribute("aria-busy").as_deref(), Some("true"));
    wait_until("the count to settle", || {
        count.get_attribute("aria-busy").as_deref() == Some("false")
    })
    .await;
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
async fn a_paused_run_plays_on_while_a_field_is_being_retyped() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "12").await;
    click(&panel, "Step").await;
    click(&panel, "Run").await;
    click(&panel, "Pause").await;
    let held = status(&panel);
    assert!(held.starts_with("Running — paused, "), "{held}");
    // The name cleared to retype it, and a setting half typed: neither is the run's.
    type_into(&input_labelled(&page.root, "Campaign name"), "").await;
    type_into(&input_labelled(&panel, "Recipients"), "1x").await;
    for name in ["Run", "Step", "Run to end"] {
        assert!(
            !button(&panel, name).disabled(),
            "{name} goes on with the run under way"
        );
    }
    click(&panel, "Step").await;
    assert!(!status(&panel).contains("paused"), "a step moves it on");
    click(&panel, "Run to end").await;
    wait_until("the run to complete", || {
        status(&panel).starts_with("Completed at ")
    })
    .await;
    // Over, a new run waits for the fields.
    for name in ["Run", "Step", "Run to end"] {
        assert!(
            button(&panel, name).disabled(),
            "{name} waits for the fields"
        );
    }
}

#[wasm_bindgen_test]
async fn an_outcome_mix_that_does_not_add_up_blocks_the_run() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    let group = all(&panel, "fieldset.ce-mix").remove(0);
    // Said politely, by a live region there before the message: an alert would interrupt each
    // keystroke of the user still typing, and a region that comes with its text is not heard.
    let live: Vec<Element> = all(&group, "[aria-live=\"polite\"]");
    assert_eq!(live.len(), 1);
    assert_eq!(group.get_attribute("aria-describedby"), None);
    type_into(&input_labelled(&panel, "Busy %"), "25").await;
    let message = "The outcome mix must add up to 100% (now 105%)";
    assert!(shows(&panel, message));
    assert!(button(&panel, "Run").disabled());
    assert_eq!(role_text(&panel, "alert"), None);
    assert_eq!(text_of(&live[0]), message);
    // The four percentages' group is described by it.
    let described = group
        .get_attribute("aria-describedby")
        .and_then(|id| panel.owner_document()?.get_element_by_id(&id))
        .map(|e| text_of(&e));
    assert_eq!(described.as_deref(), Some(message));
}

/// The group of the simulator named `name` (`aria-labelledby`).
fn group_named(panel: &Element, name: &str) -> Element {
    all(panel, "[role=\"group\"][aria-labelledby]")
        .into_iter()
        .find(|g| {
            let label = g.get_attribute("aria-labelledby").unwrap_or_default();
            panel
                .owner_document()
                .and_then(|d| d.get_element_by_id(&label))
                .is_some_and(|l| text_of(&l) == name)
        })
        .unwrap_or_else(|| panic!("no group named {name:?}"))
}

/// The button of `scope` whose text ends with `tail` (a breakdown part's comma aside), and its text.
fn button_ending(scope: &Element, tail: &str) -> (web_sys::HtmlElement, String) {
    use wasm_bindgen::JsCast;
    all(scope, "button")
        .into_iter()
        .find(|b| text_of(b).trim_end_matches(',').ends_with(tail))
        .map(|b| {
            let name = text_of(&b);
            (b.unchecked_into(), name)
        })
        .unwrap_or_else(|| panic!("no button ending {tail:?} in {}", scope.inner_html()))
}

/// `12 calls listed` (`1 call listed`) under the Calls table, as a number.
fn calls_listed(panel: &Element) -> usize {
    all(panel, ".ce-hint")
        .iter()
        .map(text_of)
        .find_map(|t| {
            t.strip_suffix(" calls listed")
                .or_else(|| t.strip_suffix(" call listed"))?
                .replace(',', "")
                .parse()
                .ok()
        })
        .expect("a count of calls listed")
}

/// The count a breakdown part starts with: `12 after both attempts …` is 12.
fn count_of(part: &str) -> usize {
    part.split(' ')
        .next()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn failed_recipients_read_why_and_each_part_lists_their_calls() {
    use campaign_editor::domain::outcome::Outcome;
    let campaign = Campaign {
        retry_on: [Outcome::Busy, Outcome::NoAnswer].into_iter().collect(),
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign).await;
    let panel = region(&page.root, "Simulator");
    let failed = group_named(&panel, "Failed recipients");
    assert_eq!(
        all(&failed, "p").first().map(text_of).as_deref(),
        Some("No recipients failed.")
    );
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    for (label, share) in [
        ("Answered %", "0"),
        ("Busy %", "0"),
        ("No answer %", "50"),
        ("Unreachable %", "50"),
    ] {
        type_into(&input_labelled(&panel, label), share).await;
    }
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;

    let reading = all(&failed, "p").first().map(text_of).unwrap_or_default();
    assert!(
        reading.starts_with("40 recipients failed: "),
        "nobody answers: {reading:?} {}",
        all(&panel, ".ce-stats")
            .first()
            .map(text_of)
            .unwrap_or_default()
    );
    let (at_once, name) = button_ending(&failed, " at once because Unreachable is not retried");
    assert!(reading.contains(&name), "{reading:?} has the part {name:?}");
    let (all_attempts, all_name) = button_ending(&failed, " after both attempts (last: no answer)");
    assert_eq!(
        at_once.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    at_once.click();
    settle().await;
    assert_eq!(
        at_once.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(shows(
        &panel,
        "Only recipients who failed at once because Unreachable is not retried"
    ));
    assert_eq!(calls_listed(&panel), count_of(&name), "one call each");
    assert!(outcomes_listed(&panel).iter().all(|o| o == "Unreachable"));

    all_attempts.click();
    settle().await;
    assert_eq!(
        at_once.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        calls_listed(&panel),
        3 * count_of(&all_name),
        "three calls each"
    );
    toggle(&input_labelled(&panel, "Failed calls only")).await;
    assert_eq!(
        calls_listed(&panel),
        3 * count_of(&all_name),
        "all of them failed"
    );
    let first_row = all(&panel, "tbody tr:not([aria-hidden]) td:first-child")
        .first()
        .map(text_of)
        .expect("a row");
    type_into(&input_labelled(&panel, "Recipient number"), &first_row).await;
    assert_eq!(calls_listed(&panel), 3, "the filters combine");

    click(&panel, "Show all recipients").await;
    assert_eq!(calls_listed(&panel), 3, "that recipient's failed calls");
    assert_eq!(
        all_attempts.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

/// Every call busy, retried 20 times after 1 s: 21 calls a recipient.
fn always_busy(campaign: Campaign) -> Campaign {
    Campaign {
        retry_strategy: campaign_editor::domain::campaign::RetryStrategy::from_delays([1; 20]),
        ..campaign
    }
}

async fn set_mix(panel: &Element, [answered, busy, no_answer, unreachable]: [&str; 4]) {
    type_into(&input_labelled(panel, "Answered %"), answered).await;
    type_into(&input_labelled(panel, "Busy %"), busy).await;
    type_into(&input_labelled(panel, "No answer %"), no_answer).await;
    type_into(&input_labelled(panel, "Unreachable %"), unreachable).await;
}

#[wasm_bindgen_test]
async fn a_run_past_the_call_log_limit_goes_on_and_the_table_says_so() {
    let page = mount_with_simulator(always_busy(Campaign::sample())).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "50000").await;
    type_into(&input_labelled(&panel, "Lines"), "10000").await;
    set_mix(&panel, ["0", "100", "0", "0"]).await;
    click(&panel, "Run to end").await;
    // 1,050,000 calls: a debug build takes a while.
    for _ in 0..6 {
        if completed_within_ten_seconds(&panel).await {
            break;
        }
    }
    assert!(
        status(&panel).starts_with("Completed at "),
        "{}",
        status(&panel)
    );
    assert!(shows(&panel, "1,000,000 calls listed"));
    assert!(shows(
        &panel,
        "The table keeps the first 1,000,000 calls; the 50,000 calls after them were simulated but are not listed"
    ));
    // The panel still answers.
    click(&panel, "Reset").await;
    assert_eq!(status(&panel), "Not started");
    click(&panel, "Step").await;
    assert_eq!(status(&panel), "Running — 40,000 waiting, 10,000 calling");
}

/// Waits up to ten seconds for the run to complete, without failing.
async fn completed_within_ten_seconds(panel: &Element) -> bool {
    for _ in 0..600 {
        if status(panel).starts_with("Completed at ") {
            return true;
        }
        settle().await;
    }
    false
}

#[wasm_bindgen_test]
async fn the_panel_refuses_more_recipients_than_a_simulation_takes() {
    let campaign = Campaign {
        completion: CompletionMode::LongLiving,
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "1000000").await;
    type_into(&input_labelled(&panel, "Arrivals per hour"), "3600").await;
    type_into(&input_labelled(&panel, "Horizon"), "8760").await;
    let arrivals = input_labelled(&panel, "Arrivals per hour");
    assert_eq!(
        error_for(&arrivals).as_deref(),
        Some("A simulation takes at most 10,000,000 recipients, listed, generated and arriving")
    );
    assert!(button(&panel, "Run").disabled());
    type_into(&arrivals, "900").await;
    assert_eq!(error_for(&arrivals), None);
    assert!(!button(&panel, "Run").disabled());
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
    assert_eq!(picture.get_attribute("role").as_deref(), Some("group"));
    assert!(
        shows(&picture, "Call number (0 = first call)"),
        "a labelled x axis"
    );
    assert!(shows(&picture, "Share of recipients"), "a labelled y axis");
    // Its gridlines: whole percents a round step apart from 0, each labelled with its exact value.
    let shares: Vec<u32> = all(&picture, ".ce-reach-chart__tick")
        .iter()
        .filter_map(|tick| text_of(tick).strip_suffix(" %")?.parse().ok())
        .collect();
    let step = shares.get(1).copied().unwrap_or_default();
    assert!([1, 2, 5, 10, 20].contains(&step), "{shares:?}");
    assert!(
        shares
            .iter()
            .enumerate()
            .all(|(k, &share)| share == k as u32 * step),
        "{shares:?}"
    );
    let rows = reach_table(&panel);
    let calls: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(calls, ["First call", "Attempt 1", "Attempt 2"]);
    assert!(
        rows.iter().all(|r| r.len() == 5 && r[3].ends_with(" %")),
        "{rows:?}"
    );

    // A legend people and screen readers read, and each call's figures on focus or hover.
    let legend = all(&panel, ".ce-reach-chart__legend")
        .pop()
        .expect("a legend");
    assert_eq!(legend.get_attribute("aria-hidden"), None);
    for key in [
        "Simulated",
        "Expected",
        "Bars: at that call; lines: in all by then",
    ] {
        assert!(shows(&legend, key), "{key} in the legend");
    }
    let readouts = all(&picture, "g[tabindex=\"0\"][role=\"img\"]");
    let names: Vec<String> = readouts
        .iter()
        .map(|r| r.get_attribute("aria-label").unwrap_or_default())
        .collect();
    assert_eq!(names.len(), rows.len(), "one per call: {names:?}");
    let first = &rows[0];
    assert_eq!(
        names[0],
        format!(
            "First call: Simulated {} ({} in all), Expected {} ({} in all)",
            first[1], first[2], first[3], first[4]
        )
    );
    assert!(names[2].starts_with("Attempt 2: Simulated "), "{names:?}");
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
