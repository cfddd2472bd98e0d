//! OpenCV's `convertTo` with a scale and shift (what `normalize` ends
//! with): `src * alpha + beta` fused, in single precision unless the
//! source or the result is double, then rounded half to even and
//! saturated for 8-bit results.

use crate::numpy::array::NdArray;
use crate::numpy::dtype::DType;
use crate::numpy::element::Data;
use taipan_vm::error::PyResult;

/// The result depths handled, by OpenCV's code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Depth {
    /// CV_8U (0).
    U8,
    /// CV_32F (5).
    F32,
    /// CV_64F (6).
    F64,
}

impl Depth {
    /// The depth of an OpenCV type code (its low three bits).
    pub fn from_code(code: i64) -> Option<Depth> {
        Some(match code & 7 {
            0 => Depth::U8,
            5 => Depth::F32,
            6 => Depth::F64,
            _ => return None,
        })
    }
}

/// `src` scaled by `alpha`, shifted by `beta` and converted to `depth`.
pub fn convert(src: &NdArray, depth: Depth, alpha: f64, beta: f64) -> PyResult<NdArray> {
    let values = src.to_vec::<f64>()?;
    let double = depth == Depth::F64 || src.dtype == DType::Float64;
    let scaled: Vec<f64> = if double {
        values.iter().map(|v| v.mul_add(alpha, beta)).collect()
    } else {
        let (a, b) = (alpha as f32, beta as f32);
        values
            .iter()
            .map(|&v| f64::from((v as f32).mul_add(a, b)))
            .collect()
    };
    let data = match depth {
        Depth::U8 => Data::U8(
            scaled
                .iter()
                .map(|v| v.round_ties_even().clamp(0.0, 255.0) as u8)
                .collect(),
        ),
        Depth::F32 => Data::F32(scaled.iter().map(|&v| v as f32).collect()),
        Depth::F64 => Data::F64(scaled),
    };
    Ok(NdArray::new(data, src.shape()))
}
