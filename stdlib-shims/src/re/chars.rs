//! Character tests for matching: categories (`\d \s \w`), case folding and
//! character sets, in Unicode or ASCII mode as sre defines them.

use super::ast::{Category, SetItem};
use taipan_vm::objects::str_ops::{char_is_alnum, char_is_decimal, char_is_space};

/// `\w` for one code point.
#[inline]
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && char::from_u32(c).is_some_and(char_is_alnum)
}

/// `\d` for one code point.
#[inline]
fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && char::from_u32(c).is_some_and(char_is_decimal)
}

/// `\s` for one code point.
#[inline]
fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        // Unicode patterns also count the separators U+001C..U+001F, as
        // str.isspace() does; ASCII and bytes patterns do not.
        return matches!(c, 9..=13 | 32) || (!ascii && matches!(c, 0x1c..=0x1f));
    }
    !ascii && char::from_u32(c).is_some_and(char_is_space)
}

/// Whether `c` belongs to a category.
#[inline]
pub fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

fn single(mut it: impl Iterator<Item = char>, c: u32) -> u32 {
    match (it.next(), it.next()) {
        (Some(x), None) => x as u32,
        _ => c,
    }
}

/// The simple lowercase of a code point (ASCII only in ASCII mode).
#[inline]
pub fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    char::from_u32(c).map_or(c, |ch| single(ch.to_lowercase(), c))
}

/// The simple uppercase of a code point (ASCII only in ASCII mode).
#[inline]
pub fn upper(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if ascii {
        return c;
    }
    char::from_u32(c).map_or(c, |ch| single(ch.to_uppercase(), c))
}

/// Whether two code points are equal ignoring case.
#[inline]
pub fn eq_ignore_case(a: u32, b: u32, ascii: bool) -> bool {
    a == b || lower(a, ascii) == lower(b, ascii) || upper(a, ascii) == upper(b, ascii)
}

/// A compiled character set.
#[derive(Debug, Clone)]
pub struct CharSet {
    /// `[^...]`.
    pub negate: bool,
    /// Members.
    pub items: Vec<SetItem>,
    /// ASCII definitions of the categories and of case.
    pub ascii: bool,
    /// Case-insensitive.
    pub icase: bool,
    /// A bitmap of the members below 256, case folding applied.
    low: [u64; 4],
}

impl CharSet {
    /// Builds a set.
    pub fn new(negate: bool, mut items: Vec<SetItem>, ascii: bool, icase: bool) -> CharSet {
        if icase {
            // Add the case variants of single characters, so that a member
            // such as 'ς' also admits 'σ' (both uppercase to 'Σ').
            let variants: Vec<SetItem> = items
                .iter()
                .filter_map(|i| match *i {
                    SetItem::Lit(c) => Some(c),
                    _ => None,
                })
                .flat_map(|c| {
                    let up = upper(c, ascii);
                    [lower(c, ascii), up, lower(up, ascii)]
                })
                .map(SetItem::Lit)
                .collect();
            for v in variants {
                if !items.contains(&v) {
                    items.push(v);
                }
            }
        }
        let mut set = CharSet {
            negate,
            items,
            ascii,
            icase,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if set.slow(c) {
                set.low[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set
    }

    fn contains_raw(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            SetItem::Lit(x) => x == c,
            SetItem::Range(lo, hi) => (lo..=hi).contains(&c),
            SetItem::Cat(cat) => in_category(cat, c, self.ascii),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let hit = self.contains_raw(c)
            || (self.icase
                && (self.contains_raw(lower(c, self.ascii))
                    || self.contains_raw(upper(c, self.ascii))));
        hit != self.negate
    }

    /// Whether `c` matches the set.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c / 64) as usize] & (1 << (c % 64)) != 0;
        }
        self.slow(c)
    }
}
