//! Helpers that find things the way a user does: by label, by accessible name, by role.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlButtonElement, HtmlElement, HtmlInputElement};

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::ui::{CampaignEditor, EditorState, Now, Simulator};

/// One mounted editor; dropping it unmounts the editor and removes its container.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// A new, empty `<div>` at the end of the body.
pub fn fresh_container() -> HtmlElement {
    let container = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into::<HtmlElement>();
    document()
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("attached");
    container
}

/// Mounts an editor for `campaign`, keeping its draft under `persist_key` when given.
pub async fn mount_editor(campaign: Campaign, persist_key: Option<&str>) -> Mounted {
    mount_editor_on(campaign, persist_key, friday_clock).await
}

/// Mounts an editor for `campaign` on the clock `now`, keeping its draft under `persist_key`.
pub async fn mount_editor_on(campaign: Campaign, persist_key: Option<&str>, now: Now) -> Mounted {
    let root = fresh_container();
    let key = persist_key.map(str::to_owned);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let state = EditorState::new(&campaign, key.clone(), now);
        view! { <CampaignEditor state=state /> }
    });
    settle().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// Mounts the editor for `campaign` with the simulator under it, as the standalone page does.
pub async fn mount_with_simulator(campaign: Campaign) -> Mounted {
    let root = fresh_container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let state = EditorState::new(&campaign, None, friday_clock);
        view! {
            <CampaignEditor state=state />
            <Simulator source=state />
        }
    });
    settle().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// The first element under `root` matching `selector` whose name (`aria-labelledby`) is `name`.
fn labelled(root: &Element, selector: &str, name: &str) -> Option<Element> {
    all(root, selector).into_iter().find(|e| {
        let label = e.get_attribute("aria-labelledby").unwrap_or_default();
        document()
            .get_element_by_id(&label)
            .is_some_and(|l| text_of(&l) == name)
    })
}

/// The element with role `region` named `name`.
pub fn region(root: &Element, name: &str) -> Element {
    labelled(root, "[role=\"region\"][aria-labelledby]", name)
        .unwrap_or_else(|| panic!("no region named {name:?}"))
}

/// Waits, a frame at a time, until `done` holds; panics with `what` after about ten seconds.
pub async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        settle().await;
    }
    panic!("waited too long for {what}");
}

/// The clock of every test editor: Friday 4 December 2026, 17:50.
pub fn friday_evening() -> LocalDateTime {
    LocalDateTime::parse("2026-12-04T17:50").expect("a date-time")
}

/// The clock of every test editor, as the editor reads it.
fn friday_clock() -> Option<LocalDateTime> {
    Some(friday_evening())
}

/// Lets the reactive system and one animation frame run.
pub async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).expect("a frame");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the frame came");
    leptos::task::tick().await;
}

/// Every element under `root` matching `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let found = root.query_selector_all(selector).expect("a valid selector");
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

/// The trimmed text of `element`.
pub fn text_of(element: &Element) -> String {
    element.text_content().unwrap_or_default().trim().to_owned()
}

/// The input whose `<label>` reads exactly `label`.
pub fn input_labelled(root: &Element, label: &str) -> HtmlInputElement {
    try_input_labelled(root, label)
        .unwrap_or_else(|| panic!("no input labelled {label:?} in {}", root.inner_html()))
}

pub fn try_input_labelled(root: &Element, label: &str) -> Option<HtmlInputElement> {
    let label = all(root, "label")
        .into_iter()
        .find(|l| text_of(l) == label)?;
    let id = label.get_attribute("for")?;
    document().get_element_by_id(&id)?.dyn_into().ok()
}

/// The input of attempt row `n` (from 1).
pub fn attempt_input(root: &Element, n: usize) -> HtmlInputElement {
    input_labelled(root, &format!("Attempt {n} delay, in seconds"))
}

/// The button whose accessible name (`aria-label`, else its text) is exactly `name`.
pub fn try_button(root: &Element, name: &str) -> Option<HtmlButtonElement> {
    all(root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").unwrap_or_else(|| text_of(b)) == name)
        .and_then(|b| b.dyn_into().ok())
}

pub fn button(root: &Element, name: &str) -> HtmlButtonElement {
    try_button(root, name)
        .unwrap_or_else(|| panic!("no button named {name:?} in {}", root.inner_html()))
}

pub async fn click(root: &Element, name: &str) {
    button(root, name).click();
    settle().await;
}

/// Types `text` into `input`, replacing what was there, as the browser reports typing.
pub async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&Event::new("input").expect("an event"))
        .expect("dispatched");
    settle().await;
}

/// Moves focus out of `input`.
pub async fn leave(input: &HtmlInputElement) {
    input
        .dispatch_event(&Event::new("blur").expect("an event"))
        .expect("dispatched");
    settle().await;
}

/// Ticks or unticks a checkbox or switch, as a click does.
pub async fn toggle(input: &HtmlInputElement) {
    input.click();
    settle().await;
}

/// The texts of the elements `element`'s `aria-describedby` names, in order.
pub fn descriptions(element: &Element) -> Vec<String> {
    element
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|id| document().get_element_by_id(id))
        .map(|e| text_of(&e))
        .collect()
}

/// The error message that describes `field` (one of its `aria-describedby` ids), if it is invalid.
pub fn error_for(field: &Element) -> Option<String> {
    if field.get_attribute("aria-invalid").as_deref() != Some("true") {
        return None;
    }
    let ids = field.get_attribute("aria-describedby")?;
    ids.split_whitespace()
        .filter_map(|id| document().get_element_by_id(id))
        .find(|e| e.class_list().contains("ce-field__error"))
        .map(|e| text_of(&e))
}

/// Whether some element under `root` shows exactly `text`.
pub fn shows(root: &Element, text: &str) -> bool {
    all(root, "*").iter().any(|e| text_of(e) == text)
}

/// The text of the element with `role` under `root`, if there is one.
pub fn role_text(root: &Element, role: &str) -> Option<String> {
    all(root, &format!("[role=\"{role}\"]"))
        .first()
        .map(text_of)
}

/// The id of the element that has focus.
pub fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id())
}

/// The items of the list named `name`.
pub fn list_items(root: &Element, name: &str) -> Vec<String> {
    let list = labelled(root, "ol[aria-labelledby], ul[aria-labelledby]", name)
        .unwrap_or_else(|| panic!("no list named {name:?}"));
    all(&list, "li").iter().map(text_of).collect()
}

/// SPEC section 8's case: a weekday window 09:00–20:00, launch Monday 7 December 2026 at 09:00,
/// five retries `delay` seconds apart.
pub fn spec_case(delay: u32) -> Campaign {
    use campaign_editor::domain::calendar::{Days, TimeOfDay};
    use campaign_editor::domain::campaign::RetryStrategy;
    use campaign_editor::domain::window::CallingWindow;
    Campaign {
        retry_strategy: RetryStrategy::from_delays([delay; 5]),
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        calling_window: CallingWindow::new(
            TimeOfDay::new(9, 0),
            TimeOfDay::new(20, 0),
            Some(Days::WEEKDAYS),
        )
        .ok(),
        ..Campaign::sample()
    }
}

/// The first number in `text`, as a percentage is written (`52.0 % reached` gives 52.0).
pub fn leading_percent(text: &str) -> f64 {
    let number: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    number
        .parse()
        .unwrap_or_else(|_| panic!("no percentage in {text:?}"))
}

/// The radio button whose `<label>` reads exactly `label`, chosen as a click does.
pub async fn choose(root: &Element, label: &str) {
    input_labelled(root, label).click();
    settle().await;
}
