//! The `campaign-sim` command line (SPEC section 7), run as a user would: on the scenarios in
//! `examples/`, on stdin, and on invalid input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

use crate::support::section_4_results;

/// The lines printed after bad arguments: the usage, then where to read more.
const USAGE: [&str; 5] = [
    "Usage: campaign-sim [--summary] [--no-calls] <SCENARIO>",
    "       campaign-sim --csv <SCENARIO>",
    "       campaign-sim --suggest [--attempts <N>] [--deadline-hours <H>] [--json] <SCENARIO>",
    "",
    "For more information, try '--help'.",
];

fn example(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples", name]
        .iter()
        .collect();
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// Runs the command line with `args`, feeding `stdin` to it.
fn campaign_sim(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_campaign-sim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("campaign-sim starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin takes the scenario");
    child.wait_with_output().expect("campaign-sim runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 on stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 on stderr")
}

/// The results of a successful run.
fn results(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    assert_eq!(stderr(output), "");
    serde_json::from_str(&stdout(output)).expect("JSON on stdout")
}

/// The problems of a run refused with status 2, one line each; nothing on stdout.
fn refused(output: &Output) -> Vec<String> {
    let head: String = stdout(output).chars().take(300).collect();
    assert_eq!(output.status.code(), Some(2), "stdout: {head}");
    assert_eq!(stdout(output), "");
    stderr(output).lines().map(str::to_owned).collect()
}

#[test]
fn prints_the_results_of_a_scenario_file() {
    let output = campaign_sim(&[&example("retry-strategy.json")], "");
    assert_eq!(results(&output), section_4_results());
    assert!(stdout(&output).ends_with("}\n"));
}

#[test]
fn reads_the_scenario_from_stdin_with_a_dash() {
    let scenario = std::fs::read_to_string(example("retry-strategy.json")).expect("the example");
    assert_eq!(
        results(&campaign_sim(&["-"], &scenario)),
        section_4_results()
    );
}

#[test]
fn no_calls_leaves_the_log_out() {
    let output = campaign_sim(&["--no-calls", &example("retry-strategy.json")], "");
    let mut expected = section_4_results();
    expected.as_object_mut().expect("an object").remove("calls");
    assert_eq!(results(&output), expected);
}

#[test]
fn summary_is_for_people() {
    let output = campaign_sim(&["--summary", &example("stop.json")], "");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "Stopped at 10 s\n\
         Simulated time: 1 min 3 s\n\
         Recipients: 6 (reached 2, failed 1, cancelled 3, calling 0, waiting 0)\n\
         1 recipient failed: 1 at once because Busy is not retried\n\
         Calls: 5, 0.83 per recipient\n\
         \x20 0 calls: 1 recipient\n\
         \x20 1 call: 5 recipients\n\
         Peak lines: 4 of 4\n"
    );
}

#[test]
fn summary_puts_large_numbers_and_long_times_in_human_form() {
    let output = campaign_sim(
        &["--summary", "--no-calls", &example("random-mix.json")],
        "",
    );
    assert_eq!(
        stdout(&output),
        "Completed at 5 h 29 min 30 s\n\
         Simulated time: 5 h 29 min 30 s\n\
         Recipients: 1,000 (reached 760, failed 240, cancelled 0, calling 0, waiting 0)\n\
         240 recipients failed: 67 after all 3 attempts (last: busy), \
         143 after all 3 attempts (last: no answer), 30 after all 3 attempts (last: unreachable)\n\
         Calls: 2,504, 2.50 per recipient\n\
         \x20 1 call: 311 recipients\n\
         \x20 2 calls: 205 recipients\n\
         \x20 3 calls: 153 recipients\n\
         \x20 4 calls: 331 recipients\n\
         Peak lines: 10 of 10\n"
    );
}

