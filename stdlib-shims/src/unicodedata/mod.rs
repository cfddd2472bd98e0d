//! The `unicodedata` module: CPython 3.11's view of the Unicode 14.0.0
//! character database. Properties come from tables generated from
//! CPython's own module (`generate_tables.py` writes `tables.rs` and
//! `tables.bin`), names
//! from `unicode_names2`.

#[cfg(test)]
mod exhaustive_test;
mod names;
mod normalize;
mod packed;
mod props;
#[rustfmt::skip]
mod tables;

use normalize::Form;
use props::{NumericKind, Props};
use std::collections::HashMap;
use std::sync::OnceLock;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::str::PyStr;
use taipan_vm::types::{native_function, types};
use taipan_vm::value::{FrozenRef, ObjRef};
use taipan_vm::{Value, Vm};

/// The one character whose Unicode name or alias is `name` (as
/// `unicodedata.lookup` matches it), for `re`'s `\N{...}`; None for an
/// unknown name or a named sequence.
pub(crate) fn char_named(name: &str) -> Option<char> {
    let found = names::lookup(name)?;
    let mut chars = found.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("unicodedata");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("mirrored", mirrored),
        ("combining", combining),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for (fname, f) in funcs {
        vm.module_set(&m, fname, native_function(fname, *f, false))?;
    }
    vm.module_set(&m, "unidata_version", str_value(tables::UNIDATA_VERSION))?;
    Ok(m)
}

/// Refuses keyword arguments, as CPython's `unicodedata` functions do.
fn no_keywords(func: &str, args: &Args<'_>) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "unicodedata.{func}() takes no keyword arguments"
        )))
    }
}

/// The single character of a length-1 str, or CPython's TypeError.
/// `which` is `""` or `" argument 1"`, as in CPython's messages.
fn char_arg(vm: &Vm, func: &str, which: &str, v: &Value) -> PyResult<char> {
    if let Some(ObjKind::Str(s)) = v.data_kind() {
        let mut chars = s.as_str().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
    }
    Err(PyErr::type_error(format!(
        "{func}(){which} must be a unicode character, not {}",
        vm.type_name(v)
    )))
}

/// The character argument of a one-argument property function.
fn one_char(vm: &Vm, func: &str, args: Args<'_>) -> PyResult<char> {
    no_keywords(func, &args)?;
    match args.pos {
        [v] => char_arg(vm, func, " argument", v),
        _ => Err(PyErr::type_error(format!(
            "unicodedata.{func}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

/// The property of a one-argument property function's character.
fn prop_of(vm: &Vm, func: &str, args: Args<'_>) -> PyResult<Props> {
    one_char(vm, func, args).map(props::props)
}

/// The str object for a value of the category, bidirectional or East
/// Asian width tables: one shared frozen object per value, made once (as
/// CPython interns them), so that `category(ch)` in a loop over a text
/// allocates nothing.
fn property_str(value: &'static str) -> Value {
    static VALUES: OnceLock<HashMap<&'static str, FrozenRef>> = OnceLock::new();
    let values = VALUES.get_or_init(|| {
        tables::CATEGORIES
            .iter()
            .chain(&tables::BIDIRECTIONALS)
            .chain(&tables::EAST_ASIAN_WIDTHS)
            .map(|&v| (v, ObjRef::new_frozen(ObjKind::Str(PyStr::new(v)))))
            .collect()
    });
    values
        .get(value)
        .map_or_else(|| str_value(value), |frozen| frozen.value())
}

fn category(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(property_str(prop_of(vm, "category", args)?.category))
}

fn bidirectional(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(property_str(
        prop_of(vm, "bidirectional", args)?.bidirectional,
    ))
}

fn east_asian_width(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(property_str(
        prop_of(vm, "east_asian_width", args)?.east_asian_width,
    ))
}

fn mirrored(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(i64::from(
        prop_of(vm, "mirrored", args)?.mirrored,
    )))
}

fn combining(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(i64::from(
        prop_of(vm, "combining", args)?.combining,
    )))
}

/// `decomposition(chr)`: the mapping as CPython spells it, e.g.
/// `"<compat> 0020 0308"`; `""` for none (Hangul syllables included).
fn decomposition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "decomposition", args)?;
    let Some((tag, mapping)) = props::decomposition(c) else {
        return Ok(str_value(""));
    };
    let mut fields: Vec<String> = Vec::new();
    if !tag.is_empty() {
        fields.push(tag.to_owned());
    }
    fields.extend(mapping.chars().map(|d| format!("{:04X}", d as u32)));
    Ok(str_value(fields.join(" ")))
}

/// The character and the optional default of `decimal`, `digit`,
/// `numeric` and `name`.
fn char_and_default<'a>(
    vm: &Vm,
    func: &str,
    args: Args<'a>,
) -> PyResult<(char, Option<&'a Value>)> {
    no_keywords(func, &args)?;
    match args.pos {
        [] => Err(PyErr::type_error(format!(
            "{func} expected at least 1 argument, got 0"
        ))),
        [c, rest @ ..] if rest.len() <= 1 => {
            Ok((char_arg(vm, func, " argument 1", c)?, rest.first()))
        }
        _ => Err(PyErr::type_error(format!(
            "{func} expected at most 2 arguments, got {}",
            args.pos.len()
        ))),
    }
}

