//! `Pixels`: an 8-bit image as interleaved rows (height × width ×
//! channels), and the moves between it and a numpy `uint8` array.

use crate::numpy::array::NdArray;
use crate::numpy::dtype::DType;
use crate::numpy::element::Data;
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::Value;

/// An 8-bit image: rows of interleaved channels.
#[derive(Clone, Debug)]
pub struct Pixels {
    /// The samples, row after row.
    pub data: Vec<u8>,
    /// Rows.
    pub height: usize,
    /// Columns.
    pub width: usize,
    /// Samples per pixel.
    pub channels: usize,
}

impl Pixels {
    /// An image of `value` everywhere.
    pub fn filled(height: usize, width: usize, channels: usize, value: u8) -> Pixels {
        Pixels {
            data: vec![value; height * width * channels],
            height,
            width,
            channels,
        }
    }

    /// The sample at row `y`, column `x`, channel `c`.
    #[inline]
    pub fn at(&self, y: usize, x: usize, c: usize) -> u8 {
        self.data[(y * self.width + x) * self.channels + c]
    }

    /// A uint8 array of a Python value (2-d for one channel, else 3-d).
    pub fn from_value(v: &Value) -> PyResult<Pixels> {
        let a =
            NdArray::of(v).ok_or_else(|| PyErr::type_error("expected a numpy array of pixels"))?;
        if a.dtype != DType::UInt8 {
            return Err(PyErr::type_error(format!(
                "expected a uint8 array of pixels, got {}",
                a.dtype.name()
            )));
        }
        let (height, width, channels) = match a.shape().as_slice() {
            [h, w] => (*h, *w, 1),
            [h, w, c] if (1..=4).contains(c) => (*h, *w, *c),
            _ => {
                return Err(PyErr::type_error(format!(
                    "expected pixels of shape (H, W) or (H, W, 1..4), got {}",
                    crate::numpy::convert::shape_text(&a.shape())
                )))
            }
        };
        Ok(Pixels {
            data: a.to_vec::<u8>()?,
            height,
            width,
            channels,
        })
    }

    /// The image as a uint8 array: (H, W) when `flat` and it has one
    /// channel, else (H, W, C).
    pub fn into_value(self, flat: bool) -> Value {
        let shape: SmallVec<[usize; 4]> = if flat && self.channels == 1 {
            SmallVec::from_slice(&[self.height, self.width])
        } else {
            SmallVec::from_slice(&[self.height, self.width, self.channels])
        };
        NdArray::new(Data::U8(self.data), shape).into_value()
    }
}
