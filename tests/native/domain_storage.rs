//! The draft in storage (issue 11): two tabs on one key never overwrite each other without a word,
//! a failed write is never called saved, an unreadable or oversized draft is kept aside until the
//! user discards it, and typing anything into any field never panics.

use std::cell::RefCell;
use std::collections::BTreeMap;

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::draft_storage::{
    DraftNotice, DraftStore, DraftSync, NotSaved, Restored, StoreError, decode, encode, keys_clash,
    status,
};
use campaign_editor::domain::editor::{CapField, Editor, now_or_fallback};
use proptest::prelude::*;

use crate::support::any_text;

/// Local storage in memory, shared by the "tabs" of a test; `full` refuses every write,
/// `reads_blocked` every read.
#[derive(Default)]
struct Memory {
    items: RefCell<BTreeMap<String, String>>,
    full: RefCell<bool>,
    reads_blocked: RefCell<bool>,
}

impl DraftStore for Memory {
    fn load(&self, key: &str) -> Result<Option<String>, StoreError> {
        if *self.reads_blocked.borrow() {
            return Err(StoreError::Blocked);
        }
        Ok(self.items.borrow().get(key).cloned())
    }
    fn store(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if *self.full.borrow() {
            return Err(StoreError::Full);
        }
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }
}

impl Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }
}

/// Storage that is blocked (private mode, settings).
struct Blocked;

impl DraftStore for Blocked {
    fn load(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Blocked)
    }
    fn store(&self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Blocked)
    }
    fn remove(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Blocked)
    }
}

const KEY: &str = "campaign-42";

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).expect("a date-time")
}

fn sample() -> Editor {
    Editor::new(Draft::from(&Campaign::sample()))
}

fn open(store: &dyn DraftStore) -> (Editor, DraftSync) {
    DraftSync::open(store, KEY.to_owned(), sample)
}

#[test]
fn a_draft_another_tab_stored_is_never_overwritten_without_a_choice() {
    let store = Memory::default();
    let (mut one, mut sync_one) = open(&store);
    let (mut two, mut sync_two) = open(&store);

    // Tab 1 renames and saves; tab 2, opened earlier, hears of it and then changes a delay.
    one.edit(|d| d.name = "Renewals".into());
    one.save(at("2026-12-07T09:00")).unwrap();
    sync_one.write(&store, &one);
    let tab_one = store.get(KEY).expect("written");
    sync_two.changed_elsewhere(Some(tab_one.clone()), &two);
    assert_eq!(
        sync_two.notice().map(|n| n.to_string()).as_deref(),
        Some(
            "This draft was changed in another tab. Nothing is saved here until you choose which draft to keep."
        )
    );
    two.set_delay(0, "600".into());
    sync_two.write(&store, &two);
    assert_eq!(store.get(KEY), Some(tab_one.clone()), "tab 1's save stays");
    // A Save here writes nothing either, and is not called saved.
    two.save(at("2026-12-07T09:10")).unwrap();
    sync_two.write(&store, &two);
    assert_eq!(store.get(KEY), Some(tab_one.clone()), "tab 1's save stays");
    assert_eq!(
        status(&two, sync_two.not_saved()),
        "Draft not saved: another tab changed the draft kept here. Your answers stay on this page; choose which draft to keep, above."
    );

    // Tab 2 chooses tab 1's draft: it shows it, and writes nothing over it.
    let theirs = sync_two.take_theirs(&store).expect("readable");
    assert_eq!(theirs.draft().name, "Renewals");
    assert!(!sync_two.in_conflict());
    sync_two.write(&store, &theirs);
    assert_eq!(store.get(KEY), Some(tab_one));
}

#[test]
fn a_change_elsewhere_is_also_caught_when_writing_before_the_event_arrives() {
    let store = Memory::default();
    let (mut one, mut sync_one) = open(&store);
    let (mut two, mut sync_two) = open(&store);
    one.edit(|d| d.name = "From tab 1".into());
    sync_one.write(&store, &one);
    two.edit(|d| d.name = "From tab 2".into());
    sync_two.write(&store, &two);
    assert!(
        sync_two.in_conflict(),
        "the check before writing sees tab 1's draft"
    );
    assert!(store.get(KEY).unwrap().contains("From tab 1"));

    // Tab 2 keeps its own draft: now tab 1 is told.
    sync_two.keep_mine(&store, &two);
    assert!(store.get(KEY).unwrap().contains("From tab 2"));
    sync_one.changed_elsewhere(store.get(KEY), &one);
    assert_eq!(sync_one.notice(), Some(DraftNotice::ChangedElsewhere));
}

