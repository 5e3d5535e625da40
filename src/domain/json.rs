//! Reading JSON input field by field so that every problem is reported at once, with its path:
//! unknown fields, wrong types and out-of-range values alike. Nothing is half-applied: a reader
//! returns a value only when its [`Problems`] stayed empty.

use std::fmt;

use serde::Serialize;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::error::{FieldError, Problem, Problems, field_path, index_path, key_path};
use super::whole_number::WholeNumber;

/// Parses `text` as JSON, turning a syntax error into a problem at the root. A key given twice in
/// one object is such an error: a parser keeps one of the two values and drops the other without a
/// word, and the one dropped may be the one in error. A byte order mark before the value, which
/// some editors write, is ignored (RFC 8259, section 8.1).
pub fn parse_document(text: &str) -> Result<Value, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text)
        .map(|Document(value)| value)
        .map_err(|e| {
            vec![Problem {
                path: String::new(),
                message: format!("Not valid JSON: {e}"),
            }]
        })
}

/// A JSON value read as serde_json's own [`Value`] is, except that no object gives a key twice.
struct Document(Value);

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DocumentVisitor).map(Document)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(n.into())
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(n.into())
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut values = Vec::new();
        while let Some(Document(value)) = seq.next_element()? {
            values.push(value);
        }
        Ok(Value::Array(values))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!(
                    "{key:?} is given twice in one object"
                )));
            }
            let Document(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// One of our values as JSON text: results, a scenario, a stored draft. They always serialize (no
/// map with keys that are not text, no `Serialize` of ours that fails). Not `expect`, which would
/// link serde_json's error's `Debug` formatting into the wasm for a message no one sees.
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| unreachable!("our values serialize"))
}

/// A JSON object read one field at a time. Fields never asked for are reported as unknown by
/// [`Fields::finish`]. A field that is `null` counts as not given.
pub struct Fields<'v> {
    path: String,
    map: &'v Map<String, Value>,
    asked: Vec<&'static str>,
}

impl<'v> Fields<'v> {
    /// `value` as an object; else a problem at `path` and `None`.
    pub fn of(value: &'v Value, path: &str, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self {
                path: path.to_owned(),
                map,
                asked: Vec::new(),
            }),
            _ => {
                problems.push(path, &FieldError::WrongType("an object"));
                None
            }
        }
    }

    /// The value of `key` unless it is absent or `null`.
    pub fn get(&mut self, key: &'static str) -> Option<&'v Value> {
        self.asked.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The path of `key` in this object.
    pub fn path(&self, key: &str) -> String {
        field_path(&self.path, key)
    }

    /// Reports every field that was never asked for.
    pub fn finish(self, problems: &mut Problems) {
        for key in self
            .map
            .keys()
            .filter(|k| !self.asked.contains(&k.as_str()))
        {
            problems.push(key_path(&self.path, key), &FieldError::UnknownField);
        }
    }
}

/// `value` as text, else a problem.
pub fn text<'v>(value: &'v Value, path: &str, problems: &mut Problems) -> Option<&'v str> {
    value.as_str().or_else(|| {
        problems.push(path, &FieldError::WrongType("text"));
        None
    })
}

/// `value` as `true` or `false`, else a problem.
pub fn boolean(value: &Value, path: &str, problems: &mut Problems) -> Option<bool> {
    value.as_bool().or_else(|| {
        problems.push(path, &FieldError::WrongType("true or false"));
        None
    })
}

/// `value` as a list, else a problem.
pub fn list<'v>(value: &'v Value, path: &str, problems: &mut Problems) -> Option<&'v [Value]> {
    value.as_array().map(Vec::as_slice).or_else(|| {
        problems.push(path, &FieldError::WrongType("a list"));
        None
    })
}

/// `value` as a list of texts, each read by `parse` (a key such as `busy` or `mon`); `error` at
/// every item it refuses. Every item is checked; the collection only when all are good.
pub fn key_list<T, C: FromIterator<T>>(
    value: &Value,
    path: &str,
    problems: &mut Problems,
    parse: impl Fn(&str) -> Option<T>,
    error: &FieldError,
) -> Option<C> {
    let items = list(value, path, problems)?;
    let read: Vec<Option<T>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let p = index_path(path, i);
            let key = text(item, &p, problems)?;
            parse(key).or_else(|| {
                problems.push(&p, error);
                None
            })
        })
        .collect();
    read.into_iter().collect()
}

/// `value` as any number, else a problem.
pub fn number(value: &Value, path: &str, problems: &mut Problems) -> Option<f64> {
    value.as_f64().or_else(|| {
        problems.push(path, &FieldError::WrongType("a number"));
        None
    })
}

/// `value` as a JSON number without a fractional part. JSON does not tell `300` from `300.0`, and
/// integers too long for any integer type arrive as floats: both are read as whole numbers.
pub fn as_whole_number(value: &Value) -> Option<WholeNumber> {
    if let Some(v) = value.as_i64() {
        return Some(WholeNumber::Fits(v));
    }
    if value.is_u64() {
        return Some(WholeNumber::TooLarge);
    }
    let v = value.as_f64()?;
    if v.fract() != 0.0 {
        None
    } else if v.abs() < 9.0e18 {
        Some(WholeNumber::Fits(v as i64))
    } else {
        Some(WholeNumber::TooLarge)
    }
}

/// `value` as a whole number within `min..=max`, else a problem naming the range.
pub fn whole_in(
    value: &Value,
    path: &str,
    min: u64,
    max: u64,
    problems: &mut Problems,
) -> Option<u64> {
    let within = as_whole_number(value).and_then(|n| n.within(min as i64, max as i64));
    within.map(|v| v as u64).or_else(|| {
        problems.push(path, &FieldError::NumberOutOfRange { min, max });
        None
    })
}

/// `Some(None)` for a field not given, `Some(Some(v))` for one read, `None` for one in error.
pub fn optional<T>(
    value: Option<&Value>,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(v) => read(v).map(Some),
    }
}
