//! `dialer.reach` of SPEC section 8: the parameters of the reach model, their defaults, their
//! limits and their JSON reader.
//!
//! Its limits are in `limits.rs` with every other limit (the messages in [`crate::domain::error`]
//! read them there, so that `error` does not import this module, which imports `error`); they are
//! re-exported here beside the settings they bound.

use serde_json::Value;

use crate::domain::error::{FieldError, Problem, Problems, index_path};
use crate::domain::json::Fields;

pub use crate::domain::limits::{MAX_PICK_UP_ALIKE, MAX_REACH_MINUTES, MIN_REACH_MINUTES};

/// `presenceByHour` has one value per hour of the local day.
pub const HOURS_PER_DAY: usize = 24;

/// The reach model's parameters, valid by construction when read by [`ReachSettings::read`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReachSettings {
    /// Share of recipients whose number is dead: every call to them is `unreachable`.
    pub dead_numbers: f64,
    /// Mean of the recipients' pick-up chances `w`.
    pub pick_up: f64,
    /// Concentration κ of the Beta distribution of `w`: large means everyone picks up alike.
    pub pick_up_alike: f64,
    /// How much each call in the last 24 h lowers the chance to answer: `w · (1 − fatigue)^n`.
    pub fatigue: f64,
    /// How fast presence relaxes from what the last call found towards the hour's rate.
    pub away_minutes: f64,
    /// Chance that a present recipient is busy, away from the last call's influence.
    pub busy_share: f64,
    /// How fast being busy relaxes towards `busy_share`.
    pub busy_minutes: f64,
    /// Chance that a call to an absent recipient is `unreachable` rather than `noAnswer`.
    pub away_unreachable: f64,
    /// Chance that a recipient is present, by local hour (index 0 = 00:00–01:00).
    pub presence_by_hour: [f64; HOURS_PER_DAY],
}

impl ReachSettings {
    /// The concentration κ the model draws with: `pickUpAlike`, at least `1e-300`. SPEC 8 allows
    /// any κ above 0, and below `1e-300` nothing changes (everyone picks up always or never, with
    /// the mean chance `pickUp`), but `a = pickUp·κ` and `b = (1 − pickUp)·κ` would fall to 0
    /// (κ = 5e-324: a mean of 0/0, and no one reached).
    pub fn alike(&self) -> f64 {
        self.pick_up_alike.max(1e-300)
    }
}

impl Default for ReachSettings {
    /// SPEC section 8's defaults; `shared/research/contact-timing.md` says where they come from.
    fn default() -> Self {
        Self {
            dead_numbers: 0.08,
            pick_up: 0.45,
            pick_up_alike: 2.0,
            fatigue: 0.15,
            away_minutes: 60.0,
            busy_share: 0.06,
            busy_minutes: 5.0,
            away_unreachable: 0.15,
            presence_by_hour: [
                0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.35, 0.45, 0.40, 0.40, 0.40, //
                0.55, 0.40, 0.40, 0.40, 0.40, 0.60, 0.75, 0.75, 0.65, 0.45, 0.25, 0.10,
            ],
        }
    }
}

