use leptos::prelude::*;

/// Name of the sample campaign the standalone page opens with.
pub const SAMPLE_CAMPAIGN_NAME: &str = "Lead qualification";

/// The standalone page: its title and the campaign being edited.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="ce-app">
            <header class="ce-app__header">
                <h1 class="ce-app__title">"Campaign editor"</h1>
                <p class="ce-app__campaign">{SAMPLE_CAMPAIGN_NAME}</p>
            </header>
        </main>
    }
}
