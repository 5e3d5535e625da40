//! The dialer's settings read from JSON (SPEC sections 4 and 8), every problem at once.

use serde_json::Value;

use super::{CallDurations, DialerModel, DialerSettings, OutcomeMix};
use crate::domain::error::{FieldError, Problems};
use crate::domain::json::{self, Fields};
use crate::domain::limits::{
    MAX_CALL_SECS, MAX_LINES, MAX_SEED, MIN_CALL_SECS, MIN_LINES, MIX_TOLERANCE,
};
use crate::domain::outcome::Outcome;
use crate::domain::reach::ReachSettings;

impl DialerSettings {
    /// `dialer`. `model` picks which of `outcomeMix` (mix, the default) and `reach` is read; the
    /// other is a problem when given, as a field of no use would be ignored silently otherwise.
    pub fn read(value: &Value, path: &str, problems: &mut Problems) -> Option<Self> {
        let mut fields = Fields::of(value, path, problems)?;
        let defaults = Self::default();
        let lines = json::optional(fields.get("lines"), |v| {
            json::whole_in(
                v,
                &fields.path("lines"),
                MIN_LINES.into(),
                MAX_LINES.into(),
                problems,
            )
        });
        let seed = json::optional(fields.get("seed"), |v| {
            json::whole_in(v, &fields.path("seed"), 0, MAX_SEED, problems)
        });
        let model_path = fields.path("model");
        let reach_model = match fields.get("model") {
            None => Some(false),
            Some(v) => match v.as_str() {
                Some("mix") => Some(false),
                Some("reach") => Some(true),
                _ => {
                    problems.push(&model_path, &FieldError::NotADialerModel);
                    None
                }
            },
        };
        let mix_path = fields.path("outcomeMix");
        let mix = json::optional(fields.get("outcomeMix"), |v| {
            read_mix(v, &mix_path, problems)
        });
        let reach_path = fields.path("reach");
        let reach = json::optional(fields.get("reach"), |v| {
            ReachSettings::read(v, &reach_path, problems)
        });
        let durations = json::optional(fields.get("durationsSeconds"), |v| {
            read_durations(v, &fields.path("durationsSeconds"), problems)
        });
        fields.finish(problems);
        let reach_model = reach_model?;
        if reach_model && mix != Some(None) {
            problems.push(mix_path, &FieldError::MixWithReachModel);
        }
        if !reach_model && reach != Some(None) {
            problems.push(reach_path, &FieldError::ReachWithMixModel);
        }
        let model = if reach_model {
            DialerModel::Reach(reach?.unwrap_or_default())
        } else {
            DialerModel::Mix(mix?.unwrap_or_default())
        };
        Some(Self {
            lines: lines?.map_or(defaults.lines, |n| n as u32),
            seed: seed?.unwrap_or(defaults.seed),
            model,
            durations: durations?.unwrap_or(defaults.durations),
        })
    }
}

/// The outcome mix: each given share from 0 to 1, a share not given is 0, and together they add
/// up to 1 within [`MIX_TOLERANCE`]. A share is checked against 1 with that tolerance too
/// (`{"answered": 1.0000005}` adds up to 1): above it, no shares of 0 or more could.
fn read_mix(value: &Value, path: &str, problems: &mut Problems) -> Option<OutcomeMix> {
    let mut fields = Fields::of(value, path, problems)?;
    let shares = Outcome::ALL.map(|outcome| {
        let Some(v) = fields.get(outcome.key()) else {
            return Some(0.0);
        };
        let p = fields.path(outcome.key());
        let share = json::number(v, &p, problems)?;
        if (0.0..=1.0 + MIX_TOLERANCE).contains(&share) {
            Some(share)
        } else {
            problems.push(p, &FieldError::ShareOutOfRange);
            None
        }
    });
    fields.finish(problems);
    let mix = OutcomeMix::new(each(shares)?);
    if (mix.total() - 1.0).abs() > MIX_TOLERANCE {
        problems.push(path, &FieldError::MixSum);
        return None;
    }
    Some(mix)
}

/// Call durations by outcome, each given one replacing its default.
fn read_durations(value: &Value, path: &str, problems: &mut Problems) -> Option<CallDurations> {
    let mut fields = Fields::of(value, path, problems)?;
    let defaults = CallDurations::default();
    let seconds = Outcome::ALL.map(|outcome| match fields.get(outcome.key()) {
        None => Some(defaults.of(outcome)),
        Some(v) => {
            let p = fields.path(outcome.key());
            json::whole_in(v, &p, MIN_CALL_SECS.into(), MAX_CALL_SECS.into(), problems)
                .map(|n| n as u32)
        }
    });
    fields.finish(problems);
    Some(CallDurations::new(each(seconds)?))
}

/// The four values, one per outcome, when every one was read.
fn each<T>(values: [Option<T>; 4]) -> Option<[T; 4]> {
    let [a, b, c, d] = values;
    Some([a?, b?, c?, d?])
}
