use leptos::prelude::*;

use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::Campaign;
use crate::domain::editor::{Checked, Editor};
use crate::domain::reach::ReachSettings;
use crate::ui::browser;

/// Where the editor reads the local time now.
pub type Now = fn() -> LocalDateTime;

const UNREADABLE: &str = "A saved draft could not be read, so it was ignored.";
const NO_STORAGE: &str =
    "This browser does not keep drafts: what you type is lost when the page closes.";

/// One editor's state, made by whoever mounts the editor (the standalone page, the embedding
/// API, a test), who can then read and replace it. Create it inside the reactive owner that
/// mounts the editor, so that it goes when the editor goes.
#[derive(Clone, Copy)]
pub struct EditorState {
    pub editor: RwSignal<Editor>,
    /// [`Editor::check`] of `editor`, derived once per change: every reader of the campaign or
    /// its problems (the editor's components, the embedding API, the Simulator) uses this.
    pub checked: Memo<Checked>,
    /// Something the user should know about storage.
    pub notice: RwSignal<Option<&'static str>>,
    pub now: Now,
    /// The reach model's settings the timeline's figures use: the defaults, or the Simulator's
    /// while it has valid ones (the panel writes them).
    pub reach: RwSignal<ReachSettings>,
}

impl EditorState {
    /// An editor for `campaign`; with a `persist_key`, the one kept under it instead (what the
    /// user typed, valid or not), and every change is kept there again.
    ///
    /// ```ignore
    /// let state = EditorState::new(&Campaign::sample(), Some("campaign-42".into()), browser::now);
    /// view! { <CampaignEditor state=state /> }
    /// ```
    pub fn new(campaign: &Campaign, persist_key: Option<String>, now: Now) -> Self {
        let fresh = || Editor::for_campaign(campaign, now());
        let (editor, notice) = match persist_key.as_deref().map(browser::load) {
            None | Some(Ok(None)) => (fresh(), None),
            Some(Ok(Some(text))) => match Editor::from_storage(&text) {
                Some(editor) => (editor, None),
                None => (fresh(), Some(UNREADABLE)),
            },
            Some(Err(_)) => (fresh(), Some(NO_STORAGE)),
        };
        let editor = RwSignal::new(editor);
        let state = Self {
            editor,
            checked: Memo::new(move |_| editor.with(Editor::check)),
            notice: RwSignal::new(notice),
            now,
            reach: RwSignal::new(ReachSettings::default()),
        };
        if let Some(key) = persist_key {
            // Kept on every change, not at mount: an unreadable value stays until the user types.
            Effect::watch(
                move || state.editor.with(Editor::to_storage),
                move |text, _, _| {
                    if browser::store(&key, text).is_err() {
                        state.notice.set(Some(NO_STORAGE));
                    }
                },
                false,
            );
        }
        state
    }

    /// An editor mounted by a host page: on the browser's clock, kept under `persist_key` if any.
    pub fn for_host(campaign: &Campaign, persist_key: Option<String>) -> Self {
        Self::new(campaign, persist_key, browser::now)
    }
}
