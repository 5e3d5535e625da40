use leptos::prelude::*;

use super::actions::Actions;
use super::completion::Completion;
use super::context::{EditorContext, EditorEvents};
use super::error_summary::ErrorSummary;
use super::name_field::NameField;
use super::retry_strategy::RetryStrategy;
use super::schedule_fields::ScheduleFields;
use super::state::EditorState;

/// The campaign editor: name, Retry Strategy and its timeline, Schedule, Campaign Completion,
/// Save as Draft and Start Now.
///
/// ```ignore
/// let state = EditorState::for_host(&Campaign::sample(), None);
/// view! { <CampaignEditor state=state /> }
/// ```
#[component]
pub fn CampaignEditor(
    /// The editor's state, made by the caller, who may read and replace it.
    state: EditorState,
    /// Who to tell about saves, starts and stops.
    #[prop(optional)]
    events: EditorEvents,
) -> impl IntoView {
    let ctx = EditorContext::new(state, events);
    provide_context(ctx);
    let title = move || ctx.editor.with(|e| e.draft().title().to_owned());
    view! {
        <div class="ce-editor">
            <h2 class="ce-editor__title">{title}</h2>
            {move || state.notice.get().map(|text| view! { <p class="ce-notice">{text}</p> })}
            <ErrorSummary />
            <NameField />
            <RetryStrategy />
            <ScheduleFields />
            <Completion />
            <Actions />
        </div>
    }
}