#[test]
fn what_this_tab_shows_or_wrote_is_no_conflict() {
    let store = Memory::default();
    let (mut one, mut sync_one) = open(&store);
    let (two, mut sync_two) = open(&store);
    one.edit(|d| d.name = "Same".into());
    sync_one.write(&store, &one);
    sync_one.changed_elsewhere(store.get(KEY), &one);
    assert!(!sync_one.in_conflict(), "its own write");
    sync_two.changed_elsewhere(Some(encode(&two)), &two);
    assert!(!sync_two.in_conflict(), "what it shows already");
    sync_two.changed_elsewhere(None, &two);
    assert!(
        !sync_two.in_conflict(),
        "removed elsewhere: written again on the next change"
    );
}

#[test]
fn a_failed_write_is_never_called_saved_and_the_message_clears_once_one_succeeds() {
    let store = Memory::default();
    let (mut editor, mut sync) = open(&store);
    *store.full.borrow_mut() = true;
    editor.save(at("2026-12-07T09:00")).unwrap();
    sync.write(&store, &editor);
    assert_eq!(sync.not_saved(), Some(NotSaved::Refused(StoreError::Full)));
    let line = status(&editor, sync.not_saved());
    assert!(!line.contains("saved at"), "{line}");
    assert_eq!(
        line,
        "Draft not saved: this browser's storage is full. Your answers stay on this page; free some space, then save again."
    );
    assert_eq!(store.get(KEY), None);

    *store.full.borrow_mut() = false;
    editor.save(at("2026-12-07T09:05")).unwrap();
    sync.write(&store, &editor);
    assert_eq!(sync.not_saved(), None);
    assert_eq!(
        status(&editor, sync.not_saved()),
        "Draft saved at Mon 7 Dec, 09:05"
    );

    let (_, blocked) = open(&Blocked);
    assert!(status(&sample(), blocked.not_saved()).starts_with(
        "Draft not saved: this browser does not let the page keep drafts. Your answers stay on this page"
    ));
}

#[test]
fn a_failed_read_before_writing_writes_nothing_and_is_never_called_saved() {
    let store = Memory::default();
    let (mut one, mut sync_one) = open(&store);
    let (mut two, mut sync_two) = open(&store);
    one.edit(|d| d.name = "From tab 1".into());
    sync_one.write(&store, &one);
    let tab_one = store.get(KEY).expect("written");

    // Tab 2 cannot read the key before writing (storage blocked, writes still taken): it cannot
    // know whether another tab wrote there, so it writes nothing and says why.
    *store.reads_blocked.borrow_mut() = true;
    two.edit(|d| d.name = "From tab 2".into());
    two.save(at("2026-12-07T09:00")).unwrap();
    sync_two.write(&store, &two);
    assert_eq!(store.get(KEY), Some(tab_one.clone()), "tab 1's draft stays");
    assert_eq!(
        sync_two.not_saved(),
        Some(NotSaved::Refused(StoreError::Blocked))
    );
    assert_eq!(
        status(&two, sync_two.not_saved()),
        "Draft not saved: this browser does not let the page keep drafts. Your answers stay on this page while it is open."
    );

    // Once the key reads again, the check before writing finds tab 1's draft: the user chooses.
    *store.reads_blocked.borrow_mut() = false;
    sync_two.write(&store, &two);
    assert!(sync_two.in_conflict());
    assert_eq!(store.get(KEY), Some(tab_one));
}

#[test]
fn an_unreadable_draft_is_kept_aside_until_the_user_discards_it() {
    let mut newer = sample();
    newer.save(at("2026-02-28T09:00")).unwrap();
    let newer_version = encode(&newer).replace("\"version\":1", "\"version\":2");
    let extra_field = encode(&newer).replacen('{', "{\"extra\":true,", 1);
    let impossible_date = encode(&newer).replace("2026-02-28T09:00", "2026-02-30T09:00");
    for text in [newer_version, extra_field, impossible_date] {
        let store = Memory::default();
        store.store(KEY, &text).unwrap();
        let (mut editor, mut sync) = open(&store);
        assert_eq!(editor, sample(), "starts afresh");
        assert_eq!(
            sync.notice().map(|n| n.to_string()).as_deref(),
            Some(
                "A saved draft could not be read. It is kept aside, under “campaign-42.unreadable”, until you discard it."
            )
        );
        editor.edit(|d| d.name = "Typed".into());
        sync.write(&store, &editor);
        assert_eq!(
            store.get("campaign-42.unreadable"),
            Some(text.clone()),
            "kept aside"
        );
        assert!(store.get(KEY).unwrap().contains("Typed"));
        sync.discard_aside(&store);
        assert_eq!(store.get("campaign-42.unreadable"), None);
        assert_eq!(sync.notice(), None);
    }
}

