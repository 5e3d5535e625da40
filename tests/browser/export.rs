//! Export in the simulator panel (SPEC section 11), by accessible name: the buttons come with a
//! run and go with `Reset`; `Copy scenario` says so, or shows the scenario to copy by hand when
//! the browser refuses the clipboard; a run with recipients added by hand says the scenario
//! leaves them out.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlTextAreaElement};

use campaign_editor::domain::campaign::{Campaign, CompletionMode};
use campaign_editor::domain::simulation::Scenario;

use super::support::*;

const EXPORT_BUTTONS: [&str; 3] = ["Download results", "Download calls (CSV)", "Copy scenario"];

fn status(panel: &Element) -> String {
    role_text(panel, "status").unwrap_or_default()
}

/// The text of the live region beside the export buttons.
fn export_message(panel: &Element) -> String {
    all(panel, ".ce-simulator__export-message[aria-live=\"polite\"]")
        .iter()
        .map(text_of)
        .find(|t| !t.is_empty())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_export_buttons_come_with_a_run_and_go_with_reset() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    for name in EXPORT_BUTTONS {
        assert!(try_button(&panel, name).is_none(), "{name} before a run");
    }
    type_into(&input_labelled(&panel, "Recipients"), "30").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    for name in EXPORT_BUTTONS {
        assert!(!button(&panel, name).disabled(), "{name} after a run");
    }
    assert_eq!(
        descriptions(&button(&panel, "Download calls (CSV)")),
        Vec::<String>::new(),
        "every call is in the file: nothing to say"
    );
    click(&panel, "Reset").await;
    for name in EXPORT_BUTTONS {
        assert!(try_button(&panel, name).is_none(), "{name} after Reset");
    }
}

#[wasm_bindgen_test]
async fn copy_scenario_confirms_or_shows_the_scenario_to_copy_by_hand() {
    let page = mount_with_simulator(Campaign::sample()).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "30").await;
    type_into(&input_labelled(&panel, "Seed"), "7").await;
    click(&panel, "Run to end").await;
    wait_until("completion", || status(&panel).starts_with("Completed at ")).await;
    assert_eq!(export_message(&panel), "");
    click(&panel, "Copy scenario").await;
    wait_until("the copy", || !export_message(&panel).is_empty()).await;
    let message = export_message(&panel);
    let shown = all(&panel, "textarea").pop();
    if message == "Scenario copied" {
        assert!(shown.is_none(), "nothing to copy by hand");
        return;
    }
    // Headless Chromium may refuse the clipboard to a page without focus: the fallback.
    assert_eq!(
        message,
        "The browser did not allow copying. Select the scenario below and copy it yourself."
    );
    let text = shown
        .expect("the scenario shown")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    let scenario = Scenario::from_json_str(&text).expect("the scenario campaign-sim reads");
    assert_eq!(scenario.generate, 30);
    assert_eq!(scenario.dialer.seed, 7);
    let sample = Campaign::sample();
    assert_eq!(scenario.campaign.name, sample.name);
    assert_eq!(scenario.campaign.retry_strategy, sample.retry_strategy);
}

#[wasm_bindgen_test]
async fn copy_scenario_says_it_leaves_out_recipients_added_by_hand() {
    let campaign = Campaign {
        completion: CompletionMode::LongLiving,
        ..Campaign::sample()
    };
    let page = mount_with_simulator(campaign).await;
    let panel = region(&page.root, "Simulator");
    type_into(&input_labelled(&panel, "Recipients"), "0").await;
    click(&panel, "Step").await;
    assert_eq!(
        descriptions(&button(&panel, "Copy scenario")),
        Vec::<String>::new()
    );
    click(&panel, "Add recipient").await;
    assert_eq!(
        descriptions(&button(&panel, "Copy scenario")),
        ["The scenario leaves out the recipient added by hand"]
    );
}
