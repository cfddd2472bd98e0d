//! NumPy's data types: what an array's elements are, how big they are,
//! and NumPy 2's promotion rules (NEP 50: Python scalars are weak).

/// The element type of an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    /// `bool`, one byte per element.
    Bool,
    /// `int8`.
    Int8,
    /// `int16`.
    Int16,
    /// `int32`.
    Int32,
    /// `int64`, NumPy's default integer.
    Int64,
    /// `uint8`, images.
    UInt8,
    /// `uint16`.
    UInt16,
    /// `uint32`.
    UInt32,
    /// `uint64`.
    UInt64,
    /// `float16`.
    Float16,
    /// `float32`, models' input.
    Float32,
    /// `float64`, NumPy's default float.
    Float64,
}

/// The kind of a dtype: what promotion compares first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `b`.
    Bool,
    /// `u`.
    UInt,
    /// `i`.
    Int,
    /// `f`.
    Float,
}

/// Every dtype, in the order `np.dtype` names are tried.
pub const ALL: [DType; 12] = [
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
    /// NumPy's name (`float32`).
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

    /// The one-character type code (`np.dtype('f').char`).
    pub fn char(self) -> char {
        match self {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::Int16 => 'h',
            DType::Int32 => 'i',
            DType::Int64 => 'l',
            DType::UInt8 => 'B',
            DType::UInt16 => 'H',
            DType::UInt32 => 'I',
            DType::UInt64 => 'L',
            DType::Float16 => 'e',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
        }
    }

    /// The `.npy` / array-interface type string (`<f4`, `|u1`).
    pub fn descr(self) -> String {
        let kind = match self.kind() {
            Kind::Bool => 'b',
            Kind::UInt => 'u',
            Kind::Int => 'i',
            Kind::Float => 'f',
        };
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{order}{kind}{}", self.itemsize())
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

    /// The dtype's kind.
    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64 => Kind::Int,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64 => Kind::UInt,
            DType::Float16 | DType::Float32 | DType::Float64 => Kind::Float,
        }
    }

    /// Whether elements are integers (signed or not; not bool).
    pub fn is_integer(self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::UInt)
    }

    /// Whether elements are floats.
    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }

    /// The dtype a name or type code means (`"float32"`, `"f4"`, `"f"`,
    /// `"uint8"`, `"int"`, `"float"`, `"bool"`, `"<f8"`).
    pub fn from_name(name: &str) -> Option<DType> {
        let name = name.strip_prefix(['<', '=', '|']).unwrap_or(name);
        Some(match name {
            "bool" | "bool_" | "?" | "b1" => DType::Bool,
            "int8" | "i1" | "b" | "byte" => DType::Int8,
            "int16" | "i2" | "h" | "short" => DType::Int16,
            "int32" | "i4" | "i" | "intc" => DType::Int32,
            "int64" | "i8" | "l" | "q" | "int" | "int_" | "intp" | "long" | "longlong" => {
                DType::Int64
            }
            "uint8" | "u1" | "B" | "ubyte" => DType::UInt8,
            "uint16" | "u2" | "H" | "ushort" => DType::UInt16,
            "uint32" | "u4" | "I" | "uintc" => DType::UInt32,
            "uint64" | "u8" | "L" | "Q" | "uint" | "uintp" | "ulong" | "ulonglong" => DType::UInt64,
            "float16" | "f2" | "e" | "half" => DType::Float16,
            "float32" | "f4" | "f" | "single" => DType::Float32,
            "float64" | "f8" | "d" | "float" | "double" => DType::Float64,
            _ => return None,
        })
    }

    /// The signed or unsigned integer type of `bytes` bytes.
    fn int_of(signed: bool, bytes: usize) -> DType {
        match (signed, bytes) {
            (true, 1) => DType::Int8,
            (true, 2) => DType::Int16,
            (true, 4) => DType::Int32,
            (true, _) => DType::Int64,
            (false, 1) => DType::UInt8,
            (false, 2) => DType::UInt16,
            (false, 4) => DType::UInt32,
            (false, _) => DType::UInt64,
        }
    }

    /// The float type of at least `bytes` bytes.
    fn float_of(bytes: usize) -> DType {
        match bytes {
            0..=2 => DType::Float16,
            3..=4 => DType::Float32,
            _ => DType::Float64,
        }
    }

    /// The smallest inclusive range of values the type holds, for integers.
    pub fn int_range(self) -> Option<(i128, i128)> {
        Some(match self {
            DType::Bool => (0, 1),
            DType::Int8 => (i8::MIN as i128, i8::MAX as i128),
            DType::Int16 => (i16::MIN as i128, i16::MAX as i128),
            DType::Int32 => (i32::MIN as i128, i32::MAX as i128),
            DType::Int64 => (i64::MIN as i128, i64::MAX as i128),
            DType::UInt8 => (0, u8::MAX as i128),
            DType::UInt16 => (0, u16::MAX as i128),
            DType::UInt32 => (0, u32::MAX as i128),
            DType::UInt64 => (0, u64::MAX as i128),
            _ => return None,
        })
    }
}

