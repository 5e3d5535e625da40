//! Compare in the simulator as a user drives it, by accessible name: the `Compare with` choice,
//! `Pin for comparison`, the table of A next to B and the chart of both curves with its axes,
//! legend and figures.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, Event, HtmlSelectElement};

use campaign_editor::domain::advisor::{SuggestRequest, suggest};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::compare::{Figures, Side, describe_strategy};
use campaign_editor::domain::simulator_panel::{Playback, Run, SimulatorSettings, Speed};

use super::support::*;

/// Chooses the option reading `option` in the select labelled `label`, as a user does.
async fn select(root: &Element, label: &str, option: &str) {
    let label = all(root, "label")
        .into_iter()
        .find(|l| text_of(l) == label)
        .unwrap_or_else(|| panic!("no label {label:?}"));
    let id = label.get_attribute("for").expect("a for");
    let select: HtmlSelectElement = leptos::prelude::document()
        .get_element_by_id(&id)
        .expect("the select")
        .unchecked_into();
    let value = all(&select, "option")
        .into_iter()
        .find(|o| text_of(o) == option)
        .and_then(|o| o.get_attribute("value"))
        .unwrap_or_else(|| panic!("no option {option:?}"));
    select.set_value(&value);
    select
        .dispatch_event(&Event::new("change").expect("an event"))
        .expect("dispatched");
    settle().await;
}

/// The table whose caption reads `caption`: its header cells, and its rows as cell texts.
fn table(root: &Element, caption: &str) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let table = all(root, "table").into_iter().find(|t| {
        all(t, "caption")
            .first()
            .is_some_and(|c| text_of(c) == caption)
    })?;
    let headers = all(&table, "thead th").iter().map(text_of).collect();
    let rows = all(&table, "tbody tr")
        .iter()
        .map(|row| all(row, "th, td").iter().map(text_of).collect())
        .collect();
    Some((headers, rows))
}

/// The row of the comparison table that starts with `figure`.
fn row(panel: &Element, figure: &str) -> Vec<String> {
    let (_, rows) = table(panel, "A next to B").expect("the comparison table");
    rows.into_iter()
        .find(|r| r[0] == figure)
        .unwrap_or_else(|| panic!("no row {figure:?}"))
}

