//! The reach model's settings (SPEC section 8) as typed in the simulator panel, in plain words:
//! shares and chances as percentages, the two relaxation times in minutes, and the presence of
//! recipients by hour, with presets.
//!
//! **Numbers as typed.** Every field takes a plain decimal number with a `.` (`45`, `4.5`,
//! `0.25`): no sign, no exponent, no thousands commas. Percentages run from 0 to 100 (decimals
//! are welcome, because shares such as 2.5 % are common); `How alike recipients are` is the Beta
//! concentration κ, above 0 and at most 1,000; spells are 1 to 1,440 minutes.
//!
//! ```
//! use campaign_editor::domain::reach::ReachSettings;
//! use campaign_editor::domain::simulator_panel::{Preset, ReachInput, ReachText};
//!
//! let mut text = ReachText::default();
//! assert_eq!(text.number(ReachInput::PickUp), "45");
//! assert_eq!(text.settings(), Ok(ReachSettings::default()));
//! text.apply(Preset::BusinessLines);
//! assert_eq!(text.presence(10), "85");
//! text.set_number(ReachInput::Fatigue, "150".into());
//! assert_eq!(text.settings().unwrap_err()[0].path, "reach.fatigue");
//! ```

use crate::domain::decimal::{self, trimmed};
use crate::domain::error::{FieldError, Problem, Problems};
use crate::domain::limits::{MAX_PICK_UP_ALIKE, MAX_REACH_MINUTES, MIN_REACH_MINUTES};
use crate::domain::reach::ReachSettings;
use crate::domain::reach::settings::HOURS_PER_DAY;

/// The eight single-number settings of the reach model, in the order the panel shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReachInput {
    DeadNumbers,
    PickUp,
    PickUpAlike,
    Fatigue,
    AwayMinutes,
    BusyShare,
    BusyMinutes,
    AwayUnreachable,
}

/// What a setting holds, and so how it is typed and checked.
#[derive(Clone, Copy)]
enum Kind {
    /// A share or chance, typed as a percentage.
    Percent,
    /// The Beta concentration κ, in (0, 1000].
    Alike,
    /// A relaxation time in minutes, named in its message.
    Minutes(&'static str),
}

impl ReachInput {
    pub const ALL: [ReachInput; 8] = [
        ReachInput::DeadNumbers,
        ReachInput::PickUp,
        ReachInput::PickUpAlike,
        ReachInput::Fatigue,
        ReachInput::AwayMinutes,
        ReachInput::BusyShare,
        ReachInput::BusyMinutes,
        ReachInput::AwayUnreachable,
    ];

    /// The field's label: its accessible name.
    pub fn label(self) -> &'static str {
        match self {
            Self::DeadNumbers => "Dead numbers %",
            Self::PickUp => "Pick-up chance %",
            Self::PickUpAlike => "How alike recipients are",
            Self::Fatigue => "Fatigue per unanswered call %",
            Self::AwayMinutes => "Away spells, in minutes",
            Self::BusyShare => "Busy share %",
            Self::BusyMinutes => "Busy spells, in minutes",
            Self::AwayUnreachable => "Phone off when away %",
        }
    }

