//! Room for a new array, asked before its elements are allocated: NumPy's
//! `ValueError` for a shape too big to address, `MemoryError` ("Unable to
//! allocate …") when the memory is not there, and the thread's heap budget
//! (array buffers count against it, see `Buffer`).

use super::convert::shape_text;
use super::dtype::DType;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::types::types;

/// Arrays at least this big are tried against the allocator first (a
/// smaller one that cannot be allocated means the process is out of memory
/// anyway).
const TRIAL_BYTES: usize = 64 << 20;

/// NumPy's error for a shape too big to address.
#[cold]
pub fn too_big() -> PyErr {
    PyErr::value_error(
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible \
         size.",
    )
}

/// The number of elements of `shape`, checked to be addressable as `dtype`.
#[inline]
pub fn checked_size(shape: &[usize], dtype: DType) -> PyResult<usize> {
    shape
        .iter()
        .try_fold(1usize, |acc, &n| acc.checked_mul(n))
        .filter(|&n| {
            n.checked_mul(dtype.itemsize())
                .is_some_and(|b| b <= isize::MAX as usize)
        })
        .ok_or_else(too_big)
}

/// Checks that an array of `shape` and `dtype` can be made: addressable,
/// within the heap budget, and (when big) obtainable from the allocator.
/// Gives its number of elements.
///
/// Every copy asks this, so the common case (a small array) is a few
/// compares, inlined; the trial allocation and the message are out of line.
#[inline]
pub fn check_room(shape: &[usize], dtype: DType) -> PyResult<usize> {
    let size = checked_size(shape, dtype)?;
    let bytes = size * dtype.itemsize();
    taipan_vm::heap::reserve(bytes)?;
    if bytes >= TRIAL_BYTES {
        try_allocating(bytes, shape, dtype)?;
    }
    Ok(size)
}

/// NumPy's `MemoryError` when the allocator will not give `bytes` for an
/// array of `shape` and `dtype`.
#[cold]
#[inline(never)]
fn try_allocating(bytes: usize, shape: &[usize], dtype: DType) -> PyResult<()> {
    if Vec::<u8>::new().try_reserve_exact(bytes).is_ok() {
        return Ok(());
    }
    Err(PyErr::new(
        types().memory_error,
        format!(
            "Unable to allocate {} for an array with shape {} and data type {}",
            size_text(bytes),
            shape_text(shape),
            dtype.name()
        ),
    ))
}

/// An empty vector with room for `len` items (index maps, offsets, Python
/// values): the heap budget's `MemoryError`, or a plain `MemoryError` when
/// the allocator refuses, rather than an abort.
pub fn vec_with_room<T>(len: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve_more(&mut v, len)?;
    Ok(v)
}

/// Makes room in `v` for `additional` more items, failing as
/// [`vec_with_room`] does.
pub fn reserve_more<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    let bytes = additional
        .checked_mul(std::mem::size_of::<T>())
        .ok_or_else(PyErr::memory_error)?;
    taipan_vm::heap::reserve(bytes)?;
    v.try_reserve(additional).map_err(|_| PyErr::memory_error())
}

/// Checks room for one buffer offset (a `usize`) per element of `shape`,
/// as for an `intp` array of that shape. Gives the number of elements.
#[inline]
pub fn check_offsets_room(shape: &[usize]) -> PyResult<usize> {
    check_room(shape, DType::Int64)
}

/// A byte count as NumPy's allocation errors write it: three significant
/// digits in the largest binary unit that keeps the number at least 1
/// (`7.28 TiB`, `931. GiB`, `512 bytes`).
fn size_text(bytes: usize) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut unit = (bytes.max(2).ilog2() as usize / 10).min(UNITS.len() - 1);
    let mut value = bytes as f64 / (1u64 << (unit * 10)) as f64;
    if value.round() >= 1024.0 && unit + 1 < UNITS.len() {
        unit += 1;
        value /= 1024.0;
    }
    if unit == 0 {
        return format!("{bytes} bytes");
    }
    // `%#.3g`: three significant digits, keeping the point.
    let digits_before = if value.round() >= 100.0 {
        3
    } else if (value * 10.0).round() >= 100.0 {
        2
    } else {
        1
    };
    let text = match digits_before {
        3 => format!("{:.0}.", value),
        2 => format!("{:.1}", value),
        _ => format!("{:.2}", value),
    };
    format!("{text} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::size_text;

    #[test]
    fn sizes_read_as_numpy_writes_them() {
        assert_eq!(size_text(8_000_000_000_000), "7.28 TiB");
        assert_eq!(size_text(1_000_000_000_000), "931. GiB");
        assert_eq!(size_text(100 << 20), "100. MiB");
        assert_eq!(size_text(3 << 30), "3.00 GiB");
        assert_eq!(size_text(20 << 30), "20.0 GiB");
        assert_eq!(size_text(512), "512 bytes");
    }
}
