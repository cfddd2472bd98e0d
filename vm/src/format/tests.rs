//! Differential tests against a table of CPython 3.11 results
//! (`testdata/cpython_cases.txt`, written by `testdata/gen_cases.py`, which
//! ran `format()` and `%` in CPython 3.11.7), and a no-panic check on random
//! format strings.
//!
//! Table format, one case a line, fields separated by tabs, `\\` and
//! `\u{hex}` escapes inside fields:
//!
//! * `F <value> <spec> <result>`: `format(value, spec)`;
//! * `P <format> <result> <value>...`: `format % (values...)`.
//!
//! A value is `i:<decimal>`, `f:<16 hex digits of the bits>` or
//! `s:<text>`; a result is `=<text>` or `!<ExceptionClass>: <message>`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::*;

#[derive(Clone, Debug)]
enum Value {
    Int(BigInt),
    Float(f64),
    Str(String),
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("bad escape in table");
                out.push(char::from_u32(code).expect("bad code point in table"));
            }
            other => panic!("bad escape {other:?} in table"),
        }
    }
    out
}

fn parse_value(field: &str) -> Value {
    let (kind, rest) = field.split_at(2);
    match kind {
        "i:" => Value::Int(rest.parse().expect("bad int in table")),
        "f:" => Value::Float(f64::from_bits(
            u64::from_str_radix(rest, 16).expect("bad float in table"),
        )),
        "s:" => Value::Str(unescape(rest)),
        _ => panic!("bad value {field:?} in table"),
    }
}

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::OverflowError => "OverflowError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::MemoryError => "MemoryError",
    }
}

fn as_error(message: String) -> String {
    format!("!{}: {}", kind_name(error_kind(&message)), message)
}

fn run_format(value: &Value, spec: &str) -> String {
    let type_name = match value {
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
    };
    let spec = match parse_for(spec, type_name) {
        Ok(s) => s,
        Err(e) => return as_error(e),
    };
    let result = match value {
        Value::Int(v) => format_int(v, &spec),
        Value::Float(v) => format_float(*v, &spec),
        Value::Str(v) => format_str(v, &spec),
    };
    match result {
        Ok(s) => format!("={s}"),
        Err(e) => as_error(e),
    }
}

/// What a VM does for `fmt % tuple(args)`, with the arguments already
/// unboxed.
fn run_printf(fmt: &str, args: &[Value]) -> String {
    let type_error = |m: &str| format!("!TypeError: {m}");
    let mut out = String::new();
    let mut next = 0;
    for piece in printf_pieces(fmt) {
        let spec = match piece {
            Ok(PrintfPiece::Literal(text)) => {
                out.push_str(&text);
                continue;
            }
            Ok(PrintfPiece::Spec(spec)) => spec,
            Err(e) => return as_error(e),
        };
        let fetch_int = |next: &mut usize| -> Result<Option<BigInt>, String> {
            match args.get(*next) {
                None => Err(type_error("not enough arguments for format string")),
                Some(Value::Int(v)) => {
                    *next += 1;
                    Ok(Some(v.clone()))
                }
                Some(_) => Err(type_error("* wants int")),
            }
        };
        let mut width = None;
        let mut precision = None;
        if spec.width == Some(PrintfCount::Star) {
            match fetch_int(&mut next) {
                Ok(v) => width = v,
                Err(e) => return e,
            }
        }
        if spec.precision == Some(PrintfCount::Star) {
            match fetch_int(&mut next) {
                Ok(v) => precision = v,
                Err(e) => return e,
            }
        }
        let spec = match spec.resolve_stars(width.as_ref(), precision.as_ref()) {
            Ok(s) => s,
            Err(e) => return as_error(e),
        };
        let Some(value) = args.get(next) else {
            return type_error("not enough arguments for format string");
        };
        next += 1;
        if let Some(e) = spec.conversion_error() {
            return as_error(e);
        }
        let rendered = match value {
            Value::Int(v) => printf_int(v, &spec),
            Value::Float(v) => printf_float(*v, &spec),
            Value::Str(v) => printf_str(v, &spec),
        };
        match rendered {
            Ok(s) => out.push_str(&s),
            Err(e) => return as_error(e),
        }
    }
    if next < args.len() {
        return type_error("not all arguments converted during string formatting");
    }
    format!("={out}")
}

/// Runs every case of a table; returns a description of each mismatch.
pub(crate) fn check_table(table: &str) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.split('\n').filter(|l| !l.is_empty()) {
        count += 1;
        let fields: Vec<&str> = line.split('\t').collect();
        let (got, want, what) = match fields.first() {
            Some(&"F") => {
                let value = parse_value(fields[1]);
                let spec = unescape(fields[2]);
                (
                    run_format(&value, &spec),
                    unescape(fields[3]),
                    format!("format({value:?}, {spec:?})"),
                )
            }
            Some(&"P") => {
                let fmt = unescape(fields[1]);
                let args: Vec<Value> = fields[3..].iter().map(|f| parse_value(f)).collect();
                (
                    run_printf(&fmt, &args),
                    unescape(fields[2]),
                    format!("{fmt:?} % {args:?}"),
                )
            }
            _ => panic!("bad table line {line:?}"),
        };
        if got != want {
            failures.push(format!("{what}: got {got:?}, CPython {want:?}"));
        }
    }
    (count, failures)
}

