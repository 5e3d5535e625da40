use leptos::html::Details;
use leptos::prelude::*;

use super::run::SimContext;
use super::setting_input::{SettingInput, problem_at};
use crate::domain::decimal::trimmed;
use crate::domain::error::Problem;
use crate::domain::reach::settings::HOURS_PER_DAY;
use crate::domain::simulator_panel::{Preset, presence_label, presence_path};
use crate::ui::keep_width::keep_width;
use crate::ui::markup::Markup;
use crate::ui::svg::px;

/// The bar picture's size in SVG units: a bar per hour (at most `BAR` wide, at least `MIN_BAR`),
/// axis labels below and to the left.
const BAR: u32 = 14;
const MIN_BAR: u32 = 6;
const HEIGHT: f64 = 60.0;
const LEFT: f64 = 44.0;
/// Room right of the last bar for half of the `24:00` under it.
const RIGHT: f64 = 20.0;
const TOP: f64 = 6.0;

/// `Presence by hour`: presets, a bar per hour, and the 24 values to edit in a disclosure, which
/// opens by itself when one of them has a problem.
#[component]
pub fn PresenceByHour(problems: Memo<Vec<Problem>>) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let shares = Memo::new(move |_| sim.settings.with(|s| s.reach.presence_shares()));
    let preset = Memo::new(move |_| sim.settings.with(|s| s.reach.preset()));
    let (heading_id, labelled_by) = (
        sim.ids.of("presence-heading"),
        sim.ids.of("presence-heading"),
    );
    let details = NodeRef::<Details>::new();
    // The bars are as wide as the picture's room allows (its heading's width), so that its text
    // stays the size the stylesheet gives.
    let width = RwSignal::new(0u32);
    let bar = move || match width.get() {
        0 => BAR,
        w => bar_width(w),
    };
    let any_problem = Memo::new(move |_| {
        problems.with(|ps| {
            ps.iter()
                .any(|p| p.path.starts_with("reach.presenceByHour"))
        })
    });
    Effect::new(move |_| {
        if any_problem.get()
            && let Some(details) = details.get()
        {
            details.set_open(true);
        }
    });
    let preset_button = move |p: Preset| {
        view! {
            <button type="button" class="ce-button"
                aria-pressed=move || (preset.get() == Some(p)).to_string()
                on:click=move |_| sim.settings.update(|s| s.reach.apply(p))>{p.label()}</button>
        }
    };
    let hour_input = move |hour: usize| {
        let value =
            Signal::derive(move || sim.settings.with(|s| s.reach.presence(hour).to_owned()));
        let set =
            Callback::new(move |text| sim.settings.update(|s| s.reach.set_presence(hour, text)));
        view! {
            <SettingInput label=presence_label(hour) key=presence_path(hour) value=value set=set
                problem=problem_at(problems, presence_path(hour)) inputmode="decimal" />
        }
    };
    view! {
        <div class="ce-presence" role="group" aria-labelledby=labelled_by>
            <h3 class="ce-presence__heading" id=heading_id use:keep_width=width>"Presence by hour"</h3>
            <p class="ce-hint">"The chance that a recipient is there to take a call, by local hour."</p>
            <div class="ce-presence__presets" role="group" aria-label="Presence presets">
                {Preset::ALL.map(preset_button).collect_view()}
            </div>
            {move || shares.with(|shares| bars(shares, bar()))}
            <details class="ce-presence__edit" node_ref=details>
                <summary>"Edit the 24 hourly values"</summary>
                <div class="ce-presence__inputs">{(0..HOURS_PER_DAY).map(hour_input).collect_view()}</div>
            </details>
            <Show when=move || any_problem.get()>
                <p class="ce-field__error">"Some hourly values are not valid: see the values above."</p>
            </Show>
        </div>
    }
}

/// The width of a bar that fills a picture `width` units wide, in whole units.
fn bar_width(width: u32) -> u32 {
    let room = width.saturating_sub((LEFT + RIGHT) as u32);
    (room / HOURS_PER_DAY as u32).clamp(MIN_BAR, BAR)
}

/// The bar picture of the 24 values, with its axes, each bar `bar` units wide; an hour that does
/// not read as a percentage has no bar. Its accessible name says every value.
fn bars(shares: &[Option<f64>; HOURS_PER_DAY], bar: u32) -> impl IntoView + use<> {
    let bar = f64::from(bar);
    let width = LEFT + bar * HOURS_PER_DAY as f64;
    let values: Vec<String> = shares
        .iter()
        .map(|s| s.map_or_else(|| "?".to_owned(), |s| trimmed(s * 100.0, 1)))
        .collect();
    let label = format!(
        "Presence by hour, in percent, from 00:00 to 23:00: {}",
        values.join(", ")
    );
    let y = move |share: f64| px(TOP + HEIGHT * (1.0 - share));
    let mut m = Markup::default();
    for p in [0, 50, 100] {
        let at = y(f64::from(p) / 100.0);
        m.line("ce-presence__grid", (px(LEFT), at), (px(width), at));
        let label = format!("{p} %");
        m.label("ce-presence__tick", (px(LEFT - 4.0), at + 4), "end", &label);
    }
    for (hour, share) in shares.iter().enumerate() {
        let Some(share) = *share else { continue };
        let x = px(LEFT + bar * hour as f64 + 1.0);
        // From its rounded top down to the rounded baseline, so that every bar stands on it.
        let top = y(share);
        m.rect("ce-presence__bar", (x, top), (px(bar - 2.0), y(0.0) - top));
    }
    // Every 6 hours where a label (`06:00`, about 33 units) fits in 6 bars with room to spare.
    let every = if bar * 6.0 >= 40.0 { 6 } else { 12 };
    for h in (0..=24).step_by(every) {
        let x = px(LEFT + bar * f64::from(h));
        let label = format!("{h:02}:00");
        m.label(
            "ce-presence__tick",
            (x, px(TOP + HEIGHT + 18.0)),
            "middle",
            &label,
        );
    }
    view! {
        <svg class="ce-presence__picture" role="img" aria-label=label
            viewBox=format!("0 0 {} {}", px(width + RIGHT), px(TOP + HEIGHT + 22.0)) width=px(width + RIGHT)
            inner_html=m.finish() />
    }
}
