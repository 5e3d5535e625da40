#![cfg(not(target_arch = "wasm32"))]
//! The reach model of SPEC section 8: reading `dialer.reach`.

use campaign_editor::domain::reach::ReachSettings;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Reading `dialer.reach`.

const PATH: &str = "dialer.reach";

/// Every problem as `(path, message)`.
fn problems(value: Value) -> Vec<(String, String)> {
    let problems = ReachSettings::from_json(&value, PATH).expect_err("problems");
    problems.into_iter().map(|p| (p.path, p.message)).collect()
}

fn problem(path: &str, message: &str) -> (String, String) {
    (format!("{PATH}.{path}"), message.to_owned())
}

#[test]
fn every_field_is_optional() {
    let defaults = ReachSettings::default();
    assert_eq!(ReachSettings::from_json(&json!({}), PATH), Ok(defaults));
    let nulls = json!({"pickUp": null, "presenceByHour": null});
    assert_eq!(ReachSettings::from_json(&nulls, PATH), Ok(defaults));
    let spec = json!({ "deadNumbers": 0.08, "pickUp": 0.45, "pickUpAlike": 2, "fatigue": 0.15,
        "awayMinutes": 60, "busyShare": 0.06, "busyMinutes": 5, "awayUnreachable": 0.15,
        "presenceByHour": [0.05,0.05,0.05,0.05,0.05,0.05,0.05,0.35,0.45,0.40,0.40,0.40,
                           0.55,0.40,0.40,0.40,0.40,0.60,0.75,0.75,0.65,0.45,0.25,0.10] });
    assert_eq!(ReachSettings::from_json(&spec, PATH), Ok(defaults));
}

#[test]
fn every_field_is_read() {
    let mut presence = [0.5; 24];
    presence[23] = 1.0;
    let value = json!({ "deadNumbers": 0, "pickUp": 1, "pickUpAlike": 1000, "fatigue": 0.5,
        "awayMinutes": 1, "busyShare": 0.25, "busyMinutes": 1440, "awayUnreachable": 0.75,
        "presenceByHour": presence });
    let expected = ReachSettings {
        dead_numbers: 0.0,
        pick_up: 1.0,
        pick_up_alike: 1_000.0,
        fatigue: 0.5,
        away_minutes: 1.0,
        busy_share: 0.25,
        busy_minutes: 1_440.0,
        away_unreachable: 0.75,
        presence_by_hour: presence,
    };
    assert_eq!(ReachSettings::from_json(&value, PATH), Ok(expected));
    let barely_alike = json!({"pickUpAlike": 1e-9});
    assert!(ReachSettings::from_json(&barely_alike, PATH).is_ok());
}

#[test]
fn each_bad_value_gets_its_message() {
    let chance = |name: &str| format!("{name} must be a number between 0 and 1");
    let alike = "Pick-up alikeness must be a number above 0 and at most 1,000";
    let minutes = |name: &str| format!("{name} must be between 1 and 1,440 minutes (1 day)");
    let hours = "Presence by hour needs exactly 24 values, one per hour";
    let cases: Vec<(Value, &str, String)> = vec![
        (
            json!({"deadNumbers": -0.01}),
            "deadNumbers",
            chance("Share of dead numbers"),
        ),
        (json!({"pickUp": 1.5}), "pickUp", chance("Pick-up chance")),
        (json!({"pickUpAlike": 0}), "pickUpAlike", alike.to_owned()),
        (
            json!({"pickUpAlike": 1000.5}),
            "pickUpAlike",
            alike.to_owned(),
        ),
        (json!({"fatigue": 2}), "fatigue", chance("Fatigue")),
        (
            json!({"awayMinutes": 0.5}),
            "awayMinutes",
            minutes("Away time"),
        ),
        (json!({"busyShare": -1}), "busyShare", chance("Busy share")),
        (
            json!({"busyMinutes": 1441}),
            "busyMinutes",
            minutes("Busy time"),
        ),
        (
            json!({"awayUnreachable": 1.01}),
            "awayUnreachable",
            chance("Unreachable share when away"),
        ),
        (
            json!({"presenceByHour": vec![0.5; 23]}),
            "presenceByHour",
            hours.to_owned(),
        ),
        (
            json!({"presenceByHour": vec![0.5; 25]}),
            "presenceByHour",
            hours.to_owned(),
        ),
    ];
    for (value, path, message) in cases {
        assert_eq!(problems(value), [problem(path, &message)]);
    }
    let mut presence = vec![json!(0.5); 24];
    presence[3] = json!(1.2);
    assert_eq!(
        problems(json!({ "presenceByHour": presence })),
        [problem(
            "presenceByHour[3]",
            "Presence from 03:00 to 04:00 must be a number between 0 and 1"
        )]
    );
}

#[test]
fn unknown_fields_and_wrong_types_are_problems() {
    assert_eq!(
        problems(json!({"pickup": 0.4})),
        [problem("pickup", "Unknown field")]
    );
    assert_eq!(
        problems(json!({"pickUp": "0.4"})),
        [problem(
            "pickUp",
            "Pick-up chance must be a number between 0 and 1"
        )]
    );
    assert_eq!(
        problems(json!({"busyMinutes": true})),
        [problem(
            "busyMinutes",
            "Busy time must be between 1 and 1,440 minutes (1 day)"
        )]
    );
    assert_eq!(
        problems(json!({"presenceByHour": "evenings"})),
        [problem(
            "presenceByHour",
            "Presence by hour needs exactly 24 values, one per hour"
        )]
    );
    assert_eq!(
        problems(json!([0.45])),
        [(PATH.to_owned(), "Must be an object".to_owned())]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut presence = vec![json!(0.5); 22];
    presence[0] = json!(-0.5);
    presence[21] = json!(null);
    let value = json!({ "deadNumbers": 2, "pickUpAlike": -1, "awayMinutes": "soon",
        "fatigue": 0.1, "colour": "red", "presenceByHour": presence });
    assert_eq!(
        problems(value),
        [
            problem(
                "deadNumbers",
                "Share of dead numbers must be a number between 0 and 1"
            ),
            problem(
                "pickUpAlike",
                "Pick-up alikeness must be a number above 0 and at most 1,000"
            ),
            problem(
                "awayMinutes",
                "Away time must be between 1 and 1,440 minutes (1 day)"
            ),
            problem(
                "presenceByHour",
                "Presence by hour needs exactly 24 values, one per hour"
            ),
            problem(
                "presenceByHour[0]",
                "Presence from 00:00 to 01:00 must be a number between 0 and 1"
            ),
            problem(
                "presenceByHour[21]",
                "Presence from 21:00 to 22:00 must be a number between 0 and 1"
            ),
            problem("colour", "Unknown field"),
        ]
    );
}
