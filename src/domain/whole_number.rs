//! The "whole number" rule of SPEC section 2: what a typed delay must look like.
//!
//! Trim white space; then an optional leading `-` and ASCII digits, which may be written in
//! thousands groups with `,` (1–3 digits, then groups of exactly 3). Leading zeros are fine.

/// A typed whole number: its value when it fits an `i64`, else only that it is too large
/// (positive or negative) for any integer type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WholeNumber {
    Fits(i64),
    TooLarge,
}

impl WholeNumber {
    /// Reads `text` by the rule; `None` when it is not a whole number at all.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        if !well_grouped(digits) {
            return None;
        }
        let value = digits
            .bytes()
            .filter(u8::is_ascii_digit)
            .try_fold(0i64, |acc, d| {
                acc.checked_mul(10)?.checked_add(i64::from(d - b'0'))
            });
        Some(match value {
            Some(v) if negative => Self::Fits(-v),
            Some(v) => Self::Fits(v),
            None => Self::TooLarge,
        })
    }

    /// The value if it lies within `min..=max`.
    pub fn within(self, min: i64, max: i64) -> Option<i64> {
        match self {
            Self::Fits(v) if (min..=max).contains(&v) => Some(v),
            _ => None,
        }
    }
}

/// ASCII digits, either plain or in thousands groups separated by `,`.
pub(crate) fn well_grouped(digits: &str) -> bool {
    let mut groups = digits.split(',');
    let first = groups.next().unwrap_or_default();
    let all_digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(first) {
        return false;
    }
    if !digits.contains(',') {
        return true;
    }
    first.len() <= 3 && groups.all(|g| g.len() == 3 && all_digits(g))
}
