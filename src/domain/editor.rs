//! The editor as a plain state machine: the draft being typed, which errors are shown yet, the last
//! saved draft and whether the campaign runs. The Leptos view holds one [`Editor`] in a signal and
//! only calls these methods, so every behaviour here is tested natively.

use super::calendar::LocalDateTime;
pub use super::call_cap::CapField;
use super::call_cap::{CapExample, cap_path};
use super::campaign::{Campaign, delay_text, parse_delay};
use super::draft::{CapDraft, Draft};
use super::error::{FieldError, Problem, attempt_delay_path};
use super::limits::{MAX_ATTEMPTS, MAX_CALL_CAPS};
use super::timeline::default_launch;

/// What [`Editor::check`] gives: the campaign typed so far, or every problem with it. The view
/// derives it once per change and hands it to whatever needs it.
pub type Checked = Result<Campaign, Vec<Problem>>;

/// Where the campaign is in its life, as the editor shows it. `Completed`: ended by itself, every
/// recipient called (the standalone page's simulated run says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifecycle {
    Editing,
    Running { since: LocalDateTime },
    Stopped { at: LocalDateTime },
    Completed { at: LocalDateTime },
}

impl Lifecycle {
    /// Whether the campaign runs: then the editor offers Stop campaign, else Save as Draft and
    /// Start Now (a campaign that ended can be saved or started again).
    pub fn is_running(self) -> bool {
        matches!(self, Self::Running { .. })
    }
}

/// A draft kept with Save as Draft, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub draft: Draft,
    pub at: LocalDateTime,
}

/// The editor's whole state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editor {
    draft: Draft,
    /// Per attempt row: added by the user and neither typed in nor left yet, so its error waits.
    fresh: Vec<bool>,
    /// Per cap row, per field ([`CapField`]): added empty and neither typed in nor left yet.
    fresh_caps: Vec<[bool; 2]>,
    /// The last Save or Start found errors: every error shows, and the summary lists them (a
    /// Save or Start that succeeds puts this down, so that a later error waits for its row as
    /// before, and the summary for the next press).
    submitted: bool,
    saved: Option<Saved>,
    lifecycle: Lifecycle,
}

impl Editor {
    pub fn new(draft: Draft) -> Self {
        let fresh = vec![false; draft.attempts.len()];
        let fresh_caps = vec![[false; 2]; draft.caps.len()];
        Self {
            draft,
            fresh,
            fresh_caps,
            submitted: false,
            saved: None,
            lifecycle: Lifecycle::Editing,
        }
    }

    /// An editor restored from storage: `draft` as typed, and the last save if any.
    pub fn restored(draft: Draft, saved: Option<Saved>) -> Self {
        Self {
            saved,
            ..Self::new(draft)
        }
    }

