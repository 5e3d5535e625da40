//! What the editor's components share: the one editor signal, the problems derived from it, the
//! element ids of this editor instance and the Retry Strategy disclosure.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::leptos_dom::helpers::AnimationFrameRequestHandle;
use leptos::prelude::*;

use super::state::{Clock, EditorState};
use crate::domain::campaign::Campaign;
use crate::domain::editor::Editor;
use crate::domain::error::{Problem, message_at};

/// Element ids of one editor, unique on the page even with several editors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ids(u32);

impl Ids {
    pub fn new() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }

    /// The id of the element for `what`: a field named by its problem path (`attempts[2].delaySeconds`)
    /// or any other part (`summary`).
    pub fn of(self, what: &str) -> String {
        let tail: String = what
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("ce{}-{tail}", self.0)
    }

    /// The id of the message that describes the field at `path`.
    pub fn error_of(self, path: &str) -> String {
        format!("{}--error", self.of(path))
    }
}

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}

/// Who hears about the editor's Save as Draft, Start Now and Stop campaign.
#[derive(Clone, Copy, Default)]
pub struct EditorEvents {
    pub on_save_draft: Option<Callback<Campaign>>,
    pub on_start: Option<Callback<Campaign>>,
    pub on_stop: Option<Callback<()>>,
}

/// Shared by every component of one editor through Leptos context.
#[derive(Clone, Copy)]
pub struct EditorContext {
    pub editor: RwSignal<Editor>,
    /// The problems shown now (fresh rows hide theirs until the user submits).
    pub problems: Memo<Vec<Problem>>,
    pub ids: Ids,
    /// Whether the Retry Strategy section is expanded.
    pub retry_open: RwSignal<bool>,
    pub events: EditorEvents,
    pub clock: Clock,
    /// The focus move waiting for the next frame: one at a time, cancelled if the editor goes.
    focus_request: StoredValue<Option<AnimationFrameRequestHandle>>,
}

impl EditorContext {
    pub fn new(state: EditorState, events: EditorEvents) -> Self {
        let editor = state.editor;
        let focus_request = StoredValue::new(None::<AnimationFrameRequestHandle>);
        on_cleanup(move || {
            if let Some(request) = focus_request.try_get_value().flatten() {
                request.cancel();
            }
        });
        Self {
            editor,
            problems: Memo::new(move |_| editor.with(Editor::visible_problems)),
            ids: Ids::new(),
            retry_open: RwSignal::new(false),
            events,
            clock: state.clock,
            focus_request,
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

    /// Moves focus to the element with `id` once the view has caught up with the state.
    pub fn focus_soon(self, id: String) {
        let request = request_animation_frame_with_handle(move || focus(&id)).ok();
        let previous = self
            .focus_request
            .try_update_value(|pending| std::mem::replace(pending, request));
        if let Some(previous) = previous.flatten() {
            previous.cancel();
        }
    }
}

/// Moves focus to the element with `id`, if it is on the page.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