    /// What the setting means, under its label.
    pub fn hint(self) -> &'static str {
        match self {
            Self::DeadNumbers => "Numbers that never connect: every call is unreachable",
            Self::PickUp => "How often a recipient who is there and free answers, on average",
            Self::PickUpAlike => {
                "Pick-up alikeness: 2 = some always answer, some never; 1,000 = all alike"
            }
            Self::Fatigue => {
                "Each unanswered call in the last 24 hours lowers the chance to answer by this share"
            }
            Self::AwayMinutes => "Someone away now is likely still away this long after",
            Self::BusyShare => "How often someone there is on another call",
            Self::BusyMinutes => "A busy line is likely still busy this long after",
            Self::AwayUnreachable => "When away, how often the call is unreachable, not unanswered",
        }
    }

    /// Where its problem is reported: `reach.` and its key in `dialer.reach` (`reach.pickUp`).
    pub fn path(self) -> &'static str {
        match self {
            Self::DeadNumbers => "reach.deadNumbers",
            Self::PickUp => "reach.pickUp",
            Self::PickUpAlike => "reach.pickUpAlike",
            Self::Fatigue => "reach.fatigue",
            Self::AwayMinutes => "reach.awayMinutes",
            Self::BusyShare => "reach.busyShare",
            Self::BusyMinutes => "reach.busyMinutes",
            Self::AwayUnreachable => "reach.awayUnreachable",
        }
    }

    fn kind(self) -> Kind {
        match self {
            Self::PickUpAlike => Kind::Alike,
            Self::AwayMinutes => Kind::Minutes("Away spells"),
            Self::BusyMinutes => Kind::Minutes("Busy spells"),
            _ => Kind::Percent,
        }
    }

    fn value_mut(self, s: &mut ReachSettings) -> &mut f64 {
        match self {
            Self::DeadNumbers => &mut s.dead_numbers,
            Self::PickUp => &mut s.pick_up,
            Self::PickUpAlike => &mut s.pick_up_alike,
            Self::Fatigue => &mut s.fatigue,
            Self::AwayMinutes => &mut s.away_minutes,
            Self::BusyShare => &mut s.busy_share,
            Self::BusyMinutes => &mut s.busy_minutes,
            Self::AwayUnreachable => &mut s.away_unreachable,
        }
    }

    /// The setting as typed: a percentage for shares, else the number itself.
    fn text(self, mut settings: ReachSettings) -> String {
        let value = *self.value_mut(&mut settings);
        match self.kind() {
            Kind::Percent => trimmed(value * 100.0, 4),
            Kind::Alike | Kind::Minutes(_) => trimmed(value, 4),
        }
    }

    /// The setting `text` stands for, or its problem.
    fn read(self, text: &str) -> Result<f64, FieldError> {
        match self.kind() {
            Kind::Percent => percent(text),
            Kind::Alike => decimal::parse(text)
                .filter(|&x| x > 0.0 && x <= f64::from(MAX_PICK_UP_ALIKE))
                .ok_or(FieldError::PickUpAlike),
            Kind::Minutes(name) => decimal::parse(text)
                .filter(|x| {
                    (f64::from(MIN_REACH_MINUTES)..=f64::from(MAX_REACH_MINUTES)).contains(x)
                })
                .ok_or(FieldError::ReachMinutes(name)),
        }
    }
}

/// Where the problem of the presence from `hour` (0–23) is reported: `reach.presenceByHour[9]`.
pub fn presence_path(hour: usize) -> String {
    format!("reach.presenceByHour[{hour}]")
}

/// The label of the presence from `hour` (0–23): `Presence 09:00–10:00 %`.
pub fn presence_label(hour: usize) -> String {
    format!("Presence {hour:02}:00–{:02}:00 %", hour + 1)
}

/// Presence profiles to start from, in whole percentages by hour (README says why each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// SPEC section 8's default: people at work, most present at noon and in the evening.
    WorkingPeople,
    /// People at home through the day: retired people, carers, those who work from home.
    AtHome,
    /// Business lines: staffed during office hours, with a dip at lunch.
    BusinessLines,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::WorkingPeople, Preset::AtHome, Preset::BusinessLines];

    pub fn label(self) -> &'static str {
        match self {
            Self::WorkingPeople => "Working people",
            Self::AtHome => "At home",
            Self::BusinessLines => "Business lines",
        }
    }

    /// The presence by hour, in whole percentages.
    pub fn percentages(self) -> [u8; HOURS_PER_DAY] {
        match self {
            Self::WorkingPeople => ReachSettings::default()
                .presence_by_hour
                .map(|p| (p * 100.0).round() as u8),
            Self::AtHome => [
                5, 5, 5, 5, 5, 5, 5, 45, 60, 65, 65, 65, 70, 65, 65, 65, 65, 70, 75, 75, 65, 45,
                25, 10,
            ],
            Self::BusinessLines => [
                2, 2, 2, 2, 2, 2, 2, 5, 30, 85, 85, 85, 55, 85, 85, 85, 85, 40, 15, 5, 2, 2, 2, 2,
            ],
        }
    }
}

