//! The scenario of SPEC section 4: a campaign, the mock dialer and the recipients to simulate,
//! read from JSON with every problem reported at once.

use serde_json::Value;

use super::dialer::{CallDurations, DialerModel, DialerSettings, OutcomeMix};
use crate::domain::campaign::{Campaign, CompletionMode};
use crate::domain::error::{FieldError, Problem, Problems, index_path};
use crate::domain::json::{self, Fields};
use crate::domain::limits::{
    MAX_ARRIVALS_PER_HOUR, MAX_CALL_SECS, MAX_LINES, MAX_RECIPIENTS, MAX_SCENARIO_SECS, MAX_SEED,
    MIN_CALL_SECS, MIN_LINES, MIX_TOLERANCE,
};
use crate::domain::outcome::Outcome;
use crate::domain::reach::ReachSettings;

/// Everything a simulation needs. Recipients are numbered by position: first `recipients` in
/// order, then the `generate`d ones, then those arriving after launch, in arrival order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    pub campaign: Campaign,
    pub dialer: DialerSettings,
    pub recipients: Vec<ListedRecipient>,
    /// How many random recipients to add at launch after the listed ones.
    pub generate: u64,
    pub arrivals: Option<Arrivals>,
    pub stop_at: Option<u64>,
    /// The horizon: the simulation processes every instant up to and including it.
    pub until: Option<u64>,
}

/// A recipient given by name in the scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListedRecipient {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// When the recipient is added, in seconds after launch: 0 unless the campaign is long-living.
    pub added_at: u64,
    /// The outcome of each call in turn (`noAnswer` past its end); `None` draws them at random.
    pub script: Option<Vec<Outcome>>,
}

/// Random recipients arriving at a steady pace after launch (long-living campaigns only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrivals {
    pub per_hour: u32,
}

impl Arrivals {
    /// Seconds between two arrivals: `3600 / perHour` rounded down, at least 1. The first arrives
    /// one interval after launch.
    pub fn interval(self) -> u64 {
        (3_600 / u64::from(self.per_hour.max(1))).max(1)
    }

    /// How many arrive up to and including second `end`.
    fn count_until(self, end: u64) -> u64 {
        end / self.interval()
    }
}

impl Scenario {
    /// Reads a scenario from JSON (SPEC section 4); every problem at once.
    pub fn from_json(value: &Value) -> Result<Self, Vec<Problem>> {
        let mut problems = Problems::default();
        let scenario = read_scenario(value, &mut problems);
        problems.into_result(|| scenario.expect("no problems means a scenario"))
    }

    /// [`Scenario::from_json`] from JSON text.
    pub fn from_json_str(text: &str) -> Result<Self, Vec<Problem>> {
        Self::from_json(&json::parse_document(text)?)
    }

    /// When the campaign stops taking arrivals: the earlier of `stopAt` and `until`. Arrivals come
    /// until then (one due exactly at a stop arrives and is cancelled at once); with neither, they
    /// never end.
    pub fn arrivals_end(&self) -> Option<u64> {
        match (self.stop_at, self.until) {
            (Some(stop), Some(until)) => Some(stop.min(until)),
            (stop, until) => stop.or(until),
        }
    }

    /// How many recipients the simulation will have if nobody adds one by hand: listed, generated
    /// and arriving. `None` when arrivals never end.
    pub fn recipient_count(&self) -> Option<u64> {
        let arriving = match self.arrivals {
            Some(arrivals) => arrivals.count_until(self.arrivals_end()?),
            None => 0,
        };
        Some(self.recipients.len() as u64 + self.generate + arriving)
    }

    /// The one check of [`MAX_RECIPIENTS`], which the scenario reader (the command line and
    /// `simulate()`) and the simulator panel make: listed, generated and arriving together.
    pub fn check_recipient_count(&self) -> Result<(), FieldError> {
        match self.recipient_count() {
            Some(n) if n > MAX_RECIPIENTS => Err(FieldError::TooManyRecipients),
            _ => Ok(()),
        }
    }
}

