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

/// `s` in normalization form `form`.
pub fn normalize(form: Form, s: &str) -> String {
    // ASCII text is in every normalization form already.
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, form.compatibility(), &mut chars);
    }
    reorder(&mut chars);
    if form.composes() {
        compose(&mut chars);
    }
    chars.into_iter().collect()
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