async fn run_to_the_end_of_both(panel: &Element) {
    click(panel, "Run to end").await;
    wait_until("both runs to end", || {
        !button(panel, "Run").disabled() && table(panel, "A next to B").is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_fixed_run_ends_while_the_long_living_one_runs_on_and_takes_arrivals() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    assert!(try_input_labelled(&panel, "Arrivals per hour").is_none());
    select(&panel, "Compare with", "The other completion mode").await;
    assert!(shows(&panel, "A: the campaign as edited; B: long-living"));
    type_into(&input_labelled(&panel, "Arrivals per hour"), "30").await;
    type_into(&input_labelled(&panel, "Horizon"), "24").await;
    run_to_the_end_of_both(&panel).await;

    let (headers, _) = table(&panel, "A next to B").unwrap();
    assert_eq!(
        headers,
        [
            "Figure",
            "A: as edited",
            "B: long-living",
            "Difference (B − A)"
        ]
    );
    assert_eq!(
        row(&panel, "Status")[1..],
        ["Completed", "Running", "differs"]
    );
    let ended = row(&panel, "Ended at");
    assert_ne!(ended[1], "—", "A ended");
    assert_eq!(ended[2..], ["—", "—"], "B never ends on its own");
    let reached = row(&panel, "Reached");
    let count = |text: &str| text.replace(',', "").parse::<u64>().expect("a count");
    assert!(
        count(&reached[2]) > count(&reached[1]),
        "B reached the arrivals too: {reached:?}"
    );
    assert!(reached[3].starts_with('+'));
}

#[wasm_bindgen_test]
async fn the_comparison_chart_names_its_axes_curves_and_figures() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "30").await;
    select(&panel, "Compare with", "The other completion mode").await;
    type_into(&input_labelled(&panel, "Horizon"), "12").await;
    run_to_the_end_of_both(&panel).await;

    let chart = all(&panel, "svg[aria-label]")
        .into_iter()
        .find(|s| {
            s.get_attribute("aria-label").as_deref()
                == Some("Recipients reached over time, A and B")
        })
        .expect("the comparison chart");
    // The figure is named by what it shows, not by its legend (which a figcaption would give).
    let figure = chart.closest("figure").unwrap().expect("a figure");
    assert_eq!(
        figure.get_attribute("aria-label").as_deref(),
        Some("Recipients reached over time, A and B")
    );
    let texts: Vec<String> = all(&chart, "text").iter().map(text_of).collect();
    for title in [
        "Local time",
        "Mon 7 Dec",
        "Recipients reached",
        "B",
        "A completed",
    ] {
        assert!(texts.iter().any(|t| t == title), "{title:?} in {texts:?}");
    }
    // A, which ended, is named once, where it ended, clear of every other text but the figures
    // of a time, shown over the chart (with a halo) only while that time has the focus or the
    // pointer.
    assert!(!texts.iter().any(|t| t == "A"), "A named twice: {texts:?}");
    let texts = all(&chart, "text:not(.ce-plot__value)");
    for name in all(&chart, "text.ce-plot__name") {
        let r = name.get_bounding_client_rect();
        for other in texts.iter().filter(|t| **t != name) {
            let o = other.get_bounding_client_rect();
            let apart = r.right() <= o.left()
                || o.right() <= r.left()
                || r.bottom() <= o.top()
                || o.bottom() <= r.top();
            assert!(apart, "{:?} on {:?}", text_of(&name), text_of(other));
        }
    }
    let legend = text_of(&chart.parent_element().unwrap());
    assert!(legend.contains("A: as edited") && legend.contains("B: long-living"));
    let readouts = all(&chart, "g[tabindex=\"0\"][role=\"img\"]");
    assert!(readouts.len() >= 2, "figures reachable by keyboard");
    let first = readouts[0].get_attribute("aria-label").unwrap_or_default();
    // The test editors launch on Monday 7 December at 09:00; B's 12 h make ticks 2 h apart.
    assert!(first.starts_with("Mon 7 Dec, 10:00: A reached "), "{first}");
    let (headers, rows) = table(&panel, "Recipients reached over time, in figures").unwrap();
    assert_eq!(headers, ["Time", "A reached", "B reached"]);
    assert_eq!(rows.len(), readouts.len());
}