fn read_scenario(value: &Value, problems: &mut Problems) -> Option<Scenario> {
    let mut fields = Fields::of(value, "", problems)?;
    let campaign_value = fields.get("campaign");
    let campaign = match campaign_value {
        Some(v) => Campaign::read(v, "campaign", problems),
        None => Some(Campaign::default()),
    };
    // The completion mode decides which recipients are late; it can be told even when another
    // field of the campaign is in error.
    let mode = campaign.as_ref().map(|c| c.completion).or_else(|| {
        match campaign_value.and_then(|c| c.get("longLiving")) {
            None | Some(Value::Null) => Some(CompletionMode::Fixed),
            Some(v) => v.as_bool().map(CompletionMode::from_long_living),
        }
    });
    let dialer_value = fields.get("dialer");
    let dialer = match dialer_value {
        Some(v) => read_dialer(v, "dialer", problems),
        None => Some(DialerSettings::default()),
    };
    // The reach model reads the local hour from the launch. Its absence is the model's problem,
    // reported at `dialer.model` (the campaign alone is valid without a launch), and it can be
    // told even when other fields of the campaign or the dialer are in error.
    let reach_model = dialer_value
        .and_then(|d| d.get("model"))
        .and_then(Value::as_str)
        == Some("reach");
    let launch_given = match &campaign {
        Some(c) => c.launch_at.is_some(),
        None => campaign_value
            .and_then(|c| c.get("launchAt"))
            .is_some_and(|v| !v.is_null()),
    };
    if reach_model && !launch_given {
        problems.push("dialer.model", &FieldError::ReachNeedsLaunch);
    }
    let recipients = match fields.get("recipients") {
        Some(v) => read_recipients(v, "recipients", mode, problems),
        None => Some(Vec::new()),
    };
    let generate = optional(fields.get("generate"), |v| {
        let mut fields = Fields::of(v, "generate", problems)?;
        let count = required_whole(&mut fields, "count", 0, MAX_RECIPIENTS, problems);
        fields.finish(problems);
        count
    });
    let arrivals = optional(fields.get("arrivals"), |v| {
        let mut fields = Fields::of(v, "arrivals", problems)?;
        let per_hour = required_whole(
            &mut fields,
            "perHour",
            1,
            MAX_ARRIVALS_PER_HOUR.into(),
            problems,
        );
        fields.finish(problems);
        if mode == Some(CompletionMode::Fixed) {
            problems.push("arrivals", &FieldError::LateRecipient);
            return None;
        }
        per_hour.map(|n| Arrivals { per_hour: n as u32 })
    });
    let stop_at = optional(fields.get("stopAt"), |v| {
        json::whole_in(v, "stopAt", 0, MAX_SCENARIO_SECS, problems)
    });
    let until = optional(fields.get("until"), |v| {
        json::whole_in(v, "until", 0, MAX_SCENARIO_SECS, problems)
    });
    fields.finish(problems);
    let long_living = mode.is_some_and(CompletionMode::is_long_living);
    if long_living && stop_at == Some(None) && until == Some(None) {
        problems.push("until", &FieldError::NoEnd);
    }

    let scenario = Scenario {
        campaign: campaign?,
        dialer: dialer?,
        recipients: recipients?,
        generate: generate?.unwrap_or(0),
        arrivals: arrivals?,
        stop_at: stop_at?,
        until: until?,
    };
    if let Err(error) = scenario.check_recipient_count() {
        let path = match scenario.arrivals {
            Some(_) => "arrivals.perHour",
            None if scenario.generate > 0 => "generate.count",
            None => "recipients",
        };
        problems.push(path, &error);
        return None;
    }
    Some(scenario)
}

/// `Some(None)` for a field not given, `Some(Some(v))` for one read, `None` for one in error.
fn optional<T>(value: Option<&Value>, read: impl FnOnce(&Value) -> Option<T>) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(v) => read(v).map(Some),
    }
}

