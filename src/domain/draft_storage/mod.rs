//! The editor's draft in browser storage: the versioned format, what is read back (and its limits),
//! and keeping in step with other tabs that use the same key. Storage itself is behind
//! [`DraftStore`], so every rule here is tested natively; the view only forwards the browser's
//! `storage` events and shows [`DraftSync::notice`] and [`status`].
//!
//! Nothing is overwritten without a word: a value that cannot be read is first kept aside, and a
//! value another tab wrote since this editor last read or wrote the key stops every write until
//! the user chooses which draft to keep.

use serde::{Deserialize, Serialize};

mod messages;

pub use messages::{DraftNotice, NotSaved, status};

use super::calendar::LocalDateTime;
use super::draft::Draft;
use super::editor::{Editor, Saved};
use super::json;
use super::limits::{MAX_ATTEMPTS, MAX_CALL_CAPS};

/// The storage format's version; bump it when `Stored` changes shape.
pub const STORAGE_VERSION: u32 = 1;

/// What the key of a draft kept aside ends with: `campaign-42` keeps it under
/// `campaign-42.unreadable`.
pub const ASIDE_SUFFIX: &str = ".unreadable";

/// Whether two editors keeping their drafts under `a` and `b` could write over each other's: under
/// one key, or one under the key where the other keeps an unreadable draft aside.
pub fn keys_clash(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix(ASIDE_SUFFIX) == Some(b) || b.strip_suffix(ASIDE_SUFFIX) == Some(a)
}

/// Local storage as the editor uses it: one text per key.
pub trait DraftStore {
    fn load(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn store(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// Why storage refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for this site is full (`QuotaExceededError`).
    Full,
    /// The browser has no storage for this page, or blocks it (private mode, settings).
    Blocked,
}

/// The text to keep in storage for `editor`: exactly what was typed, valid or not, and the last
/// save, as `{"version": 1, "draft": …, "saved": …}`. A draft's `caps` are left out when there are
/// none: drafts stored before call caps existed read as drafts without caps.
pub fn encode(editor: &Editor) -> String {
    let stored = Stored {
        version: STORAGE_VERSION,
        draft: editor.draft().clone(),
        saved: editor.saved().map(|s| StoredSave {
            draft: s.draft.clone(),
            at: s.at.to_string(),
        }),
    };
    json::to_text(&stored)
}

/// What a stored text reads as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Everything, as [`encode`] wrote it.
    Read(Editor),
    /// A draft with `rows` attempt rows, more than a campaign has: the first [`MAX_ATTEMPTS`] of
    /// them (of the draft and of its last save) are read, the rest never reach the page.
    Trimmed { editor: Editor, rows: usize },
    /// Not a draft of this version: corrupted, foreign, newer, with an impossible date, or with
    /// more call caps than the editor ever writes ([`MAX_CALL_CAPS`]).
    Unreadable,
}

/// Reads a text that [`encode`] may have written.
pub fn decode(text: &str) -> Restored {
    let Ok(stored) = serde_json::from_str::<Stored>(text) else {
        return Restored::Unreadable;
    };
    if stored.version != STORAGE_VERSION {
        return Restored::Unreadable;
    }
    let Stored {
        mut draft, saved, ..
    } = stored;
    let too_many_caps = |d: &Draft| d.caps.len() > MAX_CALL_CAPS;
    if too_many_caps(&draft) || saved.as_ref().is_some_and(|s| too_many_caps(&s.draft)) {
        return Restored::Unreadable;
    }
    let saved = match saved {
        None => None,
        Some(s) => match LocalDateTime::parse(&s.at) {
            Some(at) => Some((s.draft, at)),
            None => return Restored::Unreadable,
        },
    };
    let rows = draft
        .attempts
        .len()
        .max(saved.as_ref().map_or(0, |(d, _)| d.attempts.len()));
    draft.attempts.truncate(MAX_ATTEMPTS);
    let saved = saved.map(|(mut draft, at)| {
        draft.attempts.truncate(MAX_ATTEMPTS);
        Saved { draft, at }
    });
    let editor = Editor::restored(draft, saved);
    if rows > MAX_ATTEMPTS {
        Restored::Trimmed { editor, rows }
    } else {
        Restored::Read(editor)
    }
}

/// Why a stored draft is kept aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AsideWhy {
    Unreadable,
    Trimmed { rows: usize },
}

/// A stored draft the editor could not take in whole, kept until the user discards it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Aside {
    why: AsideWhy,
    /// Where it is kept: its own key, or (when that could not be written) still the draft's key,
    /// which then takes no write.
    key: Option<String>,
}

/// The editor's side of one storage key: what it believes is stored there, and what the user
/// must hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSync {
    key: String,
    /// The text last read from or written to the key.
    known: Option<String>,
    aside: Option<Aside>,
    /// What another tab stored under the key, until the user chooses which draft to keep.
    theirs: Option<String>,
    /// Why the last write failed, until one succeeds.
    failure: Option<StoreError>,
}

