//! Conversions between Rust values and [`Arg`], the form values take
//! between the host and Python code.

use crate::{Arg, Array, Error};
use std::collections::HashMap;

/// Bytes for Python (`bytes`), distinct from a list of small ints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Int(v)
    }
}

impl From<f64> for Arg {
    fn from(v: f64) -> Arg {
        Arg::Float(v)
    }
}

impl From<bool> for Arg {
    fn from(v: bool) -> Arg {
        Arg::Bool(v)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Str(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Str(v.to_string())
    }
}

impl From<Bytes> for Arg {
    fn from(v: Bytes) -> Arg {
        Arg::Bytes(v.0)
    }
}

impl<T: Into<Arg>> From<Vec<T>> for Arg {
    fn from(v: Vec<T>) -> Arg {
        Arg::List(v.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Arg>> From<HashMap<String, T>> for Arg {
    /// A dict, its keys sorted (a HashMap has no order of its own).
    fn from(v: HashMap<String, T>) -> Arg {
        let mut items: Vec<(String, T)> = v.into_iter().collect();
        items.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Arg::Dict(
            items
                .into_iter()
                .map(|(k, v)| (Arg::Str(k), v.into()))
                .collect(),
        )
    }
}

impl From<Array> for Arg {
    fn from(v: Array) -> Arg {
        Arg::Array(v)
    }
}

fn mismatch(expected: &str, got: &Arg) -> Error {
    let message = format!("expected {expected} from Python, got {got:?}");
    Error::host("TypeError", &message)
}

impl TryFrom<Arg> for i64 {
    type Error = Error;
    fn try_from(a: Arg) -> Result<i64, Error> {
        match a {
            Arg::Int(i) => Ok(i),
            Arg::Bool(b) => Ok(b as i64),
            other => Err(mismatch("an int", &other)),
        }
    }
}

impl TryFrom<Arg> for f64 {
    type Error = Error;
    fn try_from(a: Arg) -> Result<f64, Error> {
        match a {
            Arg::Float(f) => Ok(f),
            Arg::Int(i) => Ok(i as f64),
            other => Err(mismatch("a float", &other)),
        }
    }
}

impl TryFrom<Arg> for bool {
    type Error = Error;
    fn try_from(a: Arg) -> Result<bool, Error> {
        match a {
            Arg::Bool(b) => Ok(b),
            other => Err(mismatch("a bool", &other)),
        }
    }
}

impl TryFrom<Arg> for String {
    type Error = Error;
    fn try_from(a: Arg) -> Result<String, Error> {
        match a {
            Arg::Str(s) => Ok(s),
            other => Err(mismatch("a str", &other)),
        }
    }
}

impl TryFrom<Arg> for Bytes {
    type Error = Error;
    fn try_from(a: Arg) -> Result<Bytes, Error> {
        match a {
            Arg::Bytes(b) => Ok(Bytes(b)),
            other => Err(mismatch("bytes", &other)),
        }
    }
}

impl TryFrom<Arg> for Array {
    type Error = Error;
    fn try_from(a: Arg) -> Result<Array, Error> {
        match a {
            Arg::Array(array) => Ok(array),
            other => Err(mismatch("a numpy array", &other)),
        }
    }
}

impl<T: TryFrom<Arg, Error = Error>> TryFrom<Arg> for Vec<T> {
    type Error = Error;
    fn try_from(a: Arg) -> Result<Vec<T>, Error> {
        match a {
            Arg::List(items) | Arg::Tuple(items) => items.into_iter().map(T::try_from).collect(),
            other => Err(mismatch("a list", &other)),
        }
    }
}

impl<T: TryFrom<Arg, Error = Error>> TryFrom<Arg> for HashMap<String, T> {
    type Error = Error;
    fn try_from(a: Arg) -> Result<HashMap<String, T>, Error> {
        match a {
            Arg::Dict(items) => items
                .into_iter()
                .map(|(k, v)| Ok((String::try_from(k)?, T::try_from(v)?)))
                .collect(),
            other => Err(mismatch("a dict", &other)),
        }
    }
}
