//! The package's hand-written TypeScript types (src/embed/types.rs) checked against the Rust types
//! they describe: the JSON the domain gives the JavaScript API (the same serde derives) must have
//! exactly the fields the interfaces declare, nested interfaces included, and what the domain
//! writes as input (the scenario that `Copy scenario` writes) only fields they declare.

use std::collections::BTreeMap;

use campaign_editor::domain::advisor::{SuggestRequest, suggest};
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::export::scenario_json;
use campaign_editor::domain::reach::{ReachSettings, expected_reach};
use campaign_editor::domain::simulation::{CallLog, Results, Scenario, simulate};
use campaign_editor::domain::timeline::RetryTimeline;
use serde_json::{Value, json};

/// The `.d.ts` text of types.rs.
fn declarations() -> &'static str {
    let source = include_str!("../../src/embed/types.rs");
    let start = source.find("r#\"").expect("the types' raw string") + 3;
    let end = source.rfind("\"#").expect("its end");
    &source[start..end]
}

/// Removes `/** … */` and `// …` comments.
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = &rest[start + rest[start..].find("*/").expect("a closed comment") + 2..];
    }
    out.push_str(rest);
    out.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text between the brace at `open` and its match.
fn braced(text: &str, open: usize) -> &str {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => return &text[open + 1..open + i],
            '}' => depth -= 1,
            _ => {}
        }
    }
    panic!("an unclosed brace")
}

/// The fields of an interface body, `name → type`: methods and nested types left as type text.
fn fields(body: &str) -> BTreeMap<String, String> {
    let mut members = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' | '(' | '[' | '<' => depth += 1,
            '}' | ')' | ']' | '>' => depth -= 1,
            ';' | '\n' if depth == 0 => {
                members.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    members.push(&body[start..]);
    members
        .into_iter()
        .filter_map(|member| {
            let (name, ty) = member.trim().split_once(':')?;
            let name = name.trim().trim_end_matches('?');
            let is_field = name.chars().all(|c| c.is_ascii_alphanumeric());
            is_field.then(|| (name.to_owned(), ty.trim().to_owned()))
        })
        .collect()
}

/// Every `export interface` of the declarations, with the fields of the one it extends.
fn interfaces() -> BTreeMap<String, BTreeMap<String, String>> {
    let text = without_comments(declarations());
    let mut found = BTreeMap::new();
    let mut extends = Vec::new();
    for (at, _) in text.match_indices("export interface ") {
        let head = &text[at + "export interface ".len()..];
        let open = at + "export interface ".len() + head.find('{').expect("a body");
        let mut words = head[..head.find('{').expect("a body")].split_whitespace();
        let name = words.next().expect("a name").to_owned();
        if let (Some("extends"), Some(base)) = (words.next(), words.next()) {
            extends.push((name.clone(), base.to_owned()));
        }
        found.insert(name, fields(braced(&text, open)));
    }
    for (name, base) in extends {
        let inherited = found[&base].clone();
        found.get_mut(&name).expect("declared").extend(inherited);
    }
    found
}

/// Checks `value` against the fields `declared`: exactly them (`all`) or some of them, recursing
/// into fields whose type is an inline object or names an interface.
fn check(
    value: &Value,
    declared: &BTreeMap<String, String>,
    all: bool,
    interfaces: &BTreeMap<String, BTreeMap<String, String>>,
    path: &str,
) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{path}: an object"));
    let given: Vec<&String> = object.keys().collect();
    let names: Vec<&String> = declared.keys().collect();
    if all {
        assert_eq!(
            given, names,
            "{path}: the fields the Rust value has, then the declared"
        );
    } else {
        let undeclared: Vec<_> = given
            .iter()
            .filter(|k| !declared.contains_key(**k))
            .collect();
        assert!(
            undeclared.is_empty(),
            "{path}: {undeclared:?} are not declared"
        );
    }
    for (key, value) in object {
        let ty = &declared[key];
        let path = format!("{path}.{key}");
        let value = match value {
            Value::Array(items) if ty.ends_with("[]") => match items.first() {
                Some(first) => first,
                None => continue,
            },
            value => value,
        };
        if !value.is_object() {
            continue;
        }
        if ty.starts_with('{') {
            check(value, &fields(braced(ty, 0)), all, interfaces, &path);
            continue;
        }
        let named: Vec<&String> = interfaces
            .keys()
            .filter(|name| {
                ty.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|word| word == name.as_str())
            })
            .collect();
        let mut union = BTreeMap::new();
        for name in &named {
            union.extend(interfaces[name.as_str()].clone());
        }
        if !named.is_empty() {
            check(value, &union, all && named.len() == 1, interfaces, &path);
        }
    }
}

fn campaign() -> Campaign {
    Campaign::from_json(&json!({
        "name": "Every field",
        "attempts": [{"delaySeconds": 300}, {"delaySeconds": 3600}],
        "retryOn": ["busy", "noAnswer"],
        "launchAt": "2026-12-07T09:00",
        "callingWindow": {"start": "09:00", "end": "18:00", "days": ["mon", "tue"]},
        "callCaps": [{"calls": 2, "hours": 24}],
    }))
    .expect("a valid campaign")
}

fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("JSON")
}

