//! [`Array`]: an n-dimensional array crossing between the host and Python,
//! where it is a `numpy.ndarray` (the build needs the `numpy` feature).
//!
//! The elements are held in C order (row-major) and native byte order, in
//! a buffer aligned to 8 bytes, so that a host (or C, through the C ABI)
//! may read them in place as a slice of their type.

use crate::Error;

/// The element type of an [`Array`], one of NumPy's dtypes. The numbers are
/// the C ABI's `TP_DTYPE_*` codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum DType {
    /// `bool`: one byte, 0 or 1.
    Bool = 0,
    /// `int8`.
    Int8 = 1,
    /// `int16`.
    Int16 = 2,
    /// `int32`.
    Int32 = 3,
    /// `int64`.
    Int64 = 4,
    /// `uint8`.
    UInt8 = 5,
    /// `uint16`.
    UInt16 = 6,
    /// `uint32`.
    UInt32 = 7,
    /// `uint64`.
    UInt64 = 8,
    /// `float16`: IEEE binary16 bits.
    Float16 = 9,
    /// `float32`.
    Float32 = 10,
    /// `float64`.
    Float64 = 11,
}

/// Every dtype, in code order.
const DTYPES: [DType; 12] = [
    DType::Bool,
    DType::Int8,
    DType::Int16,
    DType::Int32,
    DType::Int64,
    DType::UInt8,
    DType::UInt16,
    DType::UInt32,
    DType::UInt64,
    DType::Float16,
    DType::Float32,
    DType::Float64,
];

impl DType {
    /// NumPy's name for it (`"float32"`).
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float16 => "float16",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    /// The dtype NumPy calls `name` (only the names [`DType::name`] gives).
    pub fn from_name(name: &str) -> Option<DType> {
        DTYPES.into_iter().find(|d| d.name() == name)
    }

    /// The dtype of a C ABI code (`TP_DTYPE_*`).
    pub fn from_code(code: i32) -> Option<DType> {
        usize::try_from(code)
            .ok()
            .and_then(|i| DTYPES.get(i).copied())
    }

    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 | DType::Float16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 => 8,
        }
    }
}

/// A Rust type that can be an [`Array`]'s element.
pub trait ArrayElement: Copy + sealed::Sealed {
    /// The dtype of such elements.
    const DTYPE: DType;
    /// Appends the element's bytes, in native order.
    fn append_to(self, out: &mut Vec<u8>);
    /// The element whose bytes (native order) are `b`.
    fn read_from(b: &[u8]) -> Self;
}

mod sealed {
    /// Only this module's element types.
    pub trait Sealed {}
}

macro_rules! numeric_element {
    ($($t:ty => $dtype:ident),*) => {$(
        impl sealed::Sealed for $t {}
        impl ArrayElement for $t {
            const DTYPE: DType = DType::$dtype;
            fn append_to(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_ne_bytes());
            }
            fn read_from(b: &[u8]) -> Self {
                let mut raw = [0u8; std::mem::size_of::<$t>()];
                raw.copy_from_slice(b);
                <$t>::from_ne_bytes(raw)
            }
        }
    )*};
}

numeric_element!(i8 => Int8, i16 => Int16, i32 => Int32, i64 => Int64,
    u8 => UInt8, u16 => UInt16, u32 => UInt32, u64 => UInt64,
    f32 => Float32, f64 => Float64);

impl sealed::Sealed for bool {}
impl ArrayElement for bool {
    const DTYPE: DType = DType::Bool;
    fn append_to(self, out: &mut Vec<u8>) {
        out.push(self as u8);
    }
    fn read_from(b: &[u8]) -> Self {
        b[0] != 0
    }
}

/// An n-dimensional array of one dtype, its elements in C order.
#[derive(Clone, PartialEq)]
pub struct Array {
    dtype: DType,
    shape: Vec<usize>,
    /// The element bytes, in 8-byte words so that every dtype is aligned.
    words: Vec<u64>,
    /// How many bytes of `words` are elements.
    nbytes: usize,
}

impl std::fmt::Debug for Array {
    /// The dtype, shape and size: the elements may be millions.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Array")
            .field("dtype", &self.dtype)
            .field("shape", &self.shape)
            .field("nbytes", &self.nbytes)
            .finish()
    }
}

fn value_error(message: String) -> Error {
    Error::host("ValueError", &message)
}

