//! The simulator's `Campaign` group, Add recipient and Stop campaign: when each can be pressed,
//! and else why not, as the disabled button's description says.

use std::fmt;

use crate::domain::error::FieldError;

/// Why a button of the `Campaign` group is disabled. `Display` is the reason people read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// The campaign run (or, before a run, the campaign as edited) is fixed: it takes no
    /// recipient after launch, under way or not.
    Fixed,
    /// No run is under way (none yet, or it has ended, at its horizon too): both buttons act on
    /// one still playing.
    NoRun,
}

impl fmt::Display for Held {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fixed => FieldError::LateRecipient.fmt(f),
            Self::NoRun => {
                f.write_str("Add recipient and Stop campaign act on a run that is still playing")
            }
        }
    }
}

/// Why Add recipient is disabled, if it is: `running` whether a run is under way, `long_living`
/// whether the campaign it runs takes recipients after launch (the run's campaign, else the one
/// edited; `None` while that one is invalid).
///
/// ```
/// use campaign_editor::domain::simulator_panel::{Held, add_recipient_held};
///
/// assert_eq!(add_recipient_held(true, Some(true)), None);
/// assert_eq!(add_recipient_held(true, Some(false)), Some(Held::Fixed));
/// assert_eq!(add_recipient_held(false, Some(false)), Some(Held::Fixed));
/// assert_eq!(add_recipient_held(false, Some(true)), Some(Held::NoRun));
/// // An invalid campaign is no fixed one: its problems are said above the simulator.
/// assert_eq!(add_recipient_held(false, None), Some(Held::NoRun));
/// ```
pub fn add_recipient_held(running: bool, long_living: Option<bool>) -> Option<Held> {
    match (running, long_living) {
        (_, Some(false)) => Some(Held::Fixed),
        (true, Some(true)) => None,
        _ => Some(Held::NoRun),
    }
}

/// Why Stop campaign is disabled, if it is.
pub fn stop_held(running: bool) -> Option<Held> {
    (!running).then_some(Held::NoRun)
}
