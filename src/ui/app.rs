use leptos::prelude::*;

use super::campaign_editor::CampaignEditor;
use crate::domain::campaign::Campaign;

/// Where the standalone page keeps its draft.
const PERSIST_KEY: &str = "campaign-editor:standalone";

/// The standalone page: the editor with the sample campaign, its draft kept in this browser.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="ce-app">
            <header class="ce-app__header">
                <h1 class="ce-app__title">"Campaign editor"</h1>
                <p class="ce-app__lead">
                    "Set up how a call campaign retries failed calls and when it ends, see when each retry fires, then save or start it."
                </p>
            </header>
            <CampaignEditor campaign=Campaign::sample() persist_key=PERSIST_KEY />
        </main>
    }
}