#[test]
fn the_types_parse_into_the_interfaces_the_api_names() {
    let interfaces = interfaces();
    for name in [
        "Campaign",
        "CampaignConfig",
        "Problem",
        "Results",
        "SimulatedCall",
        "TimelineEntry",
        "ExpectedReach",
        "Suggestion",
        "Scenario",
        "ReachSettings",
    ] {
        assert!(!interfaces[name].is_empty(), "{name}");
    }
    assert_eq!(
        interfaces["Campaign"].keys().collect::<Vec<_>>(),
        interfaces["CampaignConfig"].keys().collect::<Vec<_>>(),
        "a config has the campaign's fields, all optional"
    );
}

#[test]
fn what_the_api_returns_has_exactly_the_declared_fields() {
    let interfaces = interfaces();
    let campaign = campaign();
    let scenario = Scenario::from_json(&json!({
        "campaign": {"attempts": [{"delaySeconds": 300}]},
        "recipients": [{"script": ["busy", "answered"]}],
    }))
    .expect("a valid scenario");
    let simulation = simulate(&scenario, CallLog::Keep);
    let results = Results::new(&simulation, true);
    let reach = expected_reach(&campaign, &ReachSettings::default()).expect("a launch time");
    let suggestion =
        suggest(&campaign, &SuggestRequest::for_campaign(&campaign)).expect("a suggestion");
    let problem = Problem {
        path: "attempts[0].delaySeconds".into(),
        message: "Enter a delay for attempt 1, in seconds".into(),
    };
    let timeline = RetryTimeline::from_campaign(&campaign).entries();
    for (name, value) in [
        ("Campaign", to_json(&campaign)),
        ("Results", to_json(&results)),
        ("TimelineEntry", to_json(&timeline[0])),
        ("ExpectedReach", to_json(&reach)),
        ("Suggestion", to_json(&suggestion)),
        ("Problem", to_json(&problem)),
    ] {
        check(&value, &interfaces[name], true, &interfaces, name);
    }
}

#[test]
fn what_the_domain_writes_as_input_is_declared() {
    let interfaces = interfaces();
    let scenario = Scenario::from_json(&json!({
        "campaign": {"attempts": [{"delaySeconds": 300}], "launchAt": "2026-12-07T09:00",
                     "callCaps": [{"calls": 2, "hours": 24}]},
        "dialer": {"model": "reach", "reach": {"pickUp": 0.5}},
        "recipients": [{"name": "Ada", "phone": "+15550100", "script": ["busy"]}],
        "generate": {"count": 3},
        "until": 86400,
    }))
    .expect("a valid scenario");
    let written: Value = serde_json::from_str(&scenario_json(&scenario)).expect("JSON");
    check(
        &written,
        &interfaces["Scenario"],
        false,
        &interfaces,
        "Scenario",
    );
    let reach = &written["dialer"]["reach"];
    check(
        reach,
        &interfaces["ReachSettings"],
        true,
        &interfaces,
        "ReachSettings",
    );
}

#[test]
fn the_check_finds_a_field_the_types_do_not_declare() {
    let interfaces = interfaces();
    let simulation = simulate(&Scenario::default(), CallLog::Keep);
    let mut results = to_json(&Results::new(&simulation, true));
    results["stats"]["newFigure"] = json!(1);
    let caught = std::panic::catch_unwind(|| {
        check(
            &results,
            &interfaces["Results"],
            true,
            &interfaces,
            "Results",
        );
    });
    assert!(caught.is_err(), "an undeclared nested field is caught");
}
