//! Export (SPEC section 11), natively: the calls CSV (header, names, quoting, the formula guard,
//! local date-times), the scenario JSON read back to the same scenario, the scenario that repeats
//! a run of the panel, and the notes beside the buttons.

use std::path::PathBuf;

use proptest::prelude::*;

use campaign_editor::domain::campaign::{Campaign, CompletionMode};
use campaign_editor::domain::export::{
    CALLS_CSV_HEADER, CallsCsv, calls_file_note, file_stem, repeat_scenario, results_file_note,
    results_json, scenario_json, scenario_note,
};
use campaign_editor::domain::simulation::{CallLog, Scenario, Simulation, simulate};
use campaign_editor::domain::simulator_panel::{
    DialerChoice, Playback, Run, SimulatorSettings, Speed,
};

fn scenario(json: &str) -> Scenario {
    Scenario::from_json_str(json).expect("a valid scenario")
}

fn csv_of(scenario: &Scenario) -> String {
    CallsCsv::new(scenario, &simulate(scenario, CallLog::Keep)).to_string()
}

/// Reads CSV as RFC 4180 says (quoted fields, doubled quotes, line breaks inside quotes): what a
/// spreadsheet reads.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "the text ends with a line break"
    );
    rows
}

#[test]
fn the_header_is_exactly_the_specs_and_each_call_has_a_row() {
    let csv = csv_of(&scenario(
        r#"{"campaign": {"attempts": [{"delaySeconds": 300}]},
            "recipients": [{"name": "Ada", "script": ["busy", "noAnswer"]}, {"script": ["answered"]}],
            "generate": {"count": 1}, "dialer": {"seed": 3}}"#,
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], CALLS_CSV_HEADER);
    assert_eq!(lines[0], "recipient,name,attempt,start,end,outcome");
    assert_eq!(lines[1], "0,Ada,0,0,5,busy");
    assert_eq!(lines[2], "1,Recipient 2,0,0,60,answered");
    assert!(lines[3].starts_with("2,Recipient 3,0,0,"), "{lines:?}");
    assert!(lines.contains(&"0,Ada,1,305,335,noAnswer"), "{lines:?}");
    assert!(csv.ends_with('\n'));
}

#[test]
fn names_with_commas_quotes_and_line_breaks_are_quoted() {
    let csv = csv_of(&scenario(
        r#"{"recipients": [
            {"name": "Lovelace, Ada", "script": ["answered"]},
            {"name": "Ada \"the Countess\"", "script": ["answered"]},
            {"name": "Ada\nByron", "script": ["answered"]}]}"#,
    ));
    assert!(csv.contains("\n0,\"Lovelace, Ada\",0,"), "{csv}");
    assert!(csv.contains("\n1,\"Ada \"\"the Countess\"\"\",0,"), "{csv}");
    assert!(csv.contains("\n2,\"Ada\nByron\",0,"), "{csv}");
    let names: Vec<String> = parse_csv(&csv)[1..].iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        names,
        ["Lovelace, Ada", "Ada \"the Countess\"", "Ada\nByron"]
    );
}

#[test]
fn a_name_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
    let csv = csv_of(&scenario(
        r#"{"recipients": [
            {"name": "=HYPERLINK(\"http://x\")", "script": ["answered"]},
            {"name": "+1 555 0100", "script": ["answered"]},
            {"name": "-2+3", "script": ["answered"]},
            {"name": "@SUM(A1)", "script": ["answered"]},
            {"name": "\tTab", "script": ["answered"]},
            {"name": "Ada=Byron", "script": ["answered"]}]}"#,
    ));
    let names: Vec<String> = parse_csv(&csv)[1..].iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        names,
        [
            "'=HYPERLINK(\"http://x\")",
            "'+1 555 0100",
            "'-2+3",
            "'@SUM(A1)",
            "'\tTab",
            "Ada=Byron"
        ]
    );
    assert!(csv.contains("\n1,'+1 555 0100,0,"), "{csv}");
}

#[test]
fn times_are_local_date_times_when_the_campaign_has_a_launch_time() {
    let csv = csv_of(&scenario(
        r#"{"campaign": {"attempts": [{"delaySeconds": 10800}], "launchAt": "2026-12-31T23:58"},
            "recipients": [{"name": "Ada", "script": ["busy", "answered"]}]}"#,
    ));
    assert_eq!(
        csv,
        "recipient,name,attempt,start,end,outcome\n\
         0,Ada,0,2026-12-31 23:58:00,2026-12-31 23:58:05,busy\n\
         0,Ada,1,2027-01-01 02:58:05,2027-01-01 02:59:05,answered\n"
    );
}

