//! Character property lookups in the generated tables: binary searches
//! over sorted code points and runs.

use super::packed::packed;
use super::tables::{
    BIDIRECTIONALS, CATEGORIES, DECOMP_TAGS, EAST_ASIAN_WIDTHS, FIRST_COMBINING, NUMERIC_VALUES,
    RECORDS,
};

/// The properties of one code point.
pub struct Props {
    /// General category, e.g. `"Lu"`.
    pub category: &'static str,
    /// Bidirectional class, e.g. `"L"` (`""` for unassigned code points).
    pub bidirectional: &'static str,
    /// East Asian width, e.g. `"Na"`.
    pub east_asian_width: &'static str,
    /// Whether the character is mirrored in bidirectional text.
    pub mirrored: bool,
    /// Canonical combining class.
    pub combining: u8,
}

/// The properties of `c`.
pub fn props(c: char) -> Props {
    let cp = c as u32;
    let tables = packed();
    // The first run starts at 0, so the run holding `cp` is the last start <= cp.
    let run = tables
        .run_starts
        .partition_point(|&s| s <= cp)
        .saturating_sub(1);
    let rec = tables
        .run_records
        .get(run)
        .and_then(|&r| RECORDS.get(usize::from(r)))
        .copied()
        .unwrap_or((0, 0, 0, false, 0));
    Props {
        category: CATEGORIES.get(usize::from(rec.0)).copied().unwrap_or("Cn"),
        bidirectional: BIDIRECTIONALS
            .get(usize::from(rec.1))
            .copied()
            .unwrap_or(""),
        east_asian_width: EAST_ASIAN_WIDTHS
            .get(usize::from(rec.2))
            .copied()
            .unwrap_or("N"),
        mirrored: rec.3,
        combining: rec.4,
    }
}

/// The canonical combining class of `c` (0 for starters).
pub fn combining(c: char) -> u8 {
    if (c as u32) < FIRST_COMBINING {
        return 0;
    }
    props(c).combining
}

/// How much of a number a character is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumericKind {
    /// Has a numeric value only (`numeric`).
    Numeric,
    /// A digit (`digit` and `numeric`).
    Digit,
    /// A decimal digit (`decimal`, `digit` and `numeric`).
    Decimal,
}

/// The numeric value of `c` and how far it counts as a number, if any.
pub fn numeric(c: char) -> Option<(f64, NumericKind)> {
    let tables = packed();
    let i = tables.numeric_cps.binary_search(&(c as u32)).ok()?;
    let info = *tables.numeric_info.get(i)?;
    let value = *NUMERIC_VALUES.get(usize::from(info >> 2))?;
    let kind = match info & 3 {
        2 => NumericKind::Decimal,
        1 => NumericKind::Digit,
        _ => NumericKind::Numeric,
    };
    Some((value, kind))
}

/// The decomposition mapping of `c`: its tag (`""` when canonical) and the
/// characters it maps to. Hangul syllables have none here (they decompose
/// by algorithm).
pub fn decomposition(c: char) -> Option<(&'static str, &'static str)> {
    let cp = c as u32;
    let tables = packed();
    if tables.decomp_cps.first().is_some_and(|&first| cp < first) {
        return None;
    }
    let i = tables.decomp_cps.binary_search(&cp).ok()?;
    let d = *tables.decomps.get(i)?;
    let start = d.start as usize;
    let tag = DECOMP_TAGS.get(usize::from(d.tag))?;
    Some((
        tag,
        tables.decomp_text.get(start..start + usize::from(d.len))?,
    ))
}

/// The primary composite of `first` followed by `second`, if any
/// (Hangul syllables excepted).
pub fn compose_pair(first: char, second: char) -> Option<char> {
    let key = (first as u32, second as u32);
    let compositions = &packed().compositions;
    let i = compositions
        .binary_search_by(|&(a, b, _)| (a, b).cmp(&key))
        .ok()?;
    compositions.get(i).and_then(|&(_, _, c)| char::from_u32(c))
}
