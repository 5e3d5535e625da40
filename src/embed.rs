//! The JavaScript surface for host pages (SPEC section 6): mount editors, read and replace their
//! campaign, simulate a scenario, preview a timeline. Everything here converts between JavaScript
//! values and the domain's JSON forms; the rules live in `crate::domain`.
//!
//! ```js
//! import init, { mountCampaignEditor, simulate, previewTimeline } from "campaign-editor";
//! await init();
//! const editor = mountCampaignEditor(document.querySelector("#editor"), { persistKey: "campaign-42" });
//! ```

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use js_sys::{Array, Function, JSON, Object, Reflect};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::domain::campaign::Campaign;
use crate::domain::draft::Draft;
use crate::domain::error::{FieldError, Problem};
use crate::domain::json::parse_document;
use crate::domain::simulation::{self, CallLog, Results, Scenario};
use crate::domain::timeline::retry_timeline::RetryTimeline;
use crate::ui::{CampaignEditor, EditorEvents, EditorState, Simulator};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** What a call came to. */
export type Outcome = "answered" | "busy" | "noAnswer" | "unreachable";
/** The outcomes of a failed call, which a campaign can retry. */
export type FailedOutcome = Exclude<Outcome, "answered">;
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** One attempt row: seconds to wait before that retry, 1 to 10,800. */
export interface Attempt { delaySeconds: number }
/** Hours (24-hour "HH:MM") and days when calls may start; the end is exclusive. */
export interface CallingWindow { start: string; end: string; days: Weekday[] }

/** A campaign as a host gives it: every field optional, with the defaults of the spec. */
export interface CampaignConfig {
  name?: string;
  attempts?: Attempt[];
  retryOn?: FailedOutcome[];
  longLiving?: boolean;
  /** Local date and time, "2026-12-07T09:00"; required with a calling window. */
  launchAt?: string | null;
  callingWindow?: CallingWindow | null;
}
/** A valid campaign as the editor gives it back: every field present. */
export interface Campaign {
  name: string;
  attempts: Attempt[];
  retryOn: FailedOutcome[];
  longLiving: boolean;
  launchAt: string | null;
  callingWindow: CallingWindow | null;
}

/** A problem with an input: where (`attempts[2].delaySeconds`) and what. */
export interface Problem { path: string; message: string }
export interface Validation { valid: boolean; errors: Problem[] }

export interface EditorOptions {
  /** The campaign to start from (else the defaults), unless a draft is kept under persistKey. */
  config?: CampaignConfig;
  /**
   * After every change of the campaign or of its problems (typing, setConfig): the campaign, or
   * null while it is invalid, and the current problems. Not called for the state at mount: read
   * that with getConfig() or validate().
   */
  onChange?: (config: Campaign | null, errors: Problem[]) => void;
  onSaveDraft?: (config: Campaign) => void;
  onStart?: (config: Campaign) => void;
  onStop?: () => void;
  /** Keep exactly what the user typed in localStorage under this key, and restore it on mount. */
  persistKey?: string;
  /** Show the Simulator panel under the editor, to run the campaign as edited (default false). */
  simulator?: boolean;
}

export interface ScriptedRecipient { name?: string; phone?: string; addedAt?: number; script?: Outcome[] }
export interface Scenario {
  campaign?: CampaignConfig;
  dialer?: {
    lines?: number;
    seed?: number;
    outcomeMix?: Partial<Record<Outcome, number>>;
    durationsSeconds?: Partial<Record<Outcome, number>>;
  };
  recipients?: ScriptedRecipient[];
  generate?: { count: number };
  arrivals?: { perHour: number };
  stopAt?: number | null;
  until?: number | null;
}
export interface SimulatedCall { recipient: number; attempt: number; start: number; end: number; outcome: Outcome }
export interface SimulatedRecipient {
  status: "waiting" | "calling" | "reached" | "failed" | "cancelled";
  calls: number;
  finishedAt: number | null;
  lastOutcome: Outcome | null;
}
export interface Results {
  status: "completed" | "running" | "stopped";
  endedAt: number | null;
  calls: SimulatedCall[];
  recipients: SimulatedRecipient[];
  stats: { reached: number; failed: number; cancelled: number; calls: number; peakLines: number };
}
/** When one retry fires, in seconds after the first call. */
export interface TimelineEntry {
  attempt: number;
  dueOffsetSeconds: number;
  offsetSeconds: number;
  deferredSeconds: number;
  firesAt: string | null;
}
"#;

