//! What the editor's components share: the one editor signal, the problems derived from it, the
//! element ids of this editor instance and the Retry Strategy disclosure.

use leptos::leptos_dom::helpers::AnimationFrameRequestHandle;
use leptos::prelude::*;

use super::state::EditorState;
use crate::domain::campaign::Campaign;
use crate::domain::editor::{Checked, Editor};
use crate::domain::error::{Problem, message_at};
use crate::domain::reach::ReachSettings;
use crate::ui::ids::{Ids, find_by_id};

/// Who hears about the editor's Save as Draft, Start Now and Stop campaign: each says whether it
/// did what was asked (`false`: the host page's handler failed, and the press is taken back).
#[derive(Clone, Copy, Default)]
pub struct EditorEvents {
    pub on_save_draft: Option<Callback<Campaign, bool>>,
    pub on_start: Option<Callback<Campaign, bool>>,
    pub on_stop: Option<Callback<(), bool>>,
}

/// Shared by every component of one editor through Leptos context.
#[derive(Clone, Copy)]
pub struct EditorContext {
    pub editor: RwSignal<Editor>,
    /// The editor's [`Editor::check`], as [`EditorState::checked`] derives it.
    pub checked: Memo<Checked>,
    /// The problems shown now (fresh rows hide theirs until the user submits).
    pub problems: Memo<Vec<Problem>>,
    pub ids: Ids,
    /// Whether the Retry Strategy section is expanded.
    pub retry_open: RwSignal<bool>,
    pub events: EditorEvents,
    /// The state the editor was made with: its storage and clock.
    pub state: EditorState,
    /// The reach settings of the timeline's figures ([`EditorState::reach`]).
    pub reach: RwSignal<ReachSettings>,
    /// The focus move waiting for the next frame: one at a time, cancelled if the editor goes.
    focus_request: StoredValue<Option<AnimationFrameRequestHandle>>,
    /// The editor's element: its document is where focus moves look (a host may mount the
    /// editor in a same-origin frame).
    pub root: NodeRef<leptos::html::Div>,
}

impl EditorContext {
    pub fn new(state: EditorState, events: EditorEvents) -> Self {
        let EditorState {
            editor, checked, ..
        } = state;
        let focus_request = StoredValue::new(None::<AnimationFrameRequestHandle>);
        on_cleanup(move || {
            if let Some(request) = focus_request.try_get_value().flatten() {
                request.cancel();
            }
        });
        Self {
            editor,
            checked,
            problems: Memo::new(move |_| {
                checked.with(|checked| editor.with(|e| e.visible_problems(checked)))
            }),
            ids: Ids::new(),
            retry_open: RwSignal::new(false),
            events,
            state,
            reach: state.reach,
            focus_request,
            root: NodeRef::new(),
        }
    }

    /// The context of the editor this component is inside.
    pub fn get() -> Self {
        expect_context()
    }

    /// The message shown for the field at `path`, if any.
    pub fn message(self, path: &str) -> Option<String> {
        self.problems
            .with(|problems| message_at(problems, path).map(str::to_owned))
    }

    /// The message shown for the field at `path`, as a signal a [`Field`](crate::ui::field::Field)
    /// reads.
    pub fn message_signal(self, path: String) -> Signal<Option<String>> {
        Signal::derive(move || self.message(&path))
    }

    /// Moves focus to the element with `id` once the view has caught up with the state.
    pub fn focus_soon(self, id: String) {
        let request = request_animation_frame_with_handle(move || {
            let root = self.root.try_get_untracked().flatten();
            if let Some(element) = root.and_then(|root| find_by_id(&root, &id)) {
                let _ = element.focus();
            }
        })
        .ok();
        let previous = self
            .focus_request
            .try_update_value(|pending| std::mem::replace(pending, request));
        if let Some(previous) = previous.flatten() {
            previous.cancel();
        }
    }

    /// Whether the keyboard focus is on an element within the editor that `selector` matches,
    /// asked of the editor itself, not its document (see [`find_by_id`]).
    pub fn has_focus_in(self, selector: &str) -> bool {
        let root = self.root.try_get_untracked().flatten();
        root.is_some_and(|root| {
            let focused = format!("{selector} :focus");
            root.query_selector(&focused).ok().flatten().is_some()
        })
    }
}
