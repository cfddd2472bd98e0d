//! Element types: the Rust type behind each dtype, NumPy's casts between
//! them, and `Data`, a typed vector of one of them.

use super::dtype::DType;
use half::f16;

/// One element value, widened: what a cast goes through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    /// A bool.
    Bool(bool),
    /// A signed integer.
    Int(i64),
    /// An unsigned integer.
    UInt(u64),
    /// A float.
    Float(f64),
}

impl Scalar {
    /// The value as a float (NumPy's cast to float64).
    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => b as u8 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::UInt(u) => u as f64,
            Scalar::Float(f) => f,
        }
    }

    /// The value as a signed integer (wrapping, floats truncated).
    pub fn as_i64(self) -> i64 {
        match self {
            Scalar::Bool(b) => b as i64,
            Scalar::Int(i) => i,
            Scalar::UInt(u) => u as i64,
            Scalar::Float(f) => float_to_i64(f),
        }
    }

    /// The value as an unsigned integer (wrapping, floats truncated).
    pub fn as_u64(self) -> u64 {
        match self {
            Scalar::Bool(b) => b as u64,
            Scalar::Int(i) => i as u64,
            Scalar::UInt(u) => u,
            Scalar::Float(f) => {
                if f < 0.0 {
                    float_to_i64(f) as u64
                } else if f.is_nan() || f >= 18446744073709551616.0 {
                    // What x86's conversion gives for values it cannot hold.
                    1 << 63
                } else {
                    f as u64
                }
            }
        }
    }

    /// The value's truth.
    pub fn as_bool(self) -> bool {
        match self {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::UInt(u) => u != 0,
            Scalar::Float(f) => f != 0.0,
        }
    }
}

/// A float truncated to an integer the way NumPy's C cast does on x86:
/// NaN and values out of range become `i64::MIN`.
fn float_to_i64(f: f64) -> i64 {
    if f.is_nan() || !(-9223372036854775808.0..9223372036854775808.0).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// A Rust type that stores one dtype's elements.
pub trait Element: Copy + Default + PartialEq + Send + Sync + 'static {
    /// The dtype it stores.
    const DTYPE: DType;
    /// Widens the value.
    fn to_scalar(self) -> Scalar;
    /// NumPy's cast from any value (integers wrap, floats truncate).
    fn from_scalar(s: Scalar) -> Self;
    /// Wraps a vector of this type.
    fn wrap(v: Vec<Self>) -> Data;
    /// The vector inside `data`, when it holds this type.
    fn slice(data: &Data) -> Option<&[Self]>;
    /// The mutable vector inside `data`, when it holds this type.
    fn slice_mut(data: &mut Data) -> Option<&mut [Self]>;
}

