//! Decimal numbers as people type and read them, with integer arithmetic.
//!
//! The standard library's float formatting (`format!("{x:.1}")`, `f64`'s `Display`) takes about
//! 11 KB of the page's wasm and its float parsing about 9 KB; every number shown here has at most
//! four decimals and is far below 2^53 once scaled, and every number typed is a plain decimal, so
//! whole numbers do the job.
//!
//! ```
//! use campaign_editor::domain::decimal::{fixed, parse, trimmed};
//!
//! assert_eq!(fixed(41.26, 1), "41.3");
//! assert_eq!(fixed(0.4, 2), "0.40");
//! assert_eq!(trimmed(4.5, 4), "4.5");
//! assert_eq!(trimmed(45.0, 4), "45");
//! assert_eq!(parse(" 4.5 "), Some(4.5));
//! assert_eq!(parse("4,5"), None);
//! assert_eq!(parse("1,440"), Some(1440.0));
//! ```

use crate::domain::whole_number::well_grouped;

/// 10^0 to 10^22: every one is a double exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A plain decimal number: ASCII digits with at most one `.` and at least one digit (`45`, `4.5`,
/// `.5`, `5.`), the whole part in thousands groups with `,` if the user likes, as a typed delay
/// may be (`1,440`, `1,000.5`; `4,5` is no number), white space around it ignored; `None` for
/// anything else. The same double as `str::parse` for up to 15 significant digits and 22
/// decimals, within a few units in the last place beyond.
pub fn parse(text: &str) -> Option<f64> {
    parse_shifted(text, 0)
}

/// [`parse`] of `text` with its decimal point moved `places` to the left: a percentage typed as
/// `33.3` read as the share 0.333 itself, where `33.3 / 100` gives 0.33299999999999996.
pub fn parse_shifted(text: &str, places: i32) -> Option<f64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.contains(',') && !well_grouped(whole) {
        return None;
    }
    let whole_digits = whole.bytes().filter(|&b| b != b',');
    let whole_len = whole_digits.clone().count();
    let digits = whole_digits.chain(fraction.bytes());
    if whole_len + fraction.len() == 0 || !digits.clone().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The leading digits as a whole number, up to 18 of them; the places that whole number is
    // shifted by: up for whole digits left out, down for decimals kept.
    let (mut mantissa, mut shift) = (0u64, -places);
    for (i, b) in digits.enumerate() {
        let decimal = i >= whole_len;
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            shift -= i32::from(decimal);
        } else {
            shift += i32::from(!decimal);
        }
    }
    let power = |n: i32| {
        (0..n / 22).fold(POWERS_OF_TEN[(n % 22) as usize], |p, _| {
            p * POWERS_OF_TEN[22]
        })
    };
    let value = mantissa as f64;
    Some(if shift < 0 {
        value / power(-shift)
    } else {
        value * power(shift)
    })
}

/// `x` with exactly `places` decimals (9 when asked for more), rounded as
/// `format!("{x:.places$}")` rounds (the exact value of `x` to the nearest, half to even):
/// `fixed(0.125, 2)` → `0.12`, `fixed(-1.26, 1)` → `-1.3`. Meant for `|x| × 10^places` below
/// 2^53, where every whole number is exact; `NaN`, `inf` and `-inf` as Rust writes them.
pub fn fixed(x: f64, places: u32) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_owned();
    }
    let places = places.min(9);
    let scale = 10u64.pow(places);
    let scaled = scaled(x, places);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0width$}", width = places as usize),
    }
}

/// The digits [`fixed`] writes for `x`, as a whole number without the sign: |x| × 10^places
/// rounded as it rounds (`scaled(3.104, 2)` → 310). For finite `x`, `places` at most 9.
pub fn scaled(x: f64, places: u32) -> u64 {
    let factor = 10u64.pow(places) as f64;
    let magnitude = x.abs();
    let product = magnitude * factor;
    // `product` is the double nearest to the exact x × 10^places, so it can land on a half only
    // when the exact value is just beside it; the product's rounding error says on which side.
    (if product - product.trunc() == 0.5 {
        match libm::fma(magnitude, factor, -product) {
            error if error > 0.0 => product.ceil(),
            error if error < 0.0 => product.floor(),
            _ => product.round_ties_even(),
        }
    } else {
        product.round_ties_even()
    }) as u64
}

/// `x` with at most `places` decimals and no trailing zeros, as people type it: `4.5`, `45`.
pub fn trimmed(x: f64, places: u32) -> String {
    let text = fixed(x, places);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}