proptest! {
    /// Whatever the name, a spreadsheet reads back exactly it (after the guard's `'`) in one field.
    #[test]
    fn any_name_reads_back_as_one_field(name in "[ -~\n\r\t,\"=+@-é]{0,12}") {
        let scenario = Scenario {
            recipients: vec![campaign_editor::domain::simulation::ListedRecipient {
                name: Some(name.clone()),
                script: Some(vec![]),
                ..Default::default()
            }],
            ..Scenario::default()
        };
        let rows = parse_csv(&csv_of(&scenario));
        prop_assert_eq!(rows.len(), 2);
        prop_assert_eq!(rows[1].len(), 6);
        let guarded = name.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let expected = if guarded { format!("'{name}") } else { name.clone() };
        prop_assert_eq!(&rows[1][1], &expected);
    }
}

fn example(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples", name]
        .iter()
        .collect();
    std::fs::read_to_string(path).expect("the example")
}

#[test]
fn every_example_scenario_reads_back_the_same_from_its_json() {
    let names = [
        "call-caps.json",
        "calling-window.json",
        "failed-recipients.json",
        "horizon.json",
        "lines.json",
        "long-living.json",
        "random-mix.json",
        "reach-quick-retries.json",
        "reach.json",
        "retry-on.json",
        "retry-strategy.json",
        "stop.json",
    ];
    for name in names {
        let original = scenario(&example(name));
        let text = scenario_json(&original);
        assert_eq!(
            Scenario::from_json_str(&text),
            Ok(original),
            "{name}:\n{text}"
        );
    }
}

/// The panel's settings with `campaign` in every shape it takes: the mix and the reach model,
/// fixed and long-living, with a calling window and caps.
fn panel_scenarios() -> Vec<Scenario> {
    let launched = Campaign::from_json_str(
        r#"{"name": "Launched", "attempts": [{"delaySeconds": 600}, {"delaySeconds": 7200}],
            "launchAt": "2026-12-07T09:00", "retryOn": ["busy", "noAnswer"],
            "callingWindow": {"start": "09:00", "end": "18:00", "days": ["mon", "tue"]},
            "callCaps": [{"calls": 2, "hours": 24}]}"#,
    )
    .expect("a valid campaign");
    let long_living = Campaign {
        completion: CompletionMode::LongLiving,
        ..launched.clone()
    };
    let mut reach = SimulatorSettings {
        model: DialerChoice::Reach,
        seed: "9007199254740991".into(),
        ..SimulatorSettings::default()
    };
    reach.reach.set_presence(9, "12.5".into());
    let odd_mix = SimulatorSettings {
        mix: ["7", "13", "79", "1"].map(String::from),
        ..SimulatorSettings::default()
    };
    let mut scenarios = Vec::new();
    for campaign in [Campaign::sample(), launched, long_living] {
        for settings in [&SimulatorSettings::default(), &reach, &odd_mix] {
            if let Ok(s) = settings.scenario(&campaign) {
                scenarios.push(s);
            }
        }
    }
    assert_eq!(
        scenarios.len(),
        8,
        "all but the reach model without a launch"
    );
    scenarios
}

#[test]
fn the_panels_scenarios_read_back_the_same_from_their_json() {
    for original in panel_scenarios() {
        let text = scenario_json(&original);
        assert_eq!(Scenario::from_json_str(&text), Ok(original), "{text}");
    }
}

/// A run of the panel played to the end, as the page plays it.
fn played(scenario: &Scenario, act: impl FnOnce(&mut Simulation)) -> Run {
    let mut run = Run::new(scenario);
    run.play(Playback::Playing, 3.0, Speed::HourPerSecond, || true);
    act(&mut run.simulation);
    run.play(Playback::ToEnd, 0.0, Speed::default(), || true);
    run
}

#[test]
fn the_copied_scenario_repeats_the_panels_run_on_the_command_line() {
    for scenario in panel_scenarios() {
        let run = played(&scenario, |_| {});
        let text = scenario_json(&repeat_scenario(&run.scenario, &run.simulation));
        let again = simulate(
            &Scenario::from_json_str(&text).expect("valid"),
            CallLog::Keep,
        );
        assert_eq!(
            again.snapshot().stats(),
            run.simulation.snapshot().stats(),
            "{text}"
        );
        assert_eq!(
            CallsCsv::new(&scenario, &again).to_string(),
            CallsCsv::new(&run.scenario, &run.simulation).to_string()
        );
        assert_eq!(scenario_note(&run.simulation), None);
    }
}

