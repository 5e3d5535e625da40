//! The strategy advisor in the Retry Strategy section (SPEC section 10), as a user meets it: its
//! fields and their messages, `Suggest a strategy` searching then showing the suggestion beside
//! the current strategy, `Use these delays`, `Undo`, `Dismiss` and `Cancel`.

use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use campaign_editor::domain::advisor::{SuggestRequest, suggest};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::reach::ReachSettings;
use campaign_editor::domain::timeline::percent;

use super::support::*;

/// Launch Monday 7 December 2026 at 09:00, retries after 300 s and 3,600 s, no window.
fn campaign() -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays([300, 3600]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        ..Campaign::sample()
    }
}

/// The group named `Strategy advisor`.
fn advisor(root: &Element) -> Element {
    all(root, "[role=\"group\"][aria-labelledby]")
        .into_iter()
        .find(|g| {
            let label = g.get_attribute("aria-labelledby").unwrap_or_default();
            leptos::prelude::document()
                .get_element_by_id(&label)
                .is_some_and(|l| text_of(&l) == "Strategy advisor")
        })
        .unwrap_or_else(|| panic!("no Strategy advisor in {}", root.inner_html()))
}

/// What the advisor's live status says.
fn status(root: &Element) -> String {
    all(&advisor(root), "p[aria-live=\"polite\"]")
        .first()
        .map(text_of)
        .unwrap_or_default()
}

/// The figures table: per row, its heading then the suggestion's and the current strategy's.
fn figures(root: &Element) -> Vec<[String; 3]> {
    all(&advisor(root), "tbody tr")
        .iter()
        .map(|row| {
            let cells: Vec<String> = all(row, "th, td").iter().map(text_of).collect();
            [cells[0].clone(), cells[1].clone(), cells[2].clone()]
        })
        .collect()
}

fn row_values(root: &Element) -> Vec<String> {
    (1..)
        .map_while(|n| try_input_labelled(root, &format!("Attempt {n} delay, in seconds")))
        .map(|input| input.value())
        .collect()
}

/// Opens the Retry Strategy section, sets `Attempts` and presses `Suggest a strategy`.
async fn search_for(root: &Element, attempts: &str) {
    click(root, "Retry Strategy").await;
    type_into(&input_labelled(root, "Attempts"), attempts).await;
    click(root, "Suggest a strategy").await;
}

/// Waits for the search under way to end with its suggestion.
async fn suggestion_ready(root: &Element) {
    wait_until("the suggestion", || {
        status(root).starts_with("Suggestion ready")
    })
    .await;
}

/// [`search_for`], then waits for the suggestion.
async fn suggestion_for(root: &Element, attempts: &str) {
    search_for(root, attempts).await;
    suggestion_ready(root).await;
}

#[wasm_bindgen_test]
async fn bad_attempts_or_deadline_get_their_message_and_keep_the_text() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    let attempts = input_labelled(root, "Attempts");
    let deadline = input_labelled(root, "Deadline, in hours");
    assert_eq!(attempts.value(), "2", "the rows' count");
    assert_eq!(deadline.value(), "72");
    assert_eq!(error_for(&attempts), None);

    type_into(&attempts, "25").await;
    type_into(&deadline, "0").await;
    assert_eq!(attempts.value(), "25");
    assert_eq!(
        error_for(&attempts).as_deref(),
        Some("Attempts must be a whole number between 1 and 20")
    );
    assert_eq!(
        error_for(&deadline).as_deref(),
        Some("Deadline must be a whole number of hours between 1 and 720")
    );

    click(root, "Suggest a strategy").await;
    assert_eq!(status(root), "", "no search with bad input");
    assert_eq!(
        focused_id(),
        Some(attempts.id()),
        "focus goes to the field to fix"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_campaign_gets_a_message_at_the_button() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    type_into(&attempt_input(root, 1), "soon").await;
    // A live region waits for the message, so that it is heard as it comes.
    let live = all(&advisor(root), "div[aria-live=\"polite\"]");
    assert_eq!(live.len(), 1);
    assert_eq!(text_of(&live[0]), "");
    click(root, "Suggest a strategy").await;
    let message = "A suggestion needs a valid campaign: correct its problems first";
    assert_eq!(text_of(&live[0]), message, "said in the live region");
    let described_by = button(root, "Suggest a strategy")
        .get_attribute("aria-describedby")
        .expect("described by its message");
    let described = leptos::prelude::document()
        .get_element_by_id(&described_by)
        .map(|e| text_of(&e));
    assert_eq!(described.as_deref(), Some(message));

    type_into(&attempt_input(root, 1), "300").await;
    assert!(!shows(root, message), "gone once the campaign is valid");
}

#[wasm_bindgen_test]
async fn a_suggestion_shows_its_figures_beside_the_current_strategy() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    suggestion_for(root, "3").await;

    let request = SuggestRequest {
        attempts: 3,
        deadline_hours: 72,
        settings: ReachSettings::default(),
    };
    let expected = suggest(&campaign(), &request).expect("a launch");
    let rows = figures(root);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        [
            "Expected reach by 72 h".to_owned(),
            percent(expected.expected.reached),
            percent(expected.current.reached),
        ],
        "the same suggestion as suggestStrategy() and campaign-sim --suggest"
    );
    assert_eq!(rows[1][0], "Calls per recipient");
    assert_eq!(
        rows[2][2], "1 h 5 min after the first call, Mon 7 Dec, 10:05",
        "the current last retry"
    );
    let items = list_items(root, "Suggested delays");
    assert_eq!(items.len(), 3);
    assert!(items[0].starts_with("Attempt 1 — "), "{items:?}");
    assert!(
        !text_of(&advisor(root)).contains("instead of the current"),
        "more attempts, no note"
    );
}

