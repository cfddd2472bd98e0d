"""numpy.lib.stride_tricks for taipan: as_strided and sliding_window_view.

Views with any shape and strides are views here too (they write through
when writeable), but a view must stay inside its array's memory and its
strides must be whole elements: NumPy would read past the end, taipan
raises ValueError (or NotImplementedError for strides that split an
element).
"""

import numpy as _np
import _numpy


def as_strided(x, shape=None, strides=None, subok=False, writeable=True):
    """A view of x's elements, from its first one, with shape and strides
    (in bytes; each defaults to x's own)."""
    x = _np.asarray(x)
    shape = x.shape if shape is None else tuple(shape)
    strides = x.strides if strides is None else tuple(strides)
    for s in strides:
        if s % x.itemsize:
            raise NotImplementedError(
                "taipan's numpy has no strides that split an element: %d is not a "
                "multiple of the item size %d" % (s, x.itemsize))
    return _numpy._as_strided(x, shape, strides, writeable)


def sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False):
    """The sliding windows of x (read-only unless writeable) as a view:
    window_shape along the given axes (all of them when axis is None), the
    window's axes appended at the end."""
    try:
        window_shape = tuple(window_shape)
    except TypeError:
        window_shape = (window_shape,)
    x = _np.asarray(x)
    for w in window_shape:
        if w < 0:
            raise ValueError("`window_shape` cannot contain negative values")
    if axis is None:
        axis = tuple(range(x.ndim))
        if len(window_shape) != len(axis):
            raise ValueError(
                "Since axis is `None`, must provide window_shape for all dimensions of `x`; "
                "got %d window_shape elements and `x.ndim` is %d." % (len(window_shape), x.ndim))
    else:
        axis = _np._normalize_axis_tuple(axis, x.ndim, allow_duplicate=True)
        if len(window_shape) != len(axis):
            raise ValueError(
                "Must provide matching length window_shape and axis; got %d window_shape "
                "elements and %d axes elements." % (len(window_shape), len(axis)))
    out_strides = x.strides + tuple(x.strides[ax] for ax in axis)
    trimmed = list(x.shape)
    for ax, dim in zip(axis, window_shape):
        if trimmed[ax] < dim:
            raise ValueError("window shape cannot be larger than input array shape")
        trimmed[ax] -= dim - 1
    out_shape = tuple(trimmed) + window_shape
    return as_strided(x, strides=out_strides, shape=out_shape, subok=subok, writeable=writeable)
