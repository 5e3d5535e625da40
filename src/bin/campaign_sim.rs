//! `campaign-sim`: the campaign simulator on the command line (SPEC section 7).
//!
//! ```text
//! campaign-sim [--summary] [--no-calls] <scenario.json | ->
//! ```
//!
//! Prints the results JSON (SPEC section 4) on stdout, or a short summary for people with
//! `--summary`; `--no-calls` leaves out the call log (and does not keep it in memory). `-` reads
//! the scenario from stdin. Invalid input exits with status 2 and every problem on stderr, one
//! `path: message` a line. A scenario is at most 50,000,000 bytes ([`MAX_SCENARIO_BYTES`]); a
//! fixed campaign that has not completed after ten years of simulated time stops there, still
//! `running`.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::limits::MAX_SCENARIO_BYTES;
use campaign_editor::domain::simulation::{CallLog, Results, Scenario, simulate, summary};

const USAGE: &str = "usage: campaign-sim [--summary] [--no-calls] <scenario.json | ->";
/// What `--help` adds to the usage: the limits of the input and of a run.
const LIMITS: &str =
    "Reads a scenario of at most 50,000,000 bytes. A simulation takes at most 10,000,000 recipients
and stops at ten years of simulated time: a fixed campaign still running then ends `running`.";
/// The exit status for invalid input: bad arguments, an unreadable file or a bad scenario.
const INVALID_INPUT: u8 = 2;

struct Options {
    /// The scenario file, `-` for stdin.
    path: String,
    summary: bool,
    with_calls: bool,
}

enum Request {
    Run(Options),
    Help,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Request, String> {
    let mut path = None;
    let mut summary = false;
    let mut with_calls = true;
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Request::Help),
            "--summary" => summary = true,
            "--no-calls" => with_calls = false,
            option if option.starts_with('-') && option != "-" => {
                return Err(format!("unknown option {option}"));
            }
            _ if path.is_some() => return Err("give one scenario".to_owned()),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or("give a scenario file, or - for stdin")?;
    Ok(Request::Run(Options {
        path,
        summary,
        with_calls,
    }))
}

/// The scenario's text; refused past [`MAX_SCENARIO_BYTES`], read no further than that.
fn read_scenario(path: &str) -> Result<String, String> {
    let cannot_read = |error: io::Error| format!("cannot read {path}: {error}");
    let input: Box<dyn Read> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(cannot_read)?)
    };
    let mut bytes = Vec::new();
    input
        .take(MAX_SCENARIO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_SCENARIO_BYTES {
        let input = if path == "-" {
            "the standard input"
        } else {
            path
        };
        return Err(format!(
            "{input} is larger than {} bytes, the most a scenario may be",
            thousands(MAX_SCENARIO_BYTES)
        ));
    }
    String::from_utf8(bytes).map_err(|_| format!("cannot read {path}: it is not UTF-8 text"))
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Request::Run(options)) => options,
        Ok(Request::Help) => {
            println!("{USAGE}\n{LIMITS}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("campaign-sim: {message}\n{USAGE}");
            return ExitCode::from(INVALID_INPUT);
        }
    };
    let text = match read_scenario(&options.path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("campaign-sim: {message}");
            return ExitCode::from(INVALID_INPUT);
        }
    };
    let scenario = match Scenario::from_json_str(&text) {
        Ok(scenario) => scenario,
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            return ExitCode::from(INVALID_INPUT);
        }
    };
    drop(text);

    let with_calls = options.with_calls && !options.summary;
    let log = if with_calls {
        CallLog::Keep
    } else {
        CallLog::Skip
    };
    let simulation = simulate(&scenario, log);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if options.summary {
        out.write_all(summary(&simulation).as_bytes())
    } else {
        serde_json::to_writer(&mut out, &Results::new(&simulation, with_calls))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("campaign-sim: cannot write the results: {error}");
            ExitCode::FAILURE
        }
    }
}