/// The options a host may pass to [`mount_campaign_editor`].
const OPTIONS: [&str; 7] = [
    "config",
    "onChange",
    "onSaveDraft",
    "onStart",
    "onStop",
    "persistKey",
    "simulator",
];

thread_local! {
    /// Every mounted editor, by the number its handle carries. An editor lives until its
    /// `destroy()`: wasm-bindgen frees a handle the host no longer holds when the garbage
    /// collector finds it, and that must not take the editor off the page.
    static MOUNTED: RefCell<BTreeMap<u32, Mounted>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_EDITOR: Cell<u32> = const { Cell::new(1) };
}

/// Mounts an editor at the end of `element`. Throws an `Error` listing every problem with
/// `element` and `options` (and mounts nothing) when they are not valid.
#[wasm_bindgen(js_name = mountCampaignEditor)]
pub fn mount_campaign_editor(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EditorOptions")] options: Option<JsValue>,
) -> Result<CampaignEditorHandle, JsError> {
    install_panic_hook();
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let element = element.dyn_into::<web_sys::HtmlElement>();
    let options = match (&element, read_options(&options)) {
        (Ok(_), Ok(options)) => options,
        (element, options) => {
            let mut problems = Vec::new();
            if element.is_err() {
                problems.push(Problem::new(
                    "element",
                    &FieldError::WrongType("an HTML element"),
                ));
            }
            problems.extend(options.err().unwrap_or_default());
            return Err(problems_error("Invalid arguments", &problems));
        }
    };
    let element = element.expect("checked");

    let root = document().create_element("div").map_err(js_error)?;
    root.set_class_name("ce-root");
    element.append_child(&root).map_err(js_error)?;
    let root: web_sys::HtmlElement = root.unchecked_into();

    let state_out = Rc::new(Cell::new(None));
    let state_in = state_out.clone();
    let Options {
        campaign,
        persist_key,
        on_change,
        on_save_draft,
        on_start,
        on_stop,
        simulator,
    } = options;
    // The editor's own root owner: a host may mount from inside another editor's callback, and
    // this editor must not go when that one does (or when its effect runs again).
    let owner = Owner::new_root(None);
    let unmount = owner.with(|| {
        leptos::mount::mount_to(root.clone(), move || {
            let campaign_callback = |f: Option<Function>| {
                f.map(|f| Callback::new(move |campaign: Campaign| call(&f, &[to_js(&campaign)])))
            };
            let events = EditorEvents {
                on_save_draft: campaign_callback(on_save_draft),
                on_start: campaign_callback(on_start),
                on_stop: on_stop.map(|f| Callback::new(move |()| call(&f, &[]))),
            };
            let state = EditorState::for_host(&campaign, persist_key);
            state_in.set(Some(state));
            if let Some(on_change) = on_change {
                // Watching the memo, a change the host cannot see (leaving a row, a save) calls
                // nothing, and a host answering onChange with setConfig of the same campaign does
                // not loop.
                Effect::watch(
                    move || state.checked.get(),
                    move |checked, _, _| {
                        let (config, errors) = match checked {
                            Ok(campaign) => (to_js(campaign), Vec::new()),
                            Err(problems) => (JsValue::NULL, problems.clone()),
                        };
                        call(&on_change, &[config, to_js(&errors)]);
                    },
                    false,
                );
            }
            view! {
                <CampaignEditor state=state events=events />
                {simulator.then(|| view! { <Simulator source=state /> })}
            }
        })
    });
    let state = state_out.take().expect("mounting made the state");
    let id = NEXT_EDITOR.replace(NEXT_EDITOR.get() + 1);
    let mounted = Mounted {
        state,
        root,
        _unmount: Box::new(unmount),
        _owner: owner,
    };
    MOUNTED.with_borrow_mut(|editors| editors.insert(id, mounted));
    Ok(CampaignEditorHandle { id })
}

