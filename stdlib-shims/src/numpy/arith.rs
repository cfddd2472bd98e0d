//! Element arithmetic with NumPy's rules: integers wrap, division by zero
//! gives 0 for integers and inf/nan for floats, floor division and modulo
//! take the sign of the divisor, float16 computes through float32.

use super::element::Element;
use half::f16;

/// The arithmetic every numeric element type has.
pub trait Arith: Element + PartialOrd {
    /// `a + b`.
    fn add(self, o: Self) -> Self;
    /// `a - b`.
    fn sub(self, o: Self) -> Self;
    /// `a * b`.
    fn mul(self, o: Self) -> Self;
    /// `a // b`.
    fn floor_div(self, o: Self) -> Self;
    /// `a % b` (the sign of `b`).
    fn modulo(self, o: Self) -> Self;
    /// `a ** b` (integers: `b` is not negative; checked by the caller).
    fn power(self, o: Self) -> Self;
    /// `-a` (wrapping).
    fn neg(self) -> Self;
    /// `abs(a)` (wrapping).
    fn abs(self) -> Self;
    /// Whether the value is NaN.
    fn is_nan(self) -> bool {
        false
    }
    /// The value as f64 (for float kernels).
    fn f64(self) -> f64;
    /// A value from f64 (rounded to the type).
    fn from_f64(x: f64) -> Self;
}

macro_rules! int_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            #[inline]
            fn add(self, o: Self) -> Self { self.wrapping_add(o) }
            #[inline]
            fn sub(self, o: Self) -> Self { self.wrapping_sub(o) }
            #[inline]
            fn mul(self, o: Self) -> Self { self.wrapping_mul(o) }
            #[inline]
            fn floor_div(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let q = self.wrapping_div(o);
                #[allow(unused_comparisons)]
                let adjust = (self.wrapping_rem(o) != 0) && ((self < 0) != (o < 0));
                if adjust { q.wrapping_sub(1) } else { q }
            }
            #[inline]
            fn modulo(self, o: Self) -> Self {
                if o == 0 {
                    return 0;
                }
                let r = self.wrapping_rem(o);
                #[allow(unused_comparisons)]
                let adjust = r != 0 && ((r < 0) != (o < 0));
                if adjust { r.wrapping_add(o) } else { r }
            }
            #[inline]
            fn power(self, o: Self) -> Self {
                let mut result: Self = 1;
                let mut base = self;
                let mut e = o as u64;
                while e > 0 {
                    if e & 1 == 1 {
                        result = result.wrapping_mul(base);
                    }
                    base = base.wrapping_mul(base);
                    e >>= 1;
                }
                result
            }
            #[inline]
            #[allow(unused_comparisons)]
            fn neg(self) -> Self { (0 as Self).wrapping_sub(self) }
            #[inline]
            #[allow(unused_comparisons)]
            fn abs(self) -> Self { if self < 0 { self.neg() } else { self } }
            #[inline]
            fn f64(self) -> f64 { self as f64 }
            #[inline]
            fn from_f64(x: f64) -> Self { x as Self }
        }
    )*};
}

int_arith!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Python's and NumPy's floor division of floats.
pub fn float_floor_div(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a / b;
    }
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div == 0.0 {
        return (0.0f64).copysign(a / b);
    }
    let floor = div.floor();
    if div - floor > 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// Python's and NumPy's float modulo (the sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return f64::NAN;
    }
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        (0.0f64).copysign(b)
    }
}

macro_rules! float_arith {
    ($t:ty, $w:ty, $to:expr, $from:expr) => {
        impl Arith for $t {
            #[inline]
            fn add(self, o: Self) -> Self {
                $from($to(self) + $to(o))
            }
            #[inline]
            fn sub(self, o: Self) -> Self {
                $from($to(self) - $to(o))
            }
            #[inline]
            fn mul(self, o: Self) -> Self {
                $from($to(self) * $to(o))
            }
            #[inline]
            fn floor_div(self, o: Self) -> Self {
                $from(float_floor_div($to(self) as f64, $to(o) as f64) as $w)
            }
            #[inline]
            fn modulo(self, o: Self) -> Self {
                $from(float_mod($to(self) as f64, $to(o) as f64) as $w)
            }
            #[inline]
            fn power(self, o: Self) -> Self {
                $from($to(self).powf($to(o)))
            }
            #[inline]
            fn neg(self) -> Self {
                $from(-$to(self))
            }
            #[inline]
            fn abs(self) -> Self {
                $from($to(self).abs())
            }
            #[inline]
            fn is_nan(self) -> bool {
                $to(self).is_nan()
            }
            #[inline]
            fn f64(self) -> f64 {
                $to(self) as f64
            }
            #[inline]
            fn from_f64(x: f64) -> Self {
                $from(x as $w)
            }
        }
    };
}

float_arith!(f64, f64, |x: f64| x, |x: f64| x);
float_arith!(f32, f32, |x: f32| x, |x: f32| x);
float_arith!(f16, f32, |x: f16| x.to_f32(), f16::from_f32);

/// Float element types.
pub trait Float: Arith {}
impl Float for f16 {}
impl Float for f32 {}
impl Float for f64 {}
