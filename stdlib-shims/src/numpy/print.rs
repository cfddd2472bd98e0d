//! NumPy 2.3's text forms of arrays and scalars: `repr(a)`, `str(a)`,
//! `repr(np.float32(1.5))`, `str(np.float64(1e16))`.
//!
//! The rules follow `numpy/_core/arrayprint.py` (element formatters, line
//! wrapping, summarisation) and NumPy's Dragon4 digit generator (shortest
//! round-trip digits per float type, exact rounding at a cut-off), written
//! anew here in Rust.

use super::dtype::DType;
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};
use std::cmp::Ordering;

/// How a float element type is printed (shortest digits that round-trip in
/// that type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatWidth {
    /// `float16`: 11-bit significand.
    F16,
    /// `float32`: 24-bit significand.
    F32,
    /// `float64`: 53-bit significand.
    F64,
}

/// An array's elements in C (row-major) order, widened for printing.
#[derive(Clone, Copy, Debug)]
pub enum PrintData<'a> {
    /// `bool` elements.
    Bool(&'a [bool]),
    /// `int8` .. `int64` elements.
    Int(&'a [i64]),
    /// `uint8` .. `uint64` elements.
    UInt(&'a [u64]),
    /// `float16` / `float32` / `float64` values, widened exactly to `f64`.
    Float(&'a [f64], FloatWidth),
    /// Elements already written out (by a `formatter` function), printed as
    /// they are.
    Text(&'a [String]),
}

/// NumPy's `floatmode` print option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// Always `precision` fractional digits, rounded exactly.
    Fixed,
    /// Shortest round-trip digits, ignoring `precision`.
    Unique,
    /// Shortest digits, at most `precision` fractional digits (the default).
    MaxPrec,
    /// Like `MaxPrec`, but every element gets as many digits as the longest.
    MaxPrecEqual,
}

/// The `np.set_printoptions` state used by the formatters.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    /// Fractional digits of floats (`precision`, default 8).
    pub precision: usize,
    /// Arrays with more elements than this are summarised (default 1000).
    pub threshold: usize,
    /// The threshold as given when it was a float (`np.inf`), which
    /// `get_printoptions` reports.
    pub threshold_float: Option<f64>,
    /// Items kept at each edge of a summarised axis (default 3).
    pub edgeitems: usize,
    /// Characters per line before wrapping (default 75).
    pub linewidth: usize,
    /// Never switch floats to scientific notation for small values.
    pub suppress: bool,
    /// Sign of positive numbers: `'-'` (none), `'+'` or `' '`.
    pub sign: char,
    /// How many float digits are printed.
    pub floatmode: FloatMode,
    /// A `formatter` is set: arrays print through numpy's Python code,
    /// which calls it.
    pub formatter: bool,
    /// NumPy's `legacy` mode as its number (`'1.25'` is 125, `'2.1'` 201);
    /// [`NO_LEGACY`] when off.
    pub legacy: u32,
}

/// The `legacy` print mode when it is off (NumPy's `sys.maxsize`).
pub const NO_LEGACY: u32 = u32::MAX;

impl Default for PrintOptions {
    /// NumPy's defaults: precision 8, threshold 1000, edgeitems 3,
    /// linewidth 75, no suppress, sign `'-'`, floatmode `maxprec`.
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            threshold_float: None,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            sign: '-',
            floatmode: FloatMode::MaxPrec,
            formatter: false,
            legacy: NO_LEGACY,
        }
    }
}

/// `repr(a)` of an array of `shape` holding `data` (all of it, C order).
pub fn array_repr(
    shape: &[usize],
    data: PrintData<'_>,
    dtype: DType,
    opts: &PrintOptions,
) -> String {
    const PREFIX: &str = "array(";
    let size: usize = shape.iter().product();
    let body = if size == 0 {
        "[]".to_string()
    } else {
        let width = opts.linewidth as isize - 1;
        array_to_string(shape, data, opts, ", ", PREFIX.len(), width)
    };
    let mut extras = Vec::new();
    // NumPy 2.2 added the shape of summarised arrays (not in legacy 2.1).
    if (size == 0 && shape != [0]) || (opts.legacy > 210 && size > opts.threshold) {
        extras.push(format!("shape={}", shape_tuple(shape)));
    }
    if !dtype_is_implied(dtype) || size == 0 {
        extras.push(format!("dtype={}", dtype.name()));
    }
    if extras.is_empty() {
        return format!("{PREFIX}{body})");
    }
    let head = format!("{PREFIX}{body},");
    let tail = format!("{})", extras.join(", "));
    let last_line = head.len() - head.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line + tail.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(PREFIX.len()))
    } else {
        " ".to_string()
    };
    format!("{head}{spacer}{tail}")
}

/// `str(a)` (what `print(a)` shows) of an array of `shape` holding `data`.
pub fn array_str(
    shape: &[usize],
    data: PrintData<'_>,
    dtype: DType,
    opts: &PrintOptions,
) -> String {
    if shape.is_empty() {
        return scalar_str(data, dtype, opts);
    }
    if shape.iter().product::<usize>() == 0 {
        return "[]".to_string();
    }
    array_to_string(shape, data, opts, " ", 0, opts.linewidth as isize)
}

/// Python's `True`/`False`.
fn python_bool_text(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

/// `repr` of a NumPy scalar (the first element of `data`): `np.float32(1.5)`,
/// `np.int64(3)`, `np.True_`; in legacy modes up to 1.25 the bare value, as
/// NumPy 1 printed it. Print options do not apply to scalars.
pub fn scalar_repr(data: PrintData<'_>, dtype: DType, opts: &PrintOptions) -> String {
    if opts.legacy <= 125 {
        return match data {
            PrintData::Bool(v) => python_bool_text(v.first().copied().unwrap_or(false)),
            _ => scalar_str(data, dtype, opts),
        };
    }
    match data {
        PrintData::Bool(v) => {
            if v.first().copied().unwrap_or(false) {
                "np.True_".to_string()
            } else {
                "np.False_".to_string()
            }
        }
        _ => format!("np.{}({})", dtype.name(), scalar_str(data, dtype, opts)),
    }
}

/// `str` of a NumPy scalar (the first element of `data`): `1.5`, `1e+16`,
/// `True`. Floats use their shortest round-trip digits.
pub fn scalar_str(data: PrintData<'_>, _dtype: DType, _opts: &PrintOptions) -> String {
    match data {
        PrintData::Bool(v) => {
            if v.first().copied().unwrap_or(false) {
                "True".to_string()
            } else {
                "False".to_string()
            }
        }
        PrintData::Int(v) => v.first().copied().unwrap_or(0).to_string(),
        PrintData::UInt(v) => v.first().copied().unwrap_or(0).to_string(),
        PrintData::Float(v, width) => float_scalar_str(v.first().copied().unwrap_or(0.0), width),
        PrintData::Text(v) => v.first().cloned().unwrap_or_default(),
    }
}

/// A float scalar's `str`: positional between 1e-4 and a per-type bound
/// (1e3 for float16, 1e6 for float32, 1e16 for float64), else scientific.
fn float_scalar_str(x: f64, width: FloatWidth) -> String {
    let max_positional = match width {
        FloatWidth::F16 => 1e3,
        FloatWidth::F32 => 1e6,
        FloatWidth::F64 => 1e16,
    };
    let abs = x.abs();
    let positional = x.is_nan() || x == 0.0 || (abs < max_positional && abs >= 1e-4);
    let mut opts = Dragon4Options::shortest(Trim::LeaveOneZero);
    if positional {
        opts.fractional = false;
        format_positional(x, width, &opts)
    } else {
        opts.trim = Trim::DptZeros;
        format_scientific(x, width, &opts)
    }
}

/// The arguments of NumPy's `format_float_positional` and
/// `format_float_scientific` (`-1` for an integer left unset).
#[derive(Clone, Copy, Debug)]
pub struct FloatSpec {
    /// Scientific (`d.ddde+XX`) rather than positional.
    pub scientific: bool,
    /// Shortest digits that read back to the value (else `precision` digits).
    pub unique: bool,
    /// Positional: `precision` counts digits after the point, not all digits.
    pub fractional: bool,
    /// The most digits (`-1`: no limit).
    pub precision: i32,
    /// The fewest digits (`-1`: no minimum).
    pub min_digits: i32,
    /// `+` before positive values.
    pub sign: bool,
    /// `'k'`, `'.'`, `'0'` or `'-'`: trailing zeros and point.
    pub trim: char,
    /// Pad the part left of the point to this many characters.
    pub pad_left: i32,
    /// Positional: pad the fraction to this many characters.
    pub pad_right: i32,
    /// Scientific: at least this many exponent digits.
    pub exp_digits: i32,
}

/// `x` laid out as `format_float_positional` / `format_float_scientific`
/// say, with the shortest digits of its type `width`; `None` when `trim`
/// is not one of NumPy's four.
pub fn format_float(x: f64, width: FloatWidth, f: &FloatSpec) -> Option<String> {
    let trim = match f.trim {
        'k' => Trim::Keep,
        '.' => Trim::Zeros,
        '0' => Trim::LeaveOneZero,
        '-' => Trim::DptZeros,
        _ => return None,
    };
    let o = Dragon4Options {
        unique: f.unique,
        fractional: f.fractional,
        precision: f.precision,
        min_digits: f.min_digits,
        sign: f.sign,
        trim,
        pad_left: f.pad_left,
        pad_right: f.pad_right,
        exp_digits: f.exp_digits,
    };
    Some(if f.scientific {
        format_scientific(x, width, &o)
    } else {
        format_positional(x, width, &o)
    })
}

/// Whether `repr` leaves out `dtype=` for this type.
fn dtype_is_implied(dtype: DType) -> bool {
    matches!(dtype, DType::Int64 | DType::Float64 | DType::Bool)
}

/// A shape as Python prints a tuple: `(3,)`, `(2, 0)`, `()`.
fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

// ---------------------------------------------------------------------------
// Layout: brackets, separators, wrapping, summarisation.
// ---------------------------------------------------------------------------

/// The parts of `_formatArray` that stay fixed during the recursion.
struct Layout<'a> {
    shape: &'a [usize],
    strides: Vec<usize>,
    separator: &'a str,
    edgeitems: usize,
    summarise: bool,
    format: &'a ElemFormat,
    data: PrintData<'a>,
}

/// The bracketed text of a non-empty array (no `array(`), wrapped so lines
/// stay within `width`; `prefix_len` is the length of what will precede it.
pub fn array_to_string(
    shape: &[usize],
    data: PrintData<'_>,
    opts: &PrintOptions,
    separator: &str,
    prefix_len: usize,
    width: isize,
) -> String {
    let strides = c_strides(shape);
    let size: usize = shape.iter().product();
    let summarise = size > opts.threshold;
    let shown = shown_indices(shape, &strides, opts.edgeitems, summarise);
    let format = ElemFormat::new(data, &shown, !shape.is_empty(), opts);
    let layout = Layout {
        shape,
        strides,
        separator,
        edgeitems: opts.edgeitems,
        summarise,
        format: &format,
        data,
    };
    let hanging = " ".repeat(1 + prefix_len);
    layout.recurse(0, 0, &hanging, width)
}