#[test]
fn every_example_runs_and_its_stats_match_its_log() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples"].iter().collect();
    let mut ran = 0;
    for entry in std::fs::read_dir(dir).expect("examples/") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
        if !name.ends_with(".json") || name == "invalid.json" {
            continue;
        }
        let value = results(&campaign_sim(&[path.to_str().expect("UTF-8")], ""));
        let calls = value["calls"].as_array().expect("calls");
        assert_eq!(value["stats"]["calls"], calls.len(), "{name}");
        let recipients = value["recipients"].as_array().expect("recipients");
        let reached = recipients
            .iter()
            .filter(|r| r["status"] == "reached")
            .count();
        assert_eq!(value["stats"]["reached"], reached, "{name}");
        ran += 1;
    }
    assert!(ran >= 8, "only {ran} examples");
}

#[test]
fn a_horizon_leaves_the_campaign_running() {
    let value = results(&campaign_sim(&[&example("horizon.json")], ""));
    assert_eq!(value["status"], "running");
    assert_eq!(value["endedAt"], Value::Null);
    assert_eq!(
        value["calls"][2],
        json!({"recipient": 0, "attempt": 1, "start": 90, "end": 150, "outcome": "answered"})
    );
    assert_eq!(
        value["recipients"][0],
        json!({"status": "calling", "calls": 2, "finishedAt": null, "lastOutcome": "answered"})
    );
}

#[test]
fn every_problem_of_an_invalid_scenario_is_reported() {
    let output = campaign_sim(&[&example("invalid.json")], "");
    assert_eq!(
        refused(&output),
        [
            "campaign.attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
            "campaign.launchAt: Enter a launch date and time, like 2026-12-07T09:00",
            "dialer.lines: Must be a whole number from 1 to 10,000",
            "dialer.outcomeMix: The shares of the outcome mix must add up to 1",
            "recipients[0].addedAt: A fixed campaign takes no recipients after launch",
            "recipients[0].script[1]: Must be answered, busy, noAnswer or unreachable",
            "arrivals: A fixed campaign takes no recipients after launch",
            "speed: Unknown field",
        ]
    );
}

#[test]
fn wrong_types_are_reported_with_their_paths() {
    let scenario = r#"{
        "campaign": {"longLiving": "yes"},
        "dialer": {"lines": "five", "seed": 1.5, "outcomeMix": [], "durationsSeconds": {"busy": 0}},
        "recipients": {"name": "Ada"},
        "generate": {"count": -1},
        "stopAt": "soon"
    }"#;
    assert_eq!(
        refused(&campaign_sim(&["-"], scenario)),
        [
            "campaign.longLiving: Must be true or false",
            "dialer.lines: Must be a whole number from 1 to 10,000",
            "dialer.seed: Must be a whole number from 0 to 9,007,199,254,740,991",
            "dialer.outcomeMix: Must be an object",
            "dialer.durationsSeconds.busy: Must be a whole number from 1 to 86,400",
            "recipients: Must be a list",
            "generate.count: Must be a whole number from 0 to 10,000,000",
            "stopAt: Must be a whole number from 0 to 315,360,000",
        ]
    );
}

#[test]
fn out_of_range_values_are_reported() {
    let scenario = r#"{
        "campaign": {"longLiving": true},
        "dialer": {"lines": 10001, "seed": 9007199254740992,
                   "outcomeMix": {"answered": 1.5, "busy": -0.5}},
        "arrivals": {"perHour": 0},
        "until": 315360001
    }"#;
    assert_eq!(
        refused(&campaign_sim(&["-"], scenario)),
        [
            "dialer.lines: Must be a whole number from 1 to 10,000",
            "dialer.seed: Must be a whole number from 0 to 9,007,199,254,740,991",
            "dialer.outcomeMix.answered: Must be a number from 0 to 1",
            "dialer.outcomeMix.busy: Must be a number from 0 to 1",
            "arrivals.perHour: Must be a whole number from 1 to 4,294,967,295",
            "until: Must be a whole number from 0 to 315,360,000",
        ]
    );
}

#[test]
fn a_long_living_campaign_needs_an_end() {
    assert_eq!(
        refused(&campaign_sim(
            &["-"],
            r#"{"campaign": {"longLiving": true}}"#
        )),
        ["until: A long-living campaign never ends on its own: give until or stopAt"]
    );
}

