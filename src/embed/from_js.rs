//! A host's JavaScript value as JSON (`serde_json::Value`), read without a JSON string: what
//! `JSON.stringify` would write, so that the domain's `Fields` readers see exactly what a host
//! means, report every problem with its path and reject unknown fields.
//!
//! Numbers, strings, booleans, `null` and arrays are read by `serde-wasm-bindgen`'s deserializer
//! (the visitor below); every element comes back through its `preserve` hook as the raw `JsValue`,
//! so that the walk can apply `JSON.stringify`'s rules to it first. Objects are read here, by an
//! `Object.keys` then each field, calls that catch: the deserializer's own `Object.entries` does
//! not, so a throwing getter or proxy would unwind through the wasm instead of becoming a problem
//! (here, one at its own path).
//!
//! As `JSON.stringify`: `toJSON()` is honoured (dates become their ISO text); a `Number`, `String`
//! or `Boolean` object is its primitive value (`new Number(300)` is `300`); a field whose value
//! is `undefined`, a function or a symbol is left out (not given), and is `null` in an array.
//! `NaN` and the infinities, which it would turn into `null` ("not given"), become the text
//! `"NaN"`, `"Infinity"` or `"-Infinity"`, which every numeric field reports as a wrong type. What
//! JSON cannot carry at all (a root that is `undefined` or a function, a `BigInt`, a cycle) makes
//! the whole value "not JSON", as does nesting deeper than [`MAX_DEPTH`] or more than
//! [`MAX_NODES`] values, so that a cycle or a huge shared structure never overflows the stack or
//! runs forever.

use std::fmt;

use js_sys::{Array, Function, Reflect};
use serde::de::{self, DeserializeSeed, Deserializer as _, Error as _, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_wasm_bindgen::{Deserializer, Error};
use wasm_bindgen::prelude::*;

use crate::domain::error::{index_path, key_path};

/// How deeply arrays and objects may nest: serde_json's own limit on JSON text.
pub const MAX_DEPTH: usize = 128;
/// How many values one input may hold: more than a scenario of `MAX_SCENARIO_BYTES` (the command
/// line's limit) can, while a structure that shares its parts along billions of paths (which
/// `JSON.stringify` would write out in full) is refused after a few seconds.
pub const MAX_NODES: usize = 5_000_000;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, whose throwing (a hostile proxy) is caught.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    pub(super) fn object_keys(object: &JsValue) -> Result<Array, JsValue>;
}

/// Where JSON could not carry a value, and whether that is because reading it threw (a getter, a
/// proxy, `toJSON`); the path is empty when the value as a whole is not JSON (its root, or over
/// [`MAX_DEPTH`] or [`MAX_NODES`]).
#[derive(Debug, PartialEq)]
pub struct NotJson {
    pub path: String,
    pub threw: bool,
}

/// `value` as JSON, or where and why JSON cannot carry it.
pub fn json_value(value: &JsValue) -> Result<Value, NotJson> {
    let mut walk = Walk {
        ancestors: Vec::new(),
        nodes: 0,
        at: Vec::new(),
        failed: None,
    };
    let read = Node {
        walk: &mut walk,
        key: String::new(),
    }
    .read(value.clone());
    match read {
        Ok(Some(value)) => Ok(value),
        _ => Err(walk.failed.unwrap_or(NotJson {
            path: String::new(),
            threw: false,
        })),
    }
}

/// The state of one reading: the objects and arrays being read (to find a cycle), the count of
/// values read so far, where the reading is, and the first place JSON could not carry.
struct Walk {
    ancestors: Vec<JsValue>,
    nodes: usize,
    at: Vec<Step>,
    failed: Option<NotJson>,
}

/// One step down from an object or an array.
enum Step {
    Field(String),
    Item(usize),
}

impl Walk {
    /// Notes that the value here is not JSON (`threw`: because reading it threw), for the error.
    fn fail(&mut self, threw: bool) -> Error {
        let path = self.at.iter().fold(String::new(), |path, step| match step {
            Step::Field(key) => key_path(&path, key),
            Step::Item(index) => index_path(&path, *index),
        });
        self.failed.get_or_insert(NotJson { path, threw });
        not_json()
    }
}

/// One value to read, under `key` in its parent (`toJSON` is given it, as `JSON.stringify` does).
struct Node<'w> {
    walk: &'w mut Walk,
    key: String,
}

fn not_json() -> Error {
    Error::custom("not JSON")
}

