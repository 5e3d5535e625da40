//! A [`Scenario`] as the JSON of SPEC section 4 that [`Scenario::from_json`] reads back to the
//! same scenario: what `Copy scenario` puts on the clipboard for `campaign-sim`.
//!
//! Every setting is written out, defaults too, so the text says what was run; fields that are
//! absent by default (`generate`, `arrivals`, `stopAt`, `until`) appear only when set. Numbers are
//! written in the shortest form that reads back to the same `f64`.

use serde_json::{Map, Value, json};

use crate::domain::outcome::Outcome;
use crate::domain::reach::ReachSettings;
use crate::domain::simulation::{
    DialerModel, DialerSettings, ListedRecipient, RunStatus, Scenario, Simulation,
};

/// The JSON of `scenario`.
///
/// ```
/// use campaign_editor::domain::export::scenario_json;
/// use campaign_editor::domain::simulation::Scenario;
///
/// let scenario = Scenario::from_json_str(r#"{"generate": {"count": 10}}"#).unwrap();
/// assert_eq!(Scenario::from_json(&scenario_json(&scenario)), Ok(scenario));
/// ```
pub fn scenario_json(scenario: &Scenario) -> Value {
    let mut out = Map::new();
    out.insert(
        "campaign".into(),
        serde_json::to_value(&scenario.campaign).expect("a campaign is JSON"),
    );
    out.insert("dialer".into(), dialer(&scenario.dialer));
    out.insert(
        "recipients".into(),
        scenario.recipients.iter().map(recipient).collect(),
    );
    if scenario.generate > 0 {
        out.insert("generate".into(), json!({ "count": scenario.generate }));
    }
    if let Some(arrivals) = scenario.arrivals {
        out.insert("arrivals".into(), json!({ "perHour": arrivals.per_hour }));
    }
    if let Some(stop_at) = scenario.stop_at {
        out.insert("stopAt".into(), stop_at.into());
    }
    if let Some(until) = scenario.until {
        out.insert("until".into(), until.into());
    }
    Value::Object(out)
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

fn dialer(dialer: &DialerSettings) -> Value {
    let by_outcome = |value: &dyn Fn(Outcome) -> Value| {
        Value::Object(
            Outcome::ALL
                .iter()
                .map(|&o| (o.key().to_owned(), value(o)))
                .collect(),
        )
    };
    let durations = by_outcome(&|o| dialer.durations.of(o).into());
    let mut out = json!({ "lines": dialer.lines, "seed": dialer.seed });
    match &dialer.model {
        DialerModel::Mix(mix) => {
            out["model"] = "mix".into();
            out["outcomeMix"] = by_outcome(&|o| mix.share(o).into());
        }
        DialerModel::Reach(settings) => {
            out["model"] = "reach".into();
            out["reach"] = reach(settings);
        }
    }
    out["durationsSeconds"] = durations;
    out
}

fn reach(s: &ReachSettings) -> Value {
    json!({
        "deadNumbers": s.dead_numbers,
        "pickUp": s.pick_up,
        "pickUpAlike": s.pick_up_alike,
        "fatigue": s.fatigue,
        "awayMinutes": s.away_minutes,
        "busyShare": s.busy_share,
        "busyMinutes": s.busy_minutes,
        "awayUnreachable": s.away_unreachable,
        "presenceByHour": s.presence_by_hour,
    })
}

fn recipient(r: &ListedRecipient) -> Value {
    let mut out = Map::new();
    if let Some(name) = &r.name {
        out.insert("name".into(), name.clone().into());
    }
    if let Some(phone) = &r.phone {
        out.insert("phone".into(), phone.clone().into());
    }
    out.insert("addedAt".into(), r.added_at.into());
    if let Some(script) = &r.script {
        out.insert(
            "script".into(),
            script.iter().map(|o| Value::from(o.key())).collect(),
        );
    }
    Value::Object(out)
}
