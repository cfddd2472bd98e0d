//! Standard normal and exponential draws by the ziggurat method, as
//! `Generator` makes them: 256 layers, one 64-bit draw for the layer (and
//! the sign) and 52 (53) bits of position, and NumPy's tables `ki`, `wi`,
//! `fi` (`ke`, `we`, `fe`; their recurrence and corrections are below
//! [`standard_normal`]).
//!
//! The tables are built at first use by the recurrence that defines them
//! (Marsaglia and Tsang's layers of equal area `V` under `exp(-x²/2)`, the
//! base layer ending at `R`), computed in doubles in the order NumPy's
//! generating script used. That script's `exp` rounded one near-halfway
//! case up where a correctly rounded `exp` (glibc's) rounds down; the
//! layer edge where that happens is corrected below, so the tables are
//! NumPy's bit for bit (a test checks them).

use super::bitgen::BitGen;
use std::sync::OnceLock;

/// Where the base layer ends (the start of the tail).
const R: f64 = 3.654_152_885_361_009;
/// `1 / R`, as NumPy writes it.
const INV_R: f64 = 0.273_661_237_329_758_3;
/// The area of each layer.
const V: f64 = 0.004_928_673_233_974_652;
/// Layers.
const C: usize = 256;
/// The layer edge whose `exp(-x²/2)` NumPy's tables hold rounded up.
const TIE_EDGE: u64 = 0x3FEC_3E70_F959_4EF3;

/// The ziggurat's tables: per layer, the acceptance threshold on the 52
/// position bits (`k`), the scale of a position (`w`) and the density at
/// the layer's edge (`f`).
pub struct Tables {
    k: [u64; C],
    w: [f64; C],
    f: [f64; C],
}

/// The density, unnormalised, as the table generator computed it.
fn density(x: f64) -> f64 {
    let e = (-0.5 * x * x).exp();
    if x.to_bits() == TIE_EDGE {
        return f64::from_bits(e.to_bits() + 1);
    }
    e
}

fn build() -> Tables {
    const SCALE: f64 = 4_503_599_627_370_496.0; // 2**52

    // Layer edges from the base up; the top layer's edge is 0.
    let mut x = [0.0f64; C];
    x[C - 1] = R;
    for i in (1..C - 1).rev() {
        let above = x[i + 1];
        x[i] = (-2.0 * (density(above) + V / above).ln()).sqrt();
    }
    let mut t = from_edges(&x, SCALE, density, f64::round_ties_even);
    t.k[0] = ((R * density(R)) / V * SCALE).round_ties_even() as u64;
    t.w[0] = V / density(R) / SCALE;
    t
}

/// The tables of the layers whose edges are `x` (base layer first), for
/// positions of `scale` steps: each layer's threshold is the ratio of
/// the edge below to its own edge in steps, made whole by `whole`; the
/// base layer's threshold and scale are the caller's to set.
fn from_edges(x: &[f64; C], scale: f64, density: fn(f64) -> f64, whole: fn(f64) -> f64) -> Tables {
    let mut k = [0u64; C];
    let mut w = [0.0f64; C];
    let mut f = [0.0f64; C];
    for i in 0..C {
        w[i] = x[i] / scale;
        f[i] = density(x[i]);
        if i > 0 {
            k[i] = whole(x[i - 1] / x[i] * scale) as u64;
        }
    }
    Tables { k, w, f }
}

/// The tables, built once per process.
pub fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(build)
}

/// A standard normal draw (NumPy's `random_standard_normal`).
pub fn standard_normal(bg: &mut dyn BitGen) -> f64 {
    let t = tables();
    loop {
        let r = bg.next_u64();
        let idx = (r & 0xff) as usize;
        let r = r >> 8;
        let negative = r & 1 == 1;
        let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = rabs as f64 * t.w[idx];
        if negative {
            x = -x;
        }
        if rabs < t.k[idx] {
            return x;
        }
        if idx == 0 {
            // The tail beyond R; 1 - U avoids log(0).
            loop {
                let xx = -INV_R * (-bg.next_double()).ln_1p();
                let yy = -(-bg.next_double()).ln_1p();
                if yy + yy > xx * xx {
                    return if (rabs >> 8) & 1 == 1 {
                        -(R + xx)
                    } else {
                        R + xx
                    };
                }
            }
        }
        let below = t.f[idx];
        if (t.f[idx - 1] - below) * bg.next_double() + below < (-0.5 * x * x).exp() {
            return x;
        }
    }
}

