//! The Call caps group of the Schedule section (SPEC section 9) as a user meets it: adding a cap,
//! its messages, the limit of 3, removing with the focus kept, the examples, the error summary,
//! and what a cap does to the retry timeline.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlInputElement};

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::call_cap::CallCap;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};

use super::support::*;

fn calls_input(root: &Element, n: usize) -> HtmlInputElement {
    input_labelled(root, &format!("Cap {n} calls"))
}

fn hours_input(root: &Element, n: usize) -> HtmlInputElement {
    input_labelled(root, &format!("Cap {n} period, in hours"))
}

fn cap_rows(root: &Element) -> usize {
    (1..)
        .take_while(|n| try_input_labelled(root, &format!("Cap {n} calls")).is_some())
        .count()
}

const EXAMPLES: [&str; 3] = [
    "Add example: 3 calls in 24 h",
    "Add example: 7 calls in 7 days",
    "Add example: 4 calls in 30 days",
];

#[wasm_bindgen_test]
async fn a_new_cap_takes_the_focus_and_says_what_is_wrong_once_touched() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    assert!(shows(root, "Call caps"), "the group's legend");
    assert_eq!(cap_rows(root), 0, "no caps at first");

    click(root, "+ Add cap").await;
    let calls = calls_input(root, 1);
    let hours = hours_input(root, 1);
    assert_eq!(focused_id(), Some(calls.id()), "the new row has focus");
    assert_eq!(calls.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(hours.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(
        error_for(&calls),
        None,
        "an untouched new row shows no error"
    );
    assert_eq!(error_for(&hours), None);

    leave(&calls).await;
    assert_eq!(
        error_for(&calls).as_deref(),
        Some("Enter a number of calls for cap 1")
    );
    assert_eq!(error_for(&hours), None, "the period is not touched yet");
    leave(&hours).await;
    let bad_period = "Cap 1 period must be a whole number of hours between 1 and 8,760";
    assert_eq!(error_for(&hours).as_deref(), Some(bad_period));

    let bad_calls = "Cap 1 calls must be a whole number between 1 and 100";
    for typed in ["abc", "0", "101", "3.5", "-3", "3 0"] {
        type_into(&calls, typed).await;
        assert_eq!(error_for(&calls).as_deref(), Some(bad_calls), "{typed:?}");
        assert_eq!(calls.value(), typed, "what was typed stays");
    }
    type_into(&calls, "   ").await;
    assert_eq!(
        error_for(&calls).as_deref(),
        Some("Enter a number of calls for cap 1")
    );
    for typed in ["0", "8761", "8 760", "24h", "-24"] {
        type_into(&hours, typed).await;
        assert_eq!(error_for(&hours).as_deref(), Some(bad_period), "{typed:?}");
    }
    type_into(&calls, " 3 ").await;
    type_into(&hours, "8,760").await;
    assert_eq!(error_for(&calls), None);
    assert_eq!(error_for(&hours), None);
    assert!(shows(root, "3 calls in 365 days"), "the cap in words");
}

#[wasm_bindgen_test]
async fn three_caps_is_the_limit_and_the_buttons_say_why() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    let limit = "You can add up to 3 caps";
    click(root, "+ Add cap").await;
    click(root, EXAMPLES[0]).await;
    assert!(!button(root, "+ Add cap").disabled());
    assert!(!shows(root, limit));

    click(root, "+ Add cap").await;
    assert_eq!(cap_rows(root), 3);
    assert_eq!(focused_id(), Some(calls_input(root, 3).id()));
    let add = button(root, "+ Add cap");
    assert!(add.disabled(), "disabled at 3");
    assert!(shows(root, limit));
    assert_eq!(descriptions(&add), [limit]);
    for name in EXAMPLES {
        let example = button(root, name);
        assert!(example.disabled(), "{name} disabled at 3");
        assert_eq!(descriptions(&example), [limit], "{name}");
    }
    add.click();
    settle().await;
    assert_eq!(cap_rows(root), 3);

    click(root, "Remove cap 1").await;
    assert!(!button(root, "+ Add cap").disabled());
    assert!(!shows(root, limit));
}