/// What a single-number field of `dialer.reach` may hold.
#[derive(Clone, Copy)]
enum Range {
    /// A share or chance, in [0, 1].
    Chance(&'static str),
    /// The Beta concentration, in (0, 1000].
    Alike,
    /// A relaxation time, in [1, 1440] minutes.
    Minutes(&'static str),
}

impl Range {
    fn accepts(self, x: f64) -> bool {
        match self {
            Self::Chance(_) => (0.0..=1.0).contains(&x),
            Self::Alike => x > 0.0 && x <= f64::from(MAX_PICK_UP_ALIKE),
            Self::Minutes(_) => {
                (f64::from(MIN_REACH_MINUTES)..=f64::from(MAX_REACH_MINUTES)).contains(&x)
            }
        }
    }

    fn error(self) -> FieldError {
        match self {
            Self::Chance(name) => FieldError::ReachChance(name),
            Self::Alike => FieldError::PickUpAlike,
            Self::Minutes(name) => FieldError::ReachMinutes(name),
        }
    }
}

impl ReachSettings {
    /// Reads `dialer.reach` found at `path` (every field optional, `null` = not given); every
    /// problem at once, with its path.
    ///
    /// ```
    /// use campaign_editor::domain::reach::ReachSettings;
    ///
    /// let problems = ReachSettings::from_json(&serde_json::json!({"pickUp": 2}), "dialer.reach")
    ///     .unwrap_err();
    /// assert_eq!(problems[0].path, "dialer.reach.pickUp");
    /// assert_eq!(problems[0].message, "Pick-up chance must be a number between 0 and 1");
    /// ```
    pub fn from_json(value: &Value, path: &str) -> Result<Self, Vec<Problem>> {
        let mut problems = Problems::default();
        let settings = Self::read(value, path, &mut problems);
        problems.into_result(|| settings.expect("no problems means settings"))
    }

    /// [`ReachSettings::from_json`] inside a larger document: adds what is wrong to `problems`.
    pub fn read(value: &Value, path: &str, problems: &mut Problems) -> Option<Self> {
        let mut fields = Fields::of(value, path, problems)?;
        let mut number = |key, range| read_number(&mut fields, key, range, problems);
        let dead_numbers = number("deadNumbers", Range::Chance("Share of dead numbers"));
        let pick_up = number("pickUp", Range::Chance("Pick-up chance"));
        let pick_up_alike = number("pickUpAlike", Range::Alike);
        let fatigue = number("fatigue", Range::Chance("Fatigue"));
        let away_minutes = number("awayMinutes", Range::Minutes("Away time"));
        let busy_share = number("busyShare", Range::Chance("Busy share"));
        let busy_minutes = number("busyMinutes", Range::Minutes("Busy time"));
        let away_unreachable = number(
            "awayUnreachable",
            Range::Chance("Unreachable share when away"),
        );
        let presence = match fields.get("presenceByHour") {
            None => Some(None),
            Some(v) => read_presence(v, &fields.path("presenceByHour"), problems).map(Some),
        };
        fields.finish(problems);
        let d = Self::default();
        Some(Self {
            dead_numbers: dead_numbers?.unwrap_or(d.dead_numbers),
            pick_up: pick_up?.unwrap_or(d.pick_up),
            pick_up_alike: pick_up_alike?.unwrap_or(d.pick_up_alike),
            fatigue: fatigue?.unwrap_or(d.fatigue),
            away_minutes: away_minutes?.unwrap_or(d.away_minutes),
            busy_share: busy_share?.unwrap_or(d.busy_share),
            busy_minutes: busy_minutes?.unwrap_or(d.busy_minutes),
            away_unreachable: away_unreachable?.unwrap_or(d.away_unreachable),
            presence_by_hour: presence?.unwrap_or(d.presence_by_hour),
        })
    }
}

/// The number `key` of `fields`: `Some(None)` when not given, `None` when not a number within
/// `range` (reported with the field's own message, which says what it must be).
fn read_number(
    fields: &mut Fields,
    key: &'static str,
    range: Range,
    problems: &mut Problems,
) -> Option<Option<f64>> {
    let Some(value) = fields.get(key) else {
        return Some(None);
    };
    match value.as_f64().filter(|x| range.accepts(*x)) {
        Some(x) => Some(Some(x)),
        None => {
            problems.push(fields.path(key), &range.error());
            None
        }
    }
}

/// Exactly 24 chances. A list of the wrong length is one problem; each bad value in it is one
/// more, so that everything is said at once.
fn read_presence(value: &Value, path: &str, problems: &mut Problems) -> Option<[f64; 24]> {
    let Some(items) = value.as_array() else {
        problems.push(path, &FieldError::PresenceHours);
        return None;
    };
    let mut ok = items.len() == HOURS_PER_DAY;
    if !ok {
        problems.push(path, &FieldError::PresenceHours);
    }
    // Values past the 24th have no hour: the length's problem is theirs.
    let mut presence = [0.0; HOURS_PER_DAY];
    for (hour, item) in items.iter().enumerate().take(HOURS_PER_DAY) {
        match item.as_f64().filter(|x| (0.0..=1.0).contains(x)) {
            Some(x) => presence[hour] = x,
            None => {
                problems.push(index_path(path, hour), &FieldError::PresenceAt { hour });
                ok = false;
            }
        }
    }
    ok.then_some(presence)
}
