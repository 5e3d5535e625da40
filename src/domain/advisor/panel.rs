//! The advisor in the editor's Retry Strategy section (`Suggest a strategy`), as plain Rust: the
//! `Attempts` and `Deadline, in hours` fields as typed, and where the advisor is —
//! [`Phase::Idle`] → [`Phase::Searching`] (a [`Search`] stepped a slice at a time) →
//! [`Phase::Suggested`] → [`Phase::Used`] (`Undo` puts the previous rows back) or
//! [`Phase::Dismissed`]; `Cancel` stops a search ([`Phase::Cancelled`]). The view only calls
//! these methods and shows what they say.
//!
//! ```
//! use campaign_editor::domain::advisor::{AdvisorPanel, Phase};
//! use campaign_editor::domain::calendar::LocalDateTime;
//! use campaign_editor::domain::campaign::Campaign;
//! use campaign_editor::domain::editor::Editor;
//! use campaign_editor::domain::reach::ReachSettings;
//!
//! let now = LocalDateTime::parse("2026-12-04T17:50").unwrap();
//! let mut editor = Editor::for_campaign(&Campaign::sample(), now);
//! let mut panel = AdvisorPanel::default();
//! panel.start(&editor.check(), ReachSettings::default()).unwrap();
//! while panel.advance(|| true) {}
//! assert_eq!(panel.phase(), Phase::Suggested);
//! let before = editor.clone();
//! panel.use_delays(&mut editor);
//! panel.undo(&mut editor);
//! assert_eq!(editor, before);
//! ```

use super::asked::{Asked, scored_alike};
use super::request::{SuggestRequest, parse_attempts, parse_deadline_hours};
use super::{Search, Suggestion, caveat};
use crate::domain::campaign::{Campaign, RetryStrategy};
use crate::domain::duration::thousands;
use crate::domain::editor::{AttemptRows, Checked, Editor};
use crate::domain::error::FieldError;
use crate::domain::limits::DEFAULT_DEADLINE_HOURS;
use crate::domain::reach::ReachSettings;
use crate::domain::timeline::percent;

/// Shown beside a suggestion made for a campaign (or reach settings) that has changed since.
pub const STALE_NOTE: &str =
    "The campaign has changed since this suggestion: suggest again to see figures for it.";

/// Where the advisor is, for the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Idle,
    Searching,
    Suggested,
    Used,
    Dismissed,
    Cancelled,
}

enum State {
    Idle,
    Searching(Box<Search>, Asked),
    /// `restored`: reached by `Undo`.
    Suggested(Suggestion, Asked, bool),
    /// The rows were replaced (what `Undo` puts back is [`Undo`]); `replaced` the campaign they
    /// were part of (`None` while it was invalid).
    Used {
        suggestion: Suggestion,
        asked: Asked,
        replaced: Option<Campaign>,
    },
    Dismissed,
    Cancelled,
    /// `Undo` put the rows back with no suggestion shown (dismissed, or its search cancelled).
    Restored,
}

/// Why [`AdvisorPanel::start`] did not start a search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// `Attempts` or `Deadline, in hours` has a message: the view moves focus there.
    Fields,
    /// The campaign cannot be searched ([`AdvisorPanel::campaign_problem`] says why).
    Campaign,
}

/// What `Undo` puts back: the rows before `Use these delays` (`previous`), while the rows are
/// still as it made them (`used`), whatever the advisor shows since (another search, its
/// cancel, a dismissed suggestion).
struct Undo {
    previous: AttemptRows,
    used: Vec<String>,
}

/// The advisor's fields and state.
pub struct AdvisorPanel {
    /// `Attempts` as typed; `None` until the user types, so that it follows the rows' count.
    attempts: Option<String>,
    /// `Deadline, in hours` as typed.
    deadline: String,
    state: State,
    /// A search was refused for the campaign's sake: its problem shows until it goes.
    refused: bool,
    undo: Option<Undo>,
}

impl Default for AdvisorPanel {
    fn default() -> Self {
        Self {
            attempts: None,
            deadline: DEFAULT_DEADLINE_HOURS.to_string(),
            state: State::Idle,
            refused: false,
            undo: None,
        }
    }
}

impl AdvisorPanel {
    /// The text of `Attempts`: as typed, else the number of attempt rows (at least 1).
    pub fn attempts_text(&self, rows: usize) -> String {
        self.attempts
            .clone()
            .unwrap_or_else(|| rows.max(1).to_string())
    }

