use leptos::prelude::*;

use super::browser::now;
use super::campaign_editor::CampaignEditor;
use super::state::EditorState;
use crate::domain::campaign::Campaign;

/// Where the standalone page keeps its draft.
const PERSIST_KEY: &str = "campaign-editor:standalone";

/// The standalone page: the editor with the sample campaign, its draft kept in this browser.
#[component]
pub fn App() -> impl IntoView {
    let state = EditorState::new(&Campaign::sample(), Some(PERSIST_KEY.to_owned()), now);
    view! {
        <main class="ce-app">
            <header class="ce-app__header">
                <h1 class="ce-app__title">"Campaign editor"</h1>
                <p class="ce-app__lead">
                    "Set up how a call campaign retries failed calls and when it ends, see when each retry fires, then save or start it."
                </p>
            </header>
            <CampaignEditor state=state />
        </main>
    }
}
