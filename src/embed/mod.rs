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

use js_sys::Function;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::domain::campaign::Campaign;
use crate::domain::draft::Draft;
use crate::domain::error::{FieldError, Problem};
use crate::domain::timeline::retry_timeline::RetryTimeline;
use crate::ui::{CampaignEditor, EditorEvents, EditorState, Simulator};
use convert::{
    Options, call, install_panic_hook, js_error, problems_error, read_campaign, read_options, to_js,
};

mod convert;
mod simulate;
mod types;

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
