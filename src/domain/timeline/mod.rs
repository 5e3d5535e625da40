//! The retry timeline of SPEC section 5: when the first call and each retry would fire
//! ([`retry_timeline`], its rows and their wording in `row`, call caps included), the picture that draws it ([`picture`], on a broken [`axis`] of [`scale`]s) and what each call adds to the
//! expected reach ([`reach`]).

pub mod axis;
pub mod picture;
pub mod reach;
pub mod retry_timeline;
mod row;
pub mod scale;

pub use picture::{Geometry, Picture};
pub use reach::{TimelineReach, percent};
pub use retry_timeline::{DeferredBy, RetryTimeline, TimelineEntry, default_launch};