#[wasm_bindgen_test]
async fn a_pinned_strategy_is_compared_with_the_one_edited_since() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    select(&panel, "Compare with", "Pinned strategy").await;
    assert!(shows(
        &panel,
        "No strategy is pinned yet: Pin for comparison keeps the retry strategy as it is now"
    ));
    click(&panel, "Pin for comparison").await;
    assert!(shows(&panel, "Pinned: 2 retries: 5 min, 1 h"));

    click(&page.root, "Retry Strategy").await;
    click(&page.root, "Remove attempt 2").await;
    run_to_the_end_of_both(&panel).await;

    let (headers, _) = table(&panel, "A next to B").unwrap();
    assert_eq!(headers[2], "B: pinned strategy, 2 retries: 5 min, 1 h");
    let calls = row(&panel, "Calls");
    assert_ne!(
        calls[1], calls[2],
        "one retry fewer makes fewer calls: {calls:?}"
    );
    assert_eq!(
        row(&panel, "Status")[1..],
        ["Completed", "Completed", "same"]
    );

    // Pinning anew changes what the next run compares, not what these results are of.
    click(&panel, "Pin for comparison").await;
    assert!(shows(&panel, "Pinned: 1 retry: 5 min"));
    let (headers, _) = table(&panel, "A next to B").unwrap();
    assert_eq!(headers[2], "B: pinned strategy, 2 retries: 5 min, 1 h");
    assert_eq!(row(&panel, "Calls"), calls);

    // Pinning the same strategy again says so, rather than leaving the same words unheard.
    click(&panel, "Pin for comparison").await;
    assert!(shows(&panel, "Already pinned: 1 retry: 5 min"));

    // With a problem in the campaign there is nothing to pin, and the button says why.
    type_into(&attempt_input(&page.root, 1), "5 min").await;
    let pin = button(&panel, "Pin for comparison");
    assert!(pin.disabled());
    assert_eq!(
        descriptions(&pin),
        ["Pinning needs a valid campaign: correct its problems first"]
    );
    // That reason is a description, not a live region that speaks while the user types in the
    // editor; what the last pin said stays as it was.
    let why = pin.get_attribute("aria-describedby").expect("described");
    let why = leptos::prelude::document()
        .get_element_by_id(&why)
        .expect("the reason");
    assert_eq!(why.closest("[aria-live]").expect("a selector"), None);
    assert!(shows(&panel, "Already pinned: 1 retry: 5 min"));
    // Compare's own note, a live region, says nothing of a B it cannot name meanwhile.
    let note = panel
        .query_selector(".ce-compare__note")
        .expect("a selector")
        .expect("the note");
    assert!(note.get_attribute("aria-live").is_some());
    assert_eq!(text_of(&note), "");
    type_into(&attempt_input(&page.root, 1), "300").await;
    assert_eq!(
        text_of(&note),
        "A: the campaign as edited; B: pinned strategy, 1 retry: 5 min"
    );
}

/// B's figures as the engine gives them: `b` run to its end on the panel's settings.
fn b_column(settings: &SimulatorSettings, b: &Campaign) -> Vec<String> {
    let mut run = Run::new(&settings.scenario(b).expect("a valid B"));
    run.play(Playback::ToEnd, 0.0, Speed::default(), || true);
    let b = Side::of(&run.simulation.snapshot());
    Figures::new(b, b).rows().into_iter().map(|r| r.b).collect()
}

#[wasm_bindgen_test]
async fn the_advisors_suggestion_is_compared_with_the_campaign_as_edited() {
    let campaign = Campaign {
        retry_strategy: RetryStrategy::from_delays([300, 3600]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign.clone()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    select(&panel, "Compare with", "The advisor's suggestion").await;
    assert!(shows(
        &panel,
        "No suggestion yet: Suggest a strategy in Retry Strategy first"
    ));

    click(&page.root, "Retry Strategy").await;
    click(&page.root, "Suggest a strategy").await;
    let suggested = suggest(&campaign, &SuggestRequest::for_campaign(&campaign))
        .expect("a launch")
        .strategy();
    let b_name = format!(
        "B: the advisor's suggestion, {}",
        describe_strategy(&suggested)
    );
    let note = format!("A: the campaign as edited; {b_name}");
    wait_until("the suggestion as B", || shows(&panel, &note)).await;
    run_to_the_end_of_both(&panel).await;

    let (headers, _) = table(&panel, "A next to B").unwrap();
    assert_eq!(headers[2], b_name);
    let settings = SimulatorSettings {
        recipients: "40".into(),
        ..SimulatorSettings::default()
    };
    let b = Campaign {
        retry_strategy: suggested,
        ..campaign
    };
    let expected = b_column(&settings, &b);
    for (n, figure) in ["Reached", "Failed", "Cancelled", "Calls"]
        .iter()
        .enumerate()
    {
        assert_eq!(row(&panel, figure)[2], expected[n + 2], "{figure}");
    }
}

#[wasm_bindgen_test]
async fn another_compare_choice_keeps_the_comparison_run_with_the_changed_note() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "40").await;
    select(&panel, "Compare with", "The other completion mode").await;
    type_into(&input_labelled(&panel, "Arrivals per hour"), "30").await;
    type_into(&input_labelled(&panel, "Horizon"), "24").await;
    run_to_the_end_of_both(&panel).await;
    let reached = row(&panel, "Reached");
    let changed = "The campaign or the settings have changed since this run started: Reset, then Run, to simulate them.";
    assert!(!shows(&panel, changed));

    select(&panel, "Compare with", "Nothing").await;
    assert_eq!(row(&panel, "Reached"), reached, "B's run stays on screen");
    assert!(shows(&panel, changed), "and is of a B since changed");
    select(&panel, "Compare with", "The other completion mode").await;
    assert_eq!(row(&panel, "Reached"), reached);
    assert!(!shows(&panel, changed), "the same B as ran");

    click(&panel, "Reset").await;
    select(&panel, "Compare with", "Nothing").await;
    run_to_the_end_of_a(&panel).await;
    assert!(table(&panel, "A next to B").is_none());
    select(&panel, "Compare with", "The other completion mode").await;
    assert!(shows(&panel, changed), "A ran alone; a B is chosen now");
}

