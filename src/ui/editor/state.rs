use leptos::prelude::*;

use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::{Campaign, RetryStrategy};
use crate::domain::draft::Draft;
use crate::domain::draft_storage::{DraftNotice, DraftSync, NotSaved};
use crate::domain::editor::{Checked, Editor, now_or_fallback};
use crate::domain::reach::ReachSettings;
use crate::ui::browser::{self, LocalStorage};

/// Where the editor reads the local time now; `None` when the clock reads no real date.
pub type Now = fn() -> Option<LocalDateTime>;

/// One editor's state, made by whoever mounts the editor (the standalone page, the embedding
/// API, a test), who can then read and replace it. Create it inside the reactive owner that
/// mounts the editor, so that it goes when the editor goes.
#[derive(Clone, Copy)]
pub struct EditorState {
    pub editor: RwSignal<Editor>,
    /// [`Editor::check`] of `editor`, derived once per change: every reader of the campaign or
    /// its problems (the editor's components, the embedding API, the Simulator) uses this.
    pub checked: Memo<Checked>,
    /// The draft's key in storage, with a persist key.
    sync: Option<RwSignal<DraftSync>>,
    /// A launch time was proposed at mount from a clock that read no real date: only an example.
    pub clock_off: bool,
    now: Now,
    /// The reach model's settings the timeline's figures use: the defaults, or the Simulator's
    /// while it has valid ones (the panel writes them).
    pub reach: RwSignal<ReachSettings>,
    /// The advisor's suggestion while it holds one (the advisor writes it), which the Simulator
    /// offers as Compare's B.
    pub suggestion: RwSignal<Option<RetryStrategy>>,
}

impl EditorState {
    /// The standalone page's editor: `campaign`, with a launch time proposed (the next weekday at
    /// 09:00) when it has none; with a `persist_key`, the one kept under it instead (what the
    /// user typed, valid or not), and every change is kept there again unless another tab changed
    /// it meanwhile (then the user chooses, see [`EditorState::notice`]).
    ///
    /// ```ignore
    /// let state = EditorState::new(&Campaign::sample(), Some("campaign-42".into()), browser::now);
    /// view! { <CampaignEditor state=state /> }
    /// ```
    pub fn new(campaign: &Campaign, persist_key: Option<String>, now: Now) -> Self {
        let reading = now();
        let fresh = || Editor::for_campaign(campaign, now_or_fallback(reading));
        Self::starting(fresh, persist_key, now, reading.is_none())
    }

    /// An editor mounted by a host page: `campaign` exactly as the host gave it (without a launch
    /// time, none is proposed), kept under `persist_key` if any, on the browser's clock.
    pub fn for_host(campaign: &Campaign, persist_key: Option<String>) -> Self {
        let fresh = || Editor::new(Draft::from(campaign));
        Self::starting(fresh, persist_key, browser::now, false)
    }

    /// An editor that starts as `fresh` unless a draft is kept under `persist_key`; `clock_off`
    /// when the launch time `fresh` proposed comes from a clock that reads no real date.
    fn starting(
        fresh: impl FnOnce() -> Editor,
        persist_key: Option<String>,
        now: Now,
        clock_off: bool,
    ) -> Self {
        let (editor, sync) = match persist_key {
            None => (fresh(), None),
            Some(key) => {
                let (editor, sync) = DraftSync::open(&LocalStorage, key.clone(), fresh);
                (editor, Some((key, sync)))
            }
        };
        let editor = RwSignal::new(editor);
        let state = Self {
            editor,
            checked: Memo::new(move |_| editor.with(Editor::check)),
            sync: sync.as_ref().map(|(_, sync)| RwSignal::new(sync.clone())),
            clock_off,
            now,
            reach: RwSignal::new(ReachSettings::default()),
            suggestion: RwSignal::new(None),
        };
        if let (Some((key, _)), Some(sync)) = (sync, state.sync) {
            keep_in_step(key, editor, sync);
        }
        state
    }

    /// The local time now (a fixed fallback when the clock reads no real date).
    pub fn now(self) -> LocalDateTime {
        now_or_fallback((self.now)())
    }

    /// What the user must hear about the draft in storage; tracked.
    pub fn notice(self) -> Option<DraftNotice> {
        self.sync.and_then(|sync| sync.with(DraftSync::notice))
    }

    /// Why storage does not keep what the editor shows, if it does not; tracked.
    pub fn not_saved(self) -> Option<NotSaved> {
        self.sync.and_then(|sync| sync.with(DraftSync::not_saved))
    }

    /// The user keeps this tab's draft over the one another tab stored.
    pub fn keep_mine(self) {
        if let Some(sync) = self.sync {
            self.editor
                .with_untracked(|editor| sync.update(|s| s.keep_mine(&LocalStorage, editor)));
        }
    }

    /// The user takes the draft another tab stored.
    pub fn take_theirs(self) {
        let theirs = self
            .sync
            .and_then(|sync| sync.try_update(|s| s.take_theirs(&LocalStorage)).flatten());
        if let Some(theirs) = theirs {
            self.editor.set(theirs);
        }
    }

    /// The user discards the draft kept aside.
    pub fn discard_aside(self) {
        if let Some(sync) = self.sync {
            sync.update(|s| s.discard_aside(&LocalStorage));
            // A draft held in place no longer holds the key: what is shown is kept now.
            write_draft(self.editor, sync);
        }
    }

    /// Keeps what is shown under the persist key now, not when the effect that keeps each change
    /// next runs: a host's `destroy()` in the same task as its last change would lose that change.
    pub fn keep_draft(self) {
        if let Some(sync) = self.sync {
            write_draft(self.editor, sync);
        }
    }
}

/// Writes what `editor` holds under its key (unless another tab's draft or one kept aside holds
/// it, see [`DraftSync::write`]).
fn write_draft(editor: RwSignal<Editor>, sync: RwSignal<DraftSync>) {
    editor.with_untracked(|editor| sync.update(|s| s.write(&LocalStorage, editor)));
}

/// Keeps every change of `editor` under `key` (from the first run on, so that a change made in
/// the same task as the mount is kept too), and hears of changes other tabs make to it. The
/// window's `storage` listener goes with the editor.
fn keep_in_step(key: String, editor: RwSignal<Editor>, sync: RwSignal<DraftSync>) {
    Effect::new(move |_| {
        editor.track();
        write_draft(editor, sync);
    });
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        // `key` is null when another tab cleared the whole storage.
        let ours = event.key().is_none_or(|k| k == key);
        let local = event
            .storage_area()
            .is_some_and(|area| LocalStorage::is(&area));
        if ours && local {
            let value = event.key().and(event.new_value());
            editor.with_untracked(|editor| sync.update(|s| s.changed_elsewhere(value, editor)));
        }
    });
    on_cleanup(move || listener.remove());
}
