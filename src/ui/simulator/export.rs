//! Export (SPEC section 11): `Download results`, `Download calls (CSV)` and `Copy scenario`, once
//! the panel has a run. The files and the scenario come from [`crate::domain::export`]; this file
//! only hands them to the browser (a download link of a Blob, the clipboard).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::run::SimContext;
use crate::domain::export::{
    COPY_REFUSED, CallsCsv, SCENARIO_COPIED, calls_file_note, file_stem, repeat_scenario,
    results_file_note, results_json, scenario_json, scenario_note,
};
use crate::domain::simulator_panel::Run;

/// What the last export button did: the line read out beside the buttons.
#[derive(Clone, Debug, PartialEq)]
enum ExportResult {
    Copied,
    /// The clipboard was refused: the scenario is shown to copy by hand.
    CopyRefused(String),
    DownloadRefused,
}

/// The export buttons; nothing before a run (nor after `Reset`).
#[component]
pub fn SimExport() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let has_run = move || sim.run.snapshot().is_some();
    view! { <Show when=has_run><ExportButtons /></Show> }
}

#[component]
fn ExportButtons() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let (results_note_id, calls_note_id, scenario_note_id) = (
        sim.ids.of("export-results"),
        sim.ids.of("export-calls"),
        sim.ids.of("export-scenario"),
    );
    let fallback_id = sim.ids.of("export-scenario-text");
    let outcome = RwSignal::new(None::<ExportResult>);
    let results_note =
        Memo::new(move |_| sim.run.with(|r| results_file_note(&r.simulation)).flatten());
    let calls_note = Memo::new(move |_| sim.run.with(|r| calls_file_note(&r.simulation)).flatten());
    let scenario_note =
        Memo::new(move |_| sim.run.with(|r| scenario_note(&r.simulation)).flatten());
    // Reads the run as it stands at the click.
    let read = move |f: fn(&Run) -> (String, String)| untrack(|| sim.run.with(f));
    let save = move |file: fn(&Run) -> (String, String), suffix: &str, mime: &str| {
        let Some((stem, text)) = read(file) else {
            return;
        };
        let saved = download(&format!("{stem}-{suffix}"), mime, &text);
        outcome.set(saved.is_err().then_some(ExportResult::DownloadRefused));
    };
    let copy = move |_| {
        let Some((_, text)) = read(|r| {
            let scenario = repeat_scenario(&r.scenario, &r.simulation);
            (String::new(), scenario_json(&scenario))
        }) else {
            return;
        };
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let copied = match copy_to_clipboard(&text).await {
                Ok(()) => ExportResult::Copied,
                Err(_) => ExportResult::CopyRefused(text),
            };
            outcome.try_set(Some(copied));
        });
    };
    let message = move || {
        outcome.with(|o| match o {
            Some(ExportResult::Copied) => SCENARIO_COPIED,
            Some(ExportResult::CopyRefused(_)) => COPY_REFUSED,
            Some(ExportResult::DownloadRefused) => "The browser did not allow the download.",
            None => "",
        })
    };
    let refused_text = move || match outcome.get() {
        Some(ExportResult::CopyRefused(text)) => Some(text),
        _ => None,
    };
    view! {
        <div class="ce-simulator__controls" role="group" aria-label="Export">
            <button type="button" class="ce-button"
                aria-describedby=move || results_note.with(Option::is_some).then(|| results_note_id.clone())
                on:click=move |_| save(results_file, "results.json", "application/json")>
                "Download results"
            </button>
            <button type="button" class="ce-button"
                aria-describedby=move || calls_note.with(Option::is_some).then(|| calls_note_id.clone())
                on:click=move |_| save(calls_file, "calls.csv", "text/csv;charset=utf-8")>
                "Download calls (CSV)"
            </button>
            <button type="button" class="ce-button"
                aria-describedby=move || scenario_note.with(Option::is_some).then(|| scenario_note_id.clone())
                on:click=copy>
                "Copy scenario"
            </button>
        </div>
        {move || results_note.get().map(|note| view! { <p class="ce-hint" id=sim.ids.of("export-results")>{note}</p> })}
        {move || calls_note.get().map(|note| view! { <p class="ce-hint" id=sim.ids.of("export-calls")>{note}</p> })}
        {move || scenario_note.get().map(|note| view! { <p class="ce-hint" id=sim.ids.of("export-scenario")>{note}</p> })}
        <p class="ce-simulator__export-message" aria-live="polite">{message}</p>
        {move || refused_text().map(|text| view! {
            <label for=fallback_id.clone()>"Scenario JSON"</label>
            <textarea id=fallback_id.clone() class="ce-simulator__scenario" readonly rows="8">{text}</textarea>
        })}
    }
}

/// The results JSON (SPEC section 4) of the run as it stands.
fn results_file(run: &Run) -> (String, String) {
    (
        file_stem(&run.scenario.campaign.name),
        results_json(&run.simulation),
    )
}

/// The logged calls as CSV (SPEC section 11).
fn calls_file(run: &Run) -> (String, String) {
    (
        file_stem(&run.scenario.campaign.name),
        CallsCsv::new(&run.scenario, &run.simulation).to_string(),
    )
}

/// Saves `text` as a file named `name`: a temporary link to a Blob of it, clicked; the Blob's
/// URL is revoked once the browser has taken the download.
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// Puts `text` on the clipboard; `Err` when the browser has no clipboard here (an insecure page)
/// or refuses it.
async fn copy_to_clipboard(text: &str) -> Result<(), JsValue> {
    let navigator = web_sys::window().ok_or(JsValue::NULL)?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())?;
    let clipboard: web_sys::Clipboard = clipboard.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(drop)
}