    pub fn deadline_text(&self) -> &str {
        &self.deadline
    }

    pub fn set_attempts(&mut self, text: String) {
        self.attempts = Some(text);
    }

    pub fn set_deadline(&mut self, text: String) {
        self.deadline = text;
    }

    /// What is wrong with `Attempts` as typed, if anything.
    pub fn attempts_error(&self) -> Option<FieldError> {
        self.attempts
            .as_deref()
            .and_then(|t| parse_attempts(t).err())
    }

    /// What is wrong with `Deadline, in hours`, if anything.
    pub fn deadline_error(&self) -> Option<FieldError> {
        parse_deadline_hours(&self.deadline).err()
    }

    /// Why the campaign (the editor's [`Editor::check`]) cannot be searched, once a search was
    /// refused for it: it has problems, or no launch time.
    pub fn campaign_problem(&self, checked: &Checked) -> Option<FieldError> {
        if !self.refused {
            return None;
        }
        match checked {
            Err(_) => Some(FieldError::SuggestNeedsValidCampaign),
            Ok(c) if c.launch_at.is_none() => Some(FieldError::ReachNeedsLaunch),
            Ok(_) => None,
        }
    }

    /// `Suggest a strategy`: starts a search for the campaign of `checked` under the reach
    /// `settings` (any search or suggestion before it goes), or says why not.
    pub fn start(&mut self, checked: &Checked, settings: ReachSettings) -> Result<(), Refused> {
        if self.attempts_error().is_some() || self.deadline_error().is_some() {
            return Err(Refused::Fields);
        }
        self.refused = true;
        let campaign = checked.as_ref().map_err(|_| Refused::Campaign)?;
        let rows = campaign.retry_strategy.len();
        let attempts = parse_attempts(&self.attempts_text(rows)).map_err(|_| Refused::Fields)?;
        let deadline_hours = parse_deadline_hours(&self.deadline).map_err(|_| Refused::Fields)?;
        let request = SuggestRequest {
            attempts,
            deadline_hours,
            settings,
        };
        let search = Search::new(campaign, &request).map_err(|_| Refused::Campaign)?;
        self.refused = false;
        let asked = Asked {
            campaign: campaign.clone(),
            settings,
            deadline_hours,
        };
        self.state = State::Searching(Box::new(search), asked);
        Ok(())
    }

    /// One slice of the search: scores candidates while `budget` allows. `true` while the
    /// search goes on; once over, the suggestion is ready.
    pub fn advance(&mut self, budget: impl FnMut() -> bool) -> bool {
        let State::Searching(search, asked) = &mut self.state else {
            return false;
        };
        if !search.step(budget) {
            return true;
        }
        self.state = State::Suggested(search.suggestion(), asked.clone(), false);
        false
    }

    /// `Cancel`: a running search stops and is dropped.
    pub fn cancel(&mut self) {
        if let State::Searching(..) = self.state {
            self.state = State::Cancelled;
        }
    }

    /// `Use these delays`: the attempt rows become the suggestion's, in one change of `editor`.
    pub fn use_delays(&mut self, editor: &mut Editor) {
        let state = std::mem::replace(&mut self.state, State::Idle);
        self.state = match state {
            State::Suggested(mut suggestion, mut asked, _) => {
                let replaced = editor.check().ok();
                if let Some(campaign) = &replaced {
                    asked.rows_edited_since(campaign, &mut suggestion);
                }
                let previous = editor.replace_attempts(&suggestion.delays_seconds);
                let used = editor.draft().attempts.clone();
                self.undo = Some(Undo { previous, used });
                State::Used {
                    suggestion,
                    asked,
                    replaced,
                }
            }
            other => other,
        };
    }

    /// `Undo`: the rows as they were before `Use these delays`, while they are untouched since;
    /// the suggestion that replaced them, if still shown, is offered again.
    pub fn undo(&mut self, editor: &mut Editor) {
        if !self.can_undo(editor) {
            return;
        }
        if let Some(Undo { previous, .. }) = self.undo.take() {
            editor.restore_attempts(previous);
        }
        let state = std::mem::replace(&mut self.state, State::Idle);
        self.state = match state {
            State::Used {
                suggestion, asked, ..
            }
            | State::Suggested(suggestion, asked, _) => State::Suggested(suggestion, asked, true),
            searching @ State::Searching(..) => searching,
            _ => State::Restored,
        };
    }

    /// `Dismiss`: the suggestion goes (rows already replaced stay).
    pub fn dismiss(&mut self) {
        if let State::Suggested(..) | State::Used { .. } = self.state {
            self.state = State::Dismissed;
        }
    }

