//! Python's `hash()` for the builtin value types, as CPython 3.11 computes it
//! on a 64-bit platform.
//!
//! Numbers (`int`, `float`, `bool`) and containers of them (`tuple`,
//! `frozenset`) hash exactly as in CPython, so that sets of them are laid out
//! — and iterate — in CPython's order. The numeric hash is reduction modulo
//! the Mersenne prime `P = 2**61 - 1`, which makes `hash(n) == hash(float(n))
//! == hash(Fraction(n))` for every number that is equal to an integer.
//!
//! `str` and `bytes` are different: CPython salts their hash with a random
//! key at start-up (`PYTHONHASHSEED`), so no program can rely on it. Here they
//! use a fast, fixed, non-cryptographic hash. The order of a set of strings is
//! therefore *not* CPython's (nor is it in CPython from one run to the next),
//! and nothing — tests included — may depend on it.
//!
//! Every function returns a value that is never `-1`: CPython reserves `-1`
//! as its error marker, and maps a computed `-1` to `-2` (so
//! `hash(-1) == hash(-2) == -2`).

use num_bigint::{BigInt, Sign};

/// Number of bits of the numeric hash modulus (`sys.hash_info.width` is 64;
/// this is the exponent of the prime, `_PyHASH_BITS`).
pub const HASH_BITS: u32 = 61;

/// The numeric hash modulus `P = 2**61 - 1` (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;

/// `hash(float('inf'))` (`sys.hash_info.inf`); `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;

/// Maps CPython's reserved error value `-1` to `-2`.
#[inline]
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Applies a sign to a residue in `0..P` and reserves `-1`.
#[inline]
fn signed_residue(residue: u64, negative: bool) -> i64 {
    // `residue < P < 2**61`, so the cast is lossless.
    let h = residue as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// Multiplies `x` (which must be `< P`) by `2**e` modulo `P`.
///
/// Because `2**61 == 1 (mod P)`, this is a rotation of the low 61 bits.
#[inline]
fn mul_pow2_mod_p(x: u64, e: u32) -> u64 {
    let e = e % HASH_BITS;
    if e == 0 {
        return x;
    }
    ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e))
}

