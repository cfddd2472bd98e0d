//! Spelling a numpy script from fuzzer bytes: each operation is a template
//! (one byte picks it) whose placeholders take one byte each, so that
//! every input is a valid script and mutations change one choice at a
//! time. Each operation runs in its own `try`, so one that raises does not
//! hide the next. After each operation the arrays are cut back to
//! `SMALL_ENOUGH` items: a few `np.outer` or `np.tile` in a row would
//! otherwise outgrow the machine's memory (numpy allocations are not under
//! the runtime's item limit).

/// At most this many operations per script.
const MAX_OPS: usize = 48;

/// The variables the operations read and write (`v0` …).
const VARS: &[&str] = &["v0", "v1", "v2", "v3", "v4", "v5"];

/// The import, the check that lets the VM's "internal error" (a caught
/// panic) through, and small arrays of several dtypes and shapes.
const PRELUDE: &str = "\
import numpy as np


def _check(e):
    if 'internal error in taipan' in str(e):
        raise e


def _small(*values):
    return [v.ravel()[:SMALL_ENOUGH] if isinstance(v, np.ndarray) and v.size > SMALL_ENOUGH else v
            for v in values]


SMALL_ENOUGH = 1024

v0 = np.arange(6).reshape(2, 3)
v1 = np.array([[1.5], [-2.0]])
v2 = np.arange(4, dtype=np.uint8)
v3 = np.array(3)
v4 = np.ones((3, 2), dtype=bool)
v5 = np.linspace(0, 1, 4).astype(np.float32)
";

const DTYPES: &[&str] = &[
    "np.bool_",
    "np.uint8",
    "np.int8",
    "np.int16",
    "np.uint16",
    "np.int32",
    "np.uint32",
    "np.int64",
    "np.uint64",
    "np.float16",
    "np.float32",
    "np.float64",
    "float",
    "int",
];

const SHAPES: &[&str] = &[
    "()",
    "(0,)",
    "(1,)",
    "(3,)",
    "(4,)",
    "(2, 2)",
    "(2, 3)",
    "(3, 1)",
    "(1, 4)",
    "(4, 4)",
    "(2, 0)",
    "(2, 1, 2)",
    "(-1,)",
    "(2, -1)",
];

const SCALARS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "255",
    "-128",
    "0.5",
    "-2.5",
    "1e300",
    "float('nan')",
    "float('inf')",
    "True",
    "2**63 - 1",
    "-2**63",
    "2**64",
    "np.float32(1.5)",
    "np.int8(-7)",
    "np.uint8(200)",
    "{a}",
];

const SMALL: &[&str] = &["0", "1", "2", "3", "-1", "4"];

const AXES: &[&str] = &["None", "0", "1", "-1", "2", "(0, 1)"];

const INDEXES: &[&str] = &[
    "0",
    "-1",
    "1:",
    "::-1",
    "::2",
    ":, 0",
    "..., None",
    "None",
    "{a} > 0",
    "[0, -1]",
    "1:3, ::-1",
    "np.newaxis, :",
    "...",
    "()",
    "[True, False]",
    "[[0], [1]]",
    ":, [1, 0]",
    "-5",
];

const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">",
    ">=", "@",
];

const AUGOPS: &[&str] = &[
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@=",
];

const UFUNCS: &[&str] = &[
    "sqrt",
    "exp",
    "log",
    "sin",
    "floor",
    "ceil",
    "isnan",
    "isinf",
    "sign",
    "negative",
    "invert",
    "absolute",
    "square",
    "log1p",
    "expm1",
    "rint",
    "trunc",
    "signbit",
    "isfinite",
    "logical_not",
    "cbrt",
    "arctanh",
];

const UFUNCS2: &[&str] = &[
    "maximum",
    "minimum",
    "power",
    "arctan2",
    "hypot",
    "fmax",
    "fmin",
    "logical_and",
    "bitwise_xor",
    "left_shift",
    "right_shift",
    "mod",
    "floor_divide",
    "true_divide",
    "equal",
    "greater",
    "copysign",
    "heaviside",
    "gcd",
];

const REDUCTIONS: &[&str] = &[
    "sum", "mean", "min", "max", "prod", "std", "var", "argmin", "argmax", "all", "any", "cumsum",
    "cumprod",
];