    pub fn phase(&self) -> Phase {
        match self.state {
            State::Idle | State::Restored => Phase::Idle,
            State::Searching(..) => Phase::Searching,
            State::Suggested(..) => Phase::Suggested,
            State::Used { .. } => Phase::Used,
            State::Dismissed => Phase::Dismissed,
            State::Cancelled => Phase::Cancelled,
        }
    }

    /// The suggestion shown, with the deadline its reach is counted by.
    pub fn suggestion(&self) -> Option<(&Suggestion, u32)> {
        match &self.state {
            State::Suggested(s, asked, _)
            | State::Used {
                suggestion: s,
                asked,
                ..
            } => Some((s, asked.deadline_hours)),
            _ => None,
        }
    }

    /// What the figures of the suggestion shown do not say ([`caveat`]), for the campaign it was
    /// asked for.
    pub fn caveat(&self) -> Option<String> {
        match &self.state {
            State::Suggested(s, asked, _)
            | State::Used {
                suggestion: s,
                asked,
                ..
            } => caveat(&asked.campaign, s, asked.deadline_hours),
            _ => None,
        }
    }

    /// Whether `Undo` can put the previous rows back: the rows in `editor` are still those
    /// `Use these delays` made.
    pub fn can_undo(&self, editor: &Editor) -> bool {
        self.undo
            .as_ref()
            .is_some_and(|undo| undo.used == editor.draft().attempts)
    }

    /// Whether the suggestion shown was made for another campaign or other reach settings than
    /// `checked` and `settings` ([`STALE_NOTE`]), its name and completion mode aside, which change
    /// no figure. Once its delays are used: made for another campaign than the one whose rows
    /// they replaced (the `Previous strategy` figures are those of that campaign when only its
    /// rows changed since the suggestion, else of the campaign asked about), or `checked` is no
    /// longer the campaign with its delays (a row or anything else edited since).
    pub fn is_stale(&self, checked: &Checked, settings: &ReachSettings) -> bool {
        let now = checked.as_ref().ok();
        let alike = |a: Option<&Campaign>, b: &Campaign| a.is_some_and(|a| scored_alike(a, b));
        let (fresh, asked) = match &self.state {
            State::Suggested(_, asked, _) => (alike(now, &asked.campaign), asked),
            State::Used {
                suggestion,
                asked,
                replaced: Some(replaced),
            } if scored_alike(replaced, &asked.campaign) => {
                let made = Campaign {
                    retry_strategy: RetryStrategy::from_delays(suggestion.delays_seconds.clone()),
                    ..replaced.clone()
                };
                (alike(now, &made), asked)
            }
            State::Used { .. } => return true,
            _ => return false,
        };
        !fresh || asked.settings != *settings
    }

    /// The heading of the current strategy's column: `Current strategy`, or, once its rows
    /// were replaced, `Previous strategy`.
    pub fn current_heading(&self) -> &'static str {
        match self.state {
            State::Used { .. } => "Previous strategy",
            _ => "Current strategy",
        }
    }

    /// The caption of the figures' table: `The suggestion beside the current strategy`, or
    /// `… the previous strategy`, as its column is headed.
    pub fn caption(&self) -> String {
        let heading = self.current_heading().to_ascii_lowercase();
        format!("The suggestion beside the {heading}")
    }

    /// What the live status says: `Searching…`, `Suggestion ready: …`, `Search cancelled`, …
    pub fn status(&self) -> String {
        match &self.state {
            State::Idle => String::new(),
            State::Searching(..) => "Searching…".to_owned(),
            State::Suggested(_, _, true) | State::Restored => "Previous delays restored".to_owned(),
            State::Suggested(s, asked, false) => format!(
                "Suggestion ready: {} expected reach by {} h (current strategy: {})",
                percent(s.expected.reached),
                asked.deadline_hours,
                percent(s.current.reached)
            ),
            State::Used { .. } => "Attempt rows replaced with the suggested delays".to_owned(),
            State::Dismissed => "Suggestion dismissed".to_owned(),
            State::Cancelled => "Search cancelled".to_owned(),
        }
    }

    /// How far a running search is: `Strategies tried: 1,234`.
    pub fn progress(&self) -> Option<String> {
        match &self.state {
            State::Searching(search, _) => Some(format!(
                "Strategies tried: {}",
                thousands(search.scored() as u64)
            )),
            _ => None,
        }
    }
}