#[test]
fn matches_cpython_table() {
    let (count, failures) = check_table(include_str!("testdata/cpython_cases.txt"));
    assert!(count > 1000, "table too small: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn int_to_base_strings() {
    let n = |v: i64| BigInt::from(v);
    assert_eq!(int_to_base_string(&n(-31), 16, true), "-0x1f");
    assert_eq!(int_to_base_string(&n(255), 16, false), "ff");
    assert_eq!(int_to_base_string(&n(8), 8, true), "0o10");
    assert_eq!(int_to_base_string(&n(-5), 2, true), "-0b101");
    assert_eq!(int_to_base_string(&n(0), 2, true), "0b0");
    assert_eq!(int_to_base_string(&n(-42), 10, true), "-42");
    let big: BigInt = BigInt::from(1u8) << 100usize;
    assert_eq!(
        int_to_base_string(&big, 16, true),
        "0x10000000000000000000000000"
    );
    // Machine words give the same text as the big int of the same value.
    for v in [0, 1, -1, 35, -36, 255, i64::MAX, i64::MIN] {
        for base in [2, 3, 8, 10, 16, 36] {
            assert_eq!(
                int_to_base_string(v, base, true),
                int_to_base_string(&n(v), base, true),
                "{v} in base {base}"
            );
        }
    }
    assert_eq!(
        int_to_base_string(i64::MIN, 16, true),
        "-0x8000000000000000"
    );
    assert_eq!(int_to_base_string(-35, 36, false), "-z");
}

#[test]
fn int_to_float_is_correctly_rounded() {
    let one: BigInt = BigInt::from(1u8);
    // 2**53 + 1 is a tie: rounds to even (2**53).
    let v: BigInt = (one.clone() << 53usize) + 1;
    assert_eq!(bigint_to_f64(&v), Some(9007199254740992.0));
    // 2**53 + 3 is a tie: rounds to even (2**53 + 4).
    let v: BigInt = (one.clone() << 53usize) + 3;
    assert_eq!(bigint_to_f64(&v), Some(9007199254740996.0));
    // Above 64 bits, a sticky bit far below decides the rounding.
    let v: BigInt = (one.clone() << 100usize) + (one.clone() << 47usize) + 1;
    assert_eq!(bigint_to_f64(&v), Some(2f64.powi(100) + 2f64.powi(48)));
    let v: BigInt = (one.clone() << 100usize) + (one.clone() << 47usize);
    assert_eq!(bigint_to_f64(&v), Some(2f64.powi(100)));
    let v: BigInt = -((one.clone() << 1024usize) - (one.clone() << 971usize));
    assert_eq!(bigint_to_f64(&v), Some(-f64::MAX));
    assert_eq!(bigint_to_f64(&(one.clone() << 1024usize)), None);
    // Rounds up to 2**1024: overflow, as in CPython.
    let v: BigInt = (one.clone() << 1024usize) - (one << 970usize);
    assert_eq!(bigint_to_f64(&v), None);
}

#[test]
fn error_kinds() {
    assert_eq!(
        error_kind("Invalid format specifier"),
        ErrorKind::ValueError
    );
    assert_eq!(
        error_kind("%c arg not in range(0x110000)"),
        ErrorKind::OverflowError
    );
    assert_eq!(
        error_kind("%x format: an integer is required, not float"),
        ErrorKind::TypeError
    );
}

#[test]
fn huge_fields_are_refused() {
    let one = BigInt::from(1);
    let huge_width = format!("{}", MAX_FIELD + 1);
    for err in [
        format_int(&one, &parse(&huge_width).unwrap()).unwrap_err(),
        format_float(1.0, &parse(&format!(".{huge_width}f")).unwrap()).unwrap_err(),
        format_str("a", &parse(&huge_width).unwrap()).unwrap_err(),
    ] {
        assert_eq!(error_kind(&err), ErrorKind::MemoryError, "{err}");
    }
    let spec = |fmt: &str| match printf_parse(fmt).unwrap().pop() {
        Some(PrintfPiece::Spec(spec)) => spec,
        other => panic!("expected a spec, got {other:?}"),
    };
    for fmt in [
        format!("%{huge_width}d"),
        format!("%.{huge_width}d"),
        format!("%{huge_width}s"),
    ] {
        let err = printf_int(&one, &spec(&fmt)).unwrap_err();
        assert_eq!(error_kind(&err), ErrorKind::MemoryError, "{err}");
    }
    let err = printf_float(1.0, &spec(&format!("%.{huge_width}f"))).unwrap_err();
    assert_eq!(error_kind(&err), ErrorKind::MemoryError, "{err}");
    // A huge precision only truncates a string: no allocation, no error.
    assert_eq!(
        printf_str("ab", &spec(&format!("%.{huge_width}s"))).unwrap(),
        "ab"
    );
    assert_eq!(
        format_str("ab", &parse(&format!(".{huge_width}")).unwrap()).unwrap(),
        "ab"
    );
}

#[test]
fn printf_parse_splits_pieces() {
    let pieces = printf_parse("a%%b %(name)-*.3ld|%c").unwrap();
    assert_eq!(pieces.len(), 4);
    assert_eq!(pieces[0], PrintfPiece::Literal("a%b ".to_string()));
    let PrintfPiece::Spec(spec) = &pieces[1] else {
        panic!("expected a spec");
    };
    assert_eq!(spec.key.as_deref(), Some("name"));
    assert!(spec.left && !spec.zero);
    assert_eq!(spec.width, Some(PrintfCount::Star));
    assert_eq!(spec.precision, Some(PrintfCount::Fixed(3)));
    assert_eq!(spec.conversion, 'd');
    assert_eq!(spec.index, 17);
    assert_eq!(pieces[2], PrintfPiece::Literal("|".to_string()));
    assert_eq!(printf_parse("%(a(b))s").unwrap().len(), 1);
    assert_eq!(
        printf_parse("abc %y").unwrap_err(),
        "unsupported format character 'y' (0x79) at index 5"
    );
    assert_eq!(printf_parse("abc%").unwrap_err(), "incomplete format");
    assert_eq!(printf_parse("%(a").unwrap_err(), "incomplete format key");
    assert_eq!(printf_parse("").unwrap(), vec![]);
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const ALPHABET: &[char] = &[
    '<',
    '>',
    '^',
    '=',
    '+',
    '-',
    ' ',
    'z',
    '#',
    '0',
    '1',
    '5',
    '9',
    ',',
    '_',
    '.',
    '%',
    '*',
    '(',
    ')',
    'b',
    'c',
    'd',
    'e',
    'E',
    'f',
    'F',
    'g',
    'G',
    'n',
    'o',
    's',
    'x',
    'X',
    'r',
    'a',
    'i',
    'u',
    'l',
    'y',
    '\u{e9}',
    '\u{665}',
    '\u{0}',
    '\t',
    '\u{1f600}',
];

fn random_text(rng: &mut Rng) -> String {
    let len = rng.below(9);
    (0..len)
        .map(|_| ALPHABET[rng.below(ALPHABET.len())])
        .collect()
}

/// Whether a (resolved) spec asks for a field too large to build in a test.
fn huge(n: Option<usize>) -> bool {
    n.is_some_and(|n| n > 10_000)
}

#[test]
fn random_specs_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let ints: Vec<BigInt> = vec![
        BigInt::from(0),
        BigInt::from(-7),
        BigInt::from(0x10ffff),
        BigInt::from(1u8) << 1100usize,
    ];
    let floats = [
        0.0,
        -0.0,
        1.5e-300,
        -2.5,
        1e300,
        f64::NAN,
        f64::NEG_INFINITY,
    ];
    for _ in 0..20_000 {
        let text = random_text(&mut rng);
        if let Ok(spec) = parse(&text) {
            if !huge(spec.width) && !huge(spec.precision) {
                for v in &ints {
                    let _ = format_int(v, &spec);
                }
                for &v in &floats {
                    let _ = format_float(v, &spec);
                }
                let _ = format_str("h\u{e9}llo", &spec);
            }
        }
        let _ = parse_for(&text, "int");
        let fmt = format!("{}%{}", random_text(&mut rng), text);
        if let Ok(pieces) = printf_parse(&fmt) {
            for piece in pieces {
                let PrintfPiece::Spec(spec) = piece else {
                    continue;
                };
                let star = BigInt::from(rng.below(40) as i64 - 20);
                let Ok(spec) = spec.resolve_stars(Some(&star), Some(&star)) else {
                    continue;
                };
                let fixed = |c: Option<PrintfCount>| match c {
                    Some(PrintfCount::Fixed(n)) => Some(n),
                    _ => None,
                };
                if huge(fixed(spec.width)) || huge(fixed(spec.precision)) {
                    continue;
                }
                for v in &ints {
                    let _ = printf_int(v, &spec);
                }
                for &v in &floats {
                    let _ = printf_float(v, &spec);
                }
                let _ = printf_str("x", &spec);
                let _ = printf_str("", &spec);
            }
        }
        for v in &ints {
            let b = v.to_u32().unwrap_or(16) % 40;
            let _ = int_to_base_string(v, b, true);
        }
    }
}
