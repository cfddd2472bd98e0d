//! Character names (`name`, `lookup`) from the `unicode_names2` crate,
//! whose tables the parser already links in for `\N{...}` escapes. Its
//! Unicode version is newer than 14.0, so characters unassigned in 14.0
//! are given no name and are not found by name.

use super::props::props;

/// Whether `c` is assigned in Unicode 14.0.
fn assigned(c: char) -> bool {
    props(c).category != "Cn"
}

/// The Unicode name of `c`, if it has one.
pub fn name(c: char) -> Option<String> {
    if !assigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character called `name` (case-insensitively; aliases included).
pub fn lookup(name: &str) -> Option<char> {
    unicode_names2::character(name).filter(|&c| assigned(c))
}
