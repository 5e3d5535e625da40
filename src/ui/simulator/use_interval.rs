use std::rc::Rc;

use gloo_timers::callback::Interval;
use leptos::prelude::*;

/// A timer of the calling component, in the spirit of leptos-use's `use_interval_fn`: while
/// resumed, a gloo-timers interval calls `tick` every `ms` milliseconds; paused (as it starts),
/// there is no interval at all, and none is left once the component is gone.
///
/// ```ignore
/// let timer = use_interval(25, move || advance());
/// Effect::new(move |_| if playing.get() { timer.resume() } else { timer.pause() });
/// ```
pub fn use_interval(ms: u32, tick: impl Fn() + 'static) -> IntervalHandle {
    let handle = IntervalHandle {
        ms,
        tick: StoredValue::new_local(Rc::new(tick) as Rc<dyn Fn()>),
        interval: StoredValue::new_local(None),
    };
    on_cleanup(move || handle.pause());
    handle
}

/// Pauses and resumes the timer of [`use_interval`].
#[derive(Clone, Copy)]
pub struct IntervalHandle {
    ms: u32,
    tick: StoredValue<Rc<dyn Fn()>, LocalStorage>,
    interval: StoredValue<Option<Interval>, LocalStorage>,
}

impl IntervalHandle {
    /// Starts calling the tick, unless it already is.
    pub fn resume(self) {
        let Some(tick) = self.tick.try_get_value() else {
            return;
        };
        self.interval.try_update_value(|interval| {
            interval.get_or_insert_with(|| Interval::new(self.ms, move || tick()));
        });
    }

    /// Stops calling the tick: the interval is cleared.
    pub fn pause(self) {
        self.interval.try_update_value(|interval| interval.take());
    }
}
