//! The JavaScript surface for host pages (SPEC section 6): mount editors, read and replace their
//! campaign, simulate a scenario, preview a timeline and its expected reach (SPEC section 8). Everything here converts between JavaScript
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

use js_sys::{Function, Object, Reflect};
use leptos::either::Either;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::domain::campaign::Campaign;
use crate::domain::draft::Draft;
use crate::domain::draft_storage::keys_clash;
use crate::domain::error::{FieldError, Problem};
use crate::domain::reach::{self, ReachSettings};
use crate::domain::timeline::retry_timeline::RetryTimeline;
use crate::ui::{CampaignEditor, EditorEvents, EditorState, Simulator};
use convert::{
    Options, both, call, install_panic_hook, js_error, json_of, problems_error, read_campaign,
    read_campaign_with_launch, read_options, to_js,
};

mod convert;
mod from_js;
mod simulate;
mod suggest;
mod types;

thread_local! {
    /// Every mounted editor, by the number its handle carries. An editor lives until its
    /// `destroy()`, whatever becomes of its handle.
    static MOUNTED: RefCell<BTreeMap<u32, Mounted>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_EDITOR: Cell<u32> = const { Cell::new(1) };
}

/// Mounts an editor at the end of `element` (an element of this page or of a same-origin frame).
/// Throws an `Error` listing every problem with `element` and `options` (and mounts nothing) when
/// they are not valid, or when another editor on the page keeps its draft under `persistKey`.
#[wasm_bindgen(js_name = mountCampaignEditor, unchecked_return_type = "CampaignEditorHandle")]
pub fn mount_campaign_editor(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EditorOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let options = options.unwrap_or(JsValue::UNDEFINED);
    // One editor per draft key on a page: a second one would overwrite the first one's draft.
    let options = read_options(&options).and_then(|options| {
        if key_in_use(options.persist_key.as_deref()) {
            Err(vec![Problem::new("persistKey", &FieldError::KeyInUse)])
        } else {
            Ok(options)
        }
    });
    let element = html_element(&element).ok_or_else(|| {
        vec![Problem::new(
            "element",
            &FieldError::WrongType("an HTML element"),
        )]
    });
    let (element, options) =
        both(element, options).map_err(|p| problems_error("Invalid arguments", &p))?;

    let document = element.owner_document().unwrap_or_else(document);
    let root = document.create_element("div").map_err(js_error)?;
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
    let key = persist_key.clone();
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
                tell_changes(state, on_change);
            }
            // With its simulator, the editor takes the standalone page's layout: side by side
            // on wide screens (style/workspace.css). One editor view either way: the wasm holds
            // the editor's code once. `Either`, not `into_any()`: erasing the type first turns the
            // whole view into its owned form (`RenderHtml::into_owned`), 22 KB of the package
            // gzipped.
            let editor = view! { <CampaignEditor state=state events=events /> };
            if simulator {
                Either::Left(view! {
                    <div class="ce-workspace">
                        <div class="ce-workspace__columns">
                            {editor}
                            <Simulator source=state />
                        </div>
                    </div>
                })
            } else {
                Either::Right(editor)
            }
        })
    });
    let state = state_out.take().expect("mounting made the state");
    let id = NEXT_EDITOR.replace(NEXT_EDITOR.get() + 1);
    let mounted = Mounted {
        state,
        persist_key: key,
        root,
        _unmount: Box::new(unmount),
        _owner: owner,
    };
    MOUNTED.with_borrow_mut(|editors| editors.insert(id, mounted));
    Ok(handle(id).into())
}

/// `value` if it is an HTML element, of this page or of a same-origin frame (whose elements are
/// not instances of this page's `HTMLElement`, so the check reads the node itself).
fn html_element(value: &JsValue) -> Option<web_sys::HtmlElement> {
    const XHTML: &str = "http://www.w3.org/1999/xhtml";
    let read = |key: &str| Reflect::get(value, &key.into()).ok();
    let is_element = read("nodeType").and_then(|t| t.as_f64()) == Some(1.0);
    let is_html = read("namespaceURI").and_then(|n| n.as_string()).as_deref() == Some(XHTML);
    (value.is_object() && is_element && is_html).then(|| value.clone().unchecked_into())
}

/// Whether a mounted editor keeps drafts under `key` or its aside key: they would overwrite each
/// other's.
fn key_in_use(key: Option<&str>) -> bool {
    key.is_some_and(|key| {
        MOUNTED.with_borrow(|editors| {
            editors
                .values()
                .filter_map(|m| m.persist_key.as_deref())
                .any(|theirs| keys_clash(theirs, key))
        })
    })
}

