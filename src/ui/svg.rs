//! Coordinates in an SVG picture, as whole units of its view box.

/// `v` rounded to a whole unit of the view box. Pictures are drawn in units about a pixel wide, so
/// nothing shows the difference, and an `i32` attribute is written with integer formatting: the
/// standard library's float formatting (about 11 KB) stays out of the wasm.
pub fn px(v: f64) -> i32 {
    v.round() as i32
}
