//! How durations and counts are shown to people.

/// A number of seconds in compact form, largest units first, zero parts dropped:
/// `300` → `5 min`, `3900` → `1 h 5 min`, `90061` → `1 d 1 h 1 min 1 s`, `0` → `0 s`.
pub fn compact(seconds: u64) -> String {
    if seconds == 0 {
        return "0 s".to_owned();
    }
    let parts = [
        (seconds / 86_400, "d"),
        (seconds / 3_600 % 24, "h"),
        (seconds / 60 % 60, "min"),
        (seconds % 60, "s"),
    ];
    parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {unit}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A whole number with thousands separators: `10800` → `10,800`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
