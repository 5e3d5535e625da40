//! `simulate()` and `simulateAsync()`: a scenario run to its end with the engine of the simulator
//! panel and the command line, and its results handed over as plain JavaScript objects.
//!
//! Both keep the call log up to [`MAX_LOGGED_CALLS`] calls and refuse beyond, with an `Error`
//! saying so (`{ calls: false }` leaves the log out). Neither writes the results as one JSON text:
//! the lists are written a chunk at a time, since a million recipients make more text than a
//! JavaScript string may hold. `simulateAsync()` does the same work in slices of a few
//! milliseconds, yielding to the event loop between them, so the host page does not freeze while
//! it runs (its input is read at the call, as `simulate()` reads it).
//!
//! ```js
//! const results = await simulateAsync({ generate: { count: 1_000_000 } }, { calls: false });
//! ```

use std::cell::Cell;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;

use super::convert::{both, install_panic_hook, json_of, problems_error, to_js};
use crate::domain::error::{FieldError, Problem, Problems};
use crate::domain::json::{self, Fields};
use crate::domain::limits::MAX_LOGGED_CALLS;
use crate::domain::simulation::{CallLog, Results, Scenario, Simulation};
use crate::ui::browser;

/// Wall-clock milliseconds `simulateAsync()` works before it yields: well under the 50 ms of a
/// long task, leaving room for a busy machine (the last look at the budget may come late).
const SLICE_MS: f64 = 10.0;
/// Calls or recipients written to JavaScript at a time: about 140 KB of JSON.
const CHUNK: usize = 2_000;

/// Simulates `scenario` to its end with the same engine as the simulator panel and the command
/// line. Throws an `Error` listing every problem when the scenario or the options are not valid,
/// or naming the limit when the call log would hold more than 1,000,000 calls. Large scenarios
/// block the page while they run: `simulateAsync()` does not.
#[wasm_bindgen(skip_typescript)]
pub fn simulate(scenario: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    install_panic_hook();
    let mut job = Job::new(&scenario, options)?;
    loop {
        if let Some(results) = job.work(|| true)? {
            return Ok(results);
        }
    }
}

/// [`simulate`] without blocking the page while it runs: the engine runs in slices of about
/// 10 ms, each a task of its own. The scenario is read at the call, as `simulate()` reads it (so
/// later changes to it do not reach the run). The promise rejects with the same `Error`s as
/// `simulate()` throws.
#[wasm_bindgen(js_name = simulateAsync, skip_typescript)]
pub fn simulate_async(scenario: JsValue, options: Option<JsValue>) -> Promise {
    install_panic_hook();
    let job = Job::new(&scenario, options);
    wasm_bindgen_futures::future_to_promise(async move {
        let mut job = job?;
        loop {
            if let Some(results) = job.work(browser::budget(SLICE_MS))? {
                return Ok(results);
            }
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    })
}

/// One call of `simulate()` or `simulateAsync()`: the run, then its results written out.
struct Job {
    simulation: Simulation,
    with_calls: bool,
    /// The results being written, once the run has ended.
    writer: Option<Writer>,
}

impl Job {
    fn new(scenario: &JsValue, options: Option<JsValue>) -> Result<Self, JsError> {
        let scenario = json_of(scenario).and_then(|value| Scenario::from_json(&value));
        let with_calls = read_options(options);
        let what = match (scenario.is_ok(), with_calls.is_ok()) {
            (false, true) => "Invalid scenario",
            (true, false) => "Invalid options",
            _ => "Invalid arguments",
        };
        let (scenario, with_calls) =
            both(scenario, with_calls).map_err(|p| problems_error(what, &p))?;
        let log = match with_calls {
            true => CallLog::KeepFirst(MAX_LOGGED_CALLS),
            false => CallLog::Skip,
        };
        Ok(Self {
            simulation: Simulation::new(&scenario, log),
            with_calls,
            writer: None,
        })
    }

    /// Runs, then writes the results, while `within_budget` says so. The results once written,
    /// `None` while there is more to do, an `Error` once the call log is full.
    fn work(
        &mut self,
        mut within_budget: impl FnMut() -> bool,
    ) -> Result<Option<JsValue>, JsError> {
        let simulation = &mut self.simulation;
        let log_full = Cell::new(false);
        let ended = simulation.run_until(
            None,
            || !log_full.get() && within_budget(),
            |s| log_full.set(s.calls_not_logged() > 0),
        );
        if log_full.get() {
            return Err(JsError::new(&FieldError::CallLogFull.to_string()));
        }
        if !ended {
            return Ok(None);
        }
        let writer = self
            .writer
            .get_or_insert_with(|| Writer::new(simulation, self.with_calls));
        Ok(writer.write(simulation, within_budget))
    }
}

/// The results as a JavaScript object: written from [`Results`] with its lists empty, which are
/// then filled a chunk at a time.
struct Writer {
    results: JsValue,
    calls: Option<Array>,
    recipients: Array,
    /// How many calls, then recipients, are written.
    written: usize,
    push: Function,
}

impl Writer {
    fn new(simulation: &Simulation, with_calls: bool) -> Self {
        let results = to_js(&Results::new(simulation, with_calls).outline());
        let list = |key: &str| {
            Reflect::get(&results, &key.into())
                .ok()
                .and_then(|v| v.dyn_into::<Array>().ok())
        };
        Self {
            calls: with_calls.then(|| list("calls")).flatten(),
            recipients: list("recipients").unwrap_or_default(),
            results,
            written: 0,
            push: Reflect::get(&Array::new(), &"push".into())
                .expect("arrays have push")
                .unchecked_into(),
        }
    }

    /// Writes chunks while `within_budget` says so; the results once every one is written.
    fn write(
        &mut self,
        simulation: &Simulation,
        mut within_budget: impl FnMut() -> bool,
    ) -> Option<JsValue> {
        let calls = if self.calls.is_some() {
            simulation.logged_calls()
        } else {
            0
        };
        let total = calls + simulation.recipient_count();
        while self.written < total && within_budget() {
            let (list, chunk, end) = if self.written < calls {
                let end = (self.written + CHUNK).min(calls);
                let chunk: Vec<_> = (self.written..end)
                    .filter_map(|i| simulation.call(i))
                    .collect();
                (self.calls.as_ref(), to_js(&chunk), end)
            } else {
                let (from, end) = (self.written - calls, (self.written + CHUNK).min(total));
                let chunk: Vec<_> = (from..end - calls)
                    .filter_map(|i| simulation.recipient(i))
                    .collect();
                (Some(&self.recipients), to_js(&chunk), end)
            };
            if let Some(list) = list {
                self.push
                    .apply(list, chunk.unchecked_ref())
                    .expect("a chunk fits the arguments of push");
            }
            self.written = end;
        }
        (self.written >= total).then(|| self.results.clone())
    }
}

/// Whether the host wants the call log: `options.calls`, `true` unless given.
fn read_options(options: Option<JsValue>) -> Result<bool, Vec<Problem>> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(true);
    };
    let value = json_of(&options)?;
    let mut problems = Problems::default();
    let calls = Fields::of(&value, "options", &mut problems).and_then(|mut fields| {
        let calls = fields
            .get("calls")
            .map(|v| json::boolean(v, "options.calls", &mut problems));
        fields.finish(&mut problems);
        calls
    });
    problems.into_result(|| calls.flatten().unwrap_or(true))
}
