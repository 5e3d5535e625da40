//! The scenario of SPEC section 4: a campaign, the mock dialer and the recipients to simulate,
//! read from JSON with every problem reported at once.

use serde_json::Value;

use super::dialer::DialerSettings;
use crate::domain::campaign::{Campaign, CompletionMode};
use crate::domain::error::{FieldError, Problem, Problems, index_path};
use crate::domain::json::{self, Fields};
use crate::domain::limits::{MAX_ARRIVALS_PER_HOUR, MAX_RECIPIENTS, MAX_SCENARIO_SECS};
use crate::domain::outcome::Outcome;

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
        Self::read(value, Purpose::Run)
    }

    /// [`Scenario::from_json`] from JSON text.
    pub fn from_json_str(text: &str) -> Result<Self, Vec<Problem>> {
        Self::from_json(&json::parse_document(text)?)
    }

    /// [`Scenario::from_json_str`] for the strategy advisor (`campaign-sim --suggest`), which needs
    /// the campaign's launch time whatever the dialer: its absence is reported at
    /// `campaign.launchAt`, with every other problem.
    pub fn for_advisor_from_json_str(text: &str) -> Result<Self, Vec<Problem>> {
        Self::read(&json::parse_document(text)?, Purpose::Advisor)
    }

    fn read(value: &Value, purpose: Purpose) -> Result<Self, Vec<Problem>> {
        let mut problems = Problems::default();
        let scenario = read_scenario(value, purpose, &mut problems);
        problems.into_result(|| scenario.expect("no problems means a scenario"))
    }

    /// When the campaign stops taking arrivals: the earlier of `stopAt` and `until`. Arrivals come
    /// until then (one due exactly at a stop arrives and is cancelled at once); with neither, they
    /// never end.
    pub fn arrivals_end(&self) -> Option<u64> {
        arrivals_end(self.stop_at, self.until)
    }

    /// How many recipients the simulation will have if nobody adds one by hand: listed, generated
    /// and arriving. `None` when arrivals never end.
    pub fn recipient_count(&self) -> Option<u64> {
        recipient_count(
            self.recipients.len() as u64,
            self.generate,
            self.arrivals,
            self.arrivals_end(),
        )
    }

    /// The one check of [`MAX_RECIPIENTS`], which the scenario reader (the command line and
    /// `simulate()`) and the simulator panel make: listed, generated and arriving together.
    pub fn check_recipient_count(&self) -> Result<(), FieldError> {
        check_recipient_count(self.recipient_count())
    }
}

fn arrivals_end(stop_at: Option<u64>, until: Option<u64>) -> Option<u64> {
    match (stop_at, until) {
        (Some(stop), Some(until)) => Some(stop.min(until)),
        (stop, until) => stop.or(until),
    }
}

fn recipient_count(
    listed: u64,
    generate: u64,
    arrivals: Option<Arrivals>,
    end: Option<u64>,
) -> Option<u64> {
    let arriving = match arrivals {
        Some(arrivals) => arrivals.count_until(end?),
        None => 0,
    };
    Some(listed + generate + arriving)
}

fn check_recipient_count(count: Option<u64>) -> Result<(), FieldError> {
    match count {
        Some(n) if n > MAX_RECIPIENTS => Err(FieldError::TooManyRecipients),
        _ => Ok(()),
    }
}

/// What a scenario is read for: a run, or the strategy advisor's search.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Run,
    Advisor,
}

fn read_scenario(value: &Value, purpose: Purpose, problems: &mut Problems) -> Option<Scenario> {
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
        Some(v) => DialerSettings::read(v, "dialer", problems),
        None => Some(DialerSettings::default()),
    };
    // The reach model reads the local hour from the launch, and the advisor's search needs it
    // whatever the dialer. For a run, its absence is the model's problem, reported at
    // `dialer.model` (the campaign alone is valid without a launch); for the advisor, at
    // `campaign.launchAt`. It can be told even when other fields are in error.
    let reach_model = dialer_value
        .and_then(|d| d.get("model"))
        .and_then(Value::as_str)
        == Some("reach");
    if campaign_value.is_none_or(Campaign::lacks_launch) {
        match purpose {
            // Once: a calling window without a launch has its problem there already.
            Purpose::Advisor if problems.has("campaign.launchAt") => {}
            Purpose::Advisor => problems.push("campaign.launchAt", &FieldError::ReachNeedsLaunch),
            Purpose::Run if reach_model => {
                problems.push("dialer.model", &FieldError::ReachNeedsLaunch);
            }
            Purpose::Run => {}
        }
    }
    let recipients_value = fields.get("recipients");
    let recipients = match recipients_value {
        Some(v) => read_recipients(v, "recipients", mode, problems),
        None => Some(Vec::new()),
    };
    let generate = json::optional(fields.get("generate"), |v| {
        let mut fields = Fields::of(v, "generate", problems)?;
        let count = required_whole(&mut fields, "count", 0, MAX_RECIPIENTS, problems);
        fields.finish(problems);
        count
    });
    let arrivals = json::optional(fields.get("arrivals"), |v| {
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
    let stop_at = json::optional(fields.get("stopAt"), |v| {
        json::whole_in(v, "stopAt", 0, MAX_SCENARIO_SECS, problems)
    });
    let until = json::optional(fields.get("until"), |v| {
        json::whole_in(v, "until", 0, MAX_SCENARIO_SECS, problems)
    });
    fields.finish(problems);
    let long_living = mode.is_some_and(CompletionMode::is_long_living);
    if long_living && stop_at == Some(None) && until == Some(None) {
        problems.push("until", &FieldError::NoEnd);
    }

    // The limit on recipients is told with every other problem, counted from the parts read
    // without one (a list in error counts its length; arrivals count only when their end is
    // known): never more than the scenario would have.
    let listed = match (&recipients, recipients_value.and_then(Value::as_array)) {
        (Some(read), _) => read.len(),
        (None, Some(list)) => list.len(),
        (None, None) => 0,
    };
    let generated = generate.flatten().unwrap_or(0);
    let arriving = arrivals.flatten();
    let end = match (stop_at, until) {
        (Some(stop_at), Some(until)) => arrivals_end(stop_at, until),
        _ => Some(0),
    };
    if let Err(error) =
        check_recipient_count(recipient_count(listed as u64, generated, arriving, end))
    {
        let path = match arriving {
            Some(_) => "arrivals.perHour",
            None if generated > 0 => "generate.count",
            None => "recipients",
        };
        problems.push(path, &error);
        return None;
    }

    Some(Scenario {
        campaign: campaign?,
        dialer: dialer?,
        recipients: recipients?,
        generate: generate?.unwrap_or(0),
        arrivals: arrivals?,
        stop_at: stop_at?,
        until: until?,
    })
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
        json::optional(fields.get(key), |v| {
            json::text(v, &p, problems).map(str::to_owned)
        })
    };
    let name = text("name", problems);
    let phone = text("phone", problems);
    let added_path = fields.path("addedAt");
    let added_at = json::optional(fields.get("addedAt"), |v| {
        let added_at = json::whole_in(v, &added_path, 0, MAX_SCENARIO_SECS, problems)?;
        if added_at > 0 && mode == Some(CompletionMode::Fixed) {
            problems.push(&added_path, &FieldError::LateRecipient);
            return None;
        }
        Some(added_at)
    });
    let script_path = fields.path("script");
    let script = json::optional(fields.get("script"), |v| {
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
