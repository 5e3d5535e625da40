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
        self.lines().join(" ")
    }

    /// The same on two lines, as the chart shows it, once there are two figures or more: the
    /// time and the first half of the figures, then the rest (`10:15: Reached 62, Failed 21,` and
    /// `Cancelled 0, Calling 3, Waiting 14`), so that it fits beside the chart on a phone.
    pub fn lines(&self) -> Vec<String> {
        let values: Vec<String> = self
            .values
            .iter()
            .map(|(name, value)| format!("{name} {value}"))
            .collect();
        // The first half goes beside the time; a single figure stays with it.
        let first_line = match values.len() {
            0 | 1 => values.len(),
            n => n / 2,
        };
        let (first, rest) = values.split_at(first_line);
        let head = format!("{}: {}", self.time, first.join(", "));
        if rest.is_empty() {
            vec![head]
        } else {
            vec![format!("{head},"), rest.join(", ")]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readout(values: &[(&'static str, &str)]) -> Readout {
        Readout {
            x: 0,
            time: "10:15".to_owned(),
            values: values.iter().map(|&(n, v)| (n, v.to_owned())).collect(),
        }
    }

    #[test]
    fn two_figures_or_more_take_two_lines_that_read_as_the_text() {
        let states = readout(&[
            ("Reached", "62"),
            ("Failed", "21"),
            ("Cancelled", "0"),
            ("Calling", "3"),
            ("Waiting", "14"),
        ]);
        assert_eq!(
            states.lines(),
            [
                "10:15: Reached 62, Failed 21,",
                "Cancelled 0, Calling 3, Waiting 14"
            ]
        );
        assert_eq!(
            states.text(),
            "10:15: Reached 62, Failed 21, Cancelled 0, Calling 3, Waiting 14"
        );
        let two = readout(&[("A reached", "20"), ("B reached", "25")]);
        assert_eq!(two.lines(), ["10:15: A reached 20,", "B reached 25"]);
        assert_eq!(two.text(), "10:15: A reached 20, B reached 25");
        assert_eq!(readout(&[("Reached", "1")]).lines(), ["10:15: Reached 1"]);
    }
}