/// Row-major strides, in elements.
fn c_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for axis in (0..shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * shape[axis + 1];
    }
    strides
}

/// Flat indices of the elements that are printed (all of them, or the
/// corners kept by summarisation), in C order.
fn shown_indices(shape: &[usize], strides: &[usize], edge: usize, summarise: bool) -> Vec<usize> {
    let mut out = Vec::new();
    collect_shown(shape, strides, edge, summarise, 0, 0, &mut out);
    out
}

/// Recursive helper of [`shown_indices`].
fn collect_shown(
    shape: &[usize],
    strides: &[usize],
    edge: usize,
    summarise: bool,
    axis: usize,
    offset: usize,
    out: &mut Vec<usize>,
) {
    if axis == shape.len() {
        out.push(offset);
        return;
    }
    for i in axis_items(shape[axis], edge, summarise) {
        collect_shown(
            shape,
            strides,
            edge,
            summarise,
            axis + 1,
            offset + i * strides[axis],
            out,
        );
    }
}

/// The indices kept along an axis of length `n`.
fn axis_items(n: usize, edge: usize, summarise: bool) -> Vec<usize> {
    // NumPy keeps `a[:edge]` and `a[-edge:]`; with `edge == 0` the latter
    // is the whole axis.
    if summarise && n > 2 * edge && edge > 0 {
        (0..edge).chain(n - edge..n).collect()
    } else {
        (0..n).collect()
    }
}

impl Layout<'_> {
    /// The text of the sub-array at `axis` starting at flat `offset`.
    fn recurse(&self, axis: usize, offset: usize, hanging: &str, width: isize) -> String {
        if axis == self.shape.len() {
            return self.format.format(self.data, offset);
        }
        let next_hanging = format!("{hanging} ");
        let next_width = width - 1;
        let len = self.shape[axis];
        let summary = self.summarise && 2 * self.edgeitems < len;
        let (leading, trailing) = if summary {
            (self.edgeitems, self.edgeitems)
        } else {
            (0, len)
        };
        let mut items: Vec<Option<usize>> = (0..leading).map(Some).collect();
        if summary {
            items.push(None);
        }
        // The last item is always shown, even with `edgeitems == 0`.
        items.extend((len - trailing.max(1)..len).map(Some));
        let child = |i: usize| {
            self.recurse(
                axis + 1,
                offset + i * self.strides[axis],
                &next_hanging,
                next_width,
            )
        };
        let s = if axis + 1 == self.shape.len() {
            self.row(&items, &child, hanging, width)
        } else {
            self.block(&items, &child, hanging, self.shape.len() - axis)
        };
        format!("[{}]", s.strip_prefix(hanging).unwrap_or(&s))
    }

    /// The last axis: elements joined by the separator, wrapped at `width`.
    fn row(
        &self,
        items: &[Option<usize>],
        child: &dyn Fn(usize) -> String,
        hanging: &str,
        width: isize,
    ) -> String {
        let sep_width = self.separator.trim_end().len().max(1) as isize;
        let elem_width = width - sep_width;
        let mut s = String::new();
        let mut line = hanging.to_string();
        for (k, item) in items.iter().enumerate() {
            let word = match item {
                Some(i) => child(*i),
                None => "...".to_string(),
            };
            extend_line(&mut s, &mut line, &word, elem_width, hanging);
            if k + 1 < items.len() {
                line.push_str(self.separator);
            }
        }
        s.push_str(&line);
        s
    }

    /// A higher axis: sub-arrays on their own lines, separated by
    /// `axes_left - 1` newlines.
    fn block(
        &self,
        items: &[Option<usize>],
        child: &dyn Fn(usize) -> String,
        hanging: &str,
        axes_left: usize,
    ) -> String {
        let line_sep = format!(
            "{}{}",
            self.separator.trim_end(),
            "\n".repeat(axes_left - 1)
        );
        let mut s = String::new();
        for (k, item) in items.iter().enumerate() {
            s.push_str(hanging);
            match item {
                Some(i) => s.push_str(&child(*i)),
                None => s.push_str("..."),
            }
            if k + 1 < items.len() {
                s.push_str(&line_sep);
            }
        }
        s
    }
}

/// Appends `word` to `line`, first moving `line` into `s` and starting a
/// new one at `prefix` when the word would pass `width` (unless the line
/// holds nothing but the prefix).
fn extend_line(s: &mut String, line: &mut String, word: &str, width: isize, prefix: &str) {
    let too_long = (line.len() + word.len()) as isize > width;
    if too_long && line.len() > prefix.len() {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = prefix.to_string();
    }
    line.push_str(word);
}

// ---------------------------------------------------------------------------
// Element formatters.
// ---------------------------------------------------------------------------

/// The formatter chosen for an array from the elements it shows.
enum ElemFormat {
    Bool { true_str: &'static str },
    Int { sign: char, width: usize },
    Float(FloatFormat),
    Text,
}

impl ElemFormat {
    /// The formatter for `data`, sized from the elements at `shown`;
    /// `has_axes` is false for 0-d arrays.
    fn new(
        data: PrintData<'_>,
        shown: &[usize],
        has_axes: bool,
        opts: &PrintOptions,
    ) -> ElemFormat {
        match data {
            PrintData::Bool(_) => ElemFormat::Bool {
                true_str: if has_axes { " True" } else { "True" },
            },
            PrintData::Int(v) => {
                let vals: Vec<i128> = shown.iter().map(|&i| i128::from(at(v, i))).collect();
                int_format(&vals, opts.sign)
            }
            PrintData::UInt(v) => {
                let vals: Vec<i128> = shown.iter().map(|&i| i128::from(at(v, i))).collect();
                int_format(&vals, opts.sign)
            }
            PrintData::Float(v, width) => {
                let vals: Vec<f64> = shown.iter().map(|&i| at(v, i)).collect();
                ElemFormat::Float(FloatFormat::new(&vals, width, opts))
            }
            PrintData::Text(_) => ElemFormat::Text,
        }
    }

