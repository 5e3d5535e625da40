//! The retry timeline of SPEC section 5: when the first call and each retry would fire
//! ([`retry_timeline`]), and the picture that draws it ([`picture`]).

pub mod picture;
pub mod retry_timeline;

pub use picture::{Geometry, Picture};
pub use retry_timeline::{RetryTimeline, TimelineEntry, default_launch};