/// The whole number `key` of `fields`, which must be given.
fn required_whole(
    fields: &mut Fields,
    key: &'static str,
    min: u64,
    max: u64,
    problems: &mut Problems,
) -> Option<u64> {
    let path = fields.path(key);
    match fields.get(key) {
        Some(v) => json::whole_in(v, &path, min, max, problems),
        None => {
            problems.push(path, &FieldError::NumberOutOfRange { min, max });
            None
        }
    }
}

/// `dialer`. `model` picks which of `outcomeMix` (mix, the default) and `reach` is read; the other
/// is a problem when given, as a field of no use would be ignored silently otherwise.
fn read_dialer(value: &Value, path: &str, problems: &mut Problems) -> Option<DialerSettings> {
    let mut fields = Fields::of(value, path, problems)?;
    let defaults = DialerSettings::default();
    let lines = optional(fields.get("lines"), |v| {
        json::whole_in(
            v,
            &fields.path("lines"),
            MIN_LINES.into(),
            MAX_LINES.into(),
            problems,
        )
    });
    let seed = optional(fields.get("seed"), |v| {
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
    let mix = optional(fields.get("outcomeMix"), |v| {
        read_mix(v, &mix_path, problems)
    });
    let reach_path = fields.path("reach");
    let reach = optional(fields.get("reach"), |v| {
        ReachSettings::read(v, &reach_path, problems)
    });
    let durations = optional(fields.get("durationsSeconds"), |v| {
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
    Some(DialerSettings {
        lines: lines?.map_or(defaults.lines, |n| n as u32),
        seed: seed?.unwrap_or(defaults.seed),
        model,
        durations: durations?.unwrap_or(defaults.durations),
    })
}

/// The outcome mix: each given share from 0 to 1, a share not given is 0, and together they add
/// up to 1.
fn read_mix(value: &Value, path: &str, problems: &mut Problems) -> Option<OutcomeMix> {
    let mut fields = Fields::of(value, path, problems)?;
    let shares = Outcome::ALL.map(|outcome| {
        let Some(v) = fields.get(outcome.key()) else {
            return Some(0.0);
        };
        let p = fields.path(outcome.key());
        let share = json::number(v, &p, problems)?;
        if (0.0..=1.0).contains(&share) {
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

fn read_recipients(
    value: &Value,
    path: &str,
    mode: Option<CompletionMode>,
    problems: &mut Problems,
) -> Option<Vec<ListedRecipient>> {
    let items = json::list(value, path, problems)?;
    let recipients: Vec<Option<ListedRecipient>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| read_recipient(item, &index_path(path, i), mode, problems))
        .collect();
    recipients.into_iter().collect()
}

fn read_recipient(
    value: &Value,
    path: &str,
    mode: Option<CompletionMode>,
    problems: &mut Problems,
) -> Option<ListedRecipient> {
    let mut fields = Fields::of(value, path, problems)?;
    let mut text = |key: &'static str, problems: &mut Problems| {
        let p = fields.path(key);
        optional(fields.get(key), |v| {
            json::text(v, &p, problems).map(str::to_owned)
        })
    };
    let name = text("name", problems);
    let phone = text("phone", problems);
    let added_path = fields.path("addedAt");
    let added_at = optional(fields.get("addedAt"), |v| {
        let added_at = json::whole_in(v, &added_path, 0, MAX_SCENARIO_SECS, problems)?;
        if added_at > 0 && mode == Some(CompletionMode::Fixed) {
            problems.push(&added_path, &FieldError::LateRecipient);
            return None;
        }
        Some(added_at)
    });
    let script_path = fields.path("script");
    let script = optional(fields.get("script"), |v| {
        read_script(v, &script_path, problems)
    });
    fields.finish(problems);
    Some(ListedRecipient {
        name: name?,
        phone: phone?,
        added_at: added_at?.unwrap_or(0),
        script: script?,
    })
}

fn read_script(value: &Value, path: &str, problems: &mut Problems) -> Option<Vec<Outcome>> {
    json::key_list(
        value,
        path,
        problems,
        Outcome::from_key,
        &FieldError::NotAnOutcome,
    )
}