#[wasm_bindgen_test]
async fn removing_a_cap_renumbers_the_rest_and_keeps_focus_in_the_group() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    for name in EXAMPLES {
        click(root, name).await;
    }
    click(root, "Remove cap 2").await;
    assert_eq!(cap_rows(root), 2);
    assert_eq!(calls_input(root, 1).value(), "3");
    assert_eq!(calls_input(root, 2).value(), "4");
    assert_eq!(hours_input(root, 2).value(), "720");
    assert_eq!(
        focused_id(),
        Some(calls_input(root, 2).id()),
        "focus on the row that took its place"
    );
    click(root, "Remove cap 2").await;
    assert_eq!(
        focused_id(),
        Some(calls_input(root, 1).id()),
        "then on the row before"
    );
    click(root, "Remove cap 1").await;
    assert_eq!(cap_rows(root), 0);
    assert_eq!(focused_id(), Some(button(root, "+ Add cap").id()));
}

#[wasm_bindgen_test]
async fn each_example_inserts_its_cap_in_one_click() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    assert!(shows(root, "Examples (not legal advice):"));
    let example = button(root, EXAMPLES[1]);
    assert_eq!(text_of(&example), "7 calls in 7 days", "its visible text");

    for (n, (name, calls, hours, words)) in [
        (EXAMPLES[0], "3", "24", "3 calls in 24 h"),
        (EXAMPLES[1], "7", "168", "7 calls in 7 days"),
        (EXAMPLES[2], "4", "720", "4 calls in 30 days"),
    ]
    .into_iter()
    .enumerate()
    {
        let example = button(root, name);
        example.focus().expect("focusable");
        click(root, name).await;
        let n = n + 1;
        assert_eq!(calls_input(root, n).value(), calls, "{name}");
        assert_eq!(hours_input(root, n).value(), hours, "{name}");
        assert_eq!(error_for(&calls_input(root, n)), None);
        let row = calls_input(root, n).parent_element().expect("its row");
        assert!(text_of(&row).contains(words), "{name}: {}", text_of(&row));
        if n < 3 {
            let focused = leptos::prelude::document().active_element();
            assert_eq!(
                focused.as_ref(),
                Some(example.as_ref()),
                "the focus stays on the button"
            );
        }
    }
    assert_eq!(
        focused_id(),
        Some(calls_input(root, 3).id()),
        "the last example disabled its button: the focus goes to the row it filled"
    );
    click(root, "Save as Draft").await;
    assert!(role_text(root, "alert").is_none(), "three valid caps");
}

#[wasm_bindgen_test]
async fn the_error_summary_links_to_a_caps_field() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    click(root, "+ Add cap").await;
    type_into(&hours_input(root, 1), "24").await;
    click(root, "Save as Draft").await;
    let summary = all(root, "[role=\"alert\"]")
        .pop()
        .expect("an error summary");
    let links = all(&summary, "a");
    assert_eq!(
        links.iter().map(text_of).collect::<Vec<_>>(),
        ["Enter a number of calls for cap 1"],
        "a fresh row's error shows once the user saves"
    );
    input_labelled(root, "Campaign name")
        .focus()
        .expect("focusable");
    links[0]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .expect("html")
        .click();
    settle().await;
    assert_eq!(focused_id(), Some(calls_input(root, 1).id()));
    type_into(&calls_input(root, 1), "3").await;
    assert!(role_text(root, "alert").is_none(), "fixed");
}

/// SPEC section 9's case: four attempts 300 s apart under a cap of 3 calls in 24 h. The first call
/// and attempts 1 and 2 go within 10 minutes; attempt 3, the 4th call, waits until the first call
/// is 24 h old.
fn capped() -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays([300; 4]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        call_caps: vec![CallCap {
            calls: 3,
            hours: 24,
        }],
        ..Campaign::sample()
    }
}

#[wasm_bindgen_test]
async fn a_retry_a_cap_defers_says_so_on_the_timeline_with_a_note() {
    let editor = mount_editor(capped(), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    let items = list_items(root, "Retry timeline");
    let third = items[2].split("; ").next().unwrap_or_default();
    assert_eq!(
        third,
        "Attempt 3 — 1 d after the first call, Tue 8 Dec, 09:00 \
         (deferred 23 h 45 min by the cap of 3 calls in 24 h)"
    );
    assert!(!items[1].contains("deferred"), "{items:?}");
    assert!(!items[3].contains("deferred"), "{items:?}");
    assert!(shows(root, "The call caps defer attempt 3"));

    // Without the cap, nothing is held back, and the note goes.
    click(root, "Remove cap 1").await;
    let items = list_items(root, "Retry timeline");
    assert!(items.iter().all(|i| !i.contains("deferred")), "{items:?}");
    assert!(!shows(root, "The call caps defer attempt 3"));
}
