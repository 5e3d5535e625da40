use leptos::prelude::*;

use super::call_caps::CallCaps;
use super::context::EditorContext;
use super::field_message::FieldMessage;
use super::text_field::TextField;
use crate::domain::calendar::Weekday;
use crate::domain::draft::Draft;
use crate::domain::outcome::Outcome;

/// A checkbox bound to one flag of the draft; with `error_id`, described by that message and marked
/// invalid.
#[component]
fn Checkbox(
    label: &'static str,
    id: String,
    read: Signal<bool>,
    write: Callback<bool>,
    #[prop(optional, into)] error_id: MaybeProp<String>,
) -> impl IntoView {
    view! {
        <div class="ce-check">
            <input
                class="ce-check__input"
                type="checkbox"
                id=id.clone()
                prop:checked=read
                aria-describedby=move || error_id.get()
                aria-invalid=move || error_id.get().map(|_| "true")
                on:change=move |ev| write.run(event_target_checked(&ev))
            />
            <label class="ce-check__label" for=id>{label}</label>
        </div>
    }
}

/// The Schedule section: the launch date and time, the optional calling window, which failed
/// outcomes are retried and the call caps.
#[component]
pub fn ScheduleFields() -> impl IntoView {
    let ctx = EditorContext::get();
    let draft = move |read: fn(&Draft) -> bool| {
        Signal::derive(move || ctx.editor.with(|e| read(e.draft())))
    };
    let edit = move |write: fn(&mut Draft, bool)| {
        Callback::new(move |on| ctx.editor.update(|e| e.edit(|d| write(d, on))))
    };
    let window_on = draft(|d| d.window.enabled);
    let days_path = "callingWindow.days";
    let days_error =
        Signal::derive(move || ctx.message(days_path).map(|_| ctx.ids.error_of(days_path)));
    let day = move |index: usize, day: Weekday| {
        // The first day's box carries the field's id, so an error summary link lands on it.
        let id = if index == 0 {
            ctx.ids.of(days_path)
        } else {
            ctx.ids.of(&format!("{days_path}-{}", day.key()))
        };
        let read = Signal::derive(move || ctx.editor.with(|e| e.draft().window.days[index]));
        let write =
            Callback::new(move |on| ctx.editor.update(|e| e.edit(|d| d.window.days[index] = on)));
        view! { <Checkbox label=day.label() id=id read=read write=write error_id=days_error /> }
    };
    let retry_on = move |index: usize, outcome: Outcome| {
        let id = ctx.ids.of(&format!("retryOn-{}", outcome.key()));
        let read = Signal::derive(move || ctx.editor.with(|e| e.draft().retry_on[index]));
        let write =
            Callback::new(move |on| ctx.editor.update(|e| e.edit(|d| d.retry_on[index] = on)));
        view! { <Checkbox label=outcome.label() id=id read=read write=write /> }
    };
    view! {
        <section class="ce-section ce-schedule">
            <h3 class="ce-section__heading">"Schedule"</h3>
            <TextField
                label="Launch date and time"
                path="launchAt"
                hint="Local time, like 2026-12-07T09:00"
                short=true
                read=|d| &d.launch_at
                write=|d, text| d.launch_at = text
            />
            <Checkbox
                label="Calling window"
                id=ctx.ids.of("callingWindow")
                read=window_on
                write=edit(|d, on| d.window.enabled = on)
            />
            <Show when=move || window_on.get()>
                <div class="ce-schedule__window">
                    <TextField
                        label="Window start"
                        path="callingWindow.start"
                        hint="24-hour time, like 09:00"
                        short=true
                        read=|d| &d.window.start
                        write=|d, text| d.window.start = text
                    />
                    <TextField
                        label="Window end"
                        path="callingWindow.end"
                        hint="24-hour time, like 18:00"
                        short=true
                        read=|d| &d.window.end
                        write=|d, text| d.window.end = text
                    />
                    <fieldset class="ce-fieldset">
                        <legend>"Calling days"</legend>
                        <div class="ce-fieldset__row">
                            {Weekday::ALL.into_iter().enumerate().map(|(i, d)| day(i, d)).collect_view()}
                        </div>
                        <FieldMessage path=days_path.to_owned() />
                    </fieldset>
                </div>
            </Show>
            <fieldset class="ce-fieldset">
                <legend>"Retry on"</legend>
                <div class="ce-fieldset__row">
                    {Outcome::FAILED.into_iter().enumerate().map(|(i, o)| retry_on(i, o)).collect_view()}
                </div>
            </fieldset>
            <CallCaps />
        </section>
    }
}
