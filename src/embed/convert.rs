//! Between JavaScript values and the domain: reading a host's options and campaigns (every problem
//! at once, with its path), giving domain values back as plain objects, and turning problems and
//! panics into JavaScript `Error`s.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::from_js::{NotJson, json_value, object_keys};
use crate::domain::campaign::Campaign;
use crate::domain::error::{FieldError, Problem, field_path, key_path};

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

pub(super) struct Options {
    pub(super) campaign: Campaign,
    pub(super) persist_key: Option<String>,
    pub(super) on_change: Option<Function>,
    pub(super) on_save_draft: Option<Function>,
    pub(super) on_start: Option<Function>,
    pub(super) on_stop: Option<Function>,
    pub(super) simulator: bool,
}

/// Reads the mount options, reporting every problem at once.
pub(super) fn read_options(options: &JsValue) -> Result<Options, Vec<Problem>> {
    let problems = RefCell::new(Vec::new());
    let report =
        |path: &str, error: FieldError| problems.borrow_mut().push(Problem::new(path, &error));
    if !(options.is_undefined() || options.is_null() || options.is_object())
        || Array::is_array(options)
    {
        report("", FieldError::WrongType("an object"));
        return Err(problems.into_inner());
    }
    // A getter or proxy that throws is a problem with that option, never a silent default; `null`
    // counts as not given, as everywhere else in the API.
    let field = |key: &str| {
        if !options.is_object() {
            return None;
        }
        match Reflect::get(options, &key.into()) {
            Ok(value) => Some(value).filter(|v| !v.is_undefined() && !v.is_null()),
            Err(_) => {
                report(key, FieldError::Unreadable);
                None
            }
        }
    };
    if options.is_object() {
        match object_keys(options) {
            Ok(keys) => {
                for key in keys.iter().filter_map(|k| k.as_string()) {
                    if !OPTIONS.contains(&key.as_str()) {
                        report(&key_path("", &key), FieldError::UnknownField);
                    }
                }
            }
            Err(_) => report("", FieldError::Unreadable),
        }
    }
    let function = |key: &str| {
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
    let persist_key = field("persistKey").and_then(|v| match v.as_string() {
        None => {
            report("persistKey", FieldError::WrongType("text"));
            None
        }
        Some(key) if key.is_empty() => {
            report("persistKey", FieldError::EmptyKey);
            None
        }
        key => key,
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
            problems
                .borrow_mut()
                .extend(found.into_iter().map(|p| Problem {
                    path: field_path("config", &p.path),
                    ..p
                }))
        }),
    };
    let problems = problems.into_inner();
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

pub(super) fn read_campaign(config: &JsValue) -> Result<Campaign, Vec<Problem>> {
    Campaign::from_json(&json_of(config)?)
}

/// `config` read as a campaign for the reach model and the advisor, which need its launch time
/// ([`Campaign::from_json_with_launch`]).
pub(super) fn read_campaign_with_launch(config: &JsValue) -> Result<Campaign, Vec<Problem>> {
    Campaign::from_json_with_launch(&json_of(config)?)
}

/// A JavaScript value as JSON ([`json_value`]); what JSON cannot carry is a problem where it is: a
/// value whose reading threw, a `BigInt`, a cycle; or at the root when the value as a whole is not
/// JSON (not given, too deep, too big).
pub(super) fn json_of(value: &JsValue) -> Result<serde_json::Value, Vec<Problem>> {
    json_value(value).map_err(|NotJson { path, threw }| {
        let error = match (threw, path.is_empty()) {
            (true, _) => FieldError::Unreadable,
            (false, true) => FieldError::WrongType("a JSON object"),
            (false, false) => FieldError::WrongType("a JSON value"),
        };
        vec![Problem::new(&path, &error)]
    })
}

/// A domain value as a plain JavaScript value (maps as objects, `None` as `null`).
pub(super) fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("domain values serialize")
}

/// Calls a host's callback: whether it returned; what it throws is reported on the console.
pub(super) fn call(function: &Function, args: &[JsValue]) -> bool {
    let args: Array = args.iter().collect();
    let result = function.apply(&JsValue::NULL, &args);
    if let Err(error) = &result {
        web_sys::console::error_2(&"campaign-editor: a callback threw".into(), error);
    }
    result.is_ok()
}

/// Makes a panic reach JavaScript as an `Error` that says what went wrong, thrown to whoever called
/// in (the host, or the browser for an event handler), instead of wasm's opaque `unreachable`
/// trap; the console also gets the message with its stack. Inputs are checked before use, so a
/// panic is a bug in the editor, and the editors on the page may not work after one.
pub(super) fn install_panic_hook() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            wasm_bindgen::throw_str(&format!("campaign-editor: internal error: {info}"));
        }));
    });
}

/// Both values, or every problem of either (the first's first): each argument is read whole,
/// even when another one already has problems.
pub(super) fn both<A, B>(
    a: Result<A, Vec<Problem>>,
    b: Result<B, Vec<Problem>>,
) -> Result<(A, B), Vec<Problem>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err(a.err().into_iter().chain(b.err()).flatten().collect()),
    }
}

/// An `Error` whose message names every problem, one per line.
pub(super) fn problems_error(what: &str, problems: &[Problem]) -> JsError {
    let lines: Vec<String> = problems.iter().map(|p| format!("- {p}")).collect();
    JsError::new(&format!("{what}:\n{}", lines.join("\n")))
}

pub(super) fn js_error(error: JsValue) -> JsError {
    JsError::new(&format!("{error:?}"))
}
