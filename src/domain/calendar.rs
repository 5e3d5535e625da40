//! Plain calendar arithmetic for local date-times: no time zones, no daylight saving. A campaign's
//! `launchAt` and its calling window are read on this one wall clock.

use std::fmt;

use serde::{Serialize, Serializer};

const SECS_PER_DAY: i64 = 86_400;
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day of the week, `mon` … `sun` in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// Monday is 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// `Mon` … `Sun`: how the day is shown and labelled.
    pub fn label(self) -> &'static str {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.index()]
    }

    /// `mon` … `sun`: the JSON spelling.
    pub fn key(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self.index()]
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// A set of weekdays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Days(u8);

impl Days {
    pub const WEEKDAYS: Days = Days(0b0001_1111);
    pub const EMPTY: Days = Days(0);

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.index()) != 0
    }

    pub fn with(self, day: Weekday, chosen: bool) -> Self {
        if chosen {
            Days(self.0 | 1 << day.index())
        } else {
            Days(self.0 & !(1 << day.index()))
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL.into_iter().filter(move |d| self.contains(*d))
    }

    /// The days in words: `weekdays`, `all days`, else their labels (`Mon, Wed, Sat`).
    pub fn describe(self) -> String {
        match self {
            Days::WEEKDAYS => "weekdays".to_owned(),
            Days(0b0111_1111) => "all days".to_owned(),
            days => days
                .iter()
                .map(Weekday::label)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

impl FromIterator<Weekday> for Days {
    fn from_iter<I: IntoIterator<Item = Weekday>>(iter: I) -> Self {
        iter.into_iter()
            .fold(Days::EMPTY, |days, d| days.with(d, true))
    }
}

impl Serialize for Days {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A time of day to the minute, `HH:MM` from `00:00` to `23:59`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    minutes: u16,
}

impl TimeOfDay {
    pub fn new(hour: u16, minute: u16) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self {
            minutes: hour * 60 + minute,
        })
    }

    /// Reads `HH:MM` (two digits each, white space around is ignored).
    pub fn parse(text: &str) -> Option<Self> {
        let (h, m) = text.trim().split_once(':')?;
        Self::new(two_digits(h)?, two_digits(m)?)
    }

    /// Seconds after midnight.
    pub fn seconds(self) -> i64 {
        i64::from(self.minutes) * 60
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A local date and time to the second, kept as seconds since 1970-01-01T00:00 on the same clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime(i64);

impl LocalDateTime {
    pub fn from_parts(
        year: i64,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        second: u32,
    ) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then(|| {
            Self(
                days_from_civil(year, month, day) * SECS_PER_DAY
                    + i64::from(hour * 3600 + minute * 60 + second),
            )
        })
    }

    /// Reads `YYYY-MM-DDTHH:MM` with optional `:SS`, a real date (white space around is ignored).
    pub fn parse(text: &str) -> Option<Self> {
        let (date, time) = text.trim().split_once('T')?;
        let mut d = date.split('-');
        let (year, month, day) = (d.next()?, d.next()?, d.next()?);
        if d.next().is_some() || year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut t = time.split(':');
        let (hour, minute, second) = (t.next()?, t.next()?, t.next().unwrap_or("00"));
        if t.next().is_some() {
            return None;
        }
        Self::from_parts(
            year.parse().ok()?,
            two_digits(month)?.into(),
            two_digits(day)?.into(),
            two_digits(hour)?.into(),
            two_digits(minute)?.into(),
            two_digits(second)?.into(),
        )
    }

    /// This moment plus `seconds`.
    pub fn plus(self, seconds: i64) -> Self {
        Self(self.0 + seconds)
    }

    /// Seconds from `earlier` to this moment.
    pub fn seconds_since(self, earlier: Self) -> i64 {
        self.0 - earlier.0
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// Seconds since this day's midnight.
    pub fn second_of_day(self) -> i64 {
        self.0.rem_euclid(SECS_PER_DAY)
    }

    /// Midnight of this moment's day.
    pub fn midnight(self) -> Self {
        Self(self.days() * SECS_PER_DAY)
    }

    /// (year, month, day)
    pub fn date(self) -> (i64, u32, u32) {
        civil_from_days(self.days())
    }

    /// The first moment strictly after this one that is `time` on one of `days`; `None` when
    /// `days` is empty. A week always has each day once, so at most eight midnights are looked at.
    pub fn next_at(self, time: TimeOfDay, days: Days) -> Option<Self> {
        let midnight = self.midnight();
        (0..=7)
            .map(|day| midnight.plus(day * SECS_PER_DAY + time.seconds()))
            .find(|at| *at > self && days.contains(at.weekday()))
    }

    /// How people read it: `Mon 7 Dec, 10:05` (seconds only when there are some, `10:05:30`).
    pub fn human(self) -> String {
        format!("{}, {}", self.day_label(), self.clock())
    }

    /// How people read the day: `Mon 7 Dec`.
    pub fn day_label(self) -> String {
        let (_, month, day) = self.date();
        format!(
            "{} {day} {}",
            self.weekday().label(),
            MONTHS[month as usize - 1]
        )
    }

    /// The time of day: `10:05`, or `10:05:30` when there are seconds.
    pub fn clock(self) -> String {
        let s = self.second_of_day();
        let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
        if sec == 0 {
            format!("{h:02}:{m:02}")
        } else {
            format!("{h:02}:{m:02}:{sec:02}")
        }
    }

    fn days(self) -> i64 {
        self.0.div_euclid(SECS_PER_DAY)
    }
}

impl fmt::Display for LocalDateTime {
    /// The JSON spelling: `2026-12-07T09:00`, with `:SS` when there are seconds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.date();
        write!(f, "{y:04}-{m:02}-{d:02}T{}", self.clock())
    }
}

impl Serialize for LocalDateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn two_digits(text: &str) -> Option<u16> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