    /// The text of element `i` of `data`.
    fn format(&self, data: PrintData<'_>, i: usize) -> String {
        match (self, data) {
            (ElemFormat::Bool { true_str }, PrintData::Bool(v)) => {
                if at(v, i) {
                    true_str.to_string()
                } else {
                    "False".to_string()
                }
            }
            (ElemFormat::Int { sign, width }, PrintData::Int(v)) => {
                format_int(i128::from(at(v, i)), *sign, *width)
            }
            (ElemFormat::Int { sign, width }, PrintData::UInt(v)) => {
                format_int(i128::from(at(v, i)), *sign, *width)
            }
            (ElemFormat::Float(f), PrintData::Float(v, _)) => f.format(at(v, i)),
            (ElemFormat::Text, PrintData::Text(v)) => v.get(i).cloned().unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// Element `i`, or the default value when `data` is shorter than its shape.
fn at<T: Copy + Default>(data: &[T], i: usize) -> T {
    data.get(i).copied().unwrap_or_default()
}

/// NumPy's `IntegerFormat`: one width for every element.
fn int_format(vals: &[i128], sign: char) -> ElemFormat {
    let max = vals.iter().copied().max().unwrap_or(0);
    let min = vals.iter().copied().min().unwrap_or(0);
    let mut sign = if matches!(sign, '+' | ' ') { sign } else { '-' };
    if sign == ' ' && min < 0 {
        sign = '-';
    }
    let mut max_len = max.to_string().len();
    if max >= 0 && sign != '-' {
        max_len += 1;
    }
    let width = max_len.max(min.to_string().len());
    ElemFormat::Int { sign, width }
}

/// One integer, with `sign` for non-negative values, right-aligned.
fn format_int(x: i128, sign: char, width: usize) -> String {
    let s = if x >= 0 && sign != '-' {
        format!("{sign}{x}")
    } else {
        x.to_string()
    };
    format!("{s:>width$}")
}

/// NumPy's `FloatingFormat`: digits, padding and notation chosen from all
/// the elements shown.
#[derive(Clone, Debug)]
struct FloatFormat {
    width: FloatWidth,
    sign: char,
    exp_format: bool,
    d4: Dragon4Options,
}

impl FloatFormat {
    /// Sizes the format from `vals` (the shown elements).
    fn new(vals: &[f64], width: FloatWidth, opts: &PrintOptions) -> FloatFormat {
        let sign = if matches!(opts.sign, '+' | ' ') {
            opts.sign
        } else {
            '-'
        };
        let precision = match opts.floatmode {
            FloatMode::Unique => -1,
            _ => opts.precision as i32,
        };
        let finite: Vec<f64> = vals.iter().copied().filter(|v| v.is_finite()).collect();
        let exp_format = use_exp_format(&finite, width, opts);
        let mut d4 = Dragon4Options::shortest(Trim::Zeros);
        d4.precision = precision;
        d4.sign = sign == '+';
        let mut f = FloatFormat {
            width,
            sign,
            exp_format,
            d4,
        };
        if finite.is_empty() {
            // Only nan / inf: their width comes from the padding alone.
            f.d4.pad_left = 0;
            f.d4.pad_right = 0;
        } else {
            // The first pass: shortest digits (or exact ones in `fixed`).
            if opts.floatmode == FloatMode::Fixed {
                f.d4.trim = Trim::Keep;
                f.d4.unique = false;
            }
            if exp_format {
                f.fill_scientific(&finite);
            } else {
                f.fill_positional(&finite, opts.floatmode);
            }
        }
        f.pad_for_sign_and_specials(vals, &finite);
        f
    }

    /// First pass in scientific notation: the widest mantissa and exponent.
    fn fill_scientific(&mut self, finite: &[f64]) {
        let mut int_len = 0;
        let mut frac_len = 0;
        let mut exp_len = 0;
        for &x in finite {
            let s = format_scientific(x, self.width, &self.d4);
            let (mantissa, exp) = s.split_once('e').unwrap_or((&s, ""));
            let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
            int_len = int_len.max(int.len());
            frac_len = frac_len.max(frac.len());
            exp_len = exp_len.max(exp.len());
        }
        let exp_size = exp_len as i32 - 1;
        self.d4.trim = Trim::Keep;
        self.d4.precision = frac_len as i32;
        self.d4.min_digits = frac_len as i32;
        self.d4.pad_left = int_len as i32;
        self.d4.pad_right = exp_size + 2 + frac_len as i32;
        self.d4.exp_digits = exp_size;
    }

    /// First pass in positional notation: widest integer and fraction parts.
    fn fill_positional(&mut self, finite: &[f64], mode: FloatMode) {
        let mut int_len = 0;
        let mut frac_len = 0;
        for &x in finite {
            let s = format_positional(x, self.width, &self.d4);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            int_len = int_len.max(int.len());
            frac_len = frac_len.max(frac.len());
        }
        self.d4.pad_left = int_len as i32;
        self.d4.pad_right = frac_len as i32;
        if matches!(mode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
            self.d4.precision = frac_len as i32;
            self.d4.min_digits = frac_len as i32;
            self.d4.trim = Trim::Keep;
        } else {
            self.d4.trim = Trim::Zeros;
            self.d4.min_digits = 0;
        }
    }

    /// Room for `sign=' '` and for `nan` / `inf` / `-inf`.
    fn pad_for_sign_and_specials(&mut self, vals: &[f64], finite: &[f64]) {
        if self.sign == ' ' && !finite.iter().any(|v| v.is_sign_negative()) {
            self.d4.pad_left += 1;
        }
        if vals.len() != finite.len() {
            let neg_inf = self.sign != '-' || vals.iter().any(|v| v.is_infinite() && *v < 0.0);
            let offset = self.d4.pad_right + 1;
            let inf_len = 3 + i32::from(neg_inf);
            self.d4.pad_left = self.d4.pad_left.max(3 - offset).max(inf_len - offset);
        }
    }

    /// One element's text.
    fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let plus = if self.sign == '+' { "+" } else { "" };
            let text = if x.is_nan() {
                format!("{plus}nan")
            } else if x < 0.0 {
                "-inf".to_string()
            } else {
                format!("{plus}inf")
            };
            let total = (self.d4.pad_left + self.d4.pad_right + 1).max(0) as usize;
            return format!("{text:>total$}");
        }
        if self.exp_format {
            format_scientific(x, self.width, &self.d4)
        } else {
            format_positional(x, self.width, &self.d4)
        }
    }
}

/// Whether an array's finite values go to scientific notation: when the
/// largest magnitude reaches 1e3 / 1e6 / 1e8 (float16 / 32 / 64) or, without
/// `suppress`, when the smallest non-zero one is under 1e-4 or the ratio of
/// largest to smallest passes 1000 (compared in the element type).
/// Legacy modes up to 2.2 use 1e8 for every float type.
fn use_exp_format(finite: &[f64], width: FloatWidth, opts: &PrintOptions) -> bool {
    let suppress = opts.suppress;
    let mut nonzero = finite.iter().filter(|v| **v != 0.0).map(|v| v.abs());
    let Some(first) = nonzero.next() else {
        return false;
    };
    let (min, max) = nonzero.fold((first, first), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let cutoff = match width {
        _ if opts.legacy <= 202 => 1e8,
        FloatWidth::F16 => 1e3,
        FloatWidth::F32 => 1e6,
        FloatWidth::F64 => 1e8,
    };
    max >= cutoff
        || (!suppress && (min < round_to(1e-4, width) || round_to(max / min, width) > 1000.0))
}

/// `x` rounded to the nearest value of the element type.
fn round_to(x: f64, width: FloatWidth) -> f64 {
    match width {
        FloatWidth::F16 => half::f16::from_f64(x).to_f64(),
        FloatWidth::F32 => f64::from(x as f32),
        FloatWidth::F64 => x,
    }
}

// ---------------------------------------------------------------------------
// Dragon4: digit generation and positional / scientific layout.
// ---------------------------------------------------------------------------

/// What to do with trailing zeros and the decimal point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trim {
    /// `'k'`: keep trailing zeros and the point.
    Keep,
    /// `'.'`: drop trailing zeros, keep the point (`1.`).
    Zeros,
    /// `'0'`: drop trailing zeros but keep one after the point (`1.0`).
    LeaveOneZero,
    /// `'-'`: drop trailing zeros and a bare point (`1`).
    DptZeros,
}

/// The arguments of NumPy's `dragon4_positional` / `dragon4_scientific`
/// (`-1` means unset, as in NumPy).
#[derive(Clone, Copy, Debug)]
struct Dragon4Options {
    unique: bool,
    /// Precision counts fractional digits (else all significant digits);
    /// positional only.
    fractional: bool,
    precision: i32,
    min_digits: i32,
    sign: bool,
    trim: Trim,
    pad_left: i32,
    pad_right: i32,
    exp_digits: i32,
}

impl Dragon4Options {
    /// Shortest round-trip digits, no padding, with `trim`.
    fn shortest(trim: Trim) -> Dragon4Options {
        Dragon4Options {
            unique: true,
            fractional: true,
            precision: -1,
            min_digits: -1,
            sign: false,
            trim,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    }
}

/// A finite float as `mantissa * 2^exponent` in its own type.
struct FloatParts {
    negative: bool,
    mantissa: u64,
    exponent: i32,
    /// Index of the highest mantissa bit a normal value has.
    mantissa_bit: i32,
    /// The gap to the next value below is half the gap above (a power of two).
    unequal_margins: bool,
}

/// Splits `x` (exactly representable in `width`) into its parts.
fn float_parts(x: f64, width: FloatWidth) -> FloatParts {
    let (bits, frac_bits, exp_bits, bias) = match width {
        FloatWidth::F16 => (u64::from(half::f16::from_f64(x).to_bits()), 10, 5, 15),
        FloatWidth::F32 => (u64::from((x as f32).to_bits()), 23, 8, 127),
        FloatWidth::F64 => (x.to_bits(), 52, 11, 1023),
    };
    let frac = bits & ((1u64 << frac_bits) - 1);
    let biased = ((bits >> frac_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let negative = (bits >> (frac_bits + exp_bits)) & 1 == 1;
    if biased != 0 {
        FloatParts {
            negative,
            mantissa: (1u64 << frac_bits) | frac,
            exponent: biased - bias - frac_bits,
            mantissa_bit: frac_bits,
            unequal_margins: biased != 1 && frac == 0,
        }
    } else {
        FloatParts {
            negative,
            mantissa: frac,
            exponent: 1 - bias - frac_bits,
            mantissa_bit: 63 - frac.max(1).leading_zeros() as i32,
            unequal_margins: false,
        }
    }
}

/// Where Dragon4 stops: limits in decimal digits, `-1` for none.
#[derive(Clone, Copy)]
struct Cutoff {
    /// Limits count digits after the point (else significant digits).
    fractional: bool,
    max: i32,
    min: i32,
}

/// The big-integer state of Dragon4: value, scale and margins.
struct Scaled {
    value: BigUint,
    scale: BigUint,
    margin_low: BigUint,
    high_is_double: bool,
    /// The mantissa is even: a value exactly on a margin rounds to it.
    is_even: bool,
}

impl Scaled {
    /// `value / scale` is the float, the margins are half gaps to the
    /// neighbouring floats, all scaled by 2 (or 4) to stay integers.
    fn new(p: &FloatParts) -> Scaled {
        let shift = if p.unequal_margins { 2 } else { 1 };
        let (value, scale, margin_low) = if p.exponent > 0 {
            let e = p.exponent as usize;
            (
                BigUint::from(p.mantissa) << (e + shift),
                BigUint::from(1u32 << shift),
                BigUint::one() << e,
            )
        } else {
            let e = (-p.exponent) as usize;
            (
                BigUint::from(p.mantissa) << shift,
                BigUint::one() << (e + shift),
                BigUint::one(),
            )
        };
        Scaled {
            value,
            scale,
            margin_low,
            high_is_double: p.unequal_margins,
            is_even: p.mantissa & 1 == 0,
        }
    }

    /// Divides by a power of ten so the first digit comes out next; returns
    /// that power plus one. A fractional cut-off above the value starts
    /// the digits at the cut-off instead.
    fn scale_to_first_digit(&mut self, p: &FloatParts, cut: Cutoff) -> i32 {
        let log10_2 = std::f64::consts::LOG10_2;
        let estimate = f64::from(p.mantissa_bit + p.exponent) * log10_2 - 0.69;
        let mut digit_exp = estimate.ceil() as i32;
        if cut.max >= 0 && cut.fractional && digit_exp <= -cut.max {
            digit_exp = -cut.max + 1;
        }
        match digit_exp.cmp(&0) {
            Ordering::Greater => self.scale *= pow10(digit_exp as u32),
            Ordering::Less => {
                let p10 = pow10((-digit_exp) as u32);
                self.value *= &p10;
                self.margin_low *= &p10;
            }
            Ordering::Equal => {}
        }
        if self.value >= self.scale {
            digit_exp + 1
        } else {
            self.times_ten();
            digit_exp
        }
    }

    /// Pushes digits until the value is pinned down (`unique`) or exact,
    /// or a limit is reached; returns the final digit, not yet pushed, and
    /// whether the value lies within the low / high margin.
    fn generate(
        &mut self,
        unique: bool,
        mut digit_exp: i32,
        (max_exp, min_exp): (i32, i32),
        digits: &mut Vec<u8>,
    ) -> (u8, bool, bool) {
        loop {
            digit_exp -= 1;
            let digit = self.next_digit();
            let (low, high) = if unique {
                self.within_margins()
            } else {
                (false, false)
            };
            let done = if unique {
                ((low || high) && digit_exp <= min_exp) || digit_exp == max_exp
            } else {
                self.value.is_zero() || digit_exp == max_exp
            };
            if done {
                return (digit, low, high);
            }
            digits.push(digit);
            self.times_ten();
        }
    }

    /// Whether the remainder is within the low margin, and whether the
    /// remainder plus the high margin reaches the next digit.
    fn within_margins(&self) -> (bool, bool) {
        let cmp_low = self.value.cmp(&self.margin_low);
        let cmp_high = (&self.value + self.margin_high()).cmp(&self.scale);
        let low = cmp_low == Ordering::Less || (self.is_even && cmp_low == Ordering::Equal);
        let high = cmp_high == Ordering::Greater || (self.is_even && cmp_high == Ordering::Equal);
        (low, high)
    }

    /// Whether the final `digit` stays as is: per the margins, or when both
    /// or neither allow it, by comparing the remainder with one half (ties
    /// to even).
    fn rounds_down(&self, digit: u8, low: bool, high: bool) -> bool {
        if low != high {
            return low;
        }
        let twice: BigUint = &self.value << 1u32;
        match twice.cmp(&self.scale) {
            Ordering::Less => true,
            Ordering::Greater => false,
            Ordering::Equal => digit & 1 == 0,
        }
    }

    /// The upper margin.
    fn margin_high(&self) -> BigUint {
        if self.high_is_double {
            &self.margin_low << 1
        } else {
            self.margin_low.clone()
        }
    }

    /// Multiplies the value and margins by 10.
    fn times_ten(&mut self) {
        self.value *= 10u32;
        self.margin_low *= 10u32;
    }

    /// Takes the next digit out of the value.
    fn next_digit(&mut self) -> u8 {
        let digit = (&self.value / &self.scale).to_u8().unwrap_or(0);
        self.value %= &self.scale;
        digit
    }
}

/// Dragon4: the decimal digits of a finite value and the power of ten of
/// the first one. `unique` gives the shortest digits that round-trip (then
/// `cut.min` can ask for more); otherwise digits of the exact value. The
/// last digit is rounded half-to-even on the exact remainder.
fn dragon4(p: &FloatParts, unique: bool, cut: Cutoff) -> (Vec<u8>, i32) {
    if p.mantissa == 0 {
        return (vec![0], 0);
    }
    let mut st = Scaled::new(p);
    let digit_exp = st.scale_to_first_digit(p, cut);
    let limits = cut_exponents(digit_exp, cut);
    let mut out_exp = digit_exp - 1;
    let mut digits = Vec::new();
    let (digit, low, high) = st.generate(unique, digit_exp, limits, &mut digits);
    if st.rounds_down(digit, low, high) {
        digits.push(digit);
    } else {
        round_up(&mut digits, digit, &mut out_exp);
    }
    (digits, out_exp)
}

/// The powers of ten where digit generation must stop (`max`) and may
/// stop (`min`), given the power of ten just above the first digit.
fn cut_exponents(digit_exp: i32, cut: Cutoff) -> (i32, i32) {
    const BUFFER: i32 = 16383;
    let desired = |limit: i32| {
        if cut.fractional {
            -limit
        } else {
            digit_exp - limit
        }
    };
    let mut max_exp = digit_exp - BUFFER;
    if cut.max >= 0 {
        max_exp = max_exp.max(desired(cut.max));
    }
    let mut min_exp = digit_exp;
    if cut.min >= 0 {
        min_exp = min_exp.min(desired(cut.min));
    }
    (max_exp, min_exp)
}

/// Appends `digit + 1`, carrying into earlier digits (trailing nines drop).
fn round_up(digits: &mut Vec<u8>, digit: u8, out_exp: &mut i32) {
    if digit < 9 {
        digits.push(digit + 1);
        return;
    }
    loop {
        match digits.pop() {
            None => {
                digits.push(1);
                *out_exp += 1;
                return;
            }
            Some(9) => {}
            Some(d) => {
                digits.push(d + 1);
                return;
            }
        }
    }
}

/// `10^n` as a big integer.
fn pow10(n: u32) -> BigUint {
    BigUint::from(10u32).pow(n)
}

/// The text of `inf`/`nan` as Dragon4 prints it (sign only for inf).
fn special_text(x: f64, sign: bool) -> String {
    if x.is_nan() {
        "nan".to_string()
    } else if x < 0.0 {
        "-inf".to_string()
    } else if sign {
        "+inf".to_string()
    } else {
        "inf".to_string()
    }
}

/// The sign prefix of a finite value.
fn sign_text(negative: bool, sign: bool) -> &'static str {
    if negative {
        "-"
    } else if sign {
        "+"
    } else {
        ""
    }
}

/// Digits as ASCII.
fn digit_string(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

/// NumPy's `dragon4_positional`: `x` as `ddd.ddd`.
fn format_positional(x: f64, width: FloatWidth, o: &Dragon4Options) -> String {
    if !x.is_finite() {
        return special_text(x, o.sign);
    }
    let p = float_parts(x, width);
    let sign = sign_text(p.negative, o.sign);
    let cut = Cutoff {
        fractional: o.fractional,
        max: o.precision,
        min: o.min_digits,
    };
    let (digits, exp) = dragon4(&p, o.unique, cut);
    let (mut body, whole, mut frac) = place_point(&digits, exp);
    if o.trim != Trim::DptZeros && frac == 0 {
        body.push('.');
    }
    let add = if o.unique { o.min_digits } else { o.precision };
    let desired = if o.fractional {
        add.max(0)
    } else {
        add - whole as i32
    };
    match o.trim {
        Trim::LeaveOneZero if frac == 0 => {
            body.push('0');
            frac = 1;
        }
        Trim::Keep if desired > frac as i32 => {
            let more = desired as usize - frac;
            body.push_str(&"0".repeat(more));
            frac += more;
        }
        _ => {}
    }
    if o.trim != Trim::Keep && frac > 0 {
        frac = trim_zeros(&mut body, frac, o.trim);
    }
    if o.pad_right >= frac as i32 {
        if o.trim == Trim::DptZeros && frac == 0 {
            body.push(' ');
        }
        body.push_str(&" ".repeat(o.pad_right as usize - frac));
    }
    let used = whole + sign.len();
    let left = (o.pad_left.max(0) as usize).saturating_sub(used);
    format!("{}{sign}{body}", " ".repeat(left))
}

/// Digits with the point placed for the first digit's power of ten `exp`
/// (no point when there is no fraction); also returns the counts of whole
/// and fractional digits.
fn place_point(digits: &[u8], exp: i32) -> (String, usize, usize) {
    let text = digit_string(digits);
    if exp >= 0 {
        let whole = (exp + 1) as usize;
        if digits.len() <= whole {
            (
                format!("{text}{}", "0".repeat(whole - digits.len())),
                whole,
                0,
            )
        } else {
            let (int, fr) = text.split_at(whole);
            (format!("{int}.{fr}"), whole, fr.len())
        }
    } else {
        let zeros = (-(exp + 1)) as usize;
        (
            format!("0.{}{text}", "0".repeat(zeros)),
            1,
            zeros + digits.len(),
        )
    }
}

/// Drops trailing zeros of the fraction (and, per `trim`, restores one zero
/// or removes the bare point); returns the fractional digits left.
fn trim_zeros(body: &mut String, mut frac: usize, trim: Trim) -> usize {
    while body.ends_with('0') && frac > 0 {
        body.pop();
        frac -= 1;
    }
    if body.ends_with('.') {
        match trim {
            Trim::LeaveOneZero => {
                body.push('0');
                frac += 1;
            }
            Trim::DptZeros => {
                body.pop();
            }
            _ => {}
        }
    }
    frac
}

/// NumPy's `dragon4_scientific`: `x` as `d.ddde+XX`.
fn format_scientific(x: f64, width: FloatWidth, o: &Dragon4Options) -> String {
    if !x.is_finite() {
        return special_text(x, o.sign);
    }
    let p = float_parts(x, width);
    let sign = sign_text(p.negative, o.sign);
    let left = (o.pad_left.max(0) as usize).saturating_sub(1 + sign.len());
    let cut = Cutoff {
        fractional: false,
        max: if o.precision < 0 { -1 } else { o.precision + 1 },
        min: if o.min_digits < 0 {
            -1
        } else {
            o.min_digits + 1
        },
    };
    let (digits, exp) = dragon4(&p, o.unique, cut);
    let text = digit_string(&digits);
    let (first, rest) = text.split_at(1.min(text.len()));
    let mut body = first.to_string();
    let mut frac = rest.len();
    if frac > 0 {
        body.push('.');
        body.push_str(rest);
    } else if o.trim != Trim::DptZeros {
        body.push('.');
    }
    let add = if o.unique { o.min_digits } else { o.precision }.max(0) as usize;
    match o.trim {
        Trim::LeaveOneZero if frac == 0 => {
            body.push('0');
            frac = 1;
        }
        Trim::Keep if add > frac => {
            body.push_str(&"0".repeat(add - frac));
            frac = add;
        }
        _ => {}
    }
    if o.trim != Trim::Keep && frac > 0 {
        while body.ends_with('0') {
            body.pop();
        }
        if o.trim == Trim::LeaveOneZero && body.ends_with('.') {
            body.push('0');
        }
    }
    format!(
        "{}{sign}{body}{}",
        " ".repeat(left),
        exponent_text(exp, o.exp_digits)
    )
}

/// `e+XX`: the exponent with at least `exp_digits` digits (2 when unset).
fn exponent_text(exp: i32, exp_digits: i32) -> String {
    let digits = if exp_digits < 0 {
        2
    } else {
        exp_digits.min(5) as usize
    };
    let sign = if exp >= 0 { '+' } else { '-' };
    format!("e{sign}{:0digits$}", exp.unsigned_abs())
}

#[cfg(test)]
mod tests {
    //! Expected strings were produced by NumPy 2.3.5 (`repr(a)`, `str(a)`
    //! under `np.printoptions(...)`).
    use super::*;

    /// Checks `repr` and `str` of an array against NumPy's.
    fn check(
        shape: &[usize],
        data: PrintData<'_>,
        dtype: DType,
        opts: &PrintOptions,
        repr: &str,
        str: &str,
    ) {
        assert_eq!(
            array_repr(shape, data, dtype, opts),
            repr,
            "repr of {dtype:?} {shape:?}"
        );
        assert_eq!(
            array_str(shape, data, dtype, opts),
            str,
            "str of {dtype:?} {shape:?}"
        );
    }

    /// Checks `repr` and `str` of a scalar against NumPy's.
    fn check_scalar(data: PrintData<'_>, dtype: DType, repr: &str, str: &str) {
        let opts = PrintOptions::default();
        assert_eq!(scalar_repr(data, dtype, &opts), repr);
        assert_eq!(scalar_str(data, dtype, &opts), str);
    }

    #[test]
    fn dtypes() {
        // float64 mixed
        check(
            &[3],
            PrintData::Float(&[1.0, 2.5, -3.25], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([ 1.  ,  2.5 , -3.25])",
            "[ 1.    2.5  -3.25]",
        );
        // float64 integers
        check(
            &[3],
            PrintData::Float(&[1.0, 2.0, 3.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1., 2., 3.])",
            "[1. 2. 3.]",
        );
        // float32
        check(
            &[3],
            PrintData::Float(
                &[
                    0.10000000149011612,
                    0.20000000298023224,
                    0.30000001192092896,
                ],
                FloatWidth::F32,
            ),
            DType::Float32,
            &PrintOptions::default(),
            "array([0.1, 0.2, 0.3], dtype=float32)",
            "[0.1 0.2 0.3]",
        );
        // float16
        check(
            &[4],
            PrintData::Float(
                &[0.0999755859375, 0.199951171875, 0.300048828125, 65504.0],
                FloatWidth::F16,
            ),
            DType::Float16,
            &PrintOptions::default(),
            "array([1.00e-01, 2.00e-01, 3.00e-01, 6.55e+04], dtype=float16)",
            "[1.00e-01 2.00e-01 3.00e-01 6.55e+04]",
        );
        // float16 small
        check(
            &[3],
            PrintData::Float(
                &[0.0999755859375, 0.199951171875, 0.300048828125],
                FloatWidth::F16,
            ),
            DType::Float16,
            &PrintOptions::default(),
            "array([0.1, 0.2, 0.3], dtype=float16)",
            "[0.1 0.2 0.3]",
        );
        // int8 range
        check(
            &[4],
            PrintData::Int(&[-128, 0, 7, 127]),
            DType::Int8,
            &PrintOptions::default(),
            "array([-128,    0,    7,  127], dtype=int8)",
            "[-128    0    7  127]",
        );
        // int16 range
        check(
            &[4],
            PrintData::Int(&[-32768, 0, 7, 32767]),
            DType::Int16,
            &PrintOptions::default(),
            "array([-32768,      0,      7,  32767], dtype=int16)",
            "[-32768      0      7  32767]",
        );
        // int32 range
        check(
            &[4],
            PrintData::Int(&[-2147483648, 0, 7, 2147483647]),
            DType::Int32,
            &PrintOptions::default(),
            "array([-2147483648,           0,           7,  2147483647], dtype=int32)",
            "[-2147483648           0           7  2147483647]",
        );
        // int64 range
        check(&[4], PrintData::Int(&[-9223372036854775808, 0, 7, 9223372036854775807]), DType::Int64, &PrintOptions::default(), "array([-9223372036854775808,                    0,                    7,\n        9223372036854775807])", "[-9223372036854775808                    0                    7\n  9223372036854775807]");
        // uint8 range
        check(
            &[4],
            PrintData::UInt(&[0, 0, 7, 255]),
            DType::UInt8,
            &PrintOptions::default(),
            "array([  0,   0,   7, 255], dtype=uint8)",
            "[  0   0   7 255]",
        );
        // uint16 range
        check(
            &[4],
            PrintData::UInt(&[0, 0, 7, 65535]),
            DType::UInt16,
            &PrintOptions::default(),
            "array([    0,     0,     7, 65535], dtype=uint16)",
            "[    0     0     7 65535]",
        );
        // uint32 range
        check(
            &[4],
            PrintData::UInt(&[0, 0, 7, 4294967295]),
            DType::UInt32,
            &PrintOptions::default(),
            "array([         0,          0,          7, 4294967295], dtype=uint32)",
            "[         0          0          7 4294967295]",
        );
        // uint64 range
        check(&[4], PrintData::UInt(&[0, 0, 7, 18446744073709551615]), DType::UInt64, &PrintOptions::default(), "array([                   0,                    0,                    7,\n       18446744073709551615], dtype=uint64)", "[                   0                    0                    7\n 18446744073709551615]");
        // bool
        check(
            &[3],
            PrintData::Bool(&[true, false, true]),
            DType::Bool,
            &PrintOptions::default(),
            "array([ True, False,  True])",
            "[ True False  True]",
        );
        // bool all false
        check(
            &[2],
            PrintData::Bool(&[false, false]),
            DType::Bool,
            &PrintOptions::default(),
            "array([False, False])",
            "[False False]",
        );
        // int64 negatives
        check(
            &[3],
            PrintData::Int(&[-5, 10, -100]),
            DType::Int64,
            &PrintOptions::default(),
            "array([  -5,   10, -100])",
            "[  -5   10 -100]",
        );
    }

    #[test]
    fn ranks() {
        // 0-d float64
        check(
            &[],
            PrintData::Float(&[1.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array(1.5)",
            "1.5",
        );
        // 0-d float32
        check(
            &[],
            PrintData::Float(&[3.25], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array(3.25, dtype=float32)",
            "3.25",
        );
        // 0-d int8
        check(
            &[],
            PrintData::Int(&[-7]),
            DType::Int8,
            &PrintOptions::default(),
            "array(-7, dtype=int8)",
            "-7",
        );
        // 0-d bool
        check(
            &[],
            PrintData::Bool(&[true]),
            DType::Bool,
            &PrintOptions::default(),
            "array(True)",
            "True",
        );
        // 0-d nan
        check(
            &[],
            PrintData::Float(&[f64::NAN], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array(nan)",
            "nan",
        );
        // 2-d int
        check(
            &[2, 3],
            PrintData::Int(&[0, 1, 2, 3, 4, 5]),
            DType::Int64,
            &PrintOptions::default(),
            "array([[0, 1, 2],\n       [3, 4, 5]])",
            "[[0 1 2]\n [3 4 5]]",
        );
        // 2-d float
        check(
            &[3, 2],
            PrintData::Float(&[0.0, 0.25, 0.5, 0.75, 1.0, 1.25], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([[0.  , 0.25],\n       [0.5 , 0.75],\n       [1.  , 1.25]])",
            "[[0.   0.25]\n [0.5  0.75]\n [1.   1.25]]",
        );
        // 3-d int
        check(&[2, 3, 4], PrintData::Int(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]), DType::Int64, &PrintOptions::default(), "array([[[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]],\n\n       [[12, 13, 14, 15],\n        [16, 17, 18, 19],\n        [20, 21, 22, 23]]])", "[[[ 0  1  2  3]\n  [ 4  5  6  7]\n  [ 8  9 10 11]]\n\n [[12 13 14 15]\n  [16 17 18 19]\n  [20 21 22 23]]]");
        // 4-d uint8
        check(&[2, 2, 3, 2], PrintData::UInt(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]), DType::UInt8, &PrintOptions::default(), "array([[[[ 0,  1],\n         [ 2,  3],\n         [ 4,  5]],\n\n        [[ 6,  7],\n         [ 8,  9],\n         [10, 11]]],\n\n\n       [[[12, 13],\n         [14, 15],\n         [16, 17]],\n\n        [[18, 19],\n         [20, 21],\n         [22, 23]]]], dtype=uint8)", "[[[[ 0  1]\n   [ 2  3]\n   [ 4  5]]\n\n  [[ 6  7]\n   [ 8  9]\n   [10 11]]]\n\n\n [[[12 13]\n   [14 15]\n   [16 17]]\n\n  [[18 19]\n   [20 21]\n   [22 23]]]]");
        // 3-d bool
        check(&[2, 2, 2], PrintData::Bool(&[true, false, false, true, false, false, true, false]), DType::Bool, &PrintOptions::default(), "array([[[ True, False],\n        [False,  True]],\n\n       [[False, False],\n        [ True, False]]])", "[[[ True False]\n  [False  True]]\n\n [[False False]\n  [ True False]]]");
        // 2-d single column
        check(
            &[2, 1],
            PrintData::Float(&[1.5, 2.0], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array([[1.5],\n       [2. ]], dtype=float32)",
            "[[1.5]\n [2. ]]",
        );
    }

    #[test]
    fn empty() {
        // empty float64
        check(
            &[0],
            PrintData::Float(&[], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([], dtype=float64)",
            "[]",
        );
        // empty int32
        check(
            &[0],
            PrintData::Int(&[]),
            DType::Int32,
            &PrintOptions::default(),
            "array([], dtype=int32)",
            "[]",
        );
        // empty (2, 0)
        check(
            &[2, 0],
            PrintData::Float(&[], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([], shape=(2, 0), dtype=float64)",
            "[]",
        );
        // empty (0, 3) float32
        check(
            &[0, 3],
            PrintData::Float(&[], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array([], shape=(0, 3), dtype=float32)",
            "[]",
        );
        // empty (2, 0) int64
        check(
            &[2, 0],
            PrintData::Int(&[]),
            DType::Int64,
            &PrintOptions::default(),
            "array([], shape=(2, 0), dtype=int64)",
            "[]",
        );
        // empty bool
        check(
            &[0],
            PrintData::Bool(&[]),
            DType::Bool,
            &PrintOptions::default(),
            "array([], dtype=bool)",
            "[]",
        );
    }

    #[test]
    fn floats() {
        // negative floats
        check(
            &[3],
            PrintData::Float(&[-1.5, 2.0, -0.001], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([-1.5e+00,  2.0e+00, -1.0e-03])",
            "[-1.5e+00  2.0e+00 -1.0e-03]",
        );
        // negative zero
        check(
            &[2],
            PrintData::Float(&[-0.0, 1.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([-0.,  1.])",
            "[-0.  1.]",
        );
        // negative zero alone
        check(
            &[1],
            PrintData::Float(&[-0.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([-0.])",
            "[-0.]",
        );
        // nan inf
        check(
            &[4],
            PrintData::Float(
                &[f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1.5],
                FloatWidth::F64,
            ),
            DType::Float64,
            &PrintOptions::default(),
            "array([ nan,  inf, -inf,  1.5])",
            "[ nan  inf -inf  1.5]",
        );
        // nan only
        check(
            &[2],
            PrintData::Float(&[f64::NAN, f64::NAN], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([nan, nan])",
            "[nan nan]",
        );
        // inf only
        check(
            &[2],
            PrintData::Float(&[f64::INFINITY, f64::NAN], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([inf, nan])",
            "[inf nan]",
        );
        // inf with big numbers
        check(
            &[2],
            PrintData::Float(&[f64::INFINITY, 10000000000.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([   inf, 1.e+10])",
            "[   inf 1.e+10]",
        );
        // sci large
        check(
            &[2],
            PrintData::Float(&[10000000000.0, 1.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.e+10, 1.e+00])",
            "[1.e+10 1.e+00]",
        );
        // sci small
        check(
            &[2],
            PrintData::Float(&[1.23456789e-05, 1.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.23456789e-05, 1.00000000e+00])",
            "[1.23456789e-05 1.00000000e+00]",
        );
        // sci ratio
        check(
            &[2],
            PrintData::Float(&[1.0, 1001.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.000e+00, 1.001e+03])",
            "[1.000e+00 1.001e+03]",
        );
        // sci negative exponents
        check(
            &[2],
            PrintData::Float(&[1e-100, 1e+100], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.e-100, 1.e+100])",
            "[1.e-100 1.e+100]",
        );
        // no sci at 1e-4
        check(
            &[2],
            PrintData::Float(&[0.0001, 1.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.e-04, 1.e+00])",
            "[1.e-04 1.e+00]",
        );
        // float32 sci from 1e6
        check(
            &[2],
            PrintData::Float(&[1000000.0, 1.0], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array([1.e+06, 1.e+00], dtype=float32)",
            "[1.e+06 1.e+00]",
        );
        // float32 999999
        check(
            &[2],
            PrintData::Float(&[999999.0, 5.0], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array([9.99999e+05, 5.00000e+00], dtype=float32)",
            "[9.99999e+05 5.00000e+00]",
        );
        // float16 sci from 1000
        check(
            &[2],
            PrintData::Float(&[1000.0, 1.0], FloatWidth::F16),
            DType::Float16,
            &PrintOptions::default(),
            "array([1.e+03, 1.e+00], dtype=float16)",
            "[1.e+03 1.e+00]",
        );
        // float32 shortest
        check(
            &[2],
            PrintData::Float(
                &[3.4028234663852886e+38, 1.1754943508222875e-38],
                FloatWidth::F32,
            ),
            DType::Float32,
            &PrintOptions::default(),
            "array([3.4028235e+38, 1.1754944e-38], dtype=float32)",
            "[3.4028235e+38 1.1754944e-38]",
        );
        // float32 pi
        check(
            &[2],
            PrintData::Float(&[3.1415927410125732, 2.7182817459106445], FloatWidth::F32),
            DType::Float32,
            &PrintOptions::default(),
            "array([3.1415927, 2.7182817], dtype=float32)",
            "[3.1415927 2.7182817]",
        );
        // float16 shortest
        check(
            &[4],
            PrintData::Float(
                &[
                    0.0999755859375,
                    0.3330078125,
                    0.333251953125,
                    1.0013580322265625e-05,
                ],
                FloatWidth::F16,
            ),
            DType::Float16,
            &PrintOptions::default(),
            "array([9.998e-02, 3.330e-01, 3.333e-01, 1.001e-05], dtype=float16)",
            "[9.998e-02 3.330e-01 3.333e-01 1.001e-05]",
        );
        // precision rounding
        check(
            &[3],
            PrintData::Float(&[0.123456785, 2.5e-09, 0.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([1.23456785e-01, 2.50000000e-09, 5.00000000e-01])",
            "[1.23456785e-01 2.50000000e-09 5.00000000e-01]",
        );
        // round half even exact
        check(
            &[3],
            PrintData::Float(&[0.125, 0.375, 2.675], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([0.125, 0.375, 2.675])",
            "[0.125 0.375 2.675]",
        );
        // ulp tail
        check(
            &[2],
            PrintData::Float(&[0.30000000000000004, 1.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions::default(),
            "array([0.3, 1. ])",
            "[0.3 1. ]",
        );
        // float32 exact digits
        check(
            &[1],
            PrintData::Float(&[0.10000000149011612], FloatWidth::F32),
            DType::Float32,
            &PrintOptions {
                floatmode: FloatMode::Fixed,
                precision: 12,
                ..PrintOptions::default()
            },
            "array([0.100000001490], dtype=float32)",
            "[0.100000001490]",
        );
    }

    #[test]
    fn options() {
        // precision 3
        check(
            &[2],
            PrintData::Float(&[1.23456, 2.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                precision: 3,
                ..PrintOptions::default()
            },
            "array([1.235, 2.5  ])",
            "[1.235 2.5  ]",
        );
        // precision 0
        check(
            &[3],
            PrintData::Float(&[1.5, 2.5, 3.7], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                precision: 0,
                ..PrintOptions::default()
            },
            "array([2., 2., 4.])",
            "[2. 2. 4.]",
        );
        // precision 3 sci
        check(
            &[2],
            PrintData::Float(&[1.23456e-07, 2.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                precision: 3,
                ..PrintOptions::default()
            },
            "array([1.235e-07, 2.500e+00])",
            "[1.235e-07 2.500e+00]",
        );
        // suppress small
        check(
            &[3],
            PrintData::Float(&[1e-10, 1.0, 2.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                suppress: true,
                ..PrintOptions::default()
            },
            "array([0. , 1. , 2.5])",
            "[0.  1.  2.5]",
        );
        // suppress large
        check(
            &[2],
            PrintData::Float(&[1e-10, 1000000000.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                suppress: true,
                ..PrintOptions::default()
            },
            "array([1.e-10, 1.e+09])",
            "[1.e-10 1.e+09]",
        );
        // sign plus
        check(
            &[3],
            PrintData::Float(&[1.5, -2.0, 0.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                sign: '+',
                ..PrintOptions::default()
            },
            "array([+1.5, -2. , +0. ])",
            "[+1.5 -2.  +0. ]",
        );
        // sign space
        check(
            &[2],
            PrintData::Float(&[1.5, 2.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                sign: ' ',
                ..PrintOptions::default()
            },
            "array([ 1.5,  2. ])",
            "[ 1.5  2. ]",
        );
        // sign space negative
        check(
            &[2],
            PrintData::Float(&[1.5, -2.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                sign: ' ',
                ..PrintOptions::default()
            },
            "array([ 1.5, -2. ])",
            "[ 1.5 -2. ]",
        );
        // sign plus int
        check(
            &[3],
            PrintData::Int(&[1, -20, 3]),
            DType::Int64,
            &PrintOptions {
                sign: '+',
                ..PrintOptions::default()
            },
            "array([ +1, -20,  +3])",
            "[ +1 -20  +3]",
        );
        // sign space int
        check(
            &[3],
            PrintData::Int(&[1, 20, 3]),
            DType::Int64,
            &PrintOptions {
                sign: ' ',
                ..PrintOptions::default()
            },
            "array([  1,  20,   3])",
            "[  1  20   3]",
        );
        // sign plus nan
        check(
            &[3],
            PrintData::Float(&[f64::NAN, 1.0, f64::INFINITY], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                sign: '+',
                ..PrintOptions::default()
            },
            "array([+nan,  +1., +inf])",
            "[+nan  +1. +inf]",
        );
        // fixed
        check(
            &[3],
            PrintData::Float(&[1.0, 2.5, 0.1], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                floatmode: FloatMode::Fixed,
                ..PrintOptions::default()
            },
            "array([1.00000000, 2.50000000, 0.10000000])",
            "[1.00000000 2.50000000 0.10000000]",
        );
        // fixed sci
        check(
            &[2],
            PrintData::Float(&[1e-07, 2.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                floatmode: FloatMode::Fixed,
                precision: 4,
                ..PrintOptions::default()
            },
            "array([1.0000e-07, 2.5000e+00])",
            "[1.0000e-07 2.5000e+00]",
        );
        // unique
        check(
            &[2],
            PrintData::Float(&[0.1234567891234, 2.0], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                floatmode: FloatMode::Unique,
                ..PrintOptions::default()
            },
            "array([0.1234567891234, 2.             ])",
            "[0.1234567891234 2.             ]",
        );
        // maxprec_equal
        check(
            &[3],
            PrintData::Float(&[1.0, 2.25, 0.5], FloatWidth::F64),
            DType::Float64,
            &PrintOptions {
                floatmode: FloatMode::MaxPrecEqual,
                ..PrintOptions::default()
            },
            "array([1.00, 2.25, 0.50])",
            "[1.00 2.25 0.50]",
        );
        // maxprec_equal float32
        check(
            &[2],
            PrintData::Float(&[3.299999952316284, 0.12345678359270096], FloatWidth::F32),
            DType::Float32,
            &PrintOptions {
                floatmode: FloatMode::MaxPrecEqual,
                ..PrintOptions::default()
            },
            "array([3.29999995, 0.12345678], dtype=float32)",
            "[3.29999995 0.12345678]",
        );
        // linewidth 20
        check(
            &[12],
            PrintData::Int(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            DType::Int64,
            &PrintOptions {
                linewidth: 20,
                ..PrintOptions::default()
            },
            "array([ 0,  1,  2,\n        3,  4,  5,\n        6,  7,  8,\n        9, 10, 11])",
            "[ 0  1  2  3  4  5\n  6  7  8  9 10 11]",
        );
        // edgeitems 1
        check(
            &[20],
            PrintData::Int(&[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            ]),
            DType::Int64,
            &PrintOptions {
                edgeitems: 1,
                threshold: 10,
                ..PrintOptions::default()
            },
            "array([ 0, ..., 19], shape=(20,))",
            "[ 0 ... 19]",
        );
    }

    #[test]
    fn wrapping() {
        // wrap 1-d int
        check(&[40], PrintData::Int(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]), DType::Int64, &PrintOptions::default(), "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,\n       34, 35, 36, 37, 38, 39])", "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]");
        // wrap 1-d float
        check(&[17], PrintData::Float(&[0.0, 0.0625, 0.125, 0.1875, 0.25, 0.3125, 0.375, 0.4375, 0.5, 0.5625, 0.625, 0.6875, 0.75, 0.8125, 0.875, 0.9375, 1.0], FloatWidth::F64), DType::Float64, &PrintOptions::default(), "array([0.    , 0.0625, 0.125 , 0.1875, 0.25  , 0.3125, 0.375 , 0.4375,\n       0.5   , 0.5625, 0.625 , 0.6875, 0.75  , 0.8125, 0.875 , 0.9375,\n       1.    ])", "[0.     0.0625 0.125  0.1875 0.25   0.3125 0.375  0.4375 0.5    0.5625\n 0.625  0.6875 0.75   0.8125 0.875  0.9375 1.    ]");
        // wrap 2-d float
        check(&[2, 15], PrintData::Float(&[0.0, 1.25, 2.5, 3.75, 5.0, 6.25, 7.5, 8.75, 10.0, 11.25, 12.5, 13.75, 15.0, 16.25, 17.5, 18.75, 20.0, 21.25, 22.5, 23.75, 25.0, 26.25, 27.5, 28.75, 30.0, 31.25, 32.5, 33.75, 35.0, 36.25], FloatWidth::F64), DType::Float64, &PrintOptions::default(), "array([[ 0.  ,  1.25,  2.5 ,  3.75,  5.  ,  6.25,  7.5 ,  8.75, 10.  ,\n        11.25, 12.5 , 13.75, 15.  , 16.25, 17.5 ],\n       [18.75, 20.  , 21.25, 22.5 , 23.75, 25.  , 26.25, 27.5 , 28.75,\n        30.  , 31.25, 32.5 , 33.75, 35.  , 36.25]])", "[[ 0.    1.25  2.5   3.75  5.    6.25  7.5   8.75 10.   11.25 12.5  13.75\n  15.   16.25 17.5 ]\n [18.75 20.   21.25 22.5  23.75 25.   26.25 27.5  28.75 30.   31.25 32.5\n  33.75 35.   36.25]]");
        // wrap float32 with dtype
        check(&[13], PrintData::Float(&[-1.0, -0.8333333134651184, -0.6666666865348816, -0.5, -0.3333333432674408, -0.1666666716337204, 0.0, 0.1666666716337204, 0.3333333432674408, 0.5, 0.6666666865348816, 0.8333333134651184, 1.0], FloatWidth::F32), DType::Float32, &PrintOptions::default(), "array([-1.        , -0.8333333 , -0.6666667 , -0.5       , -0.33333334,\n       -0.16666667,  0.        ,  0.16666667,  0.33333334,  0.5       ,\n        0.6666667 ,  0.8333333 ,  1.        ], dtype=float32)", "[-1.         -0.8333333  -0.6666667  -0.5        -0.33333334 -0.16666667\n  0.          0.16666667  0.33333334  0.5         0.6666667   0.8333333\n  1.        ]");
        // wrap bool
        check(&[30], PrintData::Bool(&[true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false]), DType::Bool, &PrintOptions::default(), "array([ True, False,  True, False,  True, False,  True, False,  True,\n       False,  True, False,  True, False,  True, False,  True, False,\n        True, False,  True, False,  True, False,  True, False,  True,\n       False,  True, False])", "[ True False  True False  True False  True False  True False  True False\n  True False  True False  True False  True False  True False  True False\n  True False  True False  True False]");
        // dtype on new line
        check(&[19], PrintData::Int(&[0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000]), DType::Int16, &PrintOptions::default(), "array([    0,  1000,  2000,  3000,  4000,  5000,  6000,  7000,  8000,\n        9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000,\n       18000], dtype=int16)", "[    0  1000  2000  3000  4000  5000  6000  7000  8000  9000 10000 11000\n 12000 13000 14000 15000 16000 17000 18000]");
    }

    #[test]
    fn summary() {
        // 1-d 2000 ints
        check(
            &[2000],
            PrintData::Int(&(0..2000).collect::<Vec<i64>>()),
            DType::Int64,
            &PrintOptions::default(),
            "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))",
            "[   0    1    2 ... 1997 1998 1999]",
        );
        // 1-d 1001 floats
        check(
            &[1001],
            PrintData::Float(
                &(0..1001).map(|i| i as f64 * 0.5).collect::<Vec<f64>>(),
                FloatWidth::F64,
            ),
            DType::Float64,
            &PrintOptions::default(),
            "array([  0. ,   0.5,   1. , ..., 499. , 499.5, 500. ], shape=(1001,))",
            "[  0.    0.5   1.  ... 499.  499.5 500. ]",
        );
        // 2-d 30x40 int32
        check(&[30, 40], PrintData::Int(&(0..1200).collect::<Vec<i64>>()), DType::Int32, &PrintOptions::default(), "array([[   0,    1,    2, ...,   37,   38,   39],\n       [  40,   41,   42, ...,   77,   78,   79],\n       [  80,   81,   82, ...,  117,  118,  119],\n       ...,\n       [1080, 1081, 1082, ..., 1117, 1118, 1119],\n       [1120, 1121, 1122, ..., 1157, 1158, 1159],\n       [1160, 1161, 1162, ..., 1197, 1198, 1199]],\n      shape=(30, 40), dtype=int32)", "[[   0    1    2 ...   37   38   39]\n [  40   41   42 ...   77   78   79]\n [  80   81   82 ...  117  118  119]\n ...\n [1080 1081 1082 ... 1117 1118 1119]\n [1120 1121 1122 ... 1157 1158 1159]\n [1160 1161 1162 ... 1197 1198 1199]]");
        // 3-d 11x11x11 float32
        check(&[11, 11, 11], PrintData::Float(&(0..1331).map(|i| f64::from((f64::from(i) / 7.0) as f32)).collect::<Vec<f64>>(), FloatWidth::F32), DType::Float32, &PrintOptions::default(), "array([[[0.0000000e+00, 1.4285715e-01, 2.8571430e-01, ...,\n         1.1428572e+00, 1.2857143e+00, 1.4285715e+00],\n        [1.5714285e+00, 1.7142857e+00, 1.8571428e+00, ...,\n         2.7142856e+00, 2.8571429e+00, 3.0000000e+00],\n        [3.1428571e+00, 3.2857144e+00, 3.4285715e+00, ...,\n         4.2857141e+00, 4.4285712e+00, 4.5714288e+00],\n        ...,\n        [1.2571428e+01, 1.2714286e+01, 1.2857142e+01, ...,\n         1.3714286e+01, 1.3857142e+01, 1.4000000e+01],\n        [1.4142858e+01, 1.4285714e+01, 1.4428572e+01, ...,\n         1.5285714e+01, 1.5428572e+01, 1.5571428e+01],\n        [1.5714286e+01, 1.5857142e+01, 1.6000000e+01, ...,\n         1.6857143e+01, 1.7000000e+01, 1.7142857e+01]],\n\n       [[1.7285715e+01, 1.7428572e+01, 1.7571428e+01, ...,\n         1.8428572e+01, 1.8571428e+01, 1.8714285e+01],\n        [1.8857143e+01, 1.9000000e+01, 1.9142857e+01, ...,\n         2.0000000e+01, 2.0142857e+01, 2.0285715e+01],\n        [2.0428572e+01, 2.0571428e+01, 2.0714285e+01, ...,\n         2.1571428e+01, 2.1714285e+01, 2.1857143e+01],\n        ...,\n        [2.9857143e+01, 3.0000000e+01, 3.0142857e+01, ...,\n         3.1000000e+01, 3.1142857e+01, 3.1285715e+01],\n        [3.1428572e+01, 3.1571428e+01, 3.1714285e+01, ...,\n         3.2571430e+01, 3.2714287e+01, 3.2857143e+01],\n        [3.3000000e+01, 3.3142857e+01, 3.3285713e+01, ...,\n         3.4142857e+01, 3.4285713e+01, 3.4428570e+01]],\n\n       [[3.4571430e+01, 3.4714287e+01, 3.4857143e+01, ...,\n         3.5714287e+01, 3.5857143e+01, 3.6000000e+01],\n        [3.6142857e+01, 3.6285713e+01, 3.6428570e+01, ...,\n         3.7285713e+01, 3.7428570e+01, 3.7571430e+01],\n        [3.7714287e+01, 3.7857143e+01, 3.8000000e+01, ...,\n         3.8857143e+01, 3.9000000e+01, 3.9142857e+01],\n        ...,\n        [4.7142857e+01, 4.7285713e+01, 4.7428570e+01, ...,\n         4.8285713e+01, 4.8428570e+01, 4.8571430e+01],\n        [4.8714287e+01, 4.8857143e+01, 4.9000000e+01, ...,\n         4.9857143e+01, 5.0000000e+01, 5.0142857e+01],\n        [5.0285713e+01, 5.0428570e+01, 5.0571430e+01, ...,\n         5.1428570e+01, 5.1571430e+01, 5.1714287e+01]],\n\n       ...,\n\n       [[1.3828572e+02, 1.3842857e+02, 1.3857143e+02, ...,\n         1.3942857e+02, 1.3957143e+02, 1.3971428e+02],\n        [1.3985715e+02, 1.4000000e+02, 1.4014285e+02, ...,\n         1.4100000e+02, 1.4114285e+02, 1.4128572e+02],\n        [1.4142857e+02, 1.4157143e+02, 1.4171428e+02, ...,\n         1.4257143e+02, 1.4271428e+02, 1.4285715e+02],\n        ...,\n        [1.5085715e+02, 1.5100000e+02, 1.5114285e+02, ...,\n         1.5200000e+02, 1.5214285e+02, 1.5228572e+02],\n        [1.5242857e+02, 1.5257143e+02, 1.5271428e+02, ...,\n         1.5357143e+02, 1.5371428e+02, 1.5385715e+02],\n        [1.5400000e+02, 1.5414285e+02, 1.5428572e+02, ...,\n         1.5514285e+02, 1.5528572e+02, 1.5542857e+02]],\n\n       [[1.5557143e+02, 1.5571428e+02, 1.5585715e+02, ...,\n         1.5671428e+02, 1.5685715e+02, 1.5700000e+02],\n        [1.5714285e+02, 1.5728572e+02, 1.5742857e+02, ...,\n         1.5828572e+02, 1.5842857e+02, 1.5857143e+02],\n        [1.5871428e+02, 1.5885715e+02, 1.5900000e+02, ...,\n         1.5985715e+02, 1.6000000e+02, 1.6014285e+02],\n        ...,\n        [1.6814285e+02, 1.6828572e+02, 1.6842857e+02, ...,\n         1.6928572e+02, 1.6942857e+02, 1.6957143e+02],\n        [1.6971428e+02, 1.6985715e+02, 1.7000000e+02, ...,\n         1.7085715e+02, 1.7100000e+02, 1.7114285e+02],\n        [1.7128572e+02, 1.7142857e+02, 1.7157143e+02, ...,\n         1.7242857e+02, 1.7257143e+02, 1.7271428e+02]],\n\n       [[1.7285715e+02, 1.7300000e+02, 1.7314285e+02, ...,\n         1.7400000e+02, 1.7414285e+02, 1.7428572e+02],\n        [1.7442857e+02, 1.7457143e+02, 1.7471428e+02, ...,\n         1.7557143e+02, 1.7571428e+02, 1.7585715e+02],\n        [1.7600000e+02, 1.7614285e+02, 1.7628572e+02, ...,\n         1.7714285e+02, 1.7728572e+02, 1.7742857e+02],\n        ...,\n        [1.8542857e+02, 1.8557143e+02, 1.8571428e+02, ...,\n         1.8657143e+02, 1.8671428e+02, 1.8685715e+02],\n        [1.8700000e+02, 1.8714285e+02, 1.8728572e+02, ...,\n         1.8814285e+02, 1.8828572e+02, 1.8842857e+02],\n        [1.8857143e+02, 1.8871428e+02, 1.8885715e+02, ...,\n         1.8971428e+02, 1.8985715e+02, 1.9000000e+02]]],\n      shape=(11, 11, 11), dtype=float32)", "[[[0.0000000e+00 1.4285715e-01 2.8571430e-01 ... 1.1428572e+00\n   1.2857143e+00 1.4285715e+00]\n  [1.5714285e+00 1.7142857e+00 1.8571428e+00 ... 2.7142856e+00\n   2.8571429e+00 3.0000000e+00]\n  [3.1428571e+00 3.2857144e+00 3.4285715e+00 ... 4.2857141e+00\n   4.4285712e+00 4.5714288e+00]\n  ...\n  [1.2571428e+01 1.2714286e+01 1.2857142e+01 ... 1.3714286e+01\n   1.3857142e+01 1.4000000e+01]\n  [1.4142858e+01 1.4285714e+01 1.4428572e+01 ... 1.5285714e+01\n   1.5428572e+01 1.5571428e+01]\n  [1.5714286e+01 1.5857142e+01 1.6000000e+01 ... 1.6857143e+01\n   1.7000000e+01 1.7142857e+01]]\n\n [[1.7285715e+01 1.7428572e+01 1.7571428e+01 ... 1.8428572e+01\n   1.8571428e+01 1.8714285e+01]\n  [1.8857143e+01 1.9000000e+01 1.9142857e+01 ... 2.0000000e+01\n   2.0142857e+01 2.0285715e+01]\n  [2.0428572e+01 2.0571428e+01 2.0714285e+01 ... 2.1571428e+01\n   2.1714285e+01 2.1857143e+01]\n  ...\n  [2.9857143e+01 3.0000000e+01 3.0142857e+01 ... 3.1000000e+01\n   3.1142857e+01 3.1285715e+01]\n  [3.1428572e+01 3.1571428e+01 3.1714285e+01 ... 3.2571430e+01\n   3.2714287e+01 3.2857143e+01]\n  [3.3000000e+01 3.3142857e+01 3.3285713e+01 ... 3.4142857e+01\n   3.4285713e+01 3.4428570e+01]]\n\n [[3.4571430e+01 3.4714287e+01 3.4857143e+01 ... 3.5714287e+01\n   3.5857143e+01 3.6000000e+01]\n  [3.6142857e+01 3.6285713e+01 3.6428570e+01 ... 3.7285713e+01\n   3.7428570e+01 3.7571430e+01]\n  [3.7714287e+01 3.7857143e+01 3.8000000e+01 ... 3.8857143e+01\n   3.9000000e+01 3.9142857e+01]\n  ...\n  [4.7142857e+01 4.7285713e+01 4.7428570e+01 ... 4.8285713e+01\n   4.8428570e+01 4.8571430e+01]\n  [4.8714287e+01 4.8857143e+01 4.9000000e+01 ... 4.9857143e+01\n   5.0000000e+01 5.0142857e+01]\n  [5.0285713e+01 5.0428570e+01 5.0571430e+01 ... 5.1428570e+01\n   5.1571430e+01 5.1714287e+01]]\n\n ...\n\n [[1.3828572e+02 1.3842857e+02 1.3857143e+02 ... 1.3942857e+02\n   1.3957143e+02 1.3971428e+02]\n  [1.3985715e+02 1.4000000e+02 1.4014285e+02 ... 1.4100000e+02\n   1.4114285e+02 1.4128572e+02]\n  [1.4142857e+02 1.4157143e+02 1.4171428e+02 ... 1.4257143e+02\n   1.4271428e+02 1.4285715e+02]\n  ...\n  [1.5085715e+02 1.5100000e+02 1.5114285e+02 ... 1.5200000e+02\n   1.5214285e+02 1.5228572e+02]\n  [1.5242857e+02 1.5257143e+02 1.5271428e+02 ... 1.5357143e+02\n   1.5371428e+02 1.5385715e+02]\n  [1.5400000e+02 1.5414285e+02 1.5428572e+02 ... 1.5514285e+02\n   1.5528572e+02 1.5542857e+02]]\n\n [[1.5557143e+02 1.5571428e+02 1.5585715e+02 ... 1.5671428e+02\n   1.5685715e+02 1.5700000e+02]\n  [1.5714285e+02 1.5728572e+02 1.5742857e+02 ... 1.5828572e+02\n   1.5842857e+02 1.5857143e+02]\n  [1.5871428e+02 1.5885715e+02 1.5900000e+02 ... 1.5985715e+02\n   1.6000000e+02 1.6014285e+02]\n  ...\n  [1.6814285e+02 1.6828572e+02 1.6842857e+02 ... 1.6928572e+02\n   1.6942857e+02 1.6957143e+02]\n  [1.6971428e+02 1.6985715e+02 1.7000000e+02 ... 1.7085715e+02\n   1.7100000e+02 1.7114285e+02]\n  [1.7128572e+02 1.7142857e+02 1.7157143e+02 ... 1.7242857e+02\n   1.7257143e+02 1.7271428e+02]]\n\n [[1.7285715e+02 1.7300000e+02 1.7314285e+02 ... 1.7400000e+02\n   1.7414285e+02 1.7428572e+02]\n  [1.7442857e+02 1.7457143e+02 1.7471428e+02 ... 1.7557143e+02\n   1.7571428e+02 1.7585715e+02]\n  [1.7600000e+02 1.7614285e+02 1.7628572e+02 ... 1.7714285e+02\n   1.7728572e+02 1.7742857e+02]\n  ...\n  [1.8542857e+02 1.8557143e+02 1.8571428e+02 ... 1.8657143e+02\n   1.8671428e+02 1.8685715e+02]\n  [1.8700000e+02 1.8714285e+02 1.8728572e+02 ... 1.8814285e+02\n   1.8828572e+02 1.8842857e+02]\n  [1.8857143e+02 1.8871428e+02 1.8885715e+02 ... 1.8971428e+02\n   1.8985715e+02 1.9000000e+02]]]");
        // 2-d 2x1000 str
        check(&[2, 1000], PrintData::Float(&(0..2000).map(f64::from).collect::<Vec<f64>>(), FloatWidth::F64), DType::Float64, &PrintOptions::default(), "array([[0.000e+00, 1.000e+00, 2.000e+00, ..., 9.970e+02, 9.980e+02,\n        9.990e+02],\n       [1.000e+03, 1.001e+03, 1.002e+03, ..., 1.997e+03, 1.998e+03,\n        1.999e+03]], shape=(2, 1000))", "[[0.000e+00 1.000e+00 2.000e+00 ... 9.970e+02 9.980e+02 9.990e+02]\n [1.000e+03 1.001e+03 1.002e+03 ... 1.997e+03 1.998e+03 1.999e+03]]");
        // bool 1500
        check(
            &[1500],
            PrintData::Bool(&(0..1500).map(|i| i % 3 == 0).collect::<Vec<bool>>()),
            DType::Bool,
            &PrintOptions::default(),
            "array([ True, False, False, ...,  True, False, False], shape=(1500,))",
            "[ True False False ...  True False False]",
        );
    }

    #[test]
    fn scalars() {
        // float64
        check_scalar(
            PrintData::Float(&[1.5], FloatWidth::F64),
            DType::Float64,
            "np.float64(1.5)",
            "1.5",
        );
        // float64 integer
        check_scalar(
            PrintData::Float(&[2.0], FloatWidth::F64),
            DType::Float64,
            "np.float64(2.0)",
            "2.0",
        );
        // float64 1e16
        check_scalar(
            PrintData::Float(&[1e+16], FloatWidth::F64),
            DType::Float64,
            "np.float64(1e+16)",
            "1e+16",
        );
        // float64 below 1e16
        check_scalar(
            PrintData::Float(&[9999999999999998.0], FloatWidth::F64),
            DType::Float64,
            "np.float64(9999999999999998.0)",
            "9999999999999998.0",
        );
        // float64 1e-4
        check_scalar(
            PrintData::Float(&[0.0001], FloatWidth::F64),
            DType::Float64,
            "np.float64(0.0001)",
            "0.0001",
        );
        // float64 1e-5
        check_scalar(
            PrintData::Float(&[1e-05], FloatWidth::F64),
            DType::Float64,
            "np.float64(1e-05)",
            "1e-05",
        );
        // float64 nan
        check_scalar(
            PrintData::Float(&[f64::NAN], FloatWidth::F64),
            DType::Float64,
            "np.float64(nan)",
            "nan",
        );
        // float64 -inf
        check_scalar(
            PrintData::Float(&[f64::NEG_INFINITY], FloatWidth::F64),
            DType::Float64,
            "np.float64(-inf)",
            "-inf",
        );
        // float64 -0
        check_scalar(
            PrintData::Float(&[-0.0], FloatWidth::F64),
            DType::Float64,
            "np.float64(-0.0)",
            "-0.0",
        );
        // float64 0.1+0.2
        check_scalar(
            PrintData::Float(&[0.30000000000000004], FloatWidth::F64),
            DType::Float64,
            "np.float64(0.30000000000000004)",
            "0.30000000000000004",
        );
        // float64 max
        check_scalar(
            PrintData::Float(&[1.7976931348623157e+308], FloatWidth::F64),
            DType::Float64,
            "np.float64(1.7976931348623157e+308)",
            "1.7976931348623157e+308",
        );
        // float64 subnormal
        check_scalar(
            PrintData::Float(&[5e-324], FloatWidth::F64),
            DType::Float64,
            "np.float64(5e-324)",
            "5e-324",
        );
        // float32 max
        check_scalar(
            PrintData::Float(&[3.4028234663852886e+38], FloatWidth::F32),
            DType::Float32,
            "np.float32(3.4028235e+38)",
            "3.4028235e+38",
        );
        // float32 0.1
        check_scalar(
            PrintData::Float(&[0.10000000149011612], FloatWidth::F32),
            DType::Float32,
            "np.float32(0.1)",
            "0.1",
        );
        // float32 1e6
        check_scalar(
            PrintData::Float(&[1000000.0], FloatWidth::F32),
            DType::Float32,
            "np.float32(1e+06)",
            "1e+06",
        );
        // float32 999999
        check_scalar(
            PrintData::Float(&[999999.0], FloatWidth::F32),
            DType::Float32,
            "np.float32(999999.0)",
            "999999.0",
        );
        // float32 1e-4
        check_scalar(
            PrintData::Float(&[9.999999747378752e-05], FloatWidth::F32),
            DType::Float32,
            "np.float32(1e-04)",
            "1e-04",
        );
        // float16 0.1
        check_scalar(
            PrintData::Float(&[0.0999755859375], FloatWidth::F16),
            DType::Float16,
            "np.float16(0.1)",
            "0.1",
        );
        // float16 1000
        check_scalar(
            PrintData::Float(&[1000.0], FloatWidth::F16),
            DType::Float16,
            "np.float16(1e+03)",
            "1e+03",
        );
        // float16 65504
        check_scalar(
            PrintData::Float(&[65504.0], FloatWidth::F16),
            DType::Float16,
            "np.float16(6.55e+04)",
            "6.55e+04",
        );
        // float16 subnormal
        check_scalar(
            PrintData::Float(&[5.960464477539063e-08], FloatWidth::F16),
            DType::Float16,
            "np.float16(6e-08)",
            "6e-08",
        );
        // bool true
        check_scalar(PrintData::Bool(&[true]), DType::Bool, "np.True_", "True");
        // bool false
        check_scalar(PrintData::Bool(&[false]), DType::Bool, "np.False_", "False");
        // int64
        check_scalar(PrintData::Int(&[-3]), DType::Int64, "np.int64(-3)", "-3");
        // uint8
        check_scalar(PrintData::UInt(&[7]), DType::UInt8, "np.uint8(7)", "7");
        // uint64 max
        check_scalar(
            PrintData::UInt(&[18446744073709551615]),
            DType::UInt64,
            "np.uint64(18446744073709551615)",
            "18446744073709551615",
        );
        // int8 min
        check_scalar(
            PrintData::Int(&[-128]),
            DType::Int8,
            "np.int8(-128)",
            "-128",
        );
    }

    #[test]
    fn scalars_ignore_print_options() {
        let opts = PrintOptions {
            precision: 2,
            sign: '+',
            floatmode: FloatMode::Fixed,
            ..PrintOptions::default()
        };
        let x = PrintData::Float(&[1.23456], FloatWidth::F64);
        assert_eq!(scalar_repr(x, DType::Float64, &opts), "np.float64(1.23456)");
        assert_eq!(array_repr(&[], x, DType::Float64, &opts), "array(+1.23)");
        assert_eq!(array_str(&[], x, DType::Float64, &opts), "1.23456");
    }

    #[test]
    fn dragon4_digits() {
        let p = float_parts(0.1, FloatWidth::F32);
        let exact = Cutoff {
            fractional: false,
            max: 12,
            min: -1,
        };
        assert_eq!(
            dragon4(&p, false, exact),
            (vec![1, 0, 0, 0, 0, 0, 0, 0, 1, 4, 9, 0], -1)
        );
        let shortest = Cutoff {
            fractional: false,
            max: -1,
            min: -1,
        };
        assert_eq!(dragon4(&p, true, shortest), (vec![1], -1));
        let p = float_parts(9.999, FloatWidth::F64);
        let two = Cutoff {
            fractional: true,
            max: 2,
            min: -1,
        };
        assert_eq!(dragon4(&p, true, two), (vec![1], 1));
    }

    #[test]
    fn short_data_does_not_panic() {
        let opts = PrintOptions::default();
        let s = array_repr(&[3], PrintData::Int(&[1]), DType::Int64, &opts);
        assert_eq!(s, "array([1, 0, 0])");
    }
}