    /// A new editor for `campaign`; without a launch time it proposes the next weekday at 09:00
    /// after `now`.
    pub fn for_campaign(campaign: &Campaign, now: LocalDateTime) -> Self {
        let mut draft = Draft::from(campaign);
        if campaign.launch_at.is_none() {
            draft.launch_at = default_launch(now).to_string();
        }
        Self::new(draft)
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// Changes the draft through `edit`; rows keep their freshness by position.
    pub fn edit(&mut self, edit: impl FnOnce(&mut Draft)) {
        edit(&mut self.draft);
        self.fresh.resize(self.draft.attempts.len(), false);
        self.fresh_caps.resize(self.draft.caps.len(), [false; 2]);
    }

    /// Replaces the whole draft (a host's `setConfig`, a restored draft): nothing is fresh.
    pub fn replace(&mut self, draft: Draft) {
        self.fresh = vec![false; draft.attempts.len()];
        self.fresh_caps = vec![[false; 2]; draft.caps.len()];
        self.draft = draft;
    }

    /// The campaign typed so far, or every problem with it.
    pub fn check(&self) -> Checked {
        self.draft.check()
    }

    /// The problems to show now, of `checked` (this editor's [`Editor::check`]): all of them,
    /// except those of fresh rows until the user submits.
    pub fn visible_problems(&self, checked: &Checked) -> Vec<Problem> {
        let hidden: Vec<String> = if self.submitted {
            Vec::new()
        } else {
            let attempts = (0..self.fresh.len())
                .filter(|&i| self.fresh[i])
                .map(attempt_delay_path);
            let caps = self.fresh_caps.iter().enumerate().flat_map(|(i, fresh)| {
                CapField::BOTH
                    .into_iter()
                    .filter(|&field| fresh[field as usize])
                    .map(move |field| cap_path(i, field.key()))
            });
            attempts.chain(caps).collect()
        };
        checked
            .as_ref()
            .err()
            .into_iter()
            .flatten()
            .filter(|p| !hidden.contains(&p.path))
            .cloned()
            .collect()
    }

    /// Whether the error summary is up, given `checked` (this editor's [`Editor::check`]): after a
    /// Save or Start that found errors, until they are gone.
    pub fn shows_summary(&self, checked: &Checked) -> bool {
        self.submitted && checked.is_err()
    }

    /// The live status line: `Running since …`, `Stopped at …`, `Draft saved at …` (and whether
    /// there are unsaved changes), or nothing before the first save.
    pub fn status(&self) -> String {
        match self.lifecycle {
            Lifecycle::Running { since } => format!("Running since {}", since.human()),
            Lifecycle::Stopped { at } => format!("Stopped at {}", at.human()),
            Lifecycle::Completed { at } => format!("Completed at {}", at.human()),
            Lifecycle::Editing => match &self.saved {
                None => String::new(),
                Some(saved) if self.has_unsaved_changes() => format!(
                    "Draft saved at {}. You have unsaved changes.",
                    saved.at.human()
                ),
                Some(saved) => format!("Draft saved at {}", saved.at.human()),
            },
        }
    }

    /// Why `+ Add Attempt` is disabled, if it is.
    pub fn add_blocked(&self) -> Option<FieldError> {
        (self.draft.attempts.len() >= MAX_ATTEMPTS).then_some(FieldError::TooManyAttempts)
    }

    /// Adds an empty attempt row; its index, or why not.
    pub fn add_attempt(&mut self) -> Result<usize, FieldError> {
        if let Some(blocked) = self.add_blocked() {
            return Err(blocked);
        }
        self.draft.attempts.push(String::new());
        self.fresh.push(true);
        Ok(self.draft.attempts.len() - 1)
    }

    /// Removes row `index` (0-based); the rows after it move up and renumber.
    pub fn remove_attempt(&mut self, index: usize) {
        if index < self.draft.attempts.len() {
            self.draft.attempts.remove(index);
            self.fresh.remove(index);
        }
    }

    /// The user typed `text` into row `index`.
    pub fn set_delay(&mut self, index: usize, text: String) {
        if let Some(row) = self.draft.attempts.get_mut(index) {
            *row = text;
            self.fresh[index] = false;
        }
    }

    /// The user left row `index`: its errors show from now on, and a valid delay is written as
    /// numbers of seconds are shown (SPEC section 2), so that a typed `7200` reads `7,200` like the
    /// rows the editor filled in (the same number: nothing typed is lost).
    pub fn leave_attempt(&mut self, index: usize) {
        if let Some(fresh) = self.fresh.get_mut(index) {
            *fresh = false;
        }
        if let Some(row) = self.draft.attempts.get_mut(index)
            && let Ok(seconds) = parse_delay(index + 1, row)
        {
            *row = delay_text(seconds);
        }
    }

    /// Replaces every attempt row with `delays` (whole seconds) in one change, as the advisor's
    /// `Use these delays` does; gives back the rows as they were, for [`Editor::restore_attempts`].
    pub fn replace_attempts(&mut self, delays: &[u32]) -> AttemptRows {
        let texts = delays.iter().copied().map(delay_text).collect();
        let fresh = vec![false; delays.len()];
        AttemptRows {
            texts: std::mem::replace(&mut self.draft.attempts, texts),
            fresh: std::mem::replace(&mut self.fresh, fresh),
        }
    }

    /// Puts back attempt rows [`Editor::replace_attempts`] gave, exactly as they were (`Undo`).
    pub fn restore_attempts(&mut self, rows: AttemptRows) {
        self.draft.attempts = rows.texts;
        self.fresh = rows.fresh;
    }

    /// Why `+ Add cap` (and the examples) are disabled, if they are.
    pub fn add_cap_blocked(&self) -> Option<FieldError> {
        (self.draft.caps.len() >= MAX_CALL_CAPS).then_some(FieldError::TooManyCaps)
    }

    /// Adds an empty cap row; its index, or why not. Its errors wait until a field is typed in or
    /// left, or the user saves or starts.
    pub fn add_cap(&mut self) -> Result<usize, FieldError> {
        self.push_cap(CapDraft::default(), [true; 2])
    }

    /// Adds a cap row filled with `example`; its index, or why not.
    pub fn insert_example(&mut self, example: CapExample) -> Result<usize, FieldError> {
        self.push_cap(example.cap().into(), [false; 2])
    }

    fn push_cap(&mut self, cap: CapDraft, fresh: [bool; 2]) -> Result<usize, FieldError> {
        if let Some(blocked) = self.add_cap_blocked() {
            return Err(blocked);
        }
        self.draft.caps.push(cap);
        self.fresh_caps.push(fresh);
        Ok(self.draft.caps.len() - 1)
    }

    /// Removes cap row `index` (0-based); the rows after it move up and renumber.
    pub fn remove_cap(&mut self, index: usize) {
        if index < self.draft.caps.len() {
            self.draft.caps.remove(index);
            self.fresh_caps.remove(index);
        }
    }

    /// The user typed `text` into `field` of cap row `index` (`Cap N calls` or `Cap N period, in
    /// hours`).
    pub fn set_cap(&mut self, index: usize, field: CapField, text: String) {
        if let Some(cap) = self.draft.caps.get_mut(index) {
            *cap.text_mut(field) = text;
            self.fresh_caps[index][field as usize] = false;
        }
    }

    /// The user left `field` of cap row `index`.
    pub fn leave_cap(&mut self, index: usize, field: CapField) {
        if let Some(fresh) = self.fresh_caps.get_mut(index) {
            fresh[field as usize] = false;
        }
    }

    /// Save as Draft: keeps the draft when it is valid (`at` is now), else shows every error. A
    /// campaign that ended is a draft again once saved: the status then speaks of the save.
    pub fn save(&mut self, at: LocalDateTime) -> Result<Campaign, Vec<Problem>> {
        let campaign = self.submit()?;
        if !self.lifecycle.is_running() {
            self.lifecycle = Lifecycle::Editing;
        }
        self.saved = Some(Saved {
            draft: self.draft.clone(),
            at,
        });
        Ok(campaign)
    }

    /// Start Now: starts the campaign when it is valid (`at` is now), else shows every error; a
    /// campaign that ended starts again. A long-living campaign needs the user's confirmation
    /// first: ask before calling this.
    pub fn start(&mut self, at: LocalDateTime) -> Result<Campaign, Vec<Problem>> {
        let campaign = self.submit()?;
        self.lifecycle = Lifecycle::Running { since: at };
        Ok(campaign)
    }

    /// Stop campaign: only a running campaign stops.
    pub fn stop(&mut self, at: LocalDateTime) {
        self.end(Lifecycle::Stopped { at });
    }

    /// The campaign ended by itself: only a running campaign completes.
    pub fn complete(&mut self, at: LocalDateTime) {
        self.end(Lifecycle::Completed { at });
    }

    fn end(&mut self, ended: Lifecycle) {
        if self.lifecycle.is_running() {
            self.lifecycle = ended;
        }
    }

    /// The host page's handler of a Save, Start or Stop failed: saved and running as `before`
    /// (this editor before the press) again, the draft as it is.
    pub fn take_back(&mut self, before: &Editor) {
        self.saved.clone_from(&before.saved);
        self.lifecycle = before.lifecycle;
    }

    pub fn lifecycle(&self) -> Lifecycle {
        self.lifecycle
    }

    pub fn saved(&self) -> Option<&Saved> {
        self.saved.as_ref()
    }

    /// Whether the draft differs from the one last saved (always, before the first save).
    pub fn has_unsaved_changes(&self) -> bool {
        self.saved.as_ref().is_none_or(|s| s.draft != self.draft)
    }

    fn submit(&mut self) -> Result<Campaign, Vec<Problem>> {
        let checked = self.check();
        self.submitted = checked.is_err();
        checked
    }
}

/// The attempt rows as they were before a [`Editor::replace_attempts`]: their text and which
/// ones were fresh.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptRows {
    texts: Vec<String>,
    fresh: Vec<bool>,
}

