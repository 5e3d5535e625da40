//! The figures of a chart at one time: what it shows on focus or hover, and a row of its text
//! equivalent (a table).

/// The figures at one tick of the time axis (of the call number axis, for reach by call).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readout {
    /// Where the tick is.
    pub x: i32,
    /// The time, as the axis names it (`Tue 8 Dec, 00:00`, `1 h 30 min`), or the call (`Attempt 1`).
    pub time: String,
    /// Each series' name and figure there (`—` where a run has not got that far yet).
    pub values: Vec<(&'static str, String)>,
}

impl Readout {
    /// All of it in one line: `1 h: A reached 20, B reached 25`.
    pub fn text(&self) -> String {
        let values: Vec<String> = self
            .values
            .iter()
            .map(|(name, value)| format!("{name} {value}"))
            .collect();
        format!("{}: {}", self.time, values.join(", "))
    }
}
