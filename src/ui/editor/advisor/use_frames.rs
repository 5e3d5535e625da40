use std::rc::Rc;

use leptos::leptos_dom::helpers::AnimationFrameRequestHandle;
use leptos::prelude::*;

/// A loop of the calling component over animation frames, in the spirit of leptos-use's
/// `use_raf_fn`: once started, `tick` runs in the next frame, and again in each frame after it
/// while it returns `true`. Between two ticks the browser handles input and paints. Stopped (as it
/// starts) there is no frame request at all, and none is left once the component is gone.
///
/// ```ignore
/// let frames = use_frames(move || panel.try_update(|p| p.advance(budget)).unwrap_or(false));
/// frames.start();
/// ```
pub fn use_frames(tick: impl Fn() -> bool + 'static) -> FrameLoop {
    let frames = FrameLoop {
        tick: StoredValue::new_local(Rc::new(tick) as Rc<dyn Fn() -> bool>),
        pending: StoredValue::new_local(None),
    };
    on_cleanup(move || frames.stop());
    frames
}

/// Starts and stops the loop of [`use_frames`].
#[derive(Clone, Copy)]
pub struct FrameLoop {
    tick: StoredValue<Rc<dyn Fn() -> bool>, LocalStorage>,
    pending: StoredValue<Option<AnimationFrameRequestHandle>, LocalStorage>,
}

impl FrameLoop {
    /// Ticks from the next frame on, unless a frame is already asked for.
    pub fn start(self) {
        if self.pending.try_with_value(Option::is_none) == Some(true) {
            self.request();
        }
    }

    /// No more ticks: the frame asked for is cancelled.
    pub fn stop(self) {
        if let Some(Some(request)) = self.pending.try_update_value(Option::take) {
            request.cancel();
        }
    }

    fn request(self) {
        let request = request_animation_frame_with_handle(move || self.frame()).ok();
        self.pending.try_set_value(request);
    }

    fn frame(self) {
        self.pending.try_set_value(None);
        let again = self.tick.try_get_value().is_some_and(|tick| tick());
        if again {
            self.request();
        }
    }
}
