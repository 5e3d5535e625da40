use leptos::prelude::*;

use super::actions::Actions;
use super::completion::Completion;
use super::context::{EditorContext, EditorEvents};
use super::error_summary::ErrorSummary;
use super::notices::Notices;
use super::retry_strategy::RetryStrategy;
use super::schedule_fields::ScheduleFields;
use super::state::EditorState;
use super::text_field::TextField;

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
    let title = move || ctx.editor.with(|e| e.draft().title());
    view! {
        // In English, left to right, whatever the host page's language and direction.
        <div class="ce-editor" node_ref=ctx.root lang="en" dir="ltr">
            <h2 class="ce-editor__title">{title}</h2>
            <Notices />
            <ErrorSummary />
            <TextField label="Campaign name" path="name" read=|d| &d.name write=|d, text| d.name = text />
            <RetryStrategy />
            <ScheduleFields />
            <Completion />
            <Actions />
        </div>
    }
}
