//! Browser tests of the components, run in headless Chromium by wasm-bindgen-test
//! (`make test-browser`). They look at the page the way a user does: by visible text and role.
#![cfg(target_arch = "wasm32")]

use campaign_editor::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A new, empty `<div>` at the end of the document's body, for one test to mount into.
fn fresh_container() -> HtmlElement {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let container = document
        .create_element("div")
        .expect("a div")
        .unchecked_into::<HtmlElement>();
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("the div is attached");
    container
}

/// Every element under `root` that matches the CSS `selector`.
fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let found = root.query_selector_all(selector).expect("a valid selector");
    (0..found.length())
        .filter_map(|index| found.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The visible text of the page's main heading.
fn main_heading(root: &Element) -> Option<String> {
    elements(root, "h1")
        .first()
        .and_then(|heading| heading.text_content())
}

/// Whether some element under `root` shows exactly `text` (white space at the ends ignored).
fn shows_text(root: &Element, text: &str) -> bool {
    elements(root, "*").iter().any(|element| {
        element
            .text_content()
            .is_some_and(|shown| shown.trim() == text)
    })
}

#[wasm_bindgen_test]
async fn app_shows_its_title_and_the_sample_campaign() {
    let container = fresh_container();
    let app = leptos::mount::mount_to(container.clone(), App);
    leptos::task::tick().await;

    assert_eq!(main_heading(&container).as_deref(), Some("Campaign editor"));
    assert!(
        shows_text(&container, "Lead qualification"),
        "the sample campaign's name is shown, page was: {}",
        container.inner_html()
    );

    drop(app);
    container.remove();
}