/// Where the exponential ziggurat's base layer ends.
const EXP_R: f64 = 7.697_117_470_131_05;
/// The area of each of its layers, `e^-R (R + 1)` in doubles.
const EXP_V: f64 = 0.003_949_659_822_581_556;
/// NumPy's `we_double[0]` (the base layer's scale).
const EXP_W0: f64 = 9.655_740_063_209_183e-16;
/// NumPy's `ke_double[0]` (the base layer's threshold).
const EXP_K0: u64 = 7_971_545_857_431_494;
/// NumPy computed its exponential tables in more than double precision:
/// per layer edge 1..=254, how many units in the last place (digit − 5)
/// its edge lies from one double step of the recurrence.
const EXP_FIX: &[u8; 254] = b"70345537654565557375863455556444655556665645555555554654655555565455556556565655654646456545556565465646555555555455555555654555555655555465555455454556455565555545655455554645655546555555455545656555555554564645554656555565555555545555555555455556555555";

fn build_exp() -> Tables {
    const SCALE: f64 = 9_007_199_254_740_992.0; // 2**53
    let mut x = [0.0f64; C];
    x[C - 1] = EXP_R;
    for i in (1..C - 1).rev() {
        let above = x[i + 1];
        let step = -((-above).exp() + EXP_V / above).ln();
        let ulps = i64::from(EXP_FIX[i - 1]) - i64::from(b'5');
        x[i] = f64::from_bits(step.to_bits().wrapping_add_signed(ulps));
    }
    let mut t = from_edges(&x, SCALE, |x| (-x).exp(), f64::trunc);
    t.k[0] = EXP_K0;
    t.w[0] = EXP_W0;
    t
}

/// The exponential ziggurat's tables (`ke`, `we`, `fe`), built once.
fn exp_tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(build_exp)
}

/// A standard exponential draw (NumPy's `random_standard_exponential`):
/// 256 layers, one 64-bit draw for the layer and 53 bits of position.
pub fn standard_exponential(bg: &mut dyn BitGen) -> f64 {
    let t = exp_tables();
    loop {
        let r = bg.next_u64() >> 3;
        let idx = (r & 0xff) as usize;
        let r = r >> 8;
        let x = r as f64 * t.w[idx];
        if r < t.k[idx] {
            return x;
        }
        if idx == 0 {
            // The tail beyond R; 1 - U avoids log(0).
            return EXP_R - (-bg.next_double()).ln_1p();
        }
        let below = t.f[idx];
        if (t.f[idx - 1] - below) * bg.next_double() + below < (-x).exp() {
            return x;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a over the little-endian bytes of 64-bit words.
    fn fnv(words: impl Iterator<Item = u64>) -> u64 {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for w in words {
            for b in w.to_le_bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }

    /// The checksums of NumPy 2.3's `ki_double`, `wi_double` and
    /// `fi_double` (numpy/random/src/distributions/ziggurat_constants.h).
    #[test]
    fn the_tables_are_numpys() {
        let t = tables();
        assert_eq!(t.k[0], 0x000E_F33D_8025_EF6A);
        assert_eq!(t.w[100].to_bits(), 0x3CB5_8F81_C60E_8514);
        assert_eq!(t.f[255].to_bits(), 0x3F54_A605_B6B9_F70F);
        assert_eq!(fnv(t.k.iter().copied()), 0xd271_bfe7_421e_8d28);
        assert_eq!(fnv(t.w.iter().map(|w| w.to_bits())), 0x8dc0_debf_0ba9_cdc4);
        assert_eq!(fnv(t.f.iter().map(|f| f.to_bits())), 0x0c95_4fbc_d5a2_6724);
    }

    /// NumPy 2.3's `we_double` (its checksum and two entries): the edges
    /// with their corrections are NumPy's bit for bit.
    #[test]
    fn the_exponential_tables_are_numpys() {
        let t = exp_tables();
        assert_eq!(t.w[0].to_bits(), 0x3CD1_64EC_94BF_5DC1);
        assert_eq!(t.w[100].to_bits(), 0x3CA5_7141_BC31_6F27);
        assert_eq!(fnv(t.w.iter().map(|w| w.to_bits())), 0x5657_7f40_daad_f588);
        assert_eq!(t.k[0], 7_971_545_857_431_494);
    }
}