/// Calls `on_change` after every change of the campaign or its problems, from the state at mount:
/// a change made in the same task as the mount (before any effect ran) is told too. Watching the
/// memo, a change the host cannot see (leaving a row, a save) calls nothing, and a host answering
/// onChange with setConfig of the same campaign does not loop.
fn tell_changes(state: EditorState, on_change: Function) {
    let mut at_mount = Some(state.checked.get_untracked());
    Effect::new(move |_| {
        state.checked.with(|checked| {
            if at_mount.take().as_ref() == Some(checked) {
                return;
            }
            let (config, errors) = match checked {
                Ok(campaign) => (to_js(campaign), Vec::new()),
                Err(problems) => (JsValue::NULL, problems.clone()),
            };
            call(&on_change, &[config, to_js(&errors)]);
        })
    });
}

struct Mounted {
    state: EditorState,
    persist_key: Option<String>,
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

/// The host's handle of editor `id`: a plain object whose methods find the editor by its number,
/// so that they answer (or say the editor was destroyed) whatever the host did with the handle,
/// and the garbage collector taking the handle leaves the editor on the page.
fn handle(id: u32) -> Object {
    let handle = Object::new();
    let method = |name: &str, function: JsValue| {
        Reflect::set(&handle, &name.into(), &function).expect("a plain object takes properties");
    };
    method(
        "getConfig",
        Closure::<dyn Fn() -> Result<JsValue, JsError>>::new(move || get_config(id))
            .into_js_value(),
    );
    method(
        "validate",
        Closure::<dyn Fn() -> Result<JsValue, JsError>>::new(move || validate(id)).into_js_value(),
    );
    method(
        "setConfig",
        Closure::<dyn Fn(JsValue) -> Result<(), JsError>>::new(move |config| {
            set_config(id, &config)
        })
        .into_js_value(),
    );
    method(
        "destroy",
        Closure::<dyn Fn()>::new(move || destroy(id)).into_js_value(),
    );
    // What wasm-bindgen's handles had: releasing the handle leaves the editor to destroy().
    method("free", Closure::<dyn Fn()>::new(|| ()).into_js_value());
    handle
}

/// The campaign if what is typed is valid, else `null`.
fn get_config(id: u32) -> Result<JsValue, JsError> {
    let config = state(id)?
        .checked
        .with_untracked(|checked| checked.as_ref().map_or(JsValue::NULL, to_js));
    Ok(config)
}

/// Whether what is typed is valid, and every problem.
fn validate(id: u32) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Validation {
        valid: bool,
        errors: Vec<Problem>,
    }
    let errors = state(id)?
        .checked
        .with_untracked(|checked| checked.as_ref().err().cloned().unwrap_or_default());
    Ok(to_js(&Validation {
        valid: errors.is_empty(),
        errors,
    }))
}

/// Replaces what the editor shows with `config`. An `Error` listing every problem, and the
/// editor left as it was, when `config` is not a valid campaign.
fn set_config(id: u32, config: &JsValue) -> Result<(), JsError> {
    let editor = state(id)?.editor;
    let campaign = read_campaign(config).map_err(|p| problems_error("Invalid campaign", &p))?;
    editor.update(|e| e.replace(Draft::from(&campaign)));
    Ok(())
}

/// Removes the editor and everything it added to the page. Calling it again does nothing.
fn destroy(id: u32) {
    // Taken out first, so that whatever unmounting runs finds the registry free.
    let mounted = MOUNTED.with_borrow_mut(|editors| editors.remove(&id));
    if let Some(mounted) = &mounted {
        mounted.state.keep_draft();
    }
    drop(mounted);
}

fn state(id: u32) -> Result<EditorState, JsError> {
    MOUNTED
        .with_borrow(|editors| editors.get(&id).map(|m| m.state))
        .ok_or_else(|| JsError::new("This campaign editor was destroyed"))
}

/// The chance, per recipient, of being reached at each call of `config`'s strategy and in all, and
/// the expected calls per recipient, under the reach model with `reach` (its defaults when not
/// given) and the timeline's assumptions (SPEC section 8): exact, no sampling. Throws an `Error`
/// listing every problem of `config` (paths as in `previewTimeline`) and of `reach` (paths under
/// `reach`), and `launchAt` when the campaign has no launch time, which the model needs.
#[wasm_bindgen(js_name = expectedReach, unchecked_return_type = "ExpectedReach")]
pub fn expected_reach(
    #[wasm_bindgen(unchecked_param_type = "CampaignConfig")] config: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReachSettings")] reach: Option<JsValue>,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let campaign = read_campaign_with_launch(&config);
    let settings = match reach.filter(|r| !r.is_undefined() && !r.is_null()) {
        Some(reach) => json_of(&reach).and_then(|v| ReachSettings::from_json(&v, "reach")),
        None => Ok(ReachSettings::default()),
    };
    let reach = both(campaign, settings)
        .and_then(|(campaign, settings)| {
            reach::expected_reach(&campaign, &settings)
                .map_err(|e| vec![Problem::new("launchAt", &e)])
        })
        .map_err(|p| problems_error("Invalid arguments", &p))?;
    Ok(to_js(&reach))
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