impl Node<'_> {
    /// The value as JSON; `None` when it is left out (undefined, a function, a symbol).
    fn read(mut self, value: JsValue) -> Result<Option<Value>, Error> {
        self.walk.nodes += 1;
        if self.walk.nodes > MAX_NODES || self.walk.ancestors.len() >= MAX_DEPTH {
            // The value as a whole is too big or too deep: no one place is to blame, so no place
            // is noted, and the problem is the whole value's.
            return Err(not_json());
        }
        let value = unboxed(self.through_to_json(value)?);
        if value.is_undefined() || value.is_function() || value.is_symbol() {
            return Ok(None);
        }
        let Node { walk, key } = self;
        if value.is_bigint() {
            return Err(walk.fail(false));
        }
        if !value.is_object() {
            return Deserializer::from(value)
                .deserialize_any(Node { walk, key })
                .map(Some);
        }
        if walk.ancestors.contains(&value) {
            return Err(walk.fail(false));
        }
        walk.ancestors.push(value.clone());
        let read = if Array::is_array(&value) {
            Deserializer::from(value).deserialize_any(Node {
                walk: &mut *walk,
                key,
            })
        } else {
            object(walk, &value)
        };
        walk.ancestors.pop();
        read.map(Some)
    }

    /// What `toJSON` gives for an object that has one, else the value itself.
    fn through_to_json(&mut self, value: JsValue) -> Result<JsValue, Error> {
        if !value.is_object() {
            return Ok(value);
        }
        let to_json = Reflect::get(&value, &"toJSON".into()).map_err(|_| self.walk.fail(true))?;
        match to_json.dyn_ref::<Function>() {
            Some(to_json) => to_json
                .call1(&value, &self.key.as_str().into())
                .map_err(|_| self.walk.fail(true)),
            None => Ok(value),
        }
    }
}

/// A `Number`, `String` or `Boolean` object as its primitive value, as `JSON.stringify` writes
/// it; any other value as it is.
fn unboxed(value: JsValue) -> JsValue {
    if value.is_instance_of::<js_sys::Number>() {
        value.unchecked_into::<js_sys::Number>().value_of().into()
    } else if value.is_instance_of::<js_sys::JsString>() {
        value.unchecked_into::<js_sys::JsString>().value_of().into()
    } else if value.is_instance_of::<js_sys::Boolean>() {
        value.unchecked_into::<js_sys::Boolean>().value_of().into()
    } else {
        value
    }
}

/// An object's own enumerable string-keyed fields, in their order.
fn object(walk: &mut Walk, object: &JsValue) -> Result<Value, Error> {
    let keys = object_keys(object).map_err(|_| walk.fail(true))?;
    let mut map = Map::new();
    for key in keys.iter() {
        let key = key.as_string().unwrap_or_default();
        walk.at.push(Step::Field(key.clone()));
        // One field at a time, so that a getter that throws is a problem at its own path.
        let value = Reflect::get(object, &key.as_str().into()).map_err(|_| walk.fail(true))?;
        let child = Node {
            walk: &mut *walk,
            key: key.clone(),
        };
        if let Some(value) = child.read(value)? {
            map.insert(key, value);
        }
        walk.at.pop();
    }
    Ok(Value::Object(map))
}

/// An array's element: the raw value through `serde-wasm-bindgen`'s `preserve`, then read as a
/// [`Node`]; a left-out value is `null` there.
impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        let value: JsValue = serde_wasm_bindgen::preserve::deserialize(deserializer)?;
        match self.read(value) {
            Ok(value) => Ok(value.unwrap_or(Value::Null)),
            Err(error) => Err(D::Error::custom(error)),
        }
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(value.into())
    }

    /// A number that is not a safe integer: a whole one as serde_json would read its JSON text
    /// (an integer when one fits), a non-finite one as its name.
    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;
        Ok(if value.is_nan() {
            Value::from("NaN")
        } else if value.is_infinite() {
            Value::from(if value > 0.0 { "Infinity" } else { "-Infinity" })
        } else if value.fract() == 0.0 && (0.0..TWO_POW_64).contains(&value) {
            Value::from(value as u64)
        } else if value.fract() == 0.0 && (-TWO_POW_64 / 2.0..0.0).contains(&value) {
            Value::from(value as i64)
        } else {
            Number::from_f64(value).map_or(Value::Null, Value::Number)
        })
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            self.walk.at.push(Step::Item(items.len()));
            let element = Node {
                walk: &mut *self.walk,
                key: items.len().to_string(),
            };
            let item = seq.next_element_seed(element)?;
            self.walk.at.pop();
            match item {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }
}