/// The operations: `{d}` is the variable written, `{a}` and `{b}` ones
/// read; the other placeholders name the tables above.
const OPS: &[&str] = &[
    "{d} = np.zeros({shape}, dtype={dtype})",
    "{d} = np.full({shape}, {scalar}, dtype={dtype})",
    "{d} = (np.arange(16) - 5).astype({dtype})[:{small} * 4].reshape({shape})",
    "{d} = np.linspace(-2, 3, {small}).astype({dtype})",
    "{d} = np.eye({small}, dtype={dtype})",
    "{d} = np.array({scalar}, dtype={dtype})",
    "{d} = np.array([{scalar}, {scalar}, {scalar}])",
    "{d} = {a} {binop} {b}",
    "{d} = {a} {binop} {scalar}",
    "{d} = {scalar} {binop} {a}",
    "{a} {augop} {b}",
    "{a} {augop} {scalar}",
    "{d} = -{a}",
    "{d} = ~{a}",
    "{d} = abs({a})",
    "{d} = np.{ufunc}({a})",
    "{d} = np.{ufunc2}({a}, {b})",
    "{d} = np.clip({a}, {scalar}, {scalar})",
    "{d} = np.round({a}, {small})",
    "{d} = {a}.reshape({shape})",
    "{d} = {a}.T",
    "{d} = np.transpose({a})",
    "{d} = np.expand_dims({a}, {small})",
    "{d} = {a}.squeeze()",
    "{d} = {a}.ravel()",
    "{d} = {a}.flatten()",
    "{d} = np.broadcast_to({a}, {shape})",
    "{d} = np.tile({a}, {small})",
    "{d} = np.repeat({a}, {small}, axis={axis})",
    "{d} = np.flip({a}, axis={axis})",
    "{d} = np.roll({a}, {small}, axis={axis})",
    "{d} = np.pad({a}, {small})",
    "{d} = np.swapaxes({a}, 0, -1)",
    "{d} = np.moveaxis({a}, 0, -1)",
    "{d} = {a}[{index}]",
    "{d} = {a}[{index}, {index}]",
    "{a}[{index}] = {scalar}",
    "{a}[{index}] = {b}",
    "{d} = np.take({a}, [0, -1], axis={axis})",
    "{d} = {a}.{reduce}(axis={axis})",
    "{d} = {a}.{reduce}(axis={axis}, keepdims=True)",
    "{d} = np.{reduce}({a})",
    "{d} = np.median({a}, axis={axis})",
    "{d} = np.sort({a}, axis={axis})",
    "{d} = np.argsort({a}, axis={axis})",
    "{d} = np.unique({a})",
    "{d} = np.nonzero({a})[0]",
    "{d} = np.argwhere({a})",
    "{d} = np.searchsorted(np.sort({a}.ravel()), {b})",
    "{d} = np.partition({a}.ravel(), {small})",
    "{d} = np.concatenate([{a}, {b}], axis={axis})",
    "{d} = np.stack([{a}, {b}], axis={axis})",
    "{d} = np.vstack([{a}, {b}])",
    "{d} = np.hstack([{a}, {b}])",
    "{d} = np.split({a}, {small})[0]",
    "{d} = np.where({a} > {scalar}, {a}, {b})",
    "{d} = np.where({a})[0]",
    "{d} = {a}.astype({dtype})",
    "{d} = np.asarray({a}, dtype={dtype})",
    "{d} = {a}.view({dtype})",
    "{d} = {a} @ {b}",
    "{d} = np.dot({a}, {b})",
    "{d} = np.outer({a}, {b})",
    "{d} = np.linalg.norm({a}, axis={axis})",
    "{d} = np.linalg.inv({a})",
    "{d} = np.linalg.det({a})",
    "{d} = np.fft.rfft({a})",
    "{d} = np.fft.fft({a}, axis={axis})",
    "{d} = np.array({a}.tolist())",
    "print({a}, repr({a}), {a}.dtype, {a}.shape, {a}.strides)",
    "{d} = {a}.item()",
    "{d} = {a}[...].copy()",
    "{d} = np.frombuffer({a}.tobytes(), dtype={dtype})",
    "{d} = np.bincount({a}.ravel())",
    "{d} = np.diff({a}, axis={axis})",
    "{d} = np.isin({a}, {b})",
    "{d} = np.tril({a})",
    "{d} = np.meshgrid({a}, {b})[0]",
    "{d} = float({a})",
    "{d} = bool({a})",
    "{d} = list({a})",
];

/// The fuzzer's bytes, read one choice at a time (zeros once used up).
struct Choices<'a> {
    bytes: std::slice::Iter<'a, u8>,
}

impl Choices<'_> {
    /// One of `items`.
    fn pick<'t>(&mut self, items: &[&'t str]) -> &'t str {
        let byte = self.bytes.next().copied().unwrap_or(0);
        items[usize::from(byte) % items.len()]
    }

    /// Whether any bytes are left.
    fn more(&self) -> bool {
        self.bytes.len() > 0
    }
}

/// The table a placeholder draws from.
fn table(name: &str) -> &'static [&'static str] {
    match name {
        "d" | "a" | "b" => VARS,
        "dtype" => DTYPES,
        "shape" => SHAPES,
        "scalar" => SCALARS,
        "small" => SMALL,
        "axis" => AXES,
        "index" => INDEXES,
        "binop" => BINOPS,
        "augop" => AUGOPS,
        "ufunc" => UFUNCS,
        "ufunc2" => UFUNCS2,
        _ => REDUCTIONS,
    }
}

/// Fills the placeholders of `template`. `{d}`, `{a}` and `{b}` keep their
/// first choice within one operation (`vars`); the others choose anew at
/// each place, and what they choose may hold placeholders in turn.
fn expand(template: &str, choices: &mut Choices<'_>, vars: &mut [Option<&str>; 3]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        let name = &after[..close];
        rest = after.get(close + 1..).unwrap_or("");
        let slot = ["d", "a", "b"].iter().position(|v| *v == name);
        match slot {
            Some(i) => out.push_str(vars[i].get_or_insert_with(|| choices.pick(VARS))),
            None => {
                let chosen = choices.pick(table(name));
                out.push_str(&expand(chosen, choices, vars));
            }
        }
    }
    out.push_str(rest);
    out
}

/// The script `data` spells.
pub fn script(data: &[u8]) -> String {
    let mut choices = Choices { bytes: data.iter() };
    let mut out = String::from(PRELUDE);
    for _ in 0..MAX_OPS {
        if !choices.more() {
            break;
        }
        let op = choices.pick(OPS);
        let line = expand(op, &mut choices, &mut [None; 3]);
        out.push_str(&format!(
            "try:\n    {line}\nexcept Exception as e:\n    _check(e)\n{vars} = _small({vars})\n",
            vars = VARS.join(", ")
        ));
    }
    out
}