impl AttemptRows {
    /// The rows' text, in order.
    pub fn texts(&self) -> &[String] {
        &self.texts
    }
}

/// The local time to use when the clock reads no real date (`None`: outside years 1–9999): the
/// start of 2026, so that the editor still proposes a plain weekday-morning launch.
pub fn now_or_fallback(reading: Option<LocalDateTime>) -> LocalDateTime {
    reading.unwrap_or_else(|| {
        LocalDateTime::from_parts(2026, 1, 1, 0, 0, 0).expect("1 January 2026 is a date")
    })
}

/// What the editor says when the clock reads no real date.
pub const CLOCK_NOTICE: &str = "This device's clock does not read a real date, so the launch time proposed is only an example: check it before you start.";

/// Whether Start Now asks the user first, given `checked` (the editor's [`Editor::check`]): only
/// for a valid long-living campaign, which never ends on its own. An invalid one shows its errors
/// instead.
pub fn start_needs_confirmation(checked: &Checked) -> bool {
    checked
        .as_ref()
        .is_ok_and(|campaign| campaign.completion.is_long_living())
}

/// The sections of the editor's form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Name,
    RetryStrategy,
    Schedule,
    Completion,
}

impl Section {
    /// The section holding the field at problem `path` (`attempts[2].delaySeconds` is in the
    /// Retry Strategy); `None` for a path the form has no field for.
    pub fn of(path: &str) -> Option<Self> {
        let field = path.split(['.', '[']).next().unwrap_or_default();
        match field {
            "name" => Some(Self::Name),
            "attempts" => Some(Self::RetryStrategy),
            "launchAt" | "callingWindow" | "retryOn" | "callCaps" => Some(Self::Schedule),
            "longLiving" => Some(Self::Completion),
            _ => None,
        }
    }
}
