//! Character names (`name`, `lookup`) from the `unicode_names2` crate,
//! whose tables the parser already links in for `\N{...}` escapes, plus
//! the generated named sequences. The crate knows Unicode 16.0, so
//! characters unassigned in 14.0 get no name and are not found by name,
//! and the aliases added after 14.0 are refused.

use super::packed::packed;
use super::props::props;

/// Name aliases added to NameAliases.txt after Unicode 14.0 (so unknown to
/// CPython 3.11), which the crate's newer table accepts.
const LATER_ALIASES: &[&str] = &[
    "EM",
    "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE",
    "SUNDANESE LETTER ARCHAIC I",
    "CUNEIFORM SIGN KALAM",
    "BAMUM LETTER PHASE-A MAEMGBIEE",
    "MENDE KIKAKUI SYLLABLE M172 MBO",
    "MENDE KIKAKUI SYLLABLE M174 MBOO",
];

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

/// The character or named sequence called `query`. Names and aliases
/// match case-insensitively, but (as in CPython) the algorithmic names of
/// Hangul syllables and CJK unified ideographs only in capitals.
pub fn lookup(query: &str) -> Option<String> {
    let upper = query.to_ascii_uppercase();
    if let Some(c) = unicode_names2::character(query) {
        let algorithmic =
            upper.starts_with("HANGUL SYLLABLE ") || upper.starts_with("CJK UNIFIED IDEOGRAPH-");
        if assigned(c)
            && !LATER_ALIASES.contains(&upper.as_str())
            && (!algorithmic || upper == query)
        {
            return Some(c.to_string());
        }
    }
    packed().named_sequences.lines().find_map(|line| {
        let (name, chars) = line.split_once(';')?;
        (name == upper).then(|| chars.to_owned())
    })
}
