//! The command line's arguments: what to do, and every problem with them at once.

use campaign_editor::domain::advisor::{parse_attempts, parse_deadline_hours};
use campaign_editor::domain::error::Problem;

pub const USAGE: &str = "usage: campaign-sim [--summary] [--no-calls] <scenario.json | ->
       campaign-sim --csv <scenario.json | ->
       campaign-sim --suggest [--attempts N] [--deadline-hours H] [--json] <scenario.json | ->";

/// A simulation to run.
pub struct RunOptions {
    /// The scenario file, `-` for stdin.
    pub path: String,
    pub summary: bool,
    pub with_calls: bool,
    /// The calls as CSV (SPEC section 11) instead of the results.
    pub csv: bool,
}

/// A strategy to suggest (SPEC section 10); `None` takes the advisor's default.
pub struct SuggestOptions {
    pub path: String,
    pub attempts: Option<usize>,
    pub deadline_hours: Option<u32>,
    pub json: bool,
}

pub enum Request {
    Run(RunOptions),
    Suggest(SuggestOptions),
    Help,
}

/// What the arguments ask for, or every problem with them: usage mistakes as sentences, bad
/// values as `path: message` with the option as path.
pub fn parse_args(args: impl Iterator<Item = String>) -> Result<Request, Vec<String>> {
    let mut problems = Vec::new();
    let (mut path, mut summary, mut with_calls, mut suggest, mut json, mut csv) =
        (None, false, true, false, false, false);
    let (mut attempts, mut deadline_hours) = (None, None);
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Request::Help),
            "--summary" => summary = true,
            "--no-calls" => with_calls = false,
            "--suggest" => suggest = true,
            "--json" => json = true,
            "--csv" => csv = true,
            "--attempts" | "--deadline-hours" => {
                let Some(value) = args.next_if(|v| !v.starts_with("--")) else {
                    problems.push(format!("{arg} needs a value"));
                    continue;
                };
                let value = if arg == "--attempts" {
                    parse_attempts(&value).map(|n| attempts = Some(n))
                } else {
                    parse_deadline_hours(&value).map(|h| deadline_hours = Some(h))
                };
                if let Err(error) = value {
                    problems.push(Problem::new(arg, &error).to_string());
                }
            }
            option if option.starts_with('-') && option != "-" => {
                problems.push(format!("unknown option {option}"));
            }
            _ if path.is_some() => problems.push("give one scenario".to_owned()),
            _ => path = Some(arg),
        }
    }
    let suggesting = [
        ("--attempts", attempts.is_some()),
        ("--deadline-hours", deadline_hours.is_some()),
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
            })
        } else {
            Request::Run(RunOptions {
                path,
                summary,
                with_calls,
                csv,
            })
        }),
        _ => Err(problems),
    }
}
