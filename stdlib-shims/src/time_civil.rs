//! Calendar time for the `time` module: `struct_time`, `gmtime`,
//! `localtime`, `mktime`, `strftime`, `asctime` and `ctime`.
//!
//! UTC dates are computed here (the proleptic Gregorian calendar, as C's
//! `gmtime` does); local time asks the C library (`localtime_r`,
//! `mktime`), which knows the machine's time zone. `strftime` formats in
//! the C locale, directive by directive, as glibc does.

use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::sys_module::{new_struct_seq, struct_seq_class};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::ops::as_f64;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// A broken-down time: C's `struct tm` with Python's conventions
/// (`month` 1..=12, `weekday` 0 = Monday, `yearday` 1..=366).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    yearday: i64,
    isdst: i64,
    /// Seconds east of UTC.
    gmtoff: i64,
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The class of `time.struct_time`.
fn struct_time_class() -> FrozenRef {
    static CLASS: std::sync::OnceLock<FrozenRef> = std::sync::OnceLock::new();
    *CLASS.get_or_init(|| struct_seq_class("time", "struct_time", &FIELDS))
}

/// `time.struct_time`, the class.
pub fn struct_time() -> Value {
    Value::Obj(struct_time_class().to_ref())
}

/// Days from 1970-01-01 to year-month-day (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Year, month, day of a day count from 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Civil {
    /// The UTC time `secs` seconds after the epoch.
    fn utc(secs: i64) -> Civil {
        Civil::shifted(secs, 0, 0)
    }

    /// The time `secs` seconds after the epoch, `gmtoff` seconds east of UTC.
    fn shifted(secs: i64, gmtoff: i64, isdst: i64) -> Civil {
        let local = secs + gmtoff;
        let days = local.div_euclid(86_400);
        let rem = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: rem / 3600,
            minute: rem % 3600 / 60,
            second: rem % 60,
            // 1970-01-01 was a Thursday (3 with Monday as 0).
            weekday: (days + 3).rem_euclid(7),
            yearday: days - days_from_civil(year, 1, 1) + 1,
            isdst,
            gmtoff,
        }
    }

    /// The local time `secs` seconds after the epoch, in the machine's
    /// time zone.
    fn local(secs: i64) -> Civil {
        let (gmtoff, isdst) = local_offset(secs);
        Civil::shifted(secs, gmtoff, isdst)
    }

    fn to_value(self) -> Value {
        let values = [
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.weekday,
            self.yearday,
            self.isdst,
        ];
        new_struct_seq(
            struct_time_class(),
            values.iter().map(|&v| Value::Int(v)).collect(),
        )
    }

    /// A `struct_time` or 9-tuple given to `strftime`, `mktime` …
    fn from_value(vm: &mut Vm, func: &str, v: &Value) -> PyResult<Civil> {
        let items = vm.collect(v)?;
        if items.len() != 9 || matches!(v.kind(), Some(ObjKind::Str(_))) {
            return Err(PyErr::type_error(format!(
                "{func}(): illegal time tuple argument"
            )));
        }
        let mut f = [0i64; 9];
        for (slot, item) in f.iter_mut().zip(&items) {
            *slot = match item {
                Value::Int(n) => *n,
                Value::Bool(b) => i64::from(*b),
                other => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )))
                }
            };
        }
        Ok(Civil {
            year: f[0],
            month: f[1],
            day: f[2],
            hour: f[3],
            minute: f[4],
            second: f[5],
            weekday: f[6].rem_euclid(7),
            yearday: f[7],
            isdst: f[8],
            gmtoff: 0,
        })
    }
}

/// `time.strptime(string, format='%a %b %d %H:%M:%S %Y')`: the fields
/// come from the datetime module's parser (CPython's `_strptime` serves
/// both modules alike), the struct_time is made here.
pub fn strptime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("strptime", args, 1, 2)?;
    let datetime = vm.import_module("datetime")?;
    let parse = vm.getattr_str(&datetime, "_strptime_fields")?;
    let fields = vm.call(&parse, args.pos, &[])?;
    Ok(Civil::from_value(vm, "strptime", &fields)?.to_value())
}

/// The machine's offset from UTC (seconds east) and DST flag at `secs`.
#[cfg(unix)]
// `c_long` is 64 bits here but 32 on other targets.
#[allow(clippy::useless_conversion)]
fn local_offset(secs: i64) -> (i64, i64) {
    // time_t is 64 bits on every target taipan builds for.
    let t = secs as libc::time_t;
    // SAFETY: `tm` is a plain C struct that localtime_r fully writes when
    // it succeeds (non-null return); both pointers are to live locals,
    // and localtime_r is the re-entrant variant, safe on any thread.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return (0, 0);
        }
        (i64::from(tm.tm_gmtoff), i64::from(tm.tm_isdst > 0))
    }
}

/// Without a C library time zone: UTC.
#[cfg(not(unix))]
fn local_offset(_secs: i64) -> (i64, i64) {
    (0, 0)
}