/// `hash(v)` for an `int` that fits in 64 bits.
///
/// The hash of a non-negative `n` is `n % (2**61 - 1)`; a negative `n`
/// hashes to `-hash(-n)`; `-1` becomes `-2`.
pub fn hash_i64(v: i64) -> i64 {
    signed_residue(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(v)` for an `int` of any size; agrees with [`hash_i64`] where both
/// apply.
pub fn hash_bigint(v: &BigInt) -> i64 {
    // Horner's rule over the base-2**64 digits, most significant first.
    let residue = v
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u128, |acc, digit| {
            ((acc << 64) | u128::from(digit)) % u128::from(HASH_MODULUS)
        });
    // The fold keeps `residue < P`, so it fits in 64 bits.
    signed_residue(residue as u64, v.sign() == Sign::Minus)
}

/// `hash(v)` for a `bool`: `True` is 1 and `False` is 0, as for the ints
/// they equal.
pub fn hash_bool(v: bool) -> i64 {
    i64::from(v)
}

/// The identity hash CPython gives an object at address `identity`
/// (`_Py_HashPointer`: the address rotated right by 4 bits, `-1` reserved).
///
/// This is `object.__hash__` for instances without their own `__hash__`;
/// the VM may pass any per-object number that stays fixed for the object's
/// lifetime.
pub fn hash_identity(identity: usize) -> i64 {
    // On a 64-bit target, `usize` and `u64` are the same width.
    let rotated = (identity as u64).rotate_right(4);
    fix_minus_one(rotated as i64)
}

/// `hash(v)` for a `float`.
///
/// A float equal to an integer hashes like that integer (`hash(2.0) == 2`,
/// `hash(-0.0) == 0`); other finite floats hash as the exact rational value
/// they hold, reduced modulo `2**61 - 1`. `inf` hashes to 314159 and `-inf`
/// to -314159.
///
/// NaN: since 3.10 CPython hashes a NaN by the identity of the float object
/// that holds it (so distinct NaN objects usually land in different set
/// slots). `identity` is used only for NaN, and then exactly as
/// [`hash_identity`] uses it: pass the object's address, or any number that
/// is fixed for the object's lifetime. For a non-NaN value it is ignored.
pub fn hash_f64(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        return hash_identity(identity);
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // Decompose |v| = mantissa * 2**exponent with an integer mantissa.
    let bits = v.to_bits();
    let negative = bits >> 63 == 1;
    let biased_exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased_exponent == 0 {
        // Zero or subnormal.
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exponent - 1075)
    };
    if mantissa == 0 {
        return 0;
    }
    // mantissa < 2**53 < P, so it is already reduced. 2**exponent mod P is
    // 2**(exponent mod 61), taken as a non-negative remainder.
    let shift = exponent.rem_euclid(HASH_BITS as i32) as u32;
    signed_residue(mul_pow2_mod_p(mantissa, shift), negative)
}

/// xxHash-derived constants used by `tuple.__hash__` (64-bit build).
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a `tuple`, given the hashes of its items in order and its
/// length (CPython 3.8+'s xxHash-based `tuplehash`).
///
/// `len` must be the number of hashes `item_hashes` yields: CPython mixes in
/// the tuple's size after the items. `hash(()) == 5740354900026072187`.
pub fn hash_tuple(item_hashes: impl IntoIterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    // The length is mangled so that hash(()) keeps its historical value.
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        // CPython picks this value rather than -2 for tuples.
        return 1_546_275_796;
    }
    acc as i64
}

/// Spreads the bits of an item hash before it is xor-ed into a frozenset's
/// hash (`_shuffle_bits` in CPython).
#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(f)` for a `frozenset`, given the hashes of its items (in any order:
/// the result does not depend on it) and its length.
///
/// `len` must be the number of hashes `item_hashes` yields.
/// `hash(frozenset()) == 133146708735736`.
pub fn hash_frozenset(item_hashes: impl IntoIterator<Item = i64>, len: usize) -> i64 {
    // CPython xors the shuffled hash of every slot of its table, then cancels
    // the contribution of the empty and deleted slots; what remains is the
    // xor over the items alone.
    let mut hash = item_hashes
        .into_iter()
        .fold(0u64, |acc, h| acc ^ shuffle_bits(h as u64));
    // Factor in the number of items.
    hash ^= (len as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    // Disperse patterns arising in nested frozensets.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        // CPython picks this value rather than -2 for frozensets.
        return 590_923_713;
    }
    hash as i64
}

/// A 64-bit finaliser with full avalanche (MurmurHash3's `fmix64`), so that
/// the low bits a hash table uses depend on every input bit.
#[inline]
fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// `hash(b)` for `bytes`: a fast, fixed (unsalted), non-cryptographic hash.
///
/// It does not match CPython, whose `bytes`/`str` hashes are randomised per
/// process; see [`hash_str`]. Like CPython, empty input hashes to 0. Never
/// returns -1.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut chunks = bytes.chunks_exact(8);
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    for chunk in &mut chunks {
        let word = chunk
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let word = rest
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    fix_minus_one(fmix64(h) as i64)
}

/// `hash(s)` for a `str`: the same function as [`hash_bytes`] over the UTF-8
/// encoding (so, as in CPython for ASCII text, `hash(s) == hash(s.encode())`).
///
/// CPython randomises `str` hashes per process, so the iteration order of a
/// set of strings (and anything else that depends on a string's hash) is not
/// CPython's and must not be relied on. It is, however, stable across runs
/// of taipan.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn big(s: &str) -> BigInt {
        // Test literals are well-formed; a bad one makes the test fail.
        s.parse().unwrap_or_default()
    }

    // Expected values are from CPython 3.11.7 (64-bit Linux).
    #[test]
    fn int_hashes() {
        let cases: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (2, 2),
            (12345, 12345),
            (-12345, -12345),
            (2305843009213693950, 2305843009213693950),
            (2305843009213693951, 0),
            (2305843009213693952, 1),
            (-2305843009213693951, 0),
            (-2305843009213693952, -2),
            (-2305843009213693953, -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
            (i64::MIN + 1, -3),
        ];
        for &(v, h) in cases {
            assert_eq!(hash_i64(v), h, "hash({v})");
            assert_eq!(hash_bigint(&BigInt::from(v)), h, "hash(big {v})");
        }
    }

    #[test]
    fn bigint_hashes() {
        let cases: &[(&str, i64)] = &[
            ("18446744073709551616", 8),
            ("18446744073709551615", 7),
            ("-18446744073709551616", -8),
            ("1267650600228229401496703205376", 549755813888),
            ("-1267650600228229401496703205376", -549755813888),
            ("5316911983139663487003542222693990401", 0),
            ("4611686018427387902", 0),
            ("4611686018427387903", 1),
            ("-4611686018427387903", -2),
            (
                "1000000000000000000000000000000000000000000000000000",
                1581639693359349558,
            ),
            (
                "-99999999999999999999999999999999999999999999999999999999",
                -1585647949260313007,
            ),
            ("340282366920938463463374607431768211455", 63),
        ];
        for &(v, h) in cases {
            assert_eq!(hash_bigint(&big(v)), h, "hash({v})");
        }
    }

    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (0.5, 1152921504606846976),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (1.0, 1),
            (-1.0, -2),
            (2.0, 2),
            (1e300, 1224995262755759164),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (2.0f64.powi(61), 1),
            (f64::MAX, 2234066890152476671),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (0.1, 230584300921369408),
            (-3.75, -1729382256910270467),
            (123456789.125, 288230376275168533),
            (2.0f64.powi(-1022), 32768),
            (1e22, 1864712049423028464),
        ];
        for &(v, h) in cases {
            assert_eq!(hash_f64(v, 0), h, "hash({v:?})");
        }
    }

    #[test]
    fn integral_floats_hash_like_ints() {
        for v in [-1_000_000i64, -3, -2, -1, 0, 1, 7, 1 << 52, 1 << 62] {
            assert_eq!(hash_f64(v as f64, 0), hash_i64(v), "{v}");
        }
        assert_eq!(hash_f64(1e300, 0), hash_bigint(&big("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")));
    }

    #[test]
    fn nan_hash_uses_identity() {
        assert_eq!(hash_f64(f64::NAN, 0x1230), 0x123);
        assert_eq!(hash_f64(f64::NAN, 0x1230), hash_identity(0x1230));
        assert_eq!(hash_identity(0xf), -1152921504606846976);
        assert_ne!(hash_identity(usize::MAX), -1);
        assert_eq!(hash_identity(usize::MAX), -2);
    }

    #[test]
    fn tuple_hashes() {
        let h12 = hash_tuple([hash_i64(1), hash_i64(2)], 2);
        let cases: &[(i64, i64)] = &[
            (hash_tuple([], 0), 5740354900026072187),
            (hash_tuple([hash_i64(1)], 1), -6644214454873602895),
            (h12, -3550055125485641917),
            (hash_tuple([h12, hash_i64(3)], 2), -333907151259015829),
            (hash_tuple([hash_i64(-1)], 1), 8078679518589016365),
            (
                hash_tuple([hash_f64(0.5, 0), hash_bool(true)], 2),
                -8572458927399070566,
            ),
            (
                hash_tuple([hash_tuple([], 0), hash_tuple([], 0), hash_tuple([], 0)], 3),
                -3517168634428989288,
            ),
        ];
        for (i, &(got, want)) in cases.iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }

    #[test]
    fn frozenset_hashes() {
        let f1 = hash_frozenset([hash_i64(1)], 1);
        let cases: &[(i64, i64)] = &[
            (hash_frozenset([], 0), 133146708735736),
            (f1, -558064481276695278),
            (hash_frozenset([1, 2, 3], 3), -272375401224217160),
            (hash_frozenset([3, 1, 2], 3), -272375401224217160),
            (
                hash_frozenset([hash_i64(-1), hash_f64(0.5, 0)], 2),
                -201126909462601672,
            ),
            (hash_frozenset([f1], 1), 5515263749738256364),
        ];
        for (i, &(got, want)) in cases.iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }

    #[test]
    fn bool_hashes() {
        assert_eq!(hash_bool(true), 1);
        assert_eq!(hash_bool(false), 0);
    }

    #[test]
    fn str_and_bytes_hashes() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
        assert_eq!(hash_str("abc"), hash_str("abc"));
        assert_ne!(hash_str("abc"), hash_str("abd"));
        assert_ne!(hash_str("a"), hash_str("a\0"));
        assert_ne!(hash_str("12345678"), hash_str("123456789"));
        // Low bits (the ones a small table uses) vary with the input.
        let mut low = std::collections::BTreeSet::new();
        for i in 0..64 {
            low.insert(hash_str(&format!("k{i}")) & 7);
        }
        assert_eq!(low.len(), 8);
        for i in 0..1000 {
            assert_ne!(hash_str(&i.to_string()), -1);
        }
    }
}
