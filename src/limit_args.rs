//! `--timeout`, `--max-heap` and `--recursion-limit`: the limits of a run
//! (`taipan run`) or of each call (`taipan map`).

use std::time::Duration;
use taipan::CallOptions;

/// The limit flags shared by `run` and `map`.
#[derive(Clone, Debug, Default)]
pub struct LimitArgs {
    /// Time budget: past it the script sees TimeoutError.
    timeout: Option<Duration>,
    /// Heap budget per thread: past it the script sees MemoryError.
    max_heap: Option<usize>,
    /// Python call depth before RecursionError.
    recursion_limit: Option<u32>,
}

impl LimitArgs {
    /// The value placeholder of limit option `name` (without `--`), or
    /// `None` when `name` is not a limit option.
    pub fn placeholder(name: &str) -> Option<&'static str> {
        match name {
            "timeout" => Some("SECONDS"),
            "max-heap" => Some("SIZE"),
            "recursion-limit" => Some("N"),
            _ => None,
        }
    }

    /// Sets limit option `name` from its text, or says why it is wrong.
    pub fn set(&mut self, name: &str, text: &str) -> Result<(), String> {
        match name {
            "timeout" => self.timeout = Some(parse_seconds(text)?),
            "max-heap" => self.max_heap = Some(parse_size(text)?),
            _ => self.recursion_limit = Some(parse_depth(text)?),
        }
        Ok(())
    }

    /// The call options these flags ask for.
    pub fn options(&self) -> CallOptions {
        CallOptions {
            timeout: self.timeout,
            cancel: None,
            heap_budget: self.max_heap,
            recursion_limit: self.recursion_limit.map(|n| n as usize),
        }
    }
}

/// A positive number of seconds.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "expected a positive number of seconds, not '{text}'"
        )),
    }
}

/// A size in bytes: digits with an optional K, M or G suffix (powers of
/// 1024), as in `512M`.
fn parse_depth(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "expected a whole number of at least 1, not '{text}'"
        )),
    }
}

fn parse_size(text: &str) -> Result<usize, String> {
    let bad = || format!("expected a size such as 1000000, 512K, 64M or 2G, not '{text}'");
    let (digits, shift) = match text.trim().to_ascii_uppercase() {
        t if t.ends_with('K') => (t[..t.len() - 1].to_string(), 10),
        t if t.ends_with('M') => (t[..t.len() - 1].to_string(), 20),
        t if t.ends_with('G') => (t[..t.len() - 1].to_string(), 30),
        t => (t, 0),
    };
    let n: usize = digits.parse().map_err(|_| bad())?;
    n.checked_mul(1 << shift).filter(|&b| b > 0).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        for bad in ["", "M", "0", "-1", "1.5G", "12T", "99999999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn seconds_must_be_positive_and_finite() {
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        for bad in ["0", "-2", "inf", "nan", "soon"] {
            assert!(parse_seconds(bad).is_err(), "{bad}");
        }
    }
}