impl Array {
    /// An array of `shape` whose elements are `bytes` (C order, native byte
    /// order), copied. Fails when the length is not what the shape needs.
    pub fn from_bytes(dtype: DType, shape: Vec<usize>, bytes: &[u8]) -> Result<Array, Error> {
        let needed = shape
            .iter()
            .try_fold(dtype.itemsize(), |acc, &n| acc.checked_mul(n));
        if needed != Some(bytes.len()) {
            return Err(value_error(format!(
                "an array of {} and shape {shape:?} needs {} bytes, got {}",
                dtype.name(),
                needed.map_or("too many".to_string(), |n| n.to_string()),
                bytes.len()
            )));
        }
        let mut words = vec![0u64; bytes.len().div_ceil(8)];
        bytemuck::cast_slice_mut::<u64, u8>(&mut words)[..bytes.len()].copy_from_slice(bytes);
        Ok(Array {
            dtype,
            shape,
            words,
            nbytes: bytes.len(),
        })
    }

    /// An array of `shape` holding `elements` in C order. Fails when their
    /// number is not what the shape needs.
    pub fn from_elements<T: ArrayElement>(
        shape: Vec<usize>,
        elements: &[T],
    ) -> Result<Array, Error> {
        let mut bytes = Vec::with_capacity(std::mem::size_of_val(elements));
        for &e in elements {
            e.append_to(&mut bytes);
        }
        Array::from_bytes(T::DTYPE, shape, &bytes)
    }

    /// The dtype.
    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// The length of each axis.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// The elements' bytes, in C order and native byte order, starting at
    /// an address aligned to 8 bytes.
    pub fn bytes(&self) -> &[u8] {
        &bytemuck::cast_slice::<u64, u8>(&self.words)[..self.nbytes]
    }

    /// The elements as `T`s in C order, or `None` when `T` is not the
    /// array's dtype.
    pub fn to_vec<T: ArrayElement>(&self) -> Option<Vec<T>> {
        (T::DTYPE == self.dtype).then(|| {
            self.bytes()
                .chunks_exact(self.dtype.itemsize())
                .map(T::read_from)
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_round_trip() {
        for (i, d) in DTYPES.into_iter().enumerate() {
            assert_eq!(d as i32, i as i32);
            assert_eq!(DType::from_code(i as i32), Some(d));
            assert_eq!(DType::from_name(d.name()), Some(d));
        }
        assert_eq!(DType::from_code(-1), None);
        assert_eq!(DType::from_code(12), None);
        assert_eq!(DType::from_name("float"), None);
    }

    #[test]
    fn elements_round_trip_through_aligned_bytes() {
        let a = Array::from_elements(vec![2, 3], &[1.5f32, -2.0, 0.0, 4.25, 5.0, 6.5]).unwrap();
        assert_eq!(a.dtype(), DType::Float32);
        assert_eq!(a.bytes().len(), 24);
        assert_eq!(a.bytes().as_ptr() as usize % 8, 0);
        assert_eq!(
            a.to_vec::<f32>(),
            Some(vec![1.5, -2.0, 0.0, 4.25, 5.0, 6.5])
        );
        assert_eq!(a.to_vec::<f64>(), None);
        let flags = Array::from_elements(vec![3], &[true, false, true]).unwrap();
        assert_eq!(flags.bytes(), &[1, 0, 1]);
        assert_eq!(flags.to_vec::<bool>(), Some(vec![true, false, true]));
    }

    #[test]
    fn the_shape_must_match_the_bytes() {
        let err = Array::from_bytes(DType::Int32, vec![2, 2], &[0; 12]).unwrap_err();
        assert_eq!(err.kind, "ValueError");
        assert!(err.traceback.contains("needs 16 bytes, got 12"), "{err}");
        let huge = Array::from_bytes(DType::Int64, vec![usize::MAX, 2], &[]).unwrap_err();
        assert!(huge.traceback.contains("needs too many bytes"), "{huge}");
        assert_eq!(
            format!(
                "{:?}",
                Array::from_bytes(DType::UInt8, vec![2, 2], &[0; 4]).unwrap()
            ),
            "Array { dtype: UInt8, shape: [2, 2], nbytes: 4 }"
        );
        let empty = Array::from_bytes(DType::Float64, vec![0, 5], &[]).unwrap();
        assert_eq!(empty.to_vec::<f64>(), Some(vec![]));
    }
}