/// Runs A alone to its end.
async fn run_to_the_end_of_a(panel: &Element) {
    click(panel, "Run to end").await;
    wait_until("completion", || {
        role_text(panel, "status").is_some_and(|s| s.starts_with("Completed"))
    })
    .await;
}

#[wasm_bindgen_test]
async fn nothing_to_compare_shows_no_comparison() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "10").await;
    run_to_the_end_of_a(&panel).await;
    assert!(table(&panel, "A next to B").is_none());
}

#[wasm_bindgen_test]
async fn the_chart_of_recipients_by_state_has_axes_a_legend_and_its_figures() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "20").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || {
        role_text(&panel, "status").is_some_and(|s| s.starts_with("Completed"))
    })
    .await;
    let chart = all(&panel, "svg[aria-label]")
        .into_iter()
        .find(|s| {
            s.get_attribute("aria-label").as_deref()
                == Some("Recipients by state over simulated time")
        })
        .expect("the chart");
    let figure = chart.closest("figure").unwrap().expect("a figure");
    assert_eq!(
        figure.get_attribute("aria-label").as_deref(),
        Some("Recipients by state over simulated time")
    );
    let texts: Vec<String> = all(&chart, "text").iter().map(text_of).collect();
    for title in [
        "Local time",
        "Recipients",
        "09:00",
        "Mon 7 Dec",
        "Completed",
    ] {
        assert!(texts.iter().any(|t| t == title), "{title:?} in {texts:?}");
    }
    let legend = text_of(&all(&chart.parent_element().unwrap(), "figcaption")[0]);
    for state in ["Reached", "Failed", "Cancelled", "Calling", "Waiting"] {
        assert!(legend.contains(state), "{state} in the legend {legend:?}");
    }
    let readouts = all(&chart, "g[tabindex=\"0\"][role=\"img\"]");
    assert!(readouts.len() >= 2);
    let first = readouts[0].get_attribute("aria-label").unwrap_or_default();
    assert_eq!(
        first,
        "Mon 7 Dec, 09:00: Reached 0, Failed 0, Cancelled 0, Calling 5, Waiting 15"
    );
    readouts[1]
        .clone()
        .unchecked_into::<web_sys::SvgElement>()
        .focus()
        .expect("focusable");
    assert!(
        leptos::prelude::document()
            .active_element()
            .is_some_and(|e| e == readouts[1]),
        "a figure takes the keyboard's focus"
    );
    let list = all(&panel, "ul[aria-label]")
        .into_iter()
        .find(|l| {
            l.get_attribute("aria-label").as_deref()
                == Some("Recipients by state over simulated time, in figures")
        })
        .expect("the figures as text");
    assert_eq!(all(&list, "li").len(), readouts.len());
    assert_eq!(text_of(&all(&list, "li")[0]), first);
}
