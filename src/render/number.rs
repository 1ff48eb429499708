//! Numbers as text without the standard float formatter, which is one of the larger pieces of a wasm bundle:
//! rounding to a fixed number of places with integer arithmetic is all the app's charts and labels need. Measured
//! (docs/size.md): the standard formatter in its place adds 7.5 kB gzip to the app's wasm and 7.4 kB to the
//! embedded page's. It stays out only while no other code formats an `f64` with `{}`.

/// `value` rounded to `decimals` places (at most 6): `fixed(0.456, 2)` is `"0.46"`, `fixed(3.0, 0)` is `"3"`.
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10_i64.pow(decimals);
    let scaled = if value.is_finite() {
        (value * scale as f64).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    let whole = magnitude / scale as u64;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = magnitude % scale as u64;
    format!(
        "{sign}{whole}.{fraction:0width$}",
        width = decimals as usize
    )
}

/// Like [`fixed`], with a `+` in front of values that are not negative: `signed(0.5, 2)` is `"+0.50"`.
pub fn signed(value: f64, decimals: u32) -> String {
    let text = fixed(value, decimals);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// A share from 0 to 1 as a whole percentage: `percent(0.734)` is `"73%"`.
pub fn percent(share: f64) -> String {
    format!("{}%", fixed(share * 100.0, 0))
}