macro_rules! int_element {
    ($t:ty, $dtype:ident, $variant:ident, $widen:ident, $as:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dtype;
            #[inline]
            fn to_scalar(self) -> Scalar {
                Scalar::$widen(self as _)
            }
            #[inline]
            fn from_scalar(s: Scalar) -> Self {
                match s {
                    Scalar::Float(f) => {
                        if DType::$dtype.itemsize() < 8 {
                            // C's cast through a wide integer, then wrapped.
                            float_to_i64(f) as $t
                        } else {
                            s.$as() as $t
                        }
                    }
                    _ => s.$as() as $t,
                }
            }
            fn wrap(v: Vec<Self>) -> Data {
                Data::$variant(v)
            }
            fn slice(data: &Data) -> Option<&[Self]> {
                match data {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
            fn slice_mut(data: &mut Data) -> Option<&mut [Self]> {
                match data {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}

int_element!(i8, Int8, I8, Int, as_i64);
int_element!(i16, Int16, I16, Int, as_i64);
int_element!(i32, Int32, I32, Int, as_i64);
int_element!(i64, Int64, I64, Int, as_i64);
int_element!(u8, UInt8, U8, UInt, as_u64);
int_element!(u16, UInt16, U16, UInt, as_u64);
int_element!(u32, UInt32, U32, UInt, as_u64);
int_element!(u64, UInt64, U64, UInt, as_u64);

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    #[inline]
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self)
    }
    #[inline]
    fn from_scalar(s: Scalar) -> Self {
        s.as_bool()
    }
    fn wrap(v: Vec<Self>) -> Data {
        Data::Bool(v)
    }
    fn slice(data: &Data) -> Option<&[Self]> {
        match data {
            Data::Bool(v) => Some(v),
            _ => None,
        }
    }
    fn slice_mut(data: &mut Data) -> Option<&mut [Self]> {
        match data {
            Data::Bool(v) => Some(v),
            _ => None,
        }
    }
}

macro_rules! float_element {
    ($t:ty, $dtype:ident, $variant:ident, $from:expr, $to:expr) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dtype;
            #[inline]
            fn to_scalar(self) -> Scalar {
                Scalar::Float($to(self))
            }
            #[inline]
            fn from_scalar(s: Scalar) -> Self {
                $from(s.as_f64())
            }
            fn wrap(v: Vec<Self>) -> Data {
                Data::$variant(v)
            }
            fn slice(data: &Data) -> Option<&[Self]> {
                match data {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
            fn slice_mut(data: &mut Data) -> Option<&mut [Self]> {
                match data {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}

float_element!(f16, Float16, F16, f16::from_f64, f16::to_f64);
float_element!(f32, Float32, F32, |x: f64| x as f32, |x: f32| x as f64);
float_element!(f64, Float64, F64, |x: f64| x, |x: f64| x);

/// A vector of elements of one dtype.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// `bool`.
    Bool(Vec<bool>),
    /// `int8`.
    I8(Vec<i8>),
    /// `int16`.
    I16(Vec<i16>),
    /// `int32`.
    I32(Vec<i32>),
    /// `int64`.
    I64(Vec<i64>),
    /// `uint8`.
    U8(Vec<u8>),
    /// `uint16`.
    U16(Vec<u16>),
    /// `uint32`.
    U32(Vec<u32>),
    /// `uint64`.
    U64(Vec<u64>),
    /// `float16`.
    F16(Vec<f16>),
    /// `float32`.
    F32(Vec<f32>),
    /// `float64`.
    F64(Vec<f64>),
}

/// Runs `$body` with `$v` bound to the typed vector inside `$data` and
/// `$t` to its element type.
#[macro_export]
macro_rules! with_data {
    ($data:expr, $v:ident : $t:ident => $body:expr) => {{
        use $crate::numpy::element::Data;
        match $data {
            Data::Bool($v) => {
                type $t = bool;
                $body
            }
            Data::I8($v) => {
                type $t = i8;
                $body
            }
            Data::I16($v) => {
                type $t = i16;
                $body
            }
            Data::I32($v) => {
                type $t = i32;
                $body
            }
            Data::I64($v) => {
                type $t = i64;
                $body
            }
            Data::U8($v) => {
                type $t = u8;
                $body
            }
            Data::U16($v) => {
                type $t = u16;
                $body
            }
            Data::U32($v) => {
                type $t = u32;
                $body
            }
            Data::U64($v) => {
                type $t = u64;
                $body
            }
            Data::F16($v) => {
                type $t = half::f16;
                $body
            }
            Data::F32($v) => {
                type $t = f32;
                $body
            }
            Data::F64($v) => {
                type $t = f64;
                $body
            }
        }
    }};
}

/// Runs `$body` with `$t` bound to the element type of `$dtype`.
#[macro_export]
macro_rules! with_dtype {
    ($dtype:expr, $t:ident => $body:expr) => {{
        use $crate::numpy::dtype::DType;
        match $dtype {
            DType::Bool => {
                type $t = bool;
                $body
            }
            DType::Int8 => {
                type $t = i8;
                $body
            }
            DType::Int16 => {
                type $t = i16;
                $body
            }
            DType::Int32 => {
                type $t = i32;
                $body
            }
            DType::Int64 => {
                type $t = i64;
                $body
            }
            DType::UInt8 => {
                type $t = u8;
                $body
            }
            DType::UInt16 => {
                type $t = u16;
                $body
            }
            DType::UInt32 => {
                type $t = u32;
                $body
            }
            DType::UInt64 => {
                type $t = u64;
                $body
            }
            DType::Float16 => {
                type $t = half::f16;
                $body
            }
            DType::Float32 => {
                type $t = f32;
                $body
            }
            DType::Float64 => {
                type $t = f64;
                $body
            }
        }
    }};
}

impl Data {
    /// The dtype of the elements.
    pub fn dtype(&self) -> DType {
        with_data!(self, _v: T => T::DTYPE)
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        with_data!(self, v: _T => v.len())
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `n` zeros of `dtype`.
    pub fn zeros(dtype: DType, n: usize) -> Data {
        with_dtype!(dtype, T => T::wrap(vec![T::default(); n]))
    }

    /// `n` copies of `value` cast to `dtype`.
    pub fn filled(dtype: DType, n: usize, value: Scalar) -> Data {
        with_dtype!(dtype, T => T::wrap(vec![T::from_scalar(value); n]))
    }

    /// Element `i`, widened.
    pub fn get(&self, i: usize) -> Scalar {
        with_data!(self, v: _T => v[i].to_scalar())
    }

    /// Sets element `i` to `value` cast to the dtype.
    pub fn set(&mut self, i: usize, value: Scalar) {
        with_data!(self, v: T => v[i] = T::from_scalar(value))
    }

    /// The elements at `offsets`, cast to `dtype`.
    pub fn gather_as(&self, offsets: &[usize], dtype: DType) -> Data {
        with_dtype!(dtype, U => {
            let out: Vec<U> = with_data!(self, v: _T => {
                if _T::DTYPE == U::DTYPE {
                    let same = U::slice(self).unwrap_or(&[]);
                    offsets.iter().map(|&o| same[o]).collect()
                } else {
                    offsets.iter().map(|&o| U::from_scalar(v[o].to_scalar())).collect()
                }
            });
            U::wrap(out)
        })
    }

    /// All elements cast to `dtype` (a copy).
    pub fn cast(&self, dtype: DType) -> Data {
        if self.dtype() == dtype {
            return self.clone();
        }
        with_dtype!(dtype, U => {
            let out: Vec<U> = with_data!(self, v: _T => v.iter().map(|x| U::from_scalar(x.to_scalar())).collect());
            U::wrap(out)
        })
    }
}

/// Elements that can be read from and written as little-endian bytes
/// (`frombuffer`, `.npy` files, `tobytes`).
pub trait LeBytes: Element {
    /// Reads one element from exactly its size in bytes.
    fn read_le(b: &[u8]) -> Self;
    /// Appends the element's bytes.
    fn write_le(self, out: &mut Vec<u8>);
}

macro_rules! le_bytes {
    ($($t:ty),*) => {$(
        impl LeBytes for $t {
            fn read_le(b: &[u8]) -> Self {
                let mut raw = [0u8; std::mem::size_of::<$t>()];
                let n = raw.len();
                raw.copy_from_slice(&b[..n]);
                <$t>::from_le_bytes(raw)
            }
            fn write_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
        }
    )*};
}

le_bytes!(i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64);

impl LeBytes for bool {
    fn read_le(b: &[u8]) -> Self {
        b.first().is_some_and(|&x| x != 0)
    }
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(self as u8);
    }
}
