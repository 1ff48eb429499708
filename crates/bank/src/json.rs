//! Reading values out of parsed JSON by hand: field readers that name the field when it has the wrong type. The
//! app reads the catalog, questions, the progress document and host messages with these rather than with serde's
//! derived decoders, which instantiate a decoder per type and field shape: those cost 13.2 kB gzip more of the
//! app's wasm (233.9 kB against 247.1 kB) and 13.4 kB of the embedded page's (docs/size.md).
//!
//! The rules are the ones the derived decoders followed: a missing field (or `null`) is `None` or its default,
//! unknown fields are skipped, and a field of the wrong type is an error that names it.

use serde_json::{Map, Value};

/// What is wrong with a JSON document's shape, naming the field.
pub type JsonError = String;

/// The fields of one JSON object.
#[derive(Clone, Copy)]
pub struct Fields<'a>(&'a Map<String, Value>);

impl<'a> Fields<'a> {
    /// `value` as an object; `what` names it in the error.
    pub fn of(value: &'a Value, what: &str) -> Result<Fields<'a>, JsonError> {
        value
            .as_object()
            .map(Fields)
            .ok_or_else(|| format!("{what} is not an object"))
    }

    /// A field's value; `null` counts as missing.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.0.get(name).filter(|value| !value.is_null())
    }

    /// Every field, in the order written.
    pub fn entries(&self) -> impl Iterator<Item = (&'a String, &'a Value)> {
        self.0.iter()
    }

    pub fn text(&self, name: &str) -> Result<Option<String>, JsonError> {
        self.get(name).map(|value| text(value, name)).transpose()
    }

    pub fn number(&self, name: &str) -> Result<Option<u64>, JsonError> {
        self.get(name)
            .map(|value| {
                value
                    .as_u64()
                    .ok_or_else(|| format!("{name} is not a whole number"))
            })
            .transpose()
    }

    /// A whole number that fits `T` (a count, an index).
    pub fn count<T: TryFrom<u64>>(&self, name: &str) -> Result<Option<T>, JsonError> {
        self.number(name)?
            .map(|n| T::try_from(n).map_err(|_| format!("{name} is out of range")))
            .transpose()
    }

    pub fn real(&self, name: &str) -> Result<Option<f64>, JsonError> {
        self.get(name)
            .map(|value| {
                value
                    .as_f64()
                    .ok_or_else(|| format!("{name} is not a number"))
            })
            .transpose()
    }

    /// A boolean, false when missing.
    pub fn flag(&self, name: &str) -> Result<bool, JsonError> {
        self.get(name).map_or(Ok(false), |value| {
            value
                .as_bool()
                .ok_or_else(|| format!("{name} is not true or false"))
        })
    }

    /// A list, each item read by `item`; empty when missing.
    pub fn list<T>(
        &self,
        name: &str,
        item: impl Fn(&'a Value) -> Result<T, JsonError>,
    ) -> Result<Vec<T>, JsonError> {
        match self.get(name) {
            None => Ok(Vec::new()),
            Some(value) => list(value, name)?.iter().map(item).collect(),
        }
    }

    /// A field the document must have, as [`Fields::text`] and the like read it.
    pub fn required<T>(
        &self,
        name: &str,
        read: impl Fn(&Self, &str) -> Result<Option<T>, JsonError>,
    ) -> Result<T, JsonError> {
        read(self, name)?.ok_or_else(|| format!("{name} is missing"))
    }

    /// A field whose text names one of a fixed set of values (an enum's id), `None` when missing.
    pub fn id<T>(&self, name: &str, of: fn(&str) -> Option<T>) -> Result<Option<T>, JsonError> {
        self.text(name)?
            .map(|id| of(&id).ok_or_else(|| format!("{name} \"{id}\" is not known")))
            .transpose()
    }
}

pub fn text(value: &Value, what: &str) -> Result<String, JsonError> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{what} is not text"))
}

pub fn list<'a>(value: &'a Value, what: &str) -> Result<&'a Vec<Value>, JsonError> {
    value
        .as_array()
        .ok_or_else(|| format!("{what} is not a list"))
}

/// A whole number that fits `T`, outside an object (an item of a list).
pub fn count<T: TryFrom<u64>>(value: &Value, what: &str) -> Result<T, JsonError> {
    value
        .as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| format!("{what} holds something that is not a whole number in range"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        serde_json::from_str(
            r#"{"name": "ada", "age": 36, "score": 0.5, "tags": ["a", "b"], "gone": null, "ok": true}"#,
        )
        .expect("JSON")
    }

    #[test]
    fn fields_read_their_type_and_null_counts_as_missing() {
        let value = doc();
        let f = Fields::of(&value, "the person").expect("an object");
        assert_eq!(f.text("name"), Ok(Some("ada".into())));
        assert_eq!(f.count::<u32>("age"), Ok(Some(36)));
        assert_eq!(f.real("score"), Ok(Some(0.5)));
        assert_eq!(
            f.real("age"),
            Ok(Some(36.0)),
            "a whole number is a number too"
        );
        assert_eq!(f.text("gone"), Ok(None));
        assert_eq!(f.text("absent"), Ok(None));
        assert_eq!(f.flag("ok"), Ok(true));
        assert_eq!(f.flag("absent"), Ok(false));
        assert_eq!(
            f.list("tags", |v| text(v, "tag")),
            Ok(vec!["a".into(), "b".into()])
        );
        assert_eq!(f.list("absent", |v| text(v, "x")), Ok(Vec::new()));
    }

    #[test]
    fn a_wrong_type_or_a_missing_required_field_is_named() {
        let value = doc();
        let f = Fields::of(&value, "the person").expect("an object");
        assert_eq!(f.number("name"), Err("name is not a whole number".into()));
        assert_eq!(f.text("age"), Err("age is not text".into()));
        assert_eq!(f.count::<u8>("age").map(|_| ()), Ok(()));
        assert_eq!(
            f.list("name", |v| text(v, "x")),
            Err("name is not a list".into())
        );
        assert_eq!(
            f.required("gone", Fields::text),
            Err("gone is missing".into())
        );
        assert_eq!(
            f.id("name", |id| (id == "bob").then_some(1)),
            Err("name \"ada\" is not known".into())
        );
        assert!(Fields::of(&Value::Bool(true), "the person").is_err());
    }
}