#[test]
fn too_many_recipients_are_refused() {
    // 9,999,000 generated and one arrival a second for 1,001 s.
    let scenario = r#"{"campaign": {"longLiving": true}, "generate": {"count": 9999000},
                      "arrivals": {"perHour": 3600}, "until": 1001}"#;
    assert_eq!(
        refused(&campaign_sim(&["-"], scenario)),
        [
            "arrivals.perHour: A simulation takes at most 10,000,000 recipients, listed, generated and arriving"
        ]
    );
}

#[test]
fn malformed_json_is_refused() {
    let problems = refused(&campaign_sim(&["-"], r#"{"dialer": {"lines": 5,}}"#));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("Not valid JSON: "), "{problems:?}");
}

#[test]
fn a_scenario_that_is_not_an_object_is_refused() {
    assert_eq!(
        refused(&campaign_sim(&["-"], "[1, 2]")),
        ["Must be an object"]
    );
}

#[test]
fn bad_arguments_and_missing_files_are_refused() {
    for args in [&["--fast", "x.json"][..], &[], &["a.json", "b.json"]] {
        let lines = refused(&campaign_sim(args, ""));
        assert_eq!(lines[lines.len() - USAGE.len()..], USAGE, "{args:?}");
    }
    let lines = refused(&campaign_sim(&["no-such-scenario.json"], ""));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("campaign-sim: cannot read no-such-scenario.json: "),
        "{lines:?}"
    );
}

#[test]
fn help_documents_every_option_the_limits_and_the_exit_statuses() {
    for flag in ["--help", "-h"] {
        let output = campaign_sim(&[flag], "");
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(stderr(&output), "");
        let help = stdout(&output);
        let usage: Vec<&str> = help
            .lines()
            .skip_while(|l| !l.starts_with("Usage:"))
            .collect();
        assert_eq!(usage[..3], USAGE[..3], "{help}");
        let options: Vec<&str> = help
            .lines()
            .skip_while(|l| *l != "Options:")
            .take_while(|l| !l.is_empty())
            .collect();
        for option in [
            "--summary",
            "--no-calls",
            "--csv",
            "--suggest",
            "--attempts <N>",
            "--deadline-hours <H>",
            "--json",
            "-h, --help",
            "-V, --version",
        ] {
            let documented = options
                .iter()
                .any(|l| l.trim_start().starts_with(&format!("{option} ")));
            assert!(documented, "{option} in {help}");
        }
        for fact in [
            "<SCENARIO>  The scenario JSON file, or - to read it from the standard input.",
            "At most 50,000,000 bytes.",
            "1-20\n",
            "1-720 [default: 72]",
            "at most 10,000,000 recipients and stops at ten years of simulated time",
            "recipient,name,attempt,start,end,outcome",
            "  0  The results (or the suggestion) were printed",
            "  1  The output could not be written",
            "  2  Invalid input: bad arguments, an unreadable or too large file, or an invalid scenario.",
        ] {
            assert!(help.contains(fact), "{fact} in {help}");
        }
    }
}

#[test]
fn version_prints_the_name_and_the_crates_version() {
    for flag in ["--version", "-V"] {
        let output = campaign_sim(&[flag, "ignored.json"], "");
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(
            stdout(&output),
            format!("campaign-sim {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

/// Runs the command line with `args` and its output going to `stdout`, an empty stdin.
fn campaign_sim_into(args: &[&str], stdout: impl Into<Stdio>) -> Output {
    Command::new(env!("CARGO_BIN_EXE_campaign-sim"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("campaign-sim runs")
}

#[test]
#[cfg(target_os = "linux")]
fn output_that_cannot_be_written_exits_1_and_a_closed_pipe_is_no_error() {
    let scenario = example("retry-strategy.json");
    for args in [&["--help"][..], &["--version"], &[scenario.as_str()]] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let output = campaign_sim_into(args, full);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).starts_with("campaign-sim: cannot write to standard output: "),
            "{args:?}: {}",
            stderr(&output)
        );

        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = campaign_sim_into(args, writer);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stderr(&output), "", "{args:?}");
    }
}

/// Bug hunt 5: with a stderr that cannot be written, invalid input exited 101 (`eprintln!`
/// panicked), where `--help` promises 2; output that cannot be written still exits 1.
#[test]
#[cfg(target_os = "linux")]
fn a_stderr_that_cannot_be_written_changes_no_exit_status() {
    let invalid = example("invalid.json");
    let scenario = example("retry-strategy.json");
    for (args, code) in [
        (&[invalid.as_str()][..], 2),
        (&["--bogus", "x"], 2),
        (&[scenario.as_str()], 1),
    ] {
        let full = || std::fs::File::create("/dev/full").expect("/dev/full");
        let status = Command::new(env!("CARGO_BIN_EXE_campaign-sim"))
            .args(args)
            .stdin(Stdio::null())
            .stdout(full())
            .stderr(full())
            .status()
            .expect("campaign-sim runs");
        assert_eq!(status.code(), Some(code), "{args:?}");
    }
}

#[test]
fn options_take_values_after_an_equals_sign_and_flags_take_none() {
    let output = campaign_sim(
        &["--suggest", "--attempts=2", "--deadline-hours=48", "--json"],
        "",
    );
    assert_eq!(
        refused(&output)[0],
        "campaign-sim: give a scenario file, or - for stdin"
    );
    let lines = refused(&campaign_sim(&["--summary=yes", "-x", "-"], ""));
    assert_eq!(
        lines[..2],
        [
            "campaign-sim: --summary takes no value",
            "campaign-sim: unknown option -x",
        ]
    );
}

#[test]
fn an_endless_input_is_refused_at_the_size_limit() {
    let zero = || std::fs::File::open("/dev/zero").expect("/dev/zero");
    for (arg, stdin, input) in [
        ("/dev/zero", Stdio::null(), "/dev/zero"),
        ("-", Stdio::from(zero()), "the standard input"),
    ] {
        let started = std::time::Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_campaign-sim"))
            .arg(arg)
            .stdin(stdin)
            .output()
            .expect("campaign-sim runs");
        assert!(started.elapsed().as_secs() < 20, "it stops reading");
        assert_eq!(
            refused(&output),
            [format!(
                "campaign-sim: {input} is larger than 50,000,000 bytes, the most a scenario may be"
            )]
        );
    }
}

#[test]
fn a_fixed_campaign_stops_at_ten_years_of_simulated_time_still_running() {
    // 10,000 calls of a day each on one line: 10,000 days, past the limit of ten years.
    let scenario = json!({
        "dialer": {"lines": 1, "outcomeMix": {"noAnswer": 1}, "durationsSeconds": {"noAnswer": 86_400}},
        "generate": {"count": 10_000}
    })
    .to_string();
    let run = results(&campaign_sim(&["--no-calls", "-"], &scenario));
    assert_eq!(run["status"], "running");
    assert_eq!(run["endedAt"], Value::Null);
    assert_eq!(
        run["stats"]["calls"], 3_651,
        "one call a day, the last at the limit itself"
    );
    let summary = stdout(&campaign_sim(&["--summary", "-"], &scenario));
    assert!(
        summary.starts_with(
            "Running — 6,349 waiting, 1 calling\n\
             Simulation stopped at ten years of simulated time, the longest it runs: the campaign is still running\n\
             Simulated time: 3650 d\n"
        ),
        "{summary}"
    );
}

#[test]
fn the_reach_model_runs_from_a_file_and_its_summary_has_the_usual_shape() {
    let output = campaign_sim(&["--summary", &example("reach.json")], "");
    assert_eq!(
        stdout(&output),
        "Completed at 1 d 3 h 13 min 12 s\n\
         Simulated time: 1 d 3 h 13 min 12 s\n\
         Recipients: 1,000 (reached 494, failed 506, cancelled 0, calling 0, waiting 0)\n\
         506 recipients failed: 17 after all 5 attempts (last: busy), \
         378 after all 5 attempts (last: no answer), 111 after all 5 attempts (last: unreachable)\n\
         Calls: 4,376, 4.38 per recipient\n\
         \x20 1 call: 147 recipients\n\
         \x20 2 calls: 112 recipients\n\
         \x20 3 calls: 76 recipients\n\
         \x20 4 calls: 88 recipients\n\
         \x20 5 calls: 37 recipients\n\
         \x20 6 calls: 540 recipients\n\
         Peak lines: 20 of 20\n"
    );
}

/// `examples/reach.json` and `examples/reach-quick-retries.json` differ only in their delays
/// (three hours against a minute): under the reach model that changes how many are reached.
#[test]
fn under_the_reach_model_retry_delays_change_how_many_are_reached() {
    let reached = |name| {
        let value = results(&campaign_sim(&["--no-calls", &example(name)], ""));
        assert!(value.get("calls").is_none());
        value["stats"]["reached"].as_u64().expect("a count")
    };
    assert_eq!(
        (reached("reach.json"), reached("reach-quick-retries.json")),
        (494, 349)
    );
}

#[test]
fn every_problem_of_a_reach_scenario_is_reported() {
    let scenario = json!({
        "dialer": {"model": "reach", "outcomeMix": {"answered": 1},
                   "reach": {"busyMinutes": 0, "presenceByHour": [0.5, 2]}}
    });
    assert_eq!(
        refused(&campaign_sim(&["-"], &scenario.to_string())),
        [
            "dialer.reach.busyMinutes: Busy time must be between 1 and 1,440 minutes (1 day)",
            "dialer.reach.presenceByHour: Presence by hour needs exactly 24 values, one per hour",
            "dialer.reach.presenceByHour[1]: Presence from 01:00 to 02:00 must be a number between 0 and 1",
            "dialer.outcomeMix: The reach model has no outcome mix: remove outcomeMix or set model to mix",
            "dialer.model: The reach model needs a launch date and time",
        ]
    );
}

#[test]
fn summary_says_why_recipients_failed() {
    let output = campaign_sim(&["--summary", &example("failed-recipients.json")], "");
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[2..4],
        [
            "Recipients: 5 (reached 1, failed 4, cancelled 0, calling 0, waiting 0)",
            "4 recipients failed: 2 after both attempts (last: no answer), \
             1 at once because Unreachable is not retried, \
             1 after 2 calls because Unreachable is not retried",
        ]
    );
}

#[test]
fn summary_has_no_failure_line_when_nobody_failed() {
    let output = campaign_sim(
        &["--summary", "-"],
        r#"{"recipients": [{"script": ["answered"]}]}"#,
    );
    assert!(!stdout(&output).contains("failed:"), "{}", stdout(&output));
}

/// `--suggest --json` gives SPEC section 10's JSON: the advisor's suggestion for the scenario's
/// campaign under its reach settings, exactly as the domain computes it.
#[test]
fn suggest_prints_the_advisors_json() {
    use campaign_editor::domain::advisor::{SuggestRequest, suggest};
    use campaign_editor::domain::simulation::{DialerModel, Scenario};

    let path = example("reach.json");
    let output = campaign_sim(
        &[
            "--suggest",
            "--attempts",
            "5",
            "--deadline-hours",
            "48",
            "--json",
            &path,
        ],
        "",
    );
    let printed = results(&output);
    let text = std::fs::read_to_string(&path).expect("the example");
    let scenario = Scenario::from_json_str(&text).expect("a valid scenario");
    let DialerModel::Reach(settings) = scenario.dialer.model else {
        panic!("a reach scenario")
    };
    let request = SuggestRequest {
        attempts: 5,
        deadline_hours: 48,
        settings,
    };
    let suggestion = suggest(&scenario.campaign, &request).expect("a launch");
    // As text: serde_json's reader may give a float one unit in the last place off its text.
    assert_eq!(
        stdout(&output),
        serde_json::to_string(&suggestion).expect("JSON") + "\n"
    );
    let keys: Vec<&str> = printed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["current", "delaysSeconds", "expected"]);
    // Pinned: e2e/host.test.mjs expects the same from suggestStrategy() in wasm.
    assert_eq!(
        printed["delaysSeconds"],
        json!([10800, 10800, 10800, 3840, 3000])
    );
    assert_eq!(printed["expected"]["byCall"].as_array().unwrap().len(), 6);
    assert!(printed["expected"]["reached"].as_f64() >= printed["current"]["reached"].as_f64());
}

#[test]
fn suggest_prints_a_few_lines_for_people() {
    let output = campaign_sim(&["--suggest", &example("reach.json")], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with("Suggested delays: "), "{text}");
    assert_eq!(lines[0].matches(", ").count(), 4, "five delays: {text}");
    assert!(lines[1].starts_with("Expected reach by 72 h: "), "{text}");
    assert!(
        lines[1].ends_with(" %)") && lines[1].contains(" % (current strategy: "),
        "{text}"
    );
    assert!(lines[2].starts_with("Calls per recipient: "), "{text}");
    assert!(
        lines[3].starts_with("Last retry: ") && lines[3].contains(" after the first call"),
        "{text}"
    );
}

/// Fewer attempts than the scenario's five: the suggestion reaches fewer, and a last line says so.
#[test]
fn suggest_says_when_fewer_attempts_reach_fewer() {
    let output = campaign_sim(
        &["--suggest", "--attempts", "1", &example("reach.json")],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5, "{text}");
    assert_eq!(
        lines[4],
        "Note: With 1 attempt instead of the current 5, the suggestion reaches fewer recipients by 72 h.",
    );
}

#[test]
fn suggest_reports_every_bad_option_and_input() {
    let args = [
        "--suggest",
        "--attempts",
        "0",
        "--deadline-hours",
        "721",
        "--summary",
        "-",
    ];
    let lines = refused(&campaign_sim(&args, ""));
    assert_eq!(
        lines,
        [
            "campaign-sim: --summary goes without --suggest",
            // Values out of range last, as they come after a scenario's problems.
            "campaign-sim: --attempts: Attempts must be a whole number between 1 and 20",
            "campaign-sim: --deadline-hours: Deadline must be a whole number of hours between 1 and 720",
            USAGE[0],
            USAGE[1],
            USAGE[2],
            USAGE[3],
            USAGE[4],
        ]
    );
    let twice = [
        "--suggest",
        "--attempts",
        "2",
        "--attempts=3",
        "--deadline-hours",
        "9",
    ];
    let lines = refused(&campaign_sim(
        &[&twice[..], &["--deadline-hours", "9", "-"]].concat(),
        "",
    ));
    assert_eq!(
        lines[..2],
        [
            "campaign-sim: give --attempts once",
            "campaign-sim: give --deadline-hours once",
        ]
    );
    // A flag too, as a value's option: a repeated flag is as likely a slip.
    let lines = refused(&campaign_sim(
        &["--summary", "--no-calls", "--summary", "-"],
        "",
    ));
    assert_eq!(lines[..2], ["campaign-sim: give --summary once", USAGE[0]]);
    let lines = refused(&campaign_sim(&["--json", "--attempts"], ""));
    assert_eq!(
        lines[..3],
        [
            "campaign-sim: --attempts needs a value",
            "campaign-sim: --json goes only with --suggest",
            "campaign-sim: give a scenario file, or - for stdin",
        ]
    );
    // An option's value out of range is no mistake of usage: the scenario is read, and its
    // problems come with the option's, as suggestStrategy() gives them.
    let bad = json!({"campaign": {"name": " ", "attempts": [{"delaySeconds": 0}]}});
    let lines = refused(&campaign_sim(
        &["--suggest", "--attempts", "0", "-"],
        &bad.to_string(),
    ));
    assert_eq!(
        lines,
        [
            "campaign.name: Enter a campaign name",
            "campaign.attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
            // The advisor's need of a launch time is told with the rest, not after they are fixed.
            "campaign.launchAt: The reach model needs a launch date and time",
            "--attempts: Attempts must be a whole number between 1 and 20",
        ]
    );
    // A calling window without a launch has its problem at `campaign.launchAt`: the advisor's
    // need of one is not said a second time there (bug hunt 5).
    let windowed =
        json!({"campaign": {"callingWindow": {"start": "09:00", "end": "18:00", "days": ["mon"]}}});
    let lines = refused(&campaign_sim(&["--suggest", "-"], &windowed.to_string()));
    assert_eq!(
        lines,
        ["campaign.launchAt: Enter a launch date and time, like 2026-12-07T09:00"]
    );
    let lines = refused(&campaign_sim(
        &["--suggest", "--deadline-hours=0", &example("reach.json")],
        "",
    ));
    assert_eq!(
        lines,
        ["--deadline-hours: Deadline must be a whole number of hours between 1 and 720"]
    );
    let mix = json!({"campaign": {"attempts": [{"delaySeconds": 300}]}, "generate": {"count": 1}});
    let lines = refused(&campaign_sim(&["--suggest", "-"], &mix.to_string()));
    assert_eq!(
        lines,
        ["campaign.launchAt: The reach model needs a launch date and time"]
    );
}

#[test]
fn the_call_caps_example_holds_the_fourth_call_until_24_hours_after_the_first() {
    // 3 calls in 24 h: both recipients' fourth call, due on Monday, waits for Tuesday 09:00
    // (86,400 s); Alan, due first, goes first. Grace's later calls are due after their own cap
    // frees them.
    let run = results(&campaign_sim(&[&example("call-caps.json")], ""));
    let starts: Vec<(u64, u64, u64)> = run["calls"]
        .as_array()
        .expect("calls")
        .iter()
        .map(|c| {
            let field = |key: &str| c[key].as_u64().expect("a number");
            (field("recipient"), field("attempt"), field("start"))
        })
        .collect();
    assert_eq!(
        starts,
        [
            (0, 0, 0),
            (1, 0, 0),
            (1, 1, 305),
            (0, 1, 330),
            (1, 2, 3_910),
            (0, 2, 3_960),
            (1, 3, 86_400),
            (0, 3, 86_400),
            (0, 4, 97_230),
            (0, 5, 108_060),
        ]
    );
    assert_eq!(run["stats"]["reached"], 1);
    assert_eq!(run["stats"]["failed"], 1);
    assert_eq!(run["endedAt"], 108_090);
}

#[test]
fn call_cap_problems_are_reported_with_their_paths() {
    let scenario = r#"{"campaign": {"callCaps": [{"calls": "3", "hours": 24}, {"hours": 9000},
        {"calls": 101, "hours": 0.5, "days": 1}, {"calls": 1, "hours": 1}]}}"#;
    assert_eq!(
        refused(&campaign_sim(&["-"], scenario)),
        [
            "campaign.callCaps: You can add up to 3 caps",
            "campaign.callCaps[0].calls: Cap 1 calls must be a whole number between 1 and 100",
            "campaign.callCaps[1].calls: Enter a number of calls for cap 2",
            "campaign.callCaps[1].hours: Cap 2 period must be a whole number of hours between 1 and 8,760",
            "campaign.callCaps[2].calls: Cap 3 calls must be a whole number between 1 and 100",
            "campaign.callCaps[2].hours: Cap 3 period must be a whole number of hours between 1 and 8,760",
            "campaign.callCaps[2].days: Unknown field",
        ]
    );
}