/// The seconds argument of `gmtime`/`localtime`/`ctime`: now when absent
/// or None.
fn seconds_arg(vm: &mut Vm, func: &str, args: &Args<'_>) -> PyResult<i64> {
    check_positional(func, *args, 0, 1)?;
    match args.pos.first() {
        None | Some(Value::None) => Ok(now_seconds()),
        Some(v) => {
            let secs = as_f64(v)?.ok_or_else(|| {
                PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            })?;
            if !secs.is_finite() || secs.abs() > 1e17 {
                return Err(PyErr::new(
                    taipan_vm::types::types().overflow_error,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(secs.floor() as i64)
        }
    }
}

fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// `time.gmtime([secs])`.
pub fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let secs = seconds_arg(vm, "gmtime", &args)?;
    Ok(Civil::utc(secs).to_value())
}

/// `time.localtime([secs])`.
pub fn localtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let secs = seconds_arg(vm, "localtime", &args)?;
    Ok(Civil::local(secs).to_value())
}

/// `time.mktime(t)`: the inverse of `localtime`, as a float.
pub fn mktime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("mktime", args, 1, 1)?;
    let c = Civil::from_value(vm, "mktime", &args.pos[0])?;
    let as_utc = days_from_civil(c.year, c.month, 1) * 86_400
        + (c.day - 1) * 86_400
        + c.hour * 3600
        + c.minute * 60
        + c.second;
    // The offset at the guessed instant, then at the corrected one.
    let first = as_utc - local_offset(as_utc).0;
    let secs = as_utc - local_offset(first).0;
    Ok(Value::Float(secs as f64))
}

/// The time tuple argument of `strftime`/`asctime`: local now when absent.
fn time_tuple_arg(vm: &mut Vm, func: &str, v: Option<&Value>) -> PyResult<Civil> {
    match v {
        None => Ok(Civil::local(now_seconds())),
        Some(v) => Civil::from_value(vm, func, v),
    }
}

/// `time.strftime(format[, t])`.
pub fn strftime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("strftime", args, 1, 2)?;
    let Some(ObjKind::Str(format)) = args.pos[0].kind() else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args.pos[0])
        )));
    };
    let format = format.as_str().to_string();
    let c = time_tuple_arg(vm, "strftime", args.pos.get(1))?;
    Ok(str_value(format_time(&format, &c)))
}

/// `time.asctime([t])`.
pub fn asctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("asctime", args, 0, 1)?;
    let c = time_tuple_arg(vm, "asctime", args.pos.first())?;
    Ok(str_value(format_time("%a %b %e %H:%M:%S %Y", &c)))
}

/// `time.ctime([secs])`.
pub fn ctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let secs = seconds_arg(vm, "ctime", &args)?;
    Ok(str_value(format_time(
        "%a %b %e %H:%M:%S %Y",
        &Civil::local(secs),
    )))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The `i`th name of a list (`?` out of range).
fn name_at(list: &[&'static str], i: i64) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| list.get(i))
        .copied()
        .unwrap_or("?")
}

/// The ISO 8601 week-based year and week number.
fn iso_week(c: &Civil) -> (i64, i64) {
    let wday = c.weekday + 1; // 1 = Monday
    let week = (c.yearday - wday + 10) / 7;
    let weeks_in = |year: i64| {
        let jan1 = (days_from_civil(year, 1, 1) + 3).rem_euclid(7); // 0 = Monday
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if jan1 == 3 || (jan1 == 2 && leap) {
            53
        } else {
            52
        }
    };
    if week < 1 {
        (c.year - 1, weeks_in(c.year - 1))
    } else if week > weeks_in(c.year) {
        (c.year + 1, 1)
    } else {
        (c.year, week)
    }
}

/// `format` with each `%` directive replaced, in the C locale. glibc's
/// flags (`-` no padding, `_` spaces, `0` zeros, `^` upper case, `#`
/// swapped case), a field width and the `E`/`O` modifiers are honoured;
/// unknown directives are kept as written, as glibc keeps them.
fn format_time(format: &str, c: &Civil) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let mut rest = format;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let spec = &rest[at + 1..];
        let flags = spec.len() - spec.trim_start_matches(['-', '_', '0', '^', '#']).len();
        let digits = spec[flags..].len()
            - spec[flags..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let mut end = flags + digits;
        if spec[end..].starts_with(['E', 'O']) {
            end += 1;
        }
        let Some(d) = spec[end..].chars().next() else {
            out.push_str(&rest[at..]);
            return out;
        };
        let len = end + d.len_utf8();
        match directive(d, c) {
            Some(text) => {
                let width = spec[flags..flags + digits].parse().unwrap_or(0);
                out.push_str(&apply_flags(&text, d, &spec[..flags], width));
            }
            None => out.push_str(&rest[at..at + 1 + len]),
        }
        rest = &spec[len..];
    }
    out.push_str(rest);
    out
}