#[test]
fn an_unreadable_draft_that_cannot_be_kept_aside_stays_in_place() {
    let store = Memory::default();
    store.store(KEY, "{not json").unwrap();
    *store.full.borrow_mut() = true;
    let (mut editor, mut sync) = open(&store);
    assert_eq!(
        sync.notice().map(|n| n.to_string()).as_deref(),
        Some(
            "A saved draft could not be read. It is kept as it was, so what you type here is not saved until you discard it."
        )
    );
    *store.full.borrow_mut() = false;
    editor.edit(|d| d.name = "Typed".into());
    editor.save(at("2026-12-07T09:00")).unwrap();
    sync.write(&store, &editor);
    assert_eq!(store.get(KEY).as_deref(), Some("{not json"), "held");
    assert_eq!(
        status(&editor, sync.not_saved()),
        "Draft not saved: a saved draft that could not be read is kept in its place. Your answers stay on this page; discard that draft, above, to save yours."
    );
    sync.discard_aside(&store);
    sync.write(&store, &editor);
    assert!(store.get(KEY).unwrap().contains("Typed"));
    assert_eq!(
        status(&editor, sync.not_saved()),
        "Draft saved at Mon 7 Dec, 09:00"
    );
}

#[test]
fn rows_beyond_twenty_are_never_read_back() {
    let mut draft = Draft::from(&Campaign::sample());
    draft.attempts = (0..12_000).map(|i| i.to_string()).collect();
    let text = encode(&Editor::new(draft));
    let Restored::Trimmed { editor, rows } = decode(&text) else {
        panic!("trimmed")
    };
    assert_eq!((editor.draft().attempts.len(), rows), (20, 12_000));

    let store = Memory::default();
    store.store(KEY, &text).unwrap();
    let (editor, sync) = open(&store);
    assert_eq!(editor.draft().attempts.len(), 20);
    assert_eq!(
        sync.notice().map(|n| n.to_string()).as_deref(),
        Some(
            "A saved draft has 12,000 attempt rows, more than the 20 a campaign can have: only the first 20 are shown. It is kept aside, under “campaign-42.unreadable”, until you discard it."
        )
    );
    assert_eq!(store.get("campaign-42.unreadable"), Some(text));
}

#[test]
fn a_clock_outside_years_1_to_9999_falls_back_to_2026() {
    let fallback = now_or_fallback(None);
    assert_eq!(fallback.to_string(), "2026-01-01T00:00");
    let editor = Editor::for_campaign(&Campaign::default(), fallback);
    assert_eq!(editor.draft().launch_at, "2026-01-01T09:00");
    assert!(editor.check().is_ok());
}

#[test]
fn a_megabyte_name_is_an_error_and_a_short_title() {
    let mut editor = sample();
    editor.edit(|d| d.name = "n".repeat(1 << 20));
    let problems = editor.check().unwrap_err();
    assert_eq!(
        problems[0].message,
        "Campaign name must be 120 characters or fewer"
    );
    let title = editor.draft().title();
    assert_eq!(title.chars().count(), 121);
    assert!(title.ends_with('…'));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Typing anything into every field (name, delays, launch, window, a call cap), through the
    /// editor's own methods, never panics; what is typed is kept exactly and read back from
    /// storage.
    #[test]
    fn typing_anything_into_any_field_never_panics(texts in proptest::collection::vec(any_text(), 8)) {
        let mut editor = sample();
        editor.edit(|d| d.name = texts[0].clone());
        editor.set_delay(0, texts[1].clone());
        let _ = editor.add_attempt();
        editor.set_delay(2, texts[2].clone());
        editor.leave_attempt(2);
        editor.edit(|d| {
            d.launch_at = texts[3].clone();
            d.window.enabled = true;
            d.window.start = texts[4].clone();
            d.window.end = texts[5].clone();
        });
        let cap = editor.add_cap().expect("the sample has no cap");
        editor.set_cap(cap, CapField::Calls, texts[6].clone());
        editor.leave_cap(cap, CapField::Calls);
        editor.set_cap(cap, CapField::Hours, texts[7].clone());
        editor.leave_cap(cap, CapField::Hours);
        let checked = editor.check();
        let _ = editor.visible_problems(&checked);
        let _ = editor.draft().title();
        let _ = editor.save(at("2026-12-07T09:00"));
        let _ = editor.start(at("2026-12-07T09:00"));
        let _ = status(&editor, Some(NotSaved::Refused(StoreError::Full)));
        let Restored::Read(restored) = decode(&encode(&editor)) else {
            panic!("what was typed is read back")
        };
        prop_assert_eq!(restored.draft(), editor.draft());
    }
}

#[test]
fn two_editors_clash_on_one_key_or_where_either_keeps_an_unreadable_draft_aside() {
    for (a, b, clash) in [
        ("campaign-42", "campaign-42", true),
        ("campaign-42", "campaign-42.unreadable", true),
        ("campaign-42.unreadable", "campaign-42", true),
        ("campaign-42", "campaign-43", false),
        ("campaign-42", "campaign-42.unreadable.unreadable", false),
        (
            "campaign-42.unreadable",
            "campaign-42.unreadable.unreadable",
            true,
        ),
        ("", ".unreadable", true),
        ("campaign-42", "campaign-42.unreadabl", false),
    ] {
        assert_eq!(keys_clash(a, b), clash, "{a:?} and {b:?}");
        assert_eq!(keys_clash(b, a), clash, "{b:?} and {a:?}");
    }
}
