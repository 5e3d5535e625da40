//! `campaign-sim`: the campaign simulator on the command line (SPEC section 7).
//!
//! ```text
//! campaign-sim [--summary] [--no-calls] <scenario.json | ->
//! ```
//!
//! Prints the results JSON (SPEC section 4) on stdout, or a short summary for people with
//! `--summary`; `--no-calls` leaves out the call log (and does not keep it in memory). `-` reads
//! the scenario from stdin. Invalid input exits with status 2 and every problem on stderr, one
//! `path: message` a line.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use campaign_editor::domain::simulation::{CallLog, Results, Scenario, simulate, summary};

const USAGE: &str = "usage: campaign-sim [--summary] [--no-calls] <scenario.json | ->";
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

fn read_scenario(path: &str) -> io::Result<String> {
    if path == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Request::Run(options)) => options,
        Ok(Request::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("campaign-sim: {message}\n{USAGE}");
            return ExitCode::from(INVALID_INPUT);
        }
    };
    let text = match read_scenario(&options.path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("campaign-sim: cannot read {}: {error}", options.path);
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