#[test]
fn csv_prints_the_calls_of_a_scenario_file() {
    let output = campaign_sim(&["--csv", &example("retry-strategy.json")], "");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "recipient,name,attempt,start,end,outcome\n\
         0,Ada,0,0,5,busy\n\
         0,Ada,1,305,365,answered\n"
    );
}

#[test]
fn csv_has_one_row_per_call_of_the_results_with_local_date_times_after_a_launch() {
    let file = example("calling-window.json");
    let calls = results(&campaign_sim(&[&file], ""))["calls"].clone();
    let output = campaign_sim(&["--csv", &file], "");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    let text = stdout(&output);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let calls = calls.as_array().expect("calls");
    assert_eq!(rows.len(), calls.len());
    for (row, call) in rows.iter().zip(calls) {
        assert_eq!(row[0], call["recipient"].to_string());
        assert_eq!(row[2], call["attempt"].to_string());
        assert_eq!(row[5], call["outcome"].as_str().expect("an outcome"));
        assert!(row[3].starts_with("2026-12-"), "{row:?}");
    }
}

#[test]
fn csv_goes_without_summary_and_no_calls_nor_with_suggest() {
    let lines = refused(&campaign_sim(
        &["--csv", "--summary", "--no-calls", "-"],
        "",
    ));
    assert_eq!(
        lines[..2],
        [
            "campaign-sim: --summary goes without --csv",
            "campaign-sim: --no-calls goes without --csv",
        ]
    );
    let lines = refused(&campaign_sim(&["--suggest", "--csv", "-"], ""));
    assert_eq!(lines[0], "campaign-sim: --csv goes without --suggest");
}
