use leptos::prelude::*;

use super::actions::Actions;
use super::browser;
use super::completion::Completion;
use super::context::{Clock, EditorContext, EditorEvents};
use super::error_summary::ErrorSummary;
use super::name_field::NameField;
use super::retry_strategy::RetryStrategy;
use super::schedule_fields::ScheduleFields;
use crate::domain::campaign::Campaign;
use crate::domain::editor::Editor;
use crate::domain::limits::DEFAULT_CAMPAIGN_NAME;

const UNREADABLE: &str = "A saved draft could not be read, so it was ignored.";
const NO_STORAGE: &str =
    "This browser does not keep drafts: what you type is lost when the page closes.";

/// The campaign editor: name, Retry Strategy, Campaign Completion, Save as Draft and Start Now.
///
/// ```ignore
/// view! { <CampaignEditor campaign=Campaign::sample() persist_key="campaign-42" /> }
/// ```
#[component]
pub fn CampaignEditor(
    /// The campaign to start from when nothing is kept under `persist_key`.
    campaign: Campaign,
    /// Keep what the user types in local storage under this key, and restore it on mount.
    #[prop(optional, into)]
    persist_key: Option<String>,
    /// Who to tell about saves, starts and stops.
    #[prop(optional)]
    events: EditorEvents,
    /// The local time now; the browser's clock unless a test fixes it.
    #[prop(optional)]
    clock: Option<Clock>,
) -> impl IntoView {
    let clock = clock.unwrap_or(browser::now);
    let (editor, notice) = restore(&campaign, persist_key.as_deref(), clock);
    let ctx = EditorContext::new(editor, events, clock);
    provide_context(ctx);
    let notice = RwSignal::new(notice);
    if let Some(key) = persist_key {
        Effect::new(move |_| {
            let text = ctx.editor.with(Editor::to_storage);
            if browser::store(&key, &text).is_err() {
                notice.set(Some(NO_STORAGE));
            }
        });
    }
    let title = move || {
        ctx.editor.with(|e| match e.draft().name.trim() {
            "" => DEFAULT_CAMPAIGN_NAME.to_owned(),
            name => name.to_owned(),
        })
    };
    view! {
        <div class="ce-editor">
            <h2 class="ce-editor__title">{title}</h2>
            {move || notice.get().map(|text| view! { <p class="ce-notice">{text}</p> })}
            <ErrorSummary />
            <NameField />
            <RetryStrategy />
            <ScheduleFields />
            <Completion />
            <Actions />
        </div>
    }
}

/// The editor kept under `key`, else a new one for `campaign`; and a notice when storage failed.
fn restore(campaign: &Campaign, key: Option<&str>, clock: Clock) -> (Editor, Option<&'static str>) {
    let fresh = || Editor::for_campaign(campaign, clock());
    let Some(key) = key else {
        return (fresh(), None);
    };
    match browser::load(key) {
        Ok(None) => (fresh(), None),
        Ok(Some(text)) => match Editor::from_storage(&text) {
            Some(editor) => (editor, None),
            None => (fresh(), Some(UNREADABLE)),
        },
        Err(_) => (fresh(), Some(NO_STORAGE)),
    }
}
