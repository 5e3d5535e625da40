//! A [`Scenario`] as the JSON of SPEC section 4 that [`Scenario::from_json`] reads back to the
//! same scenario: what `Copy scenario` puts on the clipboard for `campaign-sim`.
//!
//! Every setting is written out, defaults too, so the text says what was run; fields that are
//! absent by default (`generate`, `arrivals`, `stopAt`, `until`) appear only when set. Numbers are
//! written in the shortest form that reads back to the same `f64`.

use serde::Serialize;

use crate::domain::campaign::Campaign;
use crate::domain::json;
use crate::domain::outcome::Outcome;
use crate::domain::reach::ReachSettings;
use crate::domain::simulation::{
    DialerModel, DialerSettings, ListedRecipient, RunStatus, Scenario, Simulation,
};

/// The JSON text of `scenario`, on one line. Written through typed structs rather than a
/// `serde_json::Value`, which would add a second serializer to the page.
///
/// ```
/// use campaign_editor::domain::export::scenario_json;
/// use campaign_editor::domain::simulation::Scenario;
///
/// let scenario = Scenario::from_json_str(r#"{"generate": {"count": 10}}"#).unwrap();
/// assert_eq!(Scenario::from_json_str(&scenario_json(&scenario)), Ok(scenario));
/// ```
pub fn scenario_json(scenario: &Scenario) -> String {
    let file = ScenarioJson {
        campaign: &scenario.campaign,
        dialer: DialerJson::of(&scenario.dialer),
        recipients: scenario.recipients.iter().map(RecipientJson::of).collect(),
        generate: (scenario.generate > 0).then_some(Count {
            count: scenario.generate,
        }),
        arrivals: scenario.arrivals.map(|a| PerHour {
            per_hour: a.per_hour,
        }),
        stop_at: scenario.stop_at,
        until: scenario.until,
    };
    json::to_text(&file)
}

/// The scenario that repeats `simulation`, a run of `scenario`: the same, stopped where the
/// run was stopped by hand (`stopAt`). Recipients added by hand cannot be written in a scenario
/// (see [`super::scenario_note`]).
pub fn repeat_scenario(scenario: &Scenario, simulation: &Simulation) -> Scenario {
    let snapshot = simulation.snapshot();
    let stop_at = match (snapshot.status, snapshot.ended_at) {
        (RunStatus::Stopped, Some(at)) => Some(at),
        _ => scenario.stop_at,
    };
    Scenario {
        stop_at,
        ..scenario.clone()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ScenarioJson<'a> {
    campaign: &'a Campaign,
    dialer: DialerJson,
    recipients: Vec<RecipientJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generate: Option<Count>,
    #[serde(skip_serializing_if = "Option::is_none")]
    arrivals: Option<PerHour>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stop_at: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<u64>,
}

#[derive(Serialize)]
struct Count {
    count: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PerHour {
    per_hour: u32,
}

/// One value per outcome, under its JSON key.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ByOutcome<T> {
    answered: T,
    busy: T,
    no_answer: T,
    unreachable: T,
}

impl<T> ByOutcome<T> {
    fn of(value: impl Fn(Outcome) -> T) -> Self {
        Self {
            answered: value(Outcome::Answered),
            busy: value(Outcome::Busy),
            no_answer: value(Outcome::NoAnswer),
            unreachable: value(Outcome::Unreachable),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DialerJson {
    lines: u32,
    seed: u64,
    model: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome_mix: Option<ByOutcome<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reach: Option<ReachJson>,
    durations_seconds: ByOutcome<u32>,
}

impl DialerJson {
    fn of(dialer: &DialerSettings) -> Self {
        let (model, outcome_mix, reach) = match &dialer.model {
            DialerModel::Mix(mix) => ("mix", Some(ByOutcome::of(|o| mix.share(o))), None),
            DialerModel::Reach(settings) => ("reach", None, Some(ReachJson::of(settings))),
        };
        Self {
            lines: dialer.lines,
            seed: dialer.seed,
            model,
            outcome_mix,
            reach,
            durations_seconds: ByOutcome::of(|o| dialer.durations.of(o)),
        }
    }
}

/// `dialer.reach` as [`ReachSettings::read`] reads it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReachJson {
    dead_numbers: f64,
    pick_up: f64,
    pick_up_alike: f64,
    fatigue: f64,
    away_minutes: f64,
    busy_share: f64,
    busy_minutes: f64,
    away_unreachable: f64,
    presence_by_hour: [f64; 24],
}

impl ReachJson {
    fn of(s: &ReachSettings) -> Self {
        Self {
            dead_numbers: s.dead_numbers,
            pick_up: s.pick_up,
            pick_up_alike: s.pick_up_alike,
            fatigue: s.fatigue,
            away_minutes: s.away_minutes,
            busy_share: s.busy_share,
            busy_minutes: s.busy_minutes,
            away_unreachable: s.away_unreachable,
            presence_by_hour: s.presence_by_hour,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecipientJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a str>,
    added_at: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    script: Option<&'a [Outcome]>,
}

impl<'a> RecipientJson<'a> {
    fn of(r: &'a ListedRecipient) -> Self {
        Self {
            name: r.name.as_deref(),
            phone: r.phone.as_deref(),
            added_at: r.added_at,
            script: r.script.as_deref(),
        }
    }
}