/// A directive's text with glibc's flags and field width applied.
fn apply_flags(text: &str, d: char, flags: &str, width: usize) -> String {
    let numeric = "CdeHIjklmMSUVWygGYuw".contains(d);
    let flag = flags.chars().rev().find(|f| "-_0".contains(*f));
    let mut s = text.to_string();
    if numeric && flag.is_some() {
        let digits = s.trim_start_matches(['0', ' ']);
        let digits = if digits.is_empty() { "0" } else { digits };
        let pad = s.len() - digits.len();
        s = match flag {
            Some('_') => " ".repeat(pad) + digits,
            Some('0') => "0".repeat(pad) + digits,
            _ => digits.to_string(),
        };
    }
    if flags.contains('^') || (flags.contains('#') && "aAbBh".contains(d)) {
        s = s.to_uppercase();
    } else if flags.contains('#') && "pZ".contains(d) {
        s = s.to_lowercase();
    }
    let count = s.chars().count();
    if width > count {
        let fill = if numeric && (flag.is_none() || flag == Some('0')) {
            "0"
        } else {
            " "
        };
        s = fill.repeat(width - count) + &s;
    }
    s
}

/// The text of one `%` directive in the C locale, None for an unknown one.
fn directive(d: char, c: &Civil) -> Option<String> {
    let month_name = |c: &Civil| name_at(&MONTHS, c.month - 1);
    let hour12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    Some(match d {
        'Y' => c.year.to_string(),
        'C' => format!("{:02}", c.year.div_euclid(100)),
        'y' => format!("{:02}", c.year.rem_euclid(100)),
        'm' => format!("{:02}", c.month),
        'd' => format!("{:02}", c.day),
        'e' => format!("{:2}", c.day),
        'H' => format!("{:02}", c.hour),
        'k' => format!("{:2}", c.hour),
        'I' => format!("{hour12:02}"),
        'l' => format!("{hour12:2}"),
        'M' => format!("{:02}", c.minute),
        'S' => format!("{:02}", c.second),
        'p' => if c.hour < 12 { "AM" } else { "PM" }.to_string(),
        'j' => format!("{:03}", c.yearday),
        'a' => name_at(&DAYS, c.weekday)[..3].to_string(),
        'A' => name_at(&DAYS, c.weekday).to_string(),
        'b' | 'h' => month_name(c)[..3].to_string(),
        'B' => month_name(c).to_string(),
        'w' => ((c.weekday + 1) % 7).to_string(),
        'u' => (c.weekday + 1).to_string(),
        'U' => format!("{:02}", (c.yearday - 1 + 7 - (c.weekday + 1) % 7) / 7),
        'W' => format!("{:02}", (c.yearday - 1 + 7 - c.weekday) / 7),
        'G' => iso_week(c).0.to_string(),
        'g' => format!("{:02}", iso_week(c).0.rem_euclid(100)),
        'V' => format!("{:02}", iso_week(c).1),
        'z' => {
            let off = c.gmtoff;
            let sign = if off < 0 { '-' } else { '+' };
            let off = off.abs();
            format!("{sign}{:02}{:02}", off / 3600, off % 3600 / 60)
        }
        'Z' => if c.gmtoff == 0 { "UTC" } else { "" }.to_string(),
        'c' => format_time("%a %b %e %H:%M:%S %Y", c),
        'x' | 'D' => format_time("%m/%d/%y", c),
        'X' | 'T' => format_time("%H:%M:%S", c),
        'R' => format_time("%H:%M", c),
        'F' => format_time("%Y-%m-%d", c),
        'r' => format_time("%I:%M:%S %p", c),
        'n' => "\n".to_string(),
        't' => "\t".to_string(),
        '%' => "%".to_string(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_match_the_calendar() {
        let t = Civil::utc(1_700_000_000);
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute, t.second),
            (2023, 11, 14, 22, 13, 20)
        );
        assert_eq!((t.weekday, t.yearday), (1, 318));
        let before = Civil::utc(-1);
        assert_eq!(
            (before.year, before.month, before.day, before.hour),
            (1969, 12, 31, 23)
        );
        let leap = Civil::utc(days_from_civil(2024, 2, 29) * 86_400);
        assert_eq!((leap.month, leap.day, leap.yearday), (2, 29, 60));
    }

    #[test]
    fn strftime_directives() {
        let t = Civil::utc(1_700_000_000);
        assert_eq!(
            format_time("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %u %e", &t),
            "2023-11-14 22:13:20 Tue Tuesday Nov November 318 PM 10 23 2 2 14"
        );
        assert_eq!(
            format_time("%U %W %G %V %z %% %c", &t),
            "46 46 2023 46 +0000 % Tue Nov 14 22:13:20 2023"
        );
        let new_year = Civil::utc(days_from_civil(2021, 1, 1) * 86_400);
        assert_eq!(format_time("%G-W%V-%u", &new_year), "2020-W53-5");
    }
}
