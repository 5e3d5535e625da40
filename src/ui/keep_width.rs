use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// A directive, `<h4 use:keep_width=width>`: keeps `width` at the width in whole CSS pixels
/// (rounded down) of the element it is on, through a `ResizeObserver`, in the spirit of
/// leptos-use's `use_element_size`. The signal's 0 means not measured yet.
///
/// A picture drawn for that width, one unit of its view box to a pixel, keeps its text at the size
/// its stylesheet gives instead of shrinking with a phone's screen. Put it on an element whose size
/// does not depend on that picture (its heading): drawing it then never resizes what is observed,
/// which the browser would report as a `ResizeObserver` loop.
///
/// The observer is disconnected when the element's view is cleaned up (`on_cleanup`, also when an
/// editor is destroyed while hidden, when no resize would ever reach it again), and stops itself
/// should it still be called once `width` is gone. The closure is handed to the browser's garbage
/// collector and goes with the observer.
pub fn keep_width(element: web_sys::Element, width: RwSignal<u32>) {
    let resized = Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::ResizeObserver| {
            let Some(was) = width.try_get_untracked() else {
                observer.disconnect();
                return;
            };
            let entry: web_sys::ResizeObserverEntry = entries.get(0).unchecked_into();
            let now = entry.content_rect().width().max(0.0) as u32;
            if now != was {
                width.set(now);
            }
        },
    )
    .into_js_value();
    if let Ok(observer) = web_sys::ResizeObserver::new(resized.unchecked_ref()) {
        observer.observe(&element);
        let observer = StoredValue::new_local(observer);
        // An owner runs its cleanups before it drops its stored values.
        on_cleanup(move || observer.with_value(web_sys::ResizeObserver::disconnect));
    }
}
