//! What the editor takes from the browser: local storage, the wall clock, and scrolling an
//! element into view.

use crate::domain::calendar::LocalDateTime;
use crate::domain::draft_storage::{DraftStore, StoreError};

/// The browser's local time now, on the same plain clock as the campaign's launch time; `None`
/// when the clock reads no real date (outside years 1–9999, or no date at all).
pub fn now() -> Option<LocalDateTime> {
    let d = js_sys::Date::new_0();
    LocalDateTime::from_parts(
        // An invalid date, or a year before 1, reads 0 here: not a year either.
        i64::from(d.get_full_year()),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds(),
    )
}

/// Milliseconds on the browser's wall clock (`Date.now()`): for budgets and elapsed time.
pub fn millis() -> f64 {
    js_sys::Date::now()
}

/// A budget of `ms` milliseconds of wall-clock time from now: `true` while some is left.
pub fn budget(ms: f64) -> impl Fn() -> bool {
    let end = millis() + ms;
    move || millis() < end
}

/// Scrolls `element` into view as little as it takes, in both directions, through every box that
/// scrolls around it (the page included).
pub fn scroll_into_view_nearest(element: &web_sys::Element) {
    let nearest = web_sys::ScrollIntoViewOptions::new();
    nearest.set_block(web_sys::ScrollLogicalPosition::Nearest);
    nearest.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&nearest);
}

/// The page's `localStorage`, as the editor's draft uses it.
pub struct LocalStorage;

impl LocalStorage {
    /// Whether `area` (a `storage` event's) is this page's `localStorage`.
    pub fn is(area: &web_sys::Storage) -> bool {
        local_storage().is_ok_and(|local| local == *area)
    }
}

fn local_storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or(StoreError::Blocked)?;
    window
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StoreError::Blocked)
}

/// What a refused write means: the browser names a full storage `QuotaExceededError`.
fn refusal(error: wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") => StoreError::Full,
        _ => StoreError::Blocked,
    }
}

impl DraftStore for LocalStorage {
    fn load(&self, key: &str) -> Result<Option<String>, StoreError> {
        local_storage()?.get_item(key).map_err(refusal)
    }

    fn store(&self, key: &str, value: &str) -> Result<(), StoreError> {
        local_storage()?.set_item(key, value).map_err(refusal)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        local_storage()?.remove_item(key).map_err(refusal)
    }
}
