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

/// CPython's `re._casefix._EXTRA_CASES`: for a lowercase code point, the
/// other lowercase code points that share its uppercase (`'s'` and `'ſ'`
/// both uppercase to `'S'`), which sre treats as equal ignoring case.
/// Sorted by the first code point.
const EXTRA_CASES: &[(u32, &[u32])] = &[
    (0x69, &[0x131]),
    (0x73, &[0x17f]),
    (0xb5, &[0x3bc]),
    (0x131, &[0x69]),
    (0x17f, &[0x73]),
    (0x345, &[0x3b9, 0x1fbe]),
    (0x390, &[0x1fd3]),
    (0x3b0, &[0x1fe3]),
    (0x3b2, &[0x3d0]),
    (0x3b5, &[0x3f5]),
    (0x3b8, &[0x3d1]),
    (0x3b9, &[0x345, 0x1fbe]),
    (0x3ba, &[0x3f0]),
    (0x3bc, &[0xb5]),
    (0x3c0, &[0x3d6]),
    (0x3c1, &[0x3f1]),
    (0x3c2, &[0x3c3]),
    (0x3c3, &[0x3c2]),
    (0x3c6, &[0x3d5]),
    (0x3d0, &[0x3b2]),
    (0x3d1, &[0x3b8]),
    (0x3d5, &[0x3c6]),
    (0x3d6, &[0x3c0]),
    (0x3f0, &[0x3ba]),
    (0x3f1, &[0x3c1]),
    (0x3f5, &[0x3b5]),
    (0x432, &[0x1c80]),
    (0x434, &[0x1c81]),
    (0x43e, &[0x1c82]),
    (0x441, &[0x1c83]),
    (0x442, &[0x1c84, 0x1c85]),
    (0x44a, &[0x1c86]),
    (0x463, &[0x1c87]),
    (0x1c80, &[0x432]),
    (0x1c81, &[0x434]),
    (0x1c82, &[0x43e]),
    (0x1c83, &[0x441]),
    (0x1c84, &[0x442, 0x1c85]),
    (0x1c85, &[0x442, 0x1c84]),
    (0x1c86, &[0x44a]),
    (0x1c87, &[0x463]),
    (0x1c88, &[0xa64b]),
    (0x1e61, &[0x1e9b]),
    (0x1e9b, &[0x1e61]),
    (0x1fbe, &[0x345, 0x3b9]),
    (0x1fd3, &[0x390]),
    (0x1fe3, &[0x3b0]),
    (0xa64b, &[0x1c88]),
    (0xfb05, &[0xfb06]),
    (0xfb06, &[0xfb05]),
];

/// The other lowercase code points that sre counts equal to the lowercase
/// code point `l` ignoring case (none in ASCII mode).
#[inline]
fn extra_cases(l: u32, ascii: bool) -> &'static [u32] {
    if ascii || l < 0x69 {
        return &[];
    }
    EXTRA_CASES
        .binary_search_by_key(&l, |e| e.0)
        .map_or(&[], |i| EXTRA_CASES[i].1)
}

/// The simple lowercase of a code point (ASCII only in ASCII mode), as
/// sre folds case: `'İ'` lowers to `'i'` (its full lowercase is two
/// characters).
#[inline]
pub fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    if c == 0x130 {
        return 0x69;
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

/// Whether a code point has case (sre's `iscased`).
fn is_cased(c: u32, ascii: bool) -> bool {
    lower(c, ascii) != c || upper(c, ascii) != c
}

/// Whether `c` equals, ignoring case, the pattern character whose
/// lowercase is `x`: as sre's `LITERAL_UNI_IGNORE`, `c` lowercases to `x`
/// or to a code point [`EXTRA_CASES`] pairs with it.
#[inline]
pub fn eq_ignore_case(c: u32, x: u32, ascii: bool) -> bool {
    let l = lower(c, ascii);
    l == x || extra_cases(x, ascii).contains(&l)
}

/// The highest code point of the Basic Multilingual Plane, below which sre
/// folds a set's members into a bitmap.
const BMP_MAX: u32 = 0xffff;

/// A case-insensitive set with cased members, as sre matches it
/// (`IN_UNI_IGNORE`): a character matches when its lowercase is the
/// lowercase of a member (or pairs with one in [`EXTRA_CASES`]), or, for
/// members beyond the BMP, when its lowercase or the Unicode uppercase of
/// that is a member.
#[derive(Debug, Clone)]
struct Folded {
    /// The lowercases of the members in the BMP, with their extra cases.
    bmp: Box<[u64]>,
    /// The members beyond the BMP, as ranges.
    wide: Vec<(u32, u32)>,
}

impl Folded {
    fn new(items: &[SetItem], ascii: bool) -> Folded {
        let mut folded = Folded {
            bmp: vec![0u64; (BMP_MAX as usize + 1) / 64].into_boxed_slice(),
            wide: Vec::new(),
        };
        for item in items {
            let (lo, hi) = match *item {
                SetItem::Lit(c) => (c, c),
                SetItem::Range(lo, hi) => (lo, hi),
                SetItem::Cat(_) => continue,
            };
            for c in lo..=hi.min(BMP_MAX) {
                let l = lower(c, ascii);
                folded.mark(l);
                extra_cases(l, ascii).iter().for_each(|&e| folded.mark(e));
            }
            if hi > BMP_MAX {
                folded.wide.push((lo.max(BMP_MAX + 1), hi));
            }
        }
        folded
    }

    fn mark(&mut self, c: u32) {
        if let Some(word) = self.bmp.get_mut((c / 64) as usize) {
            *word |= 1 << (c % 64);
        }
    }

    /// Whether the lowercase `l` of a character is in the set. Beyond the
    /// BMP, sre compares the Unicode uppercase of `l` even in ASCII mode.
    fn has(&self, l: u32) -> bool {
        let in_bmp = self
            .bmp
            .get((l / 64) as usize)
            .is_some_and(|word| word & (1 << (l % 64)) != 0);
        in_bmp || {
            let u = upper(l, false);
            self.wide
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&l) || (lo..=hi).contains(&u))
        }
    }
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
    /// The members folded for case-insensitive matching; `None` for a
    /// case-sensitive set or one without cased members (which sre
    /// matches as it is).
    folded: Option<Folded>,
    /// A bitmap of the code points below 256 that match.
    low: [u64; 4],
}

impl CharSet {
    /// Builds a set.
    pub fn new(negate: bool, items: Vec<SetItem>, ascii: bool, icase: bool) -> CharSet {
        let cased = items.iter().any(|item| match *item {
            SetItem::Lit(c) => c > BMP_MAX || is_cased(c, ascii),
            SetItem::Range(lo, hi) => hi > BMP_MAX || (lo..=hi).any(|c| is_cased(c, ascii)),
            SetItem::Cat(_) => false,
        });
        let folded = (icase && cased).then(|| Folded::new(&items, ascii));
        let mut set = CharSet {
            negate,
            items,
            ascii,
            folded,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if set.slow(c) {
                set.low[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set
    }

    fn in_category(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            SetItem::Cat(cat) => in_category(cat, c, self.ascii),
            _ => false,
        })
    }

    fn contains_raw(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            SetItem::Lit(x) => x == c,
            SetItem::Range(lo, hi) => (lo..=hi).contains(&c),
            SetItem::Cat(cat) => in_category(cat, c, self.ascii),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let hit = match &self.folded {
            Some(folded) => {
                let l = lower(c, self.ascii);
                folded.has(l) || self.in_category(l)
            }
            None => self.contains_raw(c),
        };
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