/// The shared body of `decimal`, `digit` and `numeric`: the value where
/// the character counts as at least `kind`, else the default, else
/// ValueError `missing`.
fn number_value(
    vm: &Vm,
    func: &str,
    args: Args<'_>,
    kind: NumericKind,
    missing: &str,
) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, func, args)?;
    match props::numeric(c) {
        Some((value, k)) if k >= kind => Ok(if kind == NumericKind::Numeric {
            Value::Float(value)
        } else {
            // Decimal and digit values are the integers 0..=9.
            Value::Int(value as i64)
        }),
        _ => default.cloned().ok_or_else(|| PyErr::value_error(missing)),
    }
}

fn decimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number_value(vm, "decimal", args, NumericKind::Decimal, "not a decimal")
}

fn digit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number_value(vm, "digit", args, NumericKind::Digit, "not a digit")
}

fn numeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number_value(
        vm,
        "numeric",
        args,
        NumericKind::Numeric,
        "not a numeric character",
    )
}

fn name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "name", args)?;
    match names::name(c) {
        Some(n) => Ok(str_value(n)),
        None => default
            .cloned()
            .ok_or_else(|| PyErr::value_error("no such name")),
    }
}

/// `lookup(name)`: the character or named sequence called `name` (a str
/// or bytes).
fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("lookup", &args)?;
    let [v] = args.pos else {
        return Err(PyErr::type_error(format!(
            "unicodedata.lookup() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let text = match v.kind() {
        Some(ObjKind::Str(s)) => s.as_str().to_owned(),
        Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    };
    match names::lookup(&text) {
        Some(chars) => Ok(str_value(chars)),
        None => Err(PyErr::new(
            types().key_error,
            format!("undefined character name '{text}'"),
        )),
    }
}

/// The form and the string of `normalize` and `is_normalized`.
fn form_and_text<'a>(vm: &Vm, func: &str, args: &Args<'a>) -> PyResult<(Form, &'a Value, &'a str)> {
    no_keywords(func, args)?;
    let [form, text] = args.pos else {
        return Err(PyErr::type_error(format!(
            "{func} expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    let str_arg = |v: &'a Value, n: usize| match v.data_kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!(
            "{func}() argument {n} must be str, not {}",
            vm.type_name(v)
        ))),
    };
    let form = str_arg(form, 1)?;
    let text_str = str_arg(text, 2)?;
    let form =
        Form::from_name(form).ok_or_else(|| PyErr::value_error("invalid normalization form"))?;
    Ok((form, text, text_str))
}

/// `normalize(form, unistr)`; an already normalized string comes back as
/// the same object.
fn normalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, original, text) = form_and_text(vm, "normalize", &args)?;
    let result = normalize::normalize(form, text);
    if result == text {
        return Ok(original.clone());
    }
    Ok(str_value(result))
}

fn is_normalized(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, _, text) = form_and_text(vm, "is_normalized", &args)?;
    Ok(Value::Bool(normalize::normalize(form, text) == text))
}