/// The reach settings exactly as typed: the eight numbers in [`ReachInput::ALL`] order and the
/// 24 hourly presences, all percentages but `How alike recipients are` and the spells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReachText {
    numbers: [String; 8],
    presence: [String; HOURS_PER_DAY],
}

impl Default for ReachText {
    /// SPEC section 8's defaults.
    fn default() -> Self {
        Self::from(&ReachSettings::default())
    }
}

impl From<&ReachSettings> for ReachText {
    fn from(settings: &ReachSettings) -> Self {
        Self {
            numbers: ReachInput::ALL.map(|input| input.text(*settings)),
            presence: settings.presence_by_hour.map(|p| trimmed(p * 100.0, 4)),
        }
    }
}

impl ReachText {
    pub fn number(&self, input: ReachInput) -> &str {
        &self.numbers[input as usize]
    }

    pub fn set_number(&mut self, input: ReachInput, text: String) {
        self.numbers[input as usize] = text;
    }

    /// The presence from `hour` (0–23), as typed.
    pub fn presence(&self, hour: usize) -> &str {
        &self.presence[hour]
    }

    pub fn set_presence(&mut self, hour: usize, text: String) {
        self.presence[hour] = text;
    }

    /// Types `preset`'s presence by hour.
    pub fn apply(&mut self, preset: Preset) {
        self.presence = preset.percentages().map(|p| p.to_string());
    }

    /// The preset whose values are typed now, if any.
    pub fn preset(&self) -> Option<Preset> {
        let shares = self.presence_shares();
        Preset::ALL.into_iter().find(|preset| {
            let wanted = preset.percentages().map(|p| Some(f64::from(p) / 100.0));
            shares == wanted
        })
    }

    /// Each hour's presence from 0 to 1 while it reads as a percentage, for the bar picture.
    pub fn presence_shares(&self) -> [Option<f64>; HOURS_PER_DAY] {
        std::array::from_fn(|hour| percent(&self.presence[hour]).ok())
    }

    /// The settings typed, or every problem at once (paths [`ReachInput::path`] and
    /// [`presence_path`]).
    pub fn settings(&self) -> Result<ReachSettings, Vec<Problem>> {
        let mut problems = Problems::default();
        let settings = self.read(&mut problems);
        problems.into_result(|| settings.expect("no problems means settings"))
    }

    /// [`ReachText::settings`] among other settings: adds what is wrong to `problems`.
    pub fn read(&self, problems: &mut Problems) -> Option<ReachSettings> {
        let mut ok = true;
        let mut settings = ReachSettings::default();
        for input in ReachInput::ALL {
            match input.read(self.number(input)) {
                Ok(x) => *input.value_mut(&mut settings) = x,
                Err(error) => {
                    problems.push(input.path(), &error);
                    ok = false;
                }
            }
        }
        for (hour, text) in self.presence.iter().enumerate() {
            match percent(text) {
                Ok(x) => settings.presence_by_hour[hour] = x,
                Err(error) => {
                    problems.push(presence_path(hour), &error);
                    ok = false;
                }
            }
        }
        ok.then_some(settings)
    }
}

/// A percentage from 0 to 100 as a share from 0 to 1 (`33.3` as 0.333 itself).
fn percent(text: &str) -> Result<f64, FieldError> {
    decimal::parse_shifted(text, 2)
        .filter(|x| (0.0..=1.0).contains(x))
        .ok_or(FieldError::Percent)
}
