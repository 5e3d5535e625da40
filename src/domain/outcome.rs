//! What a call can come to.

use serde::{Serialize, Serializer};

/// The outcome of one call. Every outcome but `Answered` is a failed call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Answered,
    Busy,
    NoAnswer,
    Unreachable,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Answered,
        Outcome::Busy,
        Outcome::NoAnswer,
        Outcome::Unreachable,
    ];
    /// The outcomes of a failed call, the ones a retry strategy can retry.
    pub const FAILED: [Outcome; 3] = [Outcome::Busy, Outcome::NoAnswer, Outcome::Unreachable];

    /// The JSON spelling: `answered`, `busy`, `noAnswer`, `unreachable`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Answered => "answered",
            Self::Busy => "busy",
            Self::NoAnswer => "noAnswer",
            Self::Unreachable => "unreachable",
        }
    }

    /// How people read it: `Answered`, `Busy`, `No answer`, `Unreachable`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Answered => "Answered",
            Self::Busy => "Busy",
            Self::NoAnswer => "No answer",
            Self::Unreachable => "Unreachable",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }

    pub fn is_failure(self) -> bool {
        self != Self::Answered
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A set of outcomes, e.g. the failed outcomes a campaign retries on (`retryOn`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OutcomeSet(u8);

impl OutcomeSet {
    pub const EMPTY: OutcomeSet = OutcomeSet(0);
    /// Every failed outcome: the default `retryOn`.
    pub const ALL_FAILED: OutcomeSet = OutcomeSet(0b1110);

    pub fn contains(self, outcome: Outcome) -> bool {
        self.0 & (1 << outcome.index()) != 0
    }

    pub fn with(self, outcome: Outcome, included: bool) -> Self {
        let bit = 1 << outcome.index();
        if included {
            OutcomeSet(self.0 | bit)
        } else {
            OutcomeSet(self.0 & !bit)
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Outcome> {
        Outcome::ALL.into_iter().filter(move |o| self.contains(*o))
    }
}

impl FromIterator<Outcome> for OutcomeSet {
    fn from_iter<I: IntoIterator<Item = Outcome>>(iter: I) -> Self {
        iter.into_iter()
            .fold(OutcomeSet::EMPTY, |set, o| set.with(o, true))
    }
}

impl Serialize for OutcomeSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}
