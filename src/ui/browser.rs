//! The two things the editor takes from the browser: local storage and the wall clock.

use crate::domain::calendar::LocalDateTime;

/// The browser's local time now, on the same plain clock as the campaign's launch time.
pub fn now() -> LocalDateTime {
    let d = js_sys::Date::new_0();
    LocalDateTime::from_parts(
        i64::from(d.get_full_year()),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds(),
    )
    .expect("the browser's clock reads a real date")
}

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUnavailable;

fn local_storage() -> Result<web_sys::Storage, StorageUnavailable> {
    let window = web_sys::window().ok_or(StorageUnavailable)?;
    window
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageUnavailable)
}

/// The text kept under `key`, if any.
pub fn load(key: &str) -> Result<Option<String>, StorageUnavailable> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageUnavailable)
}

/// Keeps `value` under `key`.
pub fn store(key: &str, value: &str) -> Result<(), StorageUnavailable> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| StorageUnavailable)
}
