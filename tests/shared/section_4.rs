//! The results example of SPEC section 4, written out once for the engine and command-line tests
//! (`#[path]`-included).

use serde_json::{Value, json};

/// The results SPEC section 4 shows: Ada, busy then answered on attempt 1 after 300 s.
pub fn section_4_results() -> Value {
    json!({ "status": "completed", "endedAt": 365,
      "calls": [ {"recipient": 0, "attempt": 0, "start": 0, "end": 5, "outcome": "busy"},
                 {"recipient": 0, "attempt": 1, "start": 305, "end": 365, "outcome": "answered"} ],
      "recipients": [ {"status": "reached", "calls": 2, "finishedAt": 365, "lastOutcome": "answered"} ],
      "stats": { "reached": 1, "failed": 0, "cancelled": 0, "calls": 2, "peakLines": 1 } })
}
