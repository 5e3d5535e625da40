//! What `campaign-sim` does with its arguments: reads the scenario, runs it or asks the advisor,
//! writes the answer.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use super::options::{
    INVALID_INPUT, Request, RunOptions, TRY_HELP, USAGE, help, parse_args, version,
};
use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::export::CallsCsv;
use campaign_editor::domain::limits::MAX_SCENARIO_BYTES;
use campaign_editor::domain::simulation::{CallLog, Results, Scenario, simulate, summary};

/// The scenario's text; refused past [`MAX_SCENARIO_BYTES`], read no further than that.
fn read_scenario(path: &Path) -> Result<String, String> {
    let stdin = path.as_os_str() == "-";
    let cannot_read = |error: io::Error| format!("cannot read {}: {error}", path.display());
    let input: Box<dyn Read> = if stdin {
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
        let input = if stdin {
            "the standard input".into()
        } else {
            path.display().to_string()
        };
        return Err(format!(
            "{input} is larger than {} bytes, the most a scenario may be",
            thousands(MAX_SCENARIO_BYTES)
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| format!("cannot read {}: it is not UTF-8 text", path.display()))
}

/// The command line: exit status 0, 1 or 2 as `--help` says.
pub fn main() -> ExitCode {
    let mut request = match parse_args(std::env::args_os().skip(1)) {
        Ok(Request::Help) => return written(writeln!(io::stdout(), "{}", help())),
        Ok(Request::Version) => return written(writeln!(io::stdout(), "{}", version())),
        Ok(request) => request,
        Err(problems) => {
            for problem in problems {
                say(&format!("campaign-sim: {problem}"));
            }
            say(&format!("{USAGE}\n\n{TRY_HELP}"));
            return ExitCode::from(INVALID_INPUT);
        }
    };
    // The advisor needs the campaign's launch time whatever the dialer, and says so with the
    // scenario's other problems.
    let read: fn(&str) -> Result<Scenario, Vec<Problem>> = match request {
        Request::Suggest(_) => Scenario::for_advisor_from_json_str,
        _ => Scenario::from_json_str,
    };
    let (path, option_problems) = match &mut request {
        Request::Run(options) => (&options.path, Vec::new()),
        Request::Suggest(options) => (&options.path, std::mem::take(&mut options.problems)),
        Request::Help | Request::Version => unreachable!("answered above"),
    };
    // Every problem at once: the scenario's (or why it cannot be read), then the options'.
    let option_lines = option_problems.iter().map(ToString::to_string);
    let scenario = match read_scenario(path).map(|text| read(&text)) {
        Ok(Ok(scenario)) if option_problems.is_empty() => scenario,
        Ok(Ok(_)) => return refused(option_lines),
        Ok(Err(problems)) => {
            return refused(problems.iter().map(ToString::to_string).chain(option_lines));
        }
        Err(message) => {
            return refused(
                std::iter::once(format!("campaign-sim: {message}")).chain(option_lines),
            );
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let result = match request {
        Request::Run(options) => run(&scenario, &options, &mut out),
        Request::Suggest(options) => {
            let request = super::suggest::request(&scenario, &options);
            match super::suggest::suggestion(&scenario, &request) {
                Ok(suggestion) if options.json => serde_json::to_writer(&mut out, &suggestion)
                    .map_err(io::Error::from)
                    .and_then(|()| writeln!(out)),
                Ok(suggestion) => {
                    let text =
                        super::suggest::for_people(&scenario, &suggestion, request.deadline_hours);
                    out.write_all(text.as_bytes())
                }
                Err(problem) => return refused([problem.to_string()]),
            }
        }
        Request::Help | Request::Version => unreachable!("answered above"),
    };
    written(result.and_then(|()| out.flush()))
}

/// Invalid input: `lines` on stderr, exit status 2.
fn refused(lines: impl IntoIterator<Item = String>) -> ExitCode {
    for line in lines {
        say(&line);
    }
    ExitCode::from(INVALID_INPUT)
}

/// A line on stderr, if it can be written: a stderr that cannot (`2>/dev/full`) changes no exit
/// status, where `eprintln!` panicked (101).
fn say(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// The exit status once the output is written, or could not be: 1, with a word on stderr, when
/// it could not; a reader that closed the pipe early (`| head`) is no error.
fn written(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            say(&format!(
                "campaign-sim: cannot write to standard output: {error}"
            ));
            ExitCode::FAILURE
        }
    }
}

/// Runs the simulation and writes its results (or summary) to `out`.
fn run(scenario: &Scenario, options: &RunOptions, out: &mut impl Write) -> io::Result<()> {
    let with_calls = options.csv || (options.with_calls && !options.summary);
    let log = if with_calls {
        CallLog::Keep
    } else {
        CallLog::Skip
    };
    let simulation = simulate(scenario, log);
    if options.summary {
        out.write_all(summary(&simulation).as_bytes())
    } else if options.csv {
        write!(out, "{}", CallsCsv::new(scenario, &simulation))
    } else {
        serde_json::to_writer(&mut *out, &Results::new(&simulation, with_calls))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    }
}
