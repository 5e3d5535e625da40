//! Decimal numbers written and read with whole numbers (`domain::decimal`), against what the
//! standard library's formatting and parsing give.

use campaign_editor::domain::decimal::{fixed, parse, parse_shifted, trimmed};

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
    assert_eq!(fixed(0.5, 12), "0.500000000");
    assert_eq!(fixed(f64::NEG_INFINITY, 1), "-inf");
    assert_eq!(trimmed(-0.5, 4), "-0.5");
    assert_eq!(trimmed(120.0, 0), "120");
    assert_eq!(trimmed(0.00004, 4), "0");
}

#[test]
fn reads_plain_decimals_only() {
    assert_eq!(parse("45"), Some(45.0));
    assert_eq!(parse(" 4.5\t"), Some(4.5));
    assert_eq!(parse(".5"), Some(0.5));
    assert_eq!(parse("5."), Some(5.0));
    assert_eq!(parse("007.250"), Some(7.25));
    // Thousands groups in the whole part, as a typed delay may have them (`10,800`).
    assert_eq!(parse("1,440"), Some(1440.0));
    assert_eq!(parse(" 1,000.5 "), Some(1000.5));
    assert_eq!(parse("12,345,678.25"), Some(12_345_678.25));
    assert_eq!(parse_shifted("1,000", 2), Some(10.0));
    for bad in [
        "", " ", ".", "4.5.1", "-1", "+1", "1e3", "4,5", "½", "inf", "NaN", "1 000", "1,44",
        "1,4400", ",440", "1,", "1,,440", "0.1,5", "1,440,",
    ] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
}

proptest::proptest! {
    /// Up to 15 significant digits and 22 decimals: what `str::parse` reads, to the bit.
    #[test]
    fn reads_as_rust_does(whole in "[0-9]{0,8}", fraction in "[0-9]{0,7}", zeros in 0..15usize) {
        let text = format!("{whole}.{}{fraction}", "0".repeat(zeros));
        let significant = text.replace('.', "").trim_start_matches('0').len();
        proptest::prop_assume!(significant <= 15);
        if let Some(x) = parse(&text) {
            let rust = text.parse::<f64>().unwrap();
            proptest::prop_assert_eq!(x.to_bits(), rust.to_bits(), "{}", text);
        } else {
            proptest::prop_assert!(whole.is_empty() && fraction.is_empty() && zeros == 0);
        }
    }

    /// A percentage read as a share: the double `str::parse` reads for the same digits with the
    /// point two places to the left (`33.3` as `0.333`), to the bit.
    #[test]
    fn reads_a_percentage_as_its_share(whole in "[0-9]{1,3}", fraction in "[0-9]{0,6}") {
        let text = format!("{whole}.{fraction}");
        let share = format!("{}e-2", text.trim_end_matches('.')).parse::<f64>().unwrap();
        let ours = parse_shifted(&text, 2).expect("a decimal");
        proptest::prop_assert_eq!(ours.to_bits(), share.to_bits(), "{}", text);
    }

    /// Any length: within a few units in the last place of what `str::parse` reads.
    #[test]
    fn reads_long_numbers_nearly_as_rust_does(
        whole in "[0-9]{1,40}",
        fraction in "[0-9]{0,40}",
    ) {
        let text = format!("{whole}.{fraction}");
        let (ours, rust) = (parse(&text).unwrap(), text.parse::<f64>().unwrap());
        let close = (ours - rust).abs() <= rust * 4.0 * f64::EPSILON;
        proptest::prop_assert!(close, "{} read as {}, not {}", text, ours, rust);
    }

    #[test]
    fn agrees_with_rust_formatting_below_a_billion(x in -1e9..1e9f64, places in 0..=4u32) {
        proptest::prop_assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
    }

    /// Exact halves at every scale: a whole number over a power of two.
    #[test]
    fn agrees_with_rust_formatting_on_exact_halves(
        n in -1_000_000i64..1_000_000,
        k in 0..12u32,
        places in 0..=4u32,
    ) {
        let x = n as f64 / f64::from(1u32 << k);
        proptest::prop_assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
    }
}