#[wasm_bindgen_test]
async fn fewer_attempts_than_the_current_strategy_say_they_reach_fewer() {
    // Two retries 3 h apart: one retry reaches fewer, however timed.
    let campaign = Campaign {
        retry_strategy: RetryStrategy::from_delays([10_800, 10_800]),
        ..campaign()
    };
    let editor = mount_editor(campaign, None).await;
    let root = &editor.root;
    suggestion_for(root, "1").await;
    assert!(
        shows(
            root,
            "With 1 attempt instead of the current 2, the suggestion reaches fewer recipients by 72 h."
        ),
        "{}",
        advisor(root).inner_html()
    );
}

#[wasm_bindgen_test]
async fn use_these_delays_replaces_the_rows_and_undo_restores_them() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    suggestion_for(root, "3").await;
    let request = SuggestRequest {
        attempts: 3,
        deadline_hours: 72,
        settings: ReachSettings::default(),
    };
    let delays: Vec<String> = suggest(&campaign(), &request)
        .unwrap()
        .delays_seconds
        .iter()
        .map(|&d| thousands(d.into()))
        .collect();

    click(root, "Use these delays").await;
    settle().await;
    assert_eq!(row_values(root), delays);
    assert_eq!(
        status(root),
        "Attempt rows replaced with the suggested delays"
    );
    assert_eq!(focused_id(), Some(button(root, "Undo").id()));
    assert!(shows(root, "Previous strategy"));
    assert_eq!(
        all(root, ".ce-advisor__figures caption")
            .iter()
            .map(text_of)
            .collect::<Vec<_>>(),
        ["The suggestion beside the previous strategy"]
    );

    click(root, "Undo").await;
    settle().await;
    assert_eq!(row_values(root), ["300", "3,600"]);
    assert_eq!(status(root), "Previous delays restored");
    assert!(try_button(root, "Undo").is_none());
    assert_eq!(focused_id(), Some(button(root, "Use these delays").id()));
}

#[wasm_bindgen_test]
async fn undo_outlives_a_dismissed_suggestion_while_the_rows_are_untouched() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    suggestion_for(root, "2").await;
    click(root, "Use these delays").await;
    click(root, "Dismiss").await;
    settle().await;
    assert!(figures(root).is_empty());
    click(root, "Undo").await;
    settle().await;
    assert_eq!(row_values(root), ["300", "3,600"]);
    assert_eq!(status(root), "Previous delays restored");
    assert!(try_button(root, "Undo").is_none());
    assert_eq!(focused_id(), Some(button(root, "Suggest a strategy").id()));
}

#[wasm_bindgen_test]
async fn dismiss_drops_the_suggestion() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    suggestion_for(root, "2").await;
    click(root, "Dismiss").await;
    settle().await;
    assert!(figures(root).is_empty());
    assert!(try_button(root, "Use these delays").is_none());
    assert_eq!(status(root), "Suggestion dismissed");
    assert_eq!(row_values(root), ["300", "3,600"], "the rows stay");
    assert_eq!(focused_id(), Some(button(root, "Suggest a strategy").id()));
}

#[wasm_bindgen_test]
async fn a_search_shows_it_is_searching_and_cancel_stops_it() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    search_for(root, "20").await;
    let searching = status(root);
    assert!(
        searching.starts_with("Searching…") && searching.contains("Strategies tried: "),
        "{searching}"
    );
    assert!(try_button(root, "Cancel").is_some());

    click(root, "Cancel").await;
    assert_eq!(status(root), "Search cancelled");
    assert!(try_button(root, "Cancel").is_none());
    for _ in 0..5 {
        settle().await;
    }
    assert_eq!(
        status(root),
        "Search cancelled",
        "no slice runs after Cancel"
    );
    assert!(figures(root).is_empty());
}

#[wasm_bindgen_test]
async fn the_suggestion_follows_the_simulators_reach_settings() {
    let page = mount_with_simulator(campaign()).await;
    let root = &page.root;
    let panel = region(root, "Simulator");
    choose(&panel, "Reach model").await;
    type_into(&input_labelled(&panel, "Pick-up chance %"), "20").await;
    suggestion_for(root, "2").await;

    let settings = ReachSettings {
        pick_up: 0.2,
        ..ReachSettings::default()
    };
    let request = SuggestRequest {
        attempts: 2,
        deadline_hours: 72,
        settings,
    };
    let expected = suggest(&campaign(), &request).expect("a launch");
    let defaults = suggest(
        &campaign(),
        &SuggestRequest {
            settings: ReachSettings::default(),
            ..request
        },
    )
    .unwrap();
    assert_ne!(
        percent(expected.current.reached),
        percent(defaults.current.reached),
        "the settings make a difference"
    );
    assert_eq!(figures(root)[0][1], percent(expected.expected.reached));
    assert_eq!(figures(root)[0][2], percent(expected.current.reached));
}

#[wasm_bindgen_test]
async fn focus_on_cancel_goes_to_suggest_when_the_search_ends() {
    let editor = mount_editor(campaign(), None).await;
    let root = &editor.root;
    search_for(root, "20").await;
    button(root, "Cancel").focus().unwrap();
    suggestion_ready(root).await;
    settle().await;
    assert!(try_button(root, "Cancel").is_none());
    assert_eq!(
        focused_id(),
        Some(button(root, "Suggest a strategy").id()),
        "not lost with Cancel"
    );
}