impl DraftSync {
    /// Opens `key`: the editor to show (the draft kept there, or `fresh()` when there is none or it
    /// cannot be read) and the sync that keeps it there.
    pub fn open(
        store: &dyn DraftStore,
        key: String,
        fresh: impl FnOnce() -> Editor,
    ) -> (Editor, Self) {
        let mut sync = Self {
            key,
            known: None,
            aside: None,
            theirs: None,
            failure: None,
        };
        let editor = match store.load(&sync.key) {
            Ok(None) => fresh(),
            Ok(Some(text)) => {
                let editor = sync.take_in(store, &text).unwrap_or_else(fresh);
                sync.known = Some(text);
                editor
            }
            Err(error) => {
                sync.failure = Some(error);
                fresh()
            }
        };
        (editor, sync)
    }

    /// The editor `text` holds, if any; keeps `text` aside when not all of it can be shown.
    fn take_in(&mut self, store: &dyn DraftStore, text: &str) -> Option<Editor> {
        let (editor, why) = match decode(text) {
            Restored::Read(editor) => return Some(editor),
            Restored::Trimmed { editor, rows } => (Some(editor), AsideWhy::Trimmed { rows }),
            Restored::Unreadable => (None, AsideWhy::Unreadable),
        };
        let aside_key = format!("{}{ASIDE_SUFFIX}", self.key);
        let key = store.store(&aside_key, text).ok().map(|()| aside_key);
        self.aside = Some(Aside { why, key });
        editor
    }

    /// Keeps `editor` under the key, unless that would overwrite something the user has not
    /// chosen to lose: a draft kept in place, or one another tab stored since this editor last
    /// read or wrote the key (then [`Self::notice`] asks which to keep). Writes nothing when
    /// storage already holds `editor`.
    pub fn write(&mut self, store: &dyn DraftStore, editor: &Editor) {
        if self.held().is_some() {
            return;
        }
        let text = encode(editor);
        if self.known.as_deref() == Some(text.as_str()) {
            return;
        }
        match store.load(&self.key) {
            Ok(Some(current)) if self.known.as_ref() != Some(&current) => {
                self.theirs = Some(current);
                return;
            }
            Err(error) => {
                self.failure = Some(error);
                return;
            }
            Ok(_) => {}
        }
        self.put(store, text);
    }

    fn put(&mut self, store: &dyn DraftStore, text: String) {
        match store.store(&self.key, &text) {
            Ok(()) => {
                self.known = Some(text);
                self.failure = None;
            }
            Err(error) => self.failure = Some(error),
        }
    }

    /// Another tab stored `value` under the key (`None`: it removed it), while this editor shows
    /// `editor`. Anything but what this editor wrote, or what it shows, asks the user.
    pub fn changed_elsewhere(&mut self, value: Option<String>, editor: &Editor) {
        if value == self.known {
            return;
        }
        match value {
            Some(text) if text != encode(editor) => self.theirs = Some(text),
            value => {
                self.known = value;
                self.theirs = None;
            }
        }
    }

    /// Whether another tab changed the draft and the user has not chosen which to keep.
    pub fn in_conflict(&self) -> bool {
        self.theirs.is_some()
    }

    /// The user keeps this tab's draft: it replaces the other tab's.
    pub fn keep_mine(&mut self, store: &dyn DraftStore, editor: &Editor) {
        if self.theirs.take().is_some() {
            self.put(store, encode(editor));
        }
    }

    /// The user takes the other tab's draft: the editor to show instead, if it can be read (else it
    /// is kept aside and this tab's draft stays).
    pub fn take_theirs(&mut self, store: &dyn DraftStore) -> Option<Editor> {
        let text = self.theirs.take()?;
        let editor = self.take_in(store, &text);
        self.known = Some(text);
        editor
    }

    /// The user discards the draft kept aside; this editor's draft may then take its key.
    pub fn discard_aside(&mut self, store: &dyn DraftStore) {
        if let Some(Aside { key: Some(key), .. }) = self.aside.take() {
            // Failing to remove it leaves a copy nobody reads: nothing the user typed is lost.
            let _ = store.remove(&key);
        }
    }

    /// What holds the key from this editor's writes, if anything.
    fn held(&self) -> Option<NotSaved> {
        if self.theirs.is_some() {
            Some(NotSaved::ChangedElsewhere)
        } else if self.aside.as_ref().is_some_and(|a| a.key.is_none()) {
            Some(NotSaved::HeldInPlace)
        } else {
            None
        }
    }

    /// Why storage does not keep what the editor shows: a draft holding the key, or the last
    /// write's failure until one succeeds.
    pub fn not_saved(&self) -> Option<NotSaved> {
        self.held().or(self.failure.map(NotSaved::Refused))
    }

    /// What the user must hear about the draft in storage, if anything.
    pub fn notice(&self) -> Option<DraftNotice> {
        if self.theirs.is_some() {
            return Some(DraftNotice::ChangedElsewhere);
        }
        self.aside.as_ref().map(|aside| DraftNotice::Aside {
            rows: match aside.why {
                AsideWhy::Unreadable => None,
                AsideWhy::Trimmed { rows } => Some(rows),
            },
            key: aside.key.clone(),
        })
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    draft: Draft,
    saved: Option<StoredSave>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredSave {
    draft: Draft,
    at: String,
}
