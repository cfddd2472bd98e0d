//! Unicode normalization (UAX #15): NFD, NFC, NFKD and NFKC, from the
//! generated decomposition, combining-class and composition tables, with
//! Hangul syllables by algorithm.

use super::props::{combining, compose_pair, decomposition};

/// A normalization form.
#[derive(Clone, Copy)]
pub enum Form {
    /// Canonical composition.
    Nfc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility composition.
    Nfkc,
    /// Compatibility decomposition.
    Nfkd,
}

impl Form {
    /// The form called `name` (`"NFC"`, `"NFD"`, `"NFKC"`, `"NFKD"`).
    pub fn from_name(name: &str) -> Option<Form> {
        match name {
            "NFC" => Some(Form::Nfc),
            "NFD" => Some(Form::Nfd),
            "NFKC" => Some(Form::Nfkc),
            "NFKD" => Some(Form::Nfkd),
            _ => None,
        }
    }

    fn compatibility(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The starters (combining class 0, no decomposition) that are the second
/// character of a primary composite, Hangul jamo aside: the only starters
/// that combine with what comes before them.
const SECOND_STARTERS: [u32; 24] = [
    0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57,
    0x0DCF, 0x0DDF, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF,
    0x11930,
];

/// Whether `c` is the same in `form` whatever surrounds it, and nothing
/// before it changes because of it: a starter with no decomposition in
/// `form` that composes with nothing before it. Normalization works on
/// the runs between such characters.
fn inert(c: char, form: Form) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return true;
    }
    if (L_BASE..0x1200).contains(&cp) || (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        return false;
    }
    if combining(c) != 0 || SECOND_STARTERS.binary_search(&cp).is_ok() {
        return false;
    }
    !matches!(decomposition(c), Some((tag, _)) if tag.is_empty() || form.compatibility())
}

/// `s` in normalization form `form`: the runs that start at an inert
/// character and hold a character that is not are normalized, the rest is
/// copied.
pub fn normalize(form: Form, s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    // `s[..copied]` is in `out`; the current run starts at `run`.
    let (mut copied, mut run, mut pending) = (0, 0, false);
    for (i, c) in s.char_indices() {
        if !inert(c, form) {
            pending = true;
        } else if pending {
            out.push_str(&s[copied..run]);
            out.extend(normalize_run(form, &s[run..i]));
            (copied, run, pending) = (i, i, false);
        } else {
            run = i;
        }
    }
    if pending {
        out.push_str(&s[copied..run]);
        out.extend(normalize_run(form, &s[run..]));
    } else {
        out.push_str(&s[copied..]);
    }
    out
}

/// `s` in normalization form `form` by the full algorithm: decomposition,
/// canonical ordering and, for NFC and NFKC, composition.
fn normalize_run(form: Form, s: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, form.compatibility(), &mut chars);
    }
    reorder(&mut chars);
    if form.composes() {
        compose(&mut chars);
    }
    chars
}

/// Appends the full decomposition of `c` to `out`.
fn decompose(c: char, compatibility: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let index = cp - S_BASE;
        let jamo = [
            L_BASE + index / N_COUNT,
            V_BASE + (index % N_COUNT) / T_COUNT,
            T_BASE + index % T_COUNT,
        ];
        let trailing = if index.is_multiple_of(T_COUNT) { 2 } else { 3 };
        out.extend(jamo[..trailing].iter().filter_map(|&j| char::from_u32(j)));
        return;
    }
    match decomposition(c) {
        Some((tag, mapping)) if tag.is_empty() || compatibility => {
            for d in mapping.chars() {
                decompose(d, compatibility, out);
            }
        }
        _ => out.push(c),
    }
}

/// The canonical ordering: each run of non-starters sorted (stably) by
/// combining class.
fn reorder(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if combining(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && combining(chars[i]) != 0 {
            i += 1;
        }
        taipan_vm::small_sort::sort_small_by_key(&mut chars[start..i], |&c| combining(c));
    }
}

/// The canonical composition of decomposed, reordered `chars`, in place.
fn compose(chars: &mut Vec<char>) {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    // The index in `out` of the last starter, and the combining class of
    // the last character appended after it.
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for &c in chars.iter() {
        let class = combining(c);
        if let Some(si) = starter {
            let adjacent = out.len() == si + 1;
            if adjacent || (last_class != 0 && last_class < class) {
                if let Some(slot) = out.get_mut(si) {
                    if let Some(composite) = compose_two(*slot, c) {
                        *slot = composite;
                        continue;
                    }
                }
            }
        }
        out.push(c);
        if class == 0 {
            starter = Some(out.len() - 1);
        }
        last_class = class;
    }
    *chars = out;
}

/// The composite of two characters, Hangul jamo included.
fn compose_two(first: char, second: char) -> Option<char> {
    let (a, b) = (first as u32, second as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    compose_pair(first, second)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unicodedata::packed::packed;

    /// SECOND_STARTERS is every starter without a decomposition that is
    /// the second character of a composite in the tables.
    #[test]
    fn second_starters_match_the_tables() {
        let mut found: Vec<u32> = packed()
            .compositions
            .iter()
            .map(|&(_, b, _)| b)
            .filter(|&b| char::from_u32(b).is_some_and(|c| combining(c) == 0))
            .filter(|&b| !(L_BASE..0x1200).contains(&b))
            .collect();
        found.sort_unstable();
        found.dedup();
        assert_eq!(found, SECOND_STARTERS);
    }

    /// Normalizing run by run gives what the full algorithm gives on the
    /// whole text, for texts mixing inert characters with marks,
    /// composites, Hangul and second starters.
    #[test]
    fn runs_agree_with_the_whole() {
        let pieces = [
            "a", "e", "\u{301}", "\u{327}", "\u{e9}", "\u{1e9b}", "\u{323}", "\u{fb01}", "\u{b47}",
            "\u{b3e}", "\u{1100}", "\u{1161}", "\u{11a8}", "\u{ac00}", "\u{4e00}", "\u{2460}",
            "\u{212b}", " ", "\u{a0}", "\u{344}", "\u{f900}",
        ];
        for form in [Form::Nfc, Form::Nfd, Form::Nfkc, Form::Nfkd] {
            for a in pieces {
                for b in pieces {
                    for c in pieces {
                        let s = format!("{a}{b}{c}x{c}{a}");
                        let whole: String = normalize_run(form, &s).into_iter().collect();
                        assert_eq!(normalize(form, &s), whole, "{s:?}");
                    }
                }
            }
        }
    }
}
