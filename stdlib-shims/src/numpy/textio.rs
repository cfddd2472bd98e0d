//! The reading loop of `np.loadtxt` (`_numpy._loadtxt_rows`): text lines
//! to a 2-d array of numbers, with the rules and messages of NumPy's C
//! reader (`numpy/_core/src/multiarray/textreading/`) for numeric columns.
//!
//! `py/numpy.py` opens the file (through `open()`, so the runtime's file
//! capabilities apply), checks the arguments and shapes the result
//! (`ndmin`, `unpack`); `np.savetxt` is Python only.

use super::array::NdArray;
use super::convert::dtype_arg;
use super::dtype::{DType, Kind};
use super::element::Data;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::str_ops::repr_str;
use taipan_vm::{Value, Vm};

/// The argument in slot `i`, or `None`.
fn slot(s: &[Option<Value>], i: usize) -> Value {
    s.get(i).cloned().flatten().unwrap_or(Value::None)
}

/// A `str` argument.
fn text_of(v: &Value) -> PyResult<String> {
    match v.kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("loadtxt: expected a str")),
    }
}

/// The items of a list or tuple.
fn items_of(v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(ObjKind::List(items)) => match v.as_obj() {
            Some(o) => Ok(o.get().read(items).to_vec()),
            None => Ok(Vec::new()),
        },
        Some(ObjKind::Tuple(items)) => Ok(items.to_vec()),
        _ => Err(PyErr::type_error("loadtxt: expected a list")),
    }
}

/// The lines of the input: a whole text split at `\n`, `\r\n` and `\r`
/// (as text files read), or a list of lines each taken whole (its line
/// end dropped).
fn lines_of(v: &Value) -> PyResult<Vec<String>> {
    if let Some(ObjKind::Str(s)) = v.kind() {
        let text = s.as_str();
        let mut lines = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            match rest.find(['\n', '\r']) {
                Some(i) => {
                    lines.push(rest[..i].to_string());
                    let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                    rest = &rest[i + skip..];
                }
                None => {
                    lines.push(rest.to_string());
                    rest = "";
                }
            }
        }
        return Ok(lines);
    }
    items_of(v)?
        .iter()
        .map(|item| {
            let line = text_of(item)?;
            let line = line.strip_suffix('\n').unwrap_or(&line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.contains(['\n', '\r']) {
                return Err(PyErr::value_error(
                    "Found an unquoted embedded newline within a single line of input.  This \
                     is currently not supported.",
                ));
            }
            Ok(line.to_string())
        })
        .collect()
}

/// One parsed field.
#[derive(Clone, Copy)]
enum Field {
    /// A float column's value.
    Float(f64),
    /// An integer or bool column's value.
    Int(i128),
}

/// The whitespace NumPy's number parsers skip around a field.
fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c'])
}

/// `s` as a float the way NumPy's reader parses one: decimal or
/// scientific notation, `inf`/`infinity`/`nan` in any case, no
/// underscores and no hexadecimal.
fn parse_float(s: &str) -> Option<f64> {
    let t = trim(s);
    if t.is_empty() || t.contains('_') {
        return None;
    }
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let special = ["inf", "infinity", "nan"]
        .iter()
        .any(|w| body.eq_ignore_ascii_case(w));
    let numeric = body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !special && !numeric {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `s` as an integer of `dtype` (sign and decimal digits only, in range).
fn parse_int(s: &str, dtype: DType) -> Option<i128> {
    let t = trim(s);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i128 = t.parse().ok()?;
    let (lo, hi): (i128, i128) = match dtype {
        DType::Bool => (i128::MIN, i128::MAX),
        DType::Int8 => (i8::MIN.into(), i8::MAX.into()),
        DType::Int16 => (i16::MIN.into(), i16::MAX.into()),
        DType::Int32 => (i32::MIN.into(), i32::MAX.into()),
        DType::Int64 => (i64::MIN.into(), i64::MAX.into()),
        DType::UInt8 => (0, u8::MAX.into()),
        DType::UInt16 => (0, u16::MAX.into()),
        DType::UInt32 => (0, u32::MAX.into()),
        _ => (0, u64::MAX.into()),
    };
    (lo..=hi).contains(&v).then_some(v)
}

/// What to read: the parsed arguments of `_loadtxt_rows`.
struct Options {
    /// `None` splits at runs of whitespace.
    delimiter: Option<String>,
    /// Each cuts a line at its first occurrence.
    comments: Vec<String>,
    /// The columns to keep (negative from the end), or all.
    usecols: Option<Vec<i64>>,
    /// Lines skipped at the start, whatever they hold.
    skiprows: usize,
    /// The most rows to read (`None`: all).
    max_rows: Option<usize>,
    /// The element type.
    dtype: DType,
}

/// The fields of one line, or `None` for a line that holds no row.
fn split_line<'a>(line: &'a str, o: &Options) -> Option<Vec<&'a str>> {
    let mut line = line;
    for c in &o.comments {
        if let Some(i) = line.find(c.as_str()) {
            line = &line[..i];
        }
    }
    let fields: Vec<&str> = match &o.delimiter {
        None => line.split_whitespace().collect(),
        Some(_) if line.is_empty() => Vec::new(),
        Some(d) => line.split(d.as_str()).collect(),
    };
    (!fields.is_empty()).then_some(fields)
}

