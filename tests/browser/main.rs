//! Browser tests of the components, run in headless Chromium by wasm-bindgen-test
//! (`make test-browser`). They look at the page the way a user does: by label, accessible name,
//! role and visible text.
#![cfg(target_arch = "wasm32")]

mod advisor;
mod call_caps;
mod compare;
mod determinism;
mod editor;
mod export;
mod markup;
mod simulator;
mod support;
mod timeline;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use campaign_editor::ui::App;
use support::{all, fresh_container, input_labelled, settle, shows, text_of};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_page_shows_its_title_and_the_sample_campaign() {
    let container = fresh_container();
    let app = leptos::mount::mount_to(container.clone(), App);
    settle().await;

    assert_eq!(
        all(&container, "h1").first().map(text_of).as_deref(),
        Some("Campaign editor")
    );
    assert!(
        shows(&container, "Lead qualification"),
        "page was: {}",
        container.inner_html()
    );
    assert_eq!(
        input_labelled(&container, "Campaign name").value(),
        "Lead qualification"
    );

    drop(app);
    container.remove();
}

#[wasm_bindgen_test]
async fn start_now_on_the_standalone_page_runs_the_simulator() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let container = fresh_container();
    let app = leptos::mount::mount_to(container.clone(), App);
    settle().await;
    let panel = support::region(&container, "Simulator");
    assert_eq!(
        support::role_text(&panel, "status").as_deref(),
        Some("Not started")
    );

    support::click(&container, "Start Now").await;
    support::wait_until("the simulator to run", || {
        support::role_text(&panel, "status")
            .is_some_and(|s| s.starts_with("Running") || s.starts_with("Completed"))
    })
    .await;

    drop(app);
    container.remove();
}