/// One mounted editor, as the host holds it. Freeing the handle (`free()`, or the garbage
/// collector) leaves the editor on the page: `destroy()` removes it.
#[wasm_bindgen]
pub struct CampaignEditorHandle {
    id: u32,
}

struct Mounted {
    state: EditorState,
    root: web_sys::HtmlElement,
    /// Dropping it unmounts the view and disposes its signals, effects and listeners.
    _unmount: Box<dyn std::any::Any>,
    /// Dropped last: everything the editor made belongs to it.
    _owner: Owner,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

#[wasm_bindgen]
impl CampaignEditorHandle {
    /// The campaign if what is typed is valid, else `null`.
    #[wasm_bindgen(js_name = getConfig, unchecked_return_type = "Campaign | null")]
    pub fn get_config(&self) -> Result<JsValue, JsError> {
        let config = self
            .state()?
            .checked
            .with_untracked(|checked| checked.as_ref().map_or(JsValue::NULL, to_js));
        Ok(config)
    }

    /// Whether what is typed is valid, and every problem.
    #[wasm_bindgen(unchecked_return_type = "Validation")]
    pub fn validate(&self) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct Validation {
            valid: bool,
            errors: Vec<Problem>,
        }
        let errors = self
            .state()?
            .checked
            .with_untracked(|checked| checked.as_ref().err().cloned().unwrap_or_default());
        Ok(to_js(&Validation {
            valid: errors.is_empty(),
            errors,
        }))
    }

    /// Replaces what the editor shows with `config`. Throws an `Error` listing every problem, and
    /// leaves the editor as it was, when `config` is not a valid campaign.
    #[wasm_bindgen(js_name = setConfig)]
    pub fn set_config(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CampaignConfig")] config: JsValue,
    ) -> Result<(), JsError> {
        let editor = self.state()?.editor;
        let campaign =
            read_campaign(&config).map_err(|p| problems_error("Invalid campaign", &p))?;
        editor.update(|e| e.replace(Draft::from(&campaign)));
        Ok(())
    }

    /// Removes the editor and everything it added to the page. Calling it again does nothing.
    pub fn destroy(&self) {
        // Taken out first, so that whatever unmounting runs finds the registry free.
        let mounted = MOUNTED.with_borrow_mut(|editors| editors.remove(&self.id));
        drop(mounted);
    }
}

impl CampaignEditorHandle {
    fn state(&self) -> Result<EditorState, JsError> {
        MOUNTED
            .with_borrow(|editors| editors.get(&self.id).map(|m| m.state))
            .ok_or_else(|| JsError::new("This campaign editor was destroyed"))
    }
}

/// Simulates `scenario` to its end with the same engine as the simulator panel and the command
/// line. Throws an `Error` listing every problem when the scenario is not valid.
#[wasm_bindgen(unchecked_return_type = "Results")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let scenario = json_of(&scenario)
        .and_then(|value| Scenario::from_json(&value))
        .map_err(|p| problems_error("Invalid scenario", &p))?;
    let simulation = simulation::simulate(&scenario, CallLog::Keep);
    Ok(to_js(&Results::new(&simulation, true)))
}

/// When each retry of `config` fires if every call fails at once. Throws an `Error` listing
/// every problem when `config` is not a valid campaign.
#[wasm_bindgen(js_name = previewTimeline, unchecked_return_type = "TimelineEntry[]")]
pub fn preview_timeline(
    #[wasm_bindgen(unchecked_param_type = "CampaignConfig")] config: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let campaign = read_campaign(&config).map_err(|p| problems_error("Invalid campaign", &p))?;
    Ok(to_js(&RetryTimeline::from_campaign(&campaign).entries()))
}

struct Options {
    campaign: Campaign,
    persist_key: Option<String>,
    on_change: Option<Function>,
    on_save_draft: Option<Function>,
    on_start: Option<Function>,
    on_stop: Option<Function>,
    simulator: bool,
}

