//! The command line's arguments (read with `lexopt`): what to do, and every problem with them at
//! once; the `--help` text, which documents every option and the limits.

use std::ffi::OsString;
use std::path::PathBuf;

use campaign_editor::domain::advisor::{parse_attempts, parse_deadline_hours};
use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::limits::{
    DEFAULT_DEADLINE_HOURS, MAX_ATTEMPTS, MAX_DEADLINE_HOURS, MAX_RECIPIENTS, MAX_SCENARIO_BYTES,
    MIN_DEADLINE_HOURS,
};
use lexopt::{Arg, Parser};

/// The ways to call the command line, printed by `--help` and after bad arguments.
pub const USAGE: &str = "Usage: campaign-sim [--summary] [--no-calls] <SCENARIO>
       campaign-sim --csv <SCENARIO>
       campaign-sim --suggest [--attempts <N>] [--deadline-hours <H>] [--json] <SCENARIO>";

/// The line after the usage when the arguments were bad.
pub const TRY_HELP: &str = "For more information, try '--help'.";

/// The exit status for invalid input: bad arguments, an unreadable file or a bad scenario.
pub const INVALID_INPUT: u8 = 2;

/// `--help`: what the command does, then every argument, option, limit and exit status.
pub fn help() -> String {
    format!(
        "Simulates an outbound call campaign: runs a scenario (a campaign, a mock dialer and its
recipients) and prints the results as JSON, or suggests the retry delays that reach the most
recipients.

{USAGE}

Arguments:
  <SCENARIO>  The scenario JSON file, or - to read it from the standard input.
              At most {bytes} bytes.

Options:
      --summary             Print a short summary for people instead of the results JSON
      --no-calls            Leave the call log out of the results (it is not kept in memory)
      --csv                 Print the calls as CSV instead, one line per call:
                            recipient,name,attempt,start,end,outcome (times as seconds after
                            launch, or as local date-times when the campaign has a launch time)
      --suggest             Print the strategy advisor's suggestion instead of running the
                            scenario: the delays that reach the most recipients by the deadline,
                            under the scenario's reach settings or the reach model's defaults
      --attempts <N>        With --suggest: how many attempts to suggest, 1-{max_attempts}
                            [default: the campaign's own count, at least 1]
      --deadline-hours <H>  With --suggest: the deadline, in hours after launch,
                            {min_hours}-{max_hours} [default: {default_hours}]
      --json                With --suggest: print the suggestion as JSON
  -h, --help                Print this help
  -V, --version             Print the version

Limits:
  A simulation takes at most {recipients} recipients and stops at ten years of simulated time:
  a fixed campaign still running then ends `running`.

Exit status:
  0  The results (or the suggestion) were printed
  1  The output could not be written (a closed pipe is not an error)
  2  Invalid input: bad arguments, an unreadable or too large file, or an invalid scenario.
     Every problem is printed on stderr, one a line (`path: message` for the scenario's)",
        bytes = thousands(MAX_SCENARIO_BYTES),
        max_attempts = MAX_ATTEMPTS,
        min_hours = MIN_DEADLINE_HOURS,
        max_hours = MAX_DEADLINE_HOURS,
        default_hours = DEFAULT_DEADLINE_HOURS,
        recipients = thousands(MAX_RECIPIENTS),
    )
}

/// `--version`: the name and version, as Cargo.toml gives them.
pub fn version() -> String {
    format!("campaign-sim {}", env!("CARGO_PKG_VERSION"))
}

/// A simulation to run.
pub struct RunOptions {
    /// The scenario file, `-` for stdin.
    pub path: PathBuf,
    pub summary: bool,
    pub with_calls: bool,
    /// The calls as CSV (SPEC section 11) instead of the results.
    pub csv: bool,
}

/// A strategy to suggest (SPEC section 10); `None` takes the advisor's default.
pub struct SuggestOptions {
    pub path: PathBuf,
    pub attempts: Option<usize>,
    pub deadline_hours: Option<u32>,
    pub json: bool,
    /// Values out of their range (`--attempts: …`): reported with the scenario's problems once it
    /// is read, as `suggestStrategy()` reports its options' with the campaign's.
    pub problems: Vec<Problem>,
}

pub enum Request {
    Run(RunOptions),
    Suggest(SuggestOptions),
    Help,
    Version,
}

/// The value of an option that takes one: `--option=value`, or the next argument unless it is
/// another option.
fn option_value(parser: &mut Parser) -> Option<OsString> {
    parser.optional_value().or_else(|| {
        parser
            .raw_args()
            .ok()?
            .next_if(|next| !next.as_encoded_bytes().starts_with(b"--"))
    })
}

/// What the arguments ask for, or every problem with them: usage mistakes as sentences, bad
/// values as `path: message` with the option as path.
pub fn parse_args<A: Into<OsString>>(
    args: impl IntoIterator<Item = A>,
) -> Result<Request, Vec<String>> {
    let mut problems = Vec::new();
    let mut path = None;
    let (mut attempts, mut deadline_hours) = (None, None);
    // The options given, each once: given twice, which one was meant is not for us to guess (and
    // a repeated flag is as likely a slip). Options given with a value out of range count as
    // given (`--attempts 0` is still an option of --suggest), their problems kept apart.
    let (mut given, mut values) = (Vec::new(), Vec::new());
    let mut parser = Parser::from_args(args);
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(lexopt::Error::UnexpectedValue { option, .. }) => {
                problems.push(format!("{option} takes no value"));
                continue;
            }
            Err(error) => {
                problems.push(error.to_string());
                continue;
            }
        };
        let option = match arg {
            Arg::Short('h') | Arg::Long("help") => return Ok(Request::Help),
            Arg::Short('V') | Arg::Long("version") => return Ok(Request::Version),
            Arg::Long(name @ ("summary" | "no-calls" | "suggest" | "json" | "csv")) => {
                format!("--{name}")
            }
            Arg::Long(name @ ("attempts" | "deadline-hours")) => {
                let option = format!("--{name}");
                let Some(value) = option_value(&mut parser) else {
                    problems.push(format!("{option} needs a value"));
                    continue;
                };
                let value = value.to_string_lossy();
                let value = if option == "--attempts" {
                    parse_attempts(&value).map(|n| attempts = Some(n))
                } else {
                    parse_deadline_hours(&value).map(|h| deadline_hours = Some(h))
                };
                if let Err(error) = value {
                    values.push(Problem::new(&option, &error));
                }
                option
            }
            Arg::Long(name) => {
                problems.push(format!("unknown option --{name}"));
                continue;
            }
            Arg::Short(name) => {
                problems.push(format!("unknown option -{name}"));
                continue;
            }
            Arg::Value(_) if path.is_some() => {
                problems.push("give one scenario".to_owned());
                continue;
            }
            Arg::Value(value) => {
                path = Some(PathBuf::from(value));
                continue;
            }
        };
        if given.contains(&option) {
            problems.push(format!("give {option} once"));
        } else {
            given.push(option);
        }
    }
    let has = |option: &str| given.iter().any(|g| g == option);
    let (summary, with_calls, suggest) = (has("--summary"), !has("--no-calls"), has("--suggest"));
    let (json, csv) = (has("--json"), has("--csv"));
    let (attempts_given, deadline_given) = (has("--attempts"), has("--deadline-hours"));
    let suggesting = [
        ("--attempts", attempts_given),
        ("--deadline-hours", deadline_given),
        ("--json", json),
    ];
    let running = [
        ("--summary", summary),
        ("--no-calls", !with_calls),
        ("--csv", csv),
    ];
    let misplaced = if suggest {
        &running[..]
    } else {
        &suggesting[..]
    };
    for (option, _) in misplaced.iter().filter(|(_, given)| *given) {
        let with = if suggest { "without" } else { "only with" };
        problems.push(format!("{option} goes {with} --suggest"));
    }
    if csv {
        for (option, _) in running[..2].iter().filter(|(_, given)| *given) {
            problems.push(format!("{option} goes without --csv"));
        }
    }
    if path.is_none() {
        problems.push("give a scenario file, or - for stdin".to_owned());
    }
    match path {
        Some(path) if problems.is_empty() => Ok(if suggest {
            Request::Suggest(SuggestOptions {
                path,
                attempts,
                deadline_hours,
                json,
                problems: values,
            })
        } else {
            Request::Run(RunOptions {
                path,
                summary,
                with_calls,
                csv,
            })
        }),
        // An option's value out of range comes last, as it does after a scenario's problems.
        _ => Err(problems
            .into_iter()
            .chain(values.iter().map(Problem::to_string))
            .collect()),
    }
}
