//! Compare (SPEC section 11): the campaign as edited (A) next to one variant of it (B), run on the
//! same recipients, seed and dialer. [`CompareWith`] says what B is and makes its campaign,
//! [`Figures`] reads both runs side by side with the difference B − A, and [`ReachCurves`] is the
//! chart of both reached-over-time curves.

mod curves;
mod figures;
mod variant;

pub use curves::{Course, Curve, ReachCurves};
pub use figures::{Differences, Figures, Row, Side};
pub use variant::{CompareWith, Strategies, describe_strategy};