/// Reads the mount options, reporting every problem at once.
fn read_options(options: &JsValue) -> Result<Options, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut report = |path: &str, error: FieldError| problems.push(Problem::new(path, &error));
    if !(options.is_undefined() || options.is_null() || options.is_object()) {
        report("", FieldError::WrongType("an object"));
        return Err(problems);
    }
    let field = |key: &str| {
        let value = if options.is_object() {
            Reflect::get(options, &key.into()).ok()
        } else {
            None
        };
        value.filter(|v| !v.is_undefined())
    };
    if options.is_object() {
        for key in Object::keys(options.unchecked_ref::<Object>())
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !OPTIONS.contains(&key.as_str()) {
                report(&key, FieldError::UnknownField);
            }
        }
    }
    let mut function = |key: &str| {
        let value = field(key)?;
        let function = value.dyn_into::<Function>().ok();
        if function.is_none() {
            report(key, FieldError::WrongType("a function"));
        }
        function
    };
    let on_change = function("onChange");
    let on_save_draft = function("onSaveDraft");
    let on_start = function("onStart");
    let on_stop = function("onStop");
    let persist_key = field("persistKey").and_then(|v| {
        let key = v.as_string();
        if key.is_none() {
            report("persistKey", FieldError::WrongType("text"));
        }
        key
    });
    let simulator = field("simulator").is_some_and(|v| {
        let on = v.as_bool();
        if on.is_none() {
            report("simulator", FieldError::WrongType("true or false"));
        }
        on.unwrap_or(false)
    });
    let campaign = match field("config") {
        None => Ok(Campaign::default()),
        Some(config) => read_campaign(&config).map_err(|found| {
            problems.extend(found.into_iter().map(|p| Problem {
                path: crate::domain::error::field_path("config", &p.path),
                ..p
            }))
        }),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Options {
        campaign: campaign.expect("no problems"),
        persist_key,
        on_change,
        on_save_draft,
        on_start,
        on_stop,
        simulator,
    })
}

fn read_campaign(config: &JsValue) -> Result<Campaign, Vec<Problem>> {
    Campaign::from_json(&json_of(config)?)
}

/// A JavaScript value as JSON. `undefined`, functions and cycles are problems at the root.
fn json_of(value: &JsValue) -> Result<serde_json::Value, Vec<Problem>> {
    let text = JSON::stringify(value).ok().and_then(|t| t.as_string());
    match text {
        Some(text) => parse_document(&text),
        None => Err(vec![Problem::new(
            "",
            &FieldError::WrongType("a JSON object"),
        )]),
    }
}

/// A domain value as a plain JavaScript value.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    let text = serde_json::to_string(value).expect("domain values serialize");
    JSON::parse(&text).expect("serde_json writes JSON")
}

/// Calls a host's callback; what it throws is reported on the console, never in the editor.
fn call(function: &Function, args: &[JsValue]) {
    let args: Array = args.iter().collect();
    if let Err(error) = function.apply(&JsValue::NULL, &args) {
        web_sys::console::error_2(&"campaign-editor: a callback threw".into(), &error);
    }
}

/// Makes a panic reach JavaScript as an `Error` that says what went wrong, thrown to whoever called
/// in (the host, or the browser for an event handler), instead of wasm's opaque `unreachable`
/// trap; the console also gets the message with its stack. Inputs are checked before use, so a
/// panic is a bug in the editor, and the editors on the page may not work after one.
fn install_panic_hook() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            wasm_bindgen::throw_str(&format!("campaign-editor: internal error: {info}"));
        }));
    });
}

/// An `Error` whose message names every problem, one per line.
fn problems_error(what: &str, problems: &[Problem]) -> JsError {
    let lines: Vec<String> = problems.iter().map(|p| format!("- {p}")).collect();
    JsError::new(&format!("{what}:\n{}", lines.join("\n")))
}

fn js_error(error: JsValue) -> JsError {
    JsError::new(&format!("{error:?}"))
}