/// Reads the rows: the values in row order and the number of columns.
fn read_rows(lines: &[String], o: &Options) -> PyResult<(Vec<Field>, usize, usize)> {
    let mut values = Vec::new();
    let mut ncols: Option<usize> = None;
    let mut rows = 0usize;
    let float = o.dtype.kind() == Kind::Float;
    for line in lines.iter().skip(o.skiprows) {
        if o.max_rows.is_some_and(|m| rows >= m) {
            break;
        }
        let Some(fields) = split_line(line, o) else {
            continue;
        };
        let cols: Vec<usize> = match &o.usecols {
            None => {
                if let Some(n) = ncols.filter(|&n| n != fields.len()) {
                    return Err(PyErr::value_error(format!(
                        "the number of columns changed from {n} to {} at row {}; use `usecols` \
                         to select a subset and avoid this error",
                        fields.len(),
                        rows + 1
                    )));
                }
                (0..fields.len()).collect()
            }
            Some(usecols) => {
                let n = fields.len() as i64;
                usecols
                    .iter()
                    .map(|&c| {
                        let k = if c < 0 { c + n } else { c };
                        if (0..n).contains(&k) {
                            Ok(k as usize)
                        } else {
                            Err(PyErr::value_error(format!(
                                "invalid column index {c} at row {} with {n} columns",
                                rows + 1
                            )))
                        }
                    })
                    .collect::<PyResult<_>>()?
            }
        };
        ncols = Some(cols.len());
        for k in cols {
            let parsed = if float {
                parse_float(fields[k]).map(Field::Float)
            } else {
                parse_int(fields[k], o.dtype).map(Field::Int)
            };
            let Some(v) = parsed else {
                let shown: String = repr_str(fields[k]).chars().take(100).collect();
                return Err(PyErr::value_error(format!(
                    "could not convert string {shown} to {} at row {rows}, column {}.",
                    o.dtype.name(),
                    k + 1
                )));
            };
            values.push(v);
        }
        rows += 1;
    }
    Ok((values, rows, ncols.unwrap_or(0)))
}

/// The values as an array of `dtype`.
fn to_data(values: &[Field], dtype: DType) -> Data {
    match dtype {
        DType::Bool => Data::Bool(convert(values, |i| i != 0, |_| false)),
        DType::UInt64 | DType::UInt32 | DType::UInt16 | DType::UInt8 => {
            Data::U64(convert(values, |i| i as u64, |f| f as u64)).cast(dtype)
        }
        _ if dtype.kind() == Kind::Float => {
            Data::F64(convert(values, |i| i as f64, |f| f)).cast(dtype)
        }
        _ => Data::I64(convert(values, |i| i as i64, |f| f as i64)).cast(dtype),
    }
}

/// The fields as `T`: integers through `int`, floats through `float`.
fn convert<T>(values: &[Field], int: fn(i128) -> T, float: fn(f64) -> T) -> Vec<T> {
    values
        .iter()
        .map(|v| match *v {
            Field::Int(i) => int(i),
            Field::Float(f) => float(f),
        })
        .collect()
}

/// A count argument (`skiprows`, `max_rows`: -1 for none).
fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    let n = vm.index_of(v)?;
    Ok(usize::try_from(n).ok())
}

/// `_numpy._loadtxt_rows(source, delimiter, comments, usecols, skiprows,
/// max_rows, dtype)`: `source` a whole text or a list of lines,
/// `comments` a list of strings, `usecols` a list of ints or `None`,
/// `max_rows` -1 for all. Returns a `(rows, columns)` array, or an empty
/// 1-d one when no line holds a row.
fn loadtxt_rows(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args(
        "_loadtxt_rows",
        args,
        &[
            "source",
            "delimiter",
            "comments",
            "usecols",
            "skiprows",
            "max_rows",
            "dtype",
        ],
        7,
    )?;
    let delimiter = match slot(&s, 1) {
        Value::None => None,
        v => Some(text_of(&v)?),
    };
    let comments = match slot(&s, 2) {
        Value::None => Vec::new(),
        v => items_of(&v)?.iter().map(text_of).collect::<PyResult<_>>()?,
    };
    let usecols = match slot(&s, 3) {
        Value::None => None,
        v => Some(
            items_of(&v)?
                .iter()
                .map(|c| vm.index_of(c))
                .collect::<PyResult<_>>()?,
        ),
    };
    let skiprows = count_arg(vm, &slot(&s, 4))?.unwrap_or(0);
    let max_rows = count_arg(vm, &slot(&s, 5))?;
    let dtype = dtype_arg(vm, Some(&slot(&s, 6)))?.unwrap_or(DType::Float64);
    let o = Options {
        delimiter,
        comments,
        usecols,
        skiprows,
        max_rows,
        dtype,
    };
    let lines = lines_of(&slot(&s, 0))?;
    let (values, rows, ncols) = read_rows(&lines, &o)?;
    let data = to_data(&values, dtype);
    let shape = if rows == 0 {
        smallvec::smallvec![0]
    } else {
        smallvec::smallvec![rows, ncols]
    };
    Ok(NdArray::new(data, shape).into_value())
}

/// The native functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("_loadtxt_rows", loadtxt_rows)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_parse_as_numpy_reads_them() {
        assert_eq!(parse_float(" 1.5 "), Some(1.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("1_0"), None);
        assert_eq!(parse_float("0x10"), None);
        assert_eq!(parse_float(""), None);
        assert_eq!(parse_float("5."), Some(5.0));
    }

    #[test]
    fn ints_are_checked_against_their_dtype() {
        assert_eq!(parse_int("+5", DType::Int8), Some(5));
        assert_eq!(parse_int("300", DType::UInt8), None);
        assert_eq!(parse_int("-1", DType::UInt64), None);
        assert_eq!(parse_int("1.0", DType::Int64), None);
        assert_eq!(
            parse_int("18446744073709551615", DType::UInt64),
            Some(u64::MAX.into())
        );
    }
}
