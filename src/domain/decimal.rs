//! Decimal numbers as people read them, written with integer arithmetic.
//!
//! The standard library's float formatting (`format!("{x:.1}")`, `f64`'s `Display`) takes about
//! 11 KB of the page's wasm; every number shown here has at most four decimals and is far below
//! 2^53 once scaled, so an integer does the job.
//!
//! ```
//! use campaign_editor::domain::decimal::{fixed, trimmed};
//!
//! assert_eq!(fixed(41.26, 1), "41.3");
//! assert_eq!(fixed(0.4, 2), "0.40");
//! assert_eq!(trimmed(4.5, 4), "4.5");
//! assert_eq!(trimmed(45.0, 4), "45");
//! ```

/// `x` with exactly `places` decimals (at most 9), rounded as `format!("{x:.places$}")` rounds
/// (the exact value of `x` to the nearest, half to even): `fixed(0.125, 2)` → `0.12`, `fixed(-1.26, 1)` → `-1.3`.
/// Meant for `|x| × 10^places` below 2^53, where every whole number is exact; `NaN`, `inf` and
/// `-inf` as Rust writes them.
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
    let scale = 10u64.pow(places.min(9));
    let (magnitude, factor) = (x.abs(), scale as f64);
    let product = magnitude * factor;
    // `product` is the double nearest to the exact x × 10^places, so it can land on a half only
    // when the exact value is just beside it; the product's rounding error says on which side.
    let scaled = if product - product.trunc() == 0.5 {
        match libm::fma(magnitude, factor, -product) {
            error if error > 0.0 => product.ceil(),
            error if error < 0.0 => product.floor(),
            _ => product.round_ties_even(),
        }
    } else {
        product.round_ties_even()
    } as u64;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0width$}", width = places as usize),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_rust_formatting_on_the_numbers_shown() {
        // Shares of counts (every percentage the product shows), and numbers as typed.
        for total in 1..=400u32 {
            for part in 0..=total {
                let share = f64::from(part) / f64::from(total);
                for places in 0..=4 {
                    let x = share * 100.0;
                    assert_eq!(fixed(x, places), format!("{x:.*}", places as usize), "{x}");
                    let y = share * f64::from(total % 37 + 1);
                    assert_eq!(fixed(y, places), format!("{y:.*}", places as usize), "{y}");
                }
            }
        }
    }

    #[test]
    fn halves_go_to_even_and_signs_stay() {
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(-1.26, 1), "-1.3");
        assert_eq!(fixed(-0.01, 1), "-0.0");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::NEG_INFINITY, 1), "-inf");
        assert_eq!(trimmed(-0.5, 4), "-0.5");
        assert_eq!(trimmed(120.0, 0), "120");
        assert_eq!(trimmed(0.00004, 4), "0");
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_rust_formatting_below_a_billion(x in -1e9..1e9f64, places in 0..=4u32) {
            proptest::prop_assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
        }

        /// Exact halves at every scale: a whole number over a power of two.
        #[test]
        fn agrees_with_rust_formatting_on_exact_halves(n in -1_000_000i64..1_000_000, k in 0..12u32, places in 0..=4u32) {
            let x = n as f64 / f64::from(1u32 << k);
            proptest::prop_assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
        }
    }
}