/// NumPy's `np.promote_types(a, b)`: the smallest type both cast to safely.
pub fn promote(a: DType, b: DType) -> DType {
    use Kind::*;
    if a == b {
        return a;
    }
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (Bool, _) => b,
        (_, Bool) => a,
        (Float, Float) => {
            if a.itemsize() >= b.itemsize() {
                a
            } else {
                b
            }
        }
        (Float, _) | (_, Float) => {
            let (f, i) = if ka == Float { (a, b) } else { (b, a) };
            // An integer of n bytes needs a float with a wider mantissa.
            let need = match i.itemsize() {
                1 => 2,
                2 => 4,
                _ => 8,
            };
            DType::float_of(f.itemsize().max(need))
        }
        (Int, Int) | (UInt, UInt) => DType::int_of(ka == Int, a.itemsize().max(b.itemsize())),
        _ => {
            let (s, u) = if ka == Int { (a, b) } else { (b, a) };
            if s.itemsize() > u.itemsize() {
                s
            } else if u.itemsize() >= 8 {
                DType::Float64
            } else {
                DType::int_of(true, u.itemsize() * 2)
            }
        }
    }
}

/// A Python scalar in an operation with arrays: NEP 50 makes it "weak",
/// so it takes the array's type when the kinds allow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Weak {
    /// A Python `bool`.
    Bool,
    /// A Python `int`.
    Int,
    /// A Python `float`.
    Float,
}

/// The result type of an operation between an array of `a` and a weak
/// Python scalar.
pub fn promote_weak(a: DType, w: Weak) -> DType {
    match (a.kind(), w) {
        (_, Weak::Bool) => a,
        (Kind::Bool, Weak::Int) => DType::Int64,
        (Kind::Bool, Weak::Float) => DType::Float64,
        (Kind::Int | Kind::UInt, Weak::Int) => a,
        (Kind::Int | Kind::UInt, Weak::Float) => DType::Float64,
        (Kind::Float, _) => a,
    }
}

/// The dtype of a Python scalar on its own (`np.array(3)`).
pub fn default_of(w: Weak) -> DType {
    match w {
        Weak::Bool => DType::Bool,
        Weak::Int => DType::Int64,
        Weak::Float => DType::Float64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DType::*;

    #[test]
    fn promotion_matches_numpy() {
        assert_eq!(promote(UInt8, Int8), Int16);
        assert_eq!(promote(UInt64, Int64), Float64);
        assert_eq!(promote(Int32, Float32), Float64);
        assert_eq!(promote(Int16, Float32), Float32);
        assert_eq!(promote(UInt8, Float16), Float16);
        assert_eq!(promote(Int64, Float16), Float64);
        assert_eq!(promote(Bool, UInt8), UInt8);
        assert_eq!(promote(UInt32, Int32), Int64);
        assert_eq!(promote(Int32, Int64), Int64);
        assert_eq!(promote_weak(UInt8, Weak::Int), UInt8);
        assert_eq!(promote_weak(Float32, Weak::Float), Float32);
        assert_eq!(promote_weak(Int32, Weak::Float), Float64);
        assert_eq!(promote_weak(Bool, Weak::Int), Int64);
    }

    #[test]
    fn names_round_trip() {
        for d in ALL {
            assert_eq!(DType::from_name(d.name()), Some(d));
            assert_eq!(DType::from_name(&d.char().to_string()), Some(d));
        }
        assert_eq!(DType::from_name("<f4"), Some(Float32));
        assert_eq!(Float32.descr(), "<f4");
        assert_eq!(UInt8.descr(), "|u1");
    }
}