#[test]
fn a_run_stopped_by_hand_is_copied_with_its_stop_time() {
    let scenario = panel_scenarios().pop().expect("a long-living scenario");
    assert!(scenario.campaign.completion.is_long_living());
    let run = played(&scenario, |simulation| {
        simulation.stop().expect("running");
    });
    let repeat = repeat_scenario(&run.scenario, &run.simulation);
    assert_eq!(repeat.stop_at, run.simulation.snapshot().ended_at);
    assert_eq!(
        repeat.stop_at,
        Some(10_800),
        "three simulated hours, then Stop campaign"
    );
    let again = simulate(&repeat, CallLog::Skip);
    assert_eq!(again.snapshot().stats(), run.simulation.snapshot().stats());
}

#[test]
fn recipients_added_by_hand_are_counted_and_said_to_be_left_out() {
    let scenario = panel_scenarios().pop().expect("a long-living scenario");
    let run = played(&scenario, |simulation| {
        simulation.add_recipient().expect("running");
        simulation.add_recipient().expect("running");
    });
    assert_eq!(run.simulation.recipients_added_by_hand(), 2);
    assert_eq!(
        scenario_note(&run.simulation).as_deref(),
        Some("The scenario leaves out the 2 recipients added by hand")
    );
    let one = played(&scenario, |simulation| {
        simulation.add_recipient().expect("running");
    });
    assert_eq!(
        scenario_note(&one.simulation).as_deref(),
        Some("The scenario leaves out the recipient added by hand")
    );
}

#[test]
fn the_calls_file_says_when_the_log_does_not_hold_every_call() {
    let scenario = scenario(r#"{"generate": {"count": 2000}, "dialer": {"seed": 1}}"#);
    let full = simulate(&scenario, CallLog::Keep);
    assert_eq!(calls_file_note(&full), None);
    let calls = full.snapshot().calls;

    let mut capped = Simulation::new(&scenario, CallLog::KeepFirst(1_000));
    capped.run_to_end();
    assert_eq!(
        calls_file_note(&capped),
        Some(format!(
            "The CSV holds the first 1,000 calls; the {} calls after them were simulated but not logged",
            campaign_editor::domain::duration::thousands(calls - 1_000)
        ))
    );
    assert_eq!(
        CallsCsv::new(&scenario, &capped)
            .to_string()
            .lines()
            .count(),
        1_001
    );

    let skipped = simulate(&scenario, CallLog::Skip);
    assert_eq!(
        calls_file_note(&skipped).as_deref(),
        Some("This run keeps no call log: the CSV has the header only")
    );
    assert_eq!(
        CallsCsv::new(&scenario, &skipped).to_string(),
        "recipient,name,attempt,start,end,outcome\n"
    );
}

#[test]
fn the_results_file_leaves_out_a_log_that_does_not_hold_every_call() {
    let scenario = scenario(r#"{"generate": {"count": 2000}, "dialer": {"seed": 1}}"#);
    let read = |simulation: &Simulation| -> serde_json::Value {
        serde_json::from_str(&results_json(simulation)).expect("JSON")
    };
    let full = simulate(&scenario, CallLog::Keep);
    let results = read(&full);
    let calls = results["stats"]["calls"].as_u64().expect("a count");
    assert_eq!(
        results["calls"].as_array().map(Vec::len),
        Some(calls as usize)
    );
    assert_eq!(results_file_note(&full), None);

    // Cut: stats.calls is the log's length (SPEC 3) or there is no log in the file.
    let mut capped = Simulation::new(&scenario, CallLog::KeepFirst(1_000));
    capped.run_to_end();
    let results = read(&capped);
    assert_eq!(results["stats"]["calls"].as_u64(), Some(calls));
    assert!(results.get("calls").is_none(), "no cut log in the file");
    let no_calls = simulate(&scenario, CallLog::Skip);
    assert_eq!(
        results,
        read(&no_calls),
        "as campaign-sim --no-calls writes it"
    );
    assert_eq!(
        results_file_note(&capped),
        Some(format!(
            "The results leave the calls out: the log holds the first 1,000 of {}",
            campaign_editor::domain::duration::thousands(calls)
        ))
    );
    assert_eq!(
        results_file_note(&no_calls).as_deref(),
        Some("This run keeps no call log: the results leave the calls out")
    );
}

#[test]
fn file_names_start_with_the_campaign_name() {
    assert_eq!(file_stem("Lead qualification"), "lead-qualification");
    assert_eq!(file_stem("  Spring -- sale: 2026! "), "spring-sale-2026");
    assert_eq!(file_stem("ÄPFEL Zürich"), "Äpfel-zürich");
    assert_eq!(file_stem(""), "campaign");
}
