"""numpy._extras for taipan: the less common parts of NumPy's API (einsum,
tensordot, kron, gradient, bit packing, windows, frexp/ldexp/modf,
put/place/choose, histogram2d, tofile/fromfile ...), written in Python on
the array core. numpy loads it on first use of one of its names (see
numpy.__getattr__), so that `import numpy` does not compile it."""

import _numpy
import numpy as np
from collections import namedtuple as _namedtuple
from collections.abc import Mapping as _Mapping
from numpy import _normalize_axis_index, _normalize_axis_tuple, _operator_index, _ufunc_result
from numpy import _check_casting, _dtypes_cast

__all__ = [
    "einsum", "tensordot", "kron", "gradient", "fromfunction", "piecewise", "extract", "place",
    "put", "putmask", "choose", "compress", "resize", "trim_zeros", "setxor1d", "in1d", "block",
    "packbits", "unpackbits", "sinc", "i0", "blackman", "bartlett", "kaiser", "frexp", "ldexp",
    "modf", "histogram2d", "histogramdd", "can_cast", "fromfile", "array2string", "array_str",
    "array_repr", "asfortranarray", "copyto", "fromiter", "unwrap", "geomspace", "s_", "index_exp",
    "concat", "rollaxis", "unique_counts", "unique_inverse", "unique_values", "unique_all",
    "flatiter", "fill_diagonal", "format_float_positional", "format_float_scientific",
    "ediff1d", "nextafter", "spacing", "cumulative_sum", "cumulative_prod", "diagflat",
    "iterable", "asarray_chkfinite", "astype", "polyder", "polyint", "savez", "savez_compressed",
    "logaddexp2", "require", "min_scalar_type", "fromstring", "genfromtxt", "memmap",
    "broadcast", "nditer", "pow", "acos", "asin", "atan", "atan2", "acosh", "asinh", "atanh",
    "bitwise_left_shift", "bitwise_right_shift", "permute_dims", "matrix_transpose", "vecdot",
    "euler_gamma", "isdtype", "isfortran", "real_if_close",
]

_py_range = range


# ---- what NumPy 2.0 removed from the numpy namespace, with NumPy's
# messages (numpy/_expired_attrs_2_0.py and numpy.__getattr__).

_EXPIRED_2_0 = {
    "geterrobj": "Use the np.errstate context manager instead.",
    "seterrobj": "Use the np.errstate context manager instead.",
    "cast": "Use `np.asarray(arr, dtype=dtype)` instead.",
    "source": "Use `inspect.getsource` instead.",
    "lookfor": "Search NumPy's documentation directly.",
    "who": "Use an IDE variable explorer or `locals()` instead.",
    "fastCopyAndTranspose": "Use `arr.T.copy()` instead.",
    "set_numeric_ops": "For the general case, use `PyUFunc_ReplaceLoopBySignature`. For ndarray "
                       "subclasses, define the ``__array_ufunc__`` method and override the "
                       "relevant ufunc.",
    "NINF": "Use `-np.inf` instead.",
    "PINF": "Use `np.inf` instead.",
    "NZERO": "Use `-0.0` instead.",
    "PZERO": "Use `0.0` instead.",
    "add_newdoc": "It's still available as `np.lib.add_newdoc`.",
    "add_docstring": "It's still available as `np.lib.add_docstring`.",
    "add_newdoc_ufunc": "It's an internal function and doesn't have a replacement.",
    "safe_eval": "Use `ast.literal_eval` instead.",
    "float_": "Use `np.float64` instead.",
    "complex_": "Use `np.complex128` instead.",
    "longfloat": "Use `np.longdouble` instead.",
    "singlecomplex": "Use `np.complex64` instead.",
    "cfloat": "Use `np.complex128` instead.",
    "longcomplex": "Use `np.clongdouble` instead.",
    "clongfloat": "Use `np.clongdouble` instead.",
    "string_": "Use `np.bytes_` instead.",
    "unicode_": "Use `np.str_` instead.",
    "Inf": "Use `np.inf` instead.",
    "Infinity": "Use `np.inf` instead.",
    "NaN": "Use `np.nan` instead.",
    "infty": "Use `np.inf` instead.",
    "issctype": "Use `issubclass(rep, np.generic)` instead.",
    "maximum_sctype": "Use a specific dtype instead. You should avoid relying on any implicit "
                      "mechanism and select the largest dtype of a kind explicitly in the code.",
    "obj2sctype": "Use `np.dtype(obj).type` instead.",
    "sctype2char": "Use `np.dtype(obj).char` instead.",
    "sctypes": "Access dtypes explicitly instead.",
    "issubsctype": "Use `np.issubdtype` instead.",
    "set_string_function": "Use `np.set_printoptions` instead with a formatter for custom "
                           "printing of NumPy objects.",
    "asfarray": "Use `np.asarray` with a proper dtype instead.",
    "issubclass_": "Use `issubclass` builtin instead.",
    "tracemalloc_domain": "It's now available from `np.lib`.",
    "mat": "Use `np.asmatrix` instead.",
    "recfromcsv": "Use `np.genfromtxt` with comma delimiter instead.",
    "recfromtxt": "Use `np.genfromtxt` instead.",
    "deprecate": "Emit `DeprecationWarning` with `warnings.warn` directly, or use "
                 "`typing.deprecated`.",
    "deprecate_with_doc": "Emit `DeprecationWarning` with `warnings.warn` directly, or use "
                          "`typing.deprecated`.",
    "disp": "Use your own printing function instead.",
    "find_common_type": "Use `numpy.promote_types` or `numpy.result_type` instead. To achieve "
                        "semantics for the `scalar_types` argument, use `numpy.result_type` and "
                        "pass the Python values `0`, `0.0`, or `0j`.",
    "round_": "Use `np.round` instead.",
    "get_array_wrap": "",
    "DataSource": "It's still available as `np.lib.npyio.DataSource`.",
    "nbytes": "Use `np.dtype(<dtype>).itemsize` instead.",
    "byte_bounds": "Now it's available under `np.lib.array_utils.byte_bounds`",
    "compare_chararrays": "It's still available as `np.char.compare_chararrays`.",
    "format_parser": "It's still available as `np.rec.format_parser`.",
    "alltrue": "Use `np.all` instead.",
    "sometrue": "Use `np.any` instead.",
}

_FORMER_ALIAS_MSG = (
    "module 'numpy' has no attribute '{n}'.\n"
    "`np.{n}` was a deprecated alias for the builtin `{n}`. To avoid this error in existing "
    "code, use `{n}` by itself. Doing this will not modify any behavior and is safe. {extra}\n"
    "The aliases was originally deprecated in NumPy 1.20; for more details and guidance see "
    "the original release note at:\n"
    "    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations")

_FORMER_ALIASES = {
    "object": "",
    "float": "If you specifically wanted the numpy scalar type, use `np.float64` here.",
    "complex": "If you specifically wanted the numpy scalar type, use `np.complex128` here.",
    "str": "If you specifically wanted the numpy scalar type, use `np.str_` here.",
    "int": "When replacing `np.int`, you may wish to use e.g. `np.int64` or `np.int32` to "
           "specify the precision. If you wish to review your current use, check the release "
           "note link for additional information.",
}

_FUTURE_SCALARS = ("str", "bytes", "object")

# NumPy 1 names that NumPy 2 dropped without a message of their own.
_GONE_IN_2_0 = ("product", "cumproduct", "msort", "alen", "asscalar", "rank", "loads",
                "bool8", "int0", "uint0", "object0", "str0", "bytes0", "void0")


def _removed_attribute(name):
    """Raises NumPy's AttributeError (after its FutureWarning, for the
    names NumPy will define as scalars) for a name NumPy 2 removed or
    never had; returns for any other name."""
    if name in _FUTURE_SCALARS:
        import warnings
        warnings.warn("In the future `np.%s` will be defined as the corresponding NumPy scalar."
                      % name, FutureWarning, stacklevel=3)
    # name=None: no "Did you mean" hint, as CPython gives none for these.
    if name in _FORMER_ALIASES:
        raise AttributeError(_FORMER_ALIAS_MSG.format(n=name, extra=_FORMER_ALIASES[name]),
                             name=None)
    if name in _EXPIRED_2_0:
        raise AttributeError("`np.%s` was removed in the NumPy 2.0 release. %s"
                             % (name, _EXPIRED_2_0[name]), name=None)
    if name in _FUTURE_SCALARS or name in _GONE_IN_2_0:
        raise AttributeError("module 'numpy' has no attribute '%s'" % name, name=None)


# ---- einsum: subscripts parsed into label lists; each operand's repeated
# labels become diagonals, labels only one operand has are summed at once,
# and operands are then joined two at a time by matmul.

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ELLIPSIS = "..."


def _einsum_term(term, where):
    """The labels of one subscripts term: letters, and _ELLIPSIS once at
    most (spaces are ignored)."""
    labels = []
    i = 0
    while i < len(term):
        c = term[i]
        if c == ".":
            if term[i:i + 3] != "..." or _ELLIPSIS in labels:
                raise ValueError("einstein sum subscripts string contains a '.' that is not part "
                                 "of an ellipsis ('...') in %s" % where)
            labels.append(_ELLIPSIS)
            i += 3
            continue
        if c != " ":
            if c not in _LETTERS:
                raise ValueError("invalid subscript '%s' in einstein sum subscripts string, "
                                 "subscripts must be letters" % c)
            labels.append(c)
        i += 1
    return labels


def _einsum_sublist(sub, output=False):
    """Subscripts given as a list of ints in [0, 52) and Ellipsis (the
    output's as any iterable): their letters."""
    if not output and not isinstance(sub, (list, tuple)):
        raise TypeError("the subscripts for each operand must be a list or a tuple")
    out = []
    for s in sub:
        if s is Ellipsis:
            out.append(_ELLIPSIS)
            continue
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise TypeError("each subscript must be either an integer or an ellipsis")
        if not 0 <= s < 52:
            raise ValueError("subscript is not within the valid range [0, 52)")
        out.append(_LETTERS[int(s)])
    return out


def _einsum_args(args):
    """(input label lists, output label list or None, operands) of
    einsum's two call forms."""
    if not args or (isinstance(args[0], str) and len(args) < 2):
        raise ValueError("must specify the einstein sum subscripts string and at least one operand")
    if not isinstance(args[0], str):
        pairs = args if len(args) % 2 == 0 else args[:-1]
        output = None if len(args) % 2 == 0 else _einsum_sublist(args[-1], True)
        return [_einsum_sublist(s) for s in pairs[1::2]], output, list(pairs[0::2])
    text = args[0]
    ops = list(args[1:])
    output = None
    arrow = text.find("->")
    if arrow >= 0:
        output = _einsum_term(text[arrow + 2:], "the output")
        text = text[:arrow]
    if "-" in text or ">" in text:
        raise ValueError("einstein sum subscript string does not contain proper '->' output "
                         "specified")
    terms = text.split(",")
    if len(terms) > len(ops):
        raise ValueError("more operands provided to einstein sum function than specified in "
                         "the subscripts string")
    if len(terms) < len(ops):
        raise ValueError("fewer operands provided to einstein sum function than specified in "
                         "the subscripts string")
    return [_einsum_term(t, "operand %d" % k) for k, t in enumerate(terms)], output, ops


def _einsum_expand(labels, op, k, n_ell):
    """labels with the ellipsis replaced by the broadcast dimensions'
    labels (ints n_ell-m ... n_ell-1 for an operand with m of them)."""
    letters = len(labels) - (1 if _ELLIPSIS in labels else 0)
    if letters > op.ndim:
        raise ValueError("einstein sum subscripts string contains too many subscripts for "
                         "operand %d" % k)
    if _ELLIPSIS not in labels:
        if letters < op.ndim:
            raise ValueError("operand has more dimensions than subscripts given in einstein "
                             "sum, but no '...' ellipsis provided to broadcast the extra "
                             "dimensions.")
        return list(labels)
    cut = labels.index(_ELLIPSIS)
    m = op.ndim - letters
    return labels[:cut] + list(_py_range(n_ell - m, n_ell)) + labels[cut + 1:]


def _einsum_output(inputs, output, n_ell):
    """The output labels: given (checked), or NumPy's implicit ones (the
    broadcast dimensions, then the letters used once, sorted)."""
    if output is None:
        counts = {}
        for labels in inputs:
            for c in labels:
                counts[c] = counts.get(c, 0) + 1
        return list(_py_range(n_ell)) + sorted(c for c in counts if isinstance(c, str) and counts[c] == 1)
    seen = set()
    for labels in inputs:
        seen.update(labels)
    out = []
    for c in output:
        if c in out:
            raise ValueError("einstein sum subscripts string includes output subscript '%s' "
                             "multiple times" % c)
        if c != _ELLIPSIS and c not in seen:
            raise ValueError("einstein sum subscripts string included output subscript '%s' "
                             "which never appeared in an input" % c)
        out.append(c)
    if _ELLIPSIS in out:
        cut = out.index(_ELLIPSIS)
        out = out[:cut] + list(_py_range(n_ell)) + out[cut + 1:]
    return out


def _einsum_collapse(op, labels, k):
    """op with each repeated label's axes replaced by their diagonal."""
    labels = list(labels)
    while True:
        dup = next((c for i, c in enumerate(labels) if c in labels[i + 1:]), None)
        if dup is None:
            return op, labels
        i = labels.index(dup)
        j = labels.index(dup, i + 1)
        if op.shape[i] != op.shape[j]:
            raise ValueError("dimensions in operand %d for collapsing index '%s' don't match "
                             "(%d != %d)" % (k, dup, op.shape[i], op.shape[j]))
        op = np.diagonal(op, 0, i, j)
        labels = [c for n, c in enumerate(labels) if n != i and n != j] + [dup]


def _shape_text(shape):
    """A shape as NumPy's broadcast errors write it: (2,3), (2,)."""
    return "(%s%s)" % (",".join(str(n) for n in shape), "," if len(shape) == 1 else "")


def _einsum_check_sizes(ops, labels, output):
    """Raises NumPy's broadcast error when a label's sizes (other than 1)
    disagree between operands."""
    sizes = {}
    bad = False
    for op, labs in zip(ops, labels):
        for n, c in zip(op.shape, labs):
            if n != 1:
                bad = bad or sizes.setdefault(c, n) != n
    if not bad:
        return
    summed = sorted((c for labs in labels for c in labs if c not in output),
                    key=lambda c: (isinstance(c, str), c))
    order = list(output) + list(dict.fromkeys(summed))
    parts = []
    for op, labs in zip(ops, labels):
        remapped = [str(op.shape[labs.index(c)]) if c in labs else "newaxis" for c in order]
        while remapped and remapped[0] == "newaxis":
            remapped.pop(0)
        parts.append("%s->%s " % (_shape_text(op.shape), _shape_text(remapped)))
    raise ValueError("operands could not be broadcast together with remapped shapes "
                     "[original->remapped]: " + "".join(parts))


def _einsum_sum(op, labels, keep):
    """op summed over its labels not in keep; the labels left."""
    axes = tuple(i for i, c in enumerate(labels) if c not in keep)
    if not axes:
        return op, labels
    return op.sum(axis=axes, dtype=op.dtype), [c for c in labels if c in keep]


def _einsum_pair(a, la, b, lb, keep):
    """The product of two operands, summed over the labels they share that
    are not kept, by one (batched) matmul."""
    # An axis of length 1 against a longer one broadcasts: drop it, and its
    # label is then the other operand's alone.
    for c in [c for c in la if c in lb]:
        na = a.shape[la.index(c)]
        nb = b.shape[lb.index(c)]
        if na != nb and na == 1:
            a = a.squeeze(la.index(c))
            la = [x for x in la if x != c]
        elif na != nb and nb == 1:
            b = b.squeeze(lb.index(c))
            lb = [x for x in lb if x != c]
    a, la = _einsum_sum(a, la, set(keep) | set(lb))
    b, lb = _einsum_sum(b, lb, set(keep) | set(la))
    batch = [c for c in la if c in lb and c in keep]
    inner = [c for c in la if c in lb and c not in keep]
    free_a = [c for c in la if c not in lb]
    free_b = [c for c in lb if c not in la]
    size = dict(zip(la, a.shape))
    size.update(zip(lb, b.shape))
    at = a.transpose([la.index(c) for c in batch + free_a + inner])
    bt = b.transpose([lb.index(c) for c in batch + inner + free_b])
    bshape = tuple(size[c] for c in batch)
    m = _prod(size[c] for c in free_a)
    n = _prod(size[c] for c in free_b)
    k = _prod(size[c] for c in inner)
    prod = np.matmul(at.reshape(bshape + (m, k)), bt.reshape(bshape + (k, n)))
    shape = bshape + tuple(size[c] for c in free_a + free_b)
    return prod.reshape(shape), batch + free_a + free_b


def _prod(values):
    """The product of ints (1 for none)."""
    p = 1
    for v in values:
        p *= v
    return p


def _einsum_dtype(ops, dtype, casting):
    """The dtype einsum computes in, the operands' cast checked."""
    if dtype is None:
        return np.result_type(*ops)
    dtype = np.dtype(dtype)
    for k, op in enumerate(ops):
        if not can_cast(op.dtype, dtype, casting):
            raise TypeError("Iterator operand %d dtype could not be cast from %r to %r "
                            "according to the rule '%s'" % (k, op.dtype, dtype, casting))
    return dtype


def einsum(*operands, out=None, optimize=False, dtype=None, order="K", casting="safe"):
    """Einstein summation over the operands' labelled axes: a subscripts
    string ('ij,jk->ik', '...ii->...i', implicit output when there is no
    '->') or the interleaved form einsum(a, [0, 1], b, [1, 2], [0, 2]).
    optimize= is accepted and ignored: operands are joined left to right,
    each pair by one matmul."""
    labels, output, ops = _einsum_args(operands)
    ops = [np.asanyarray(op) for op in ops]
    n_ell = 0
    for labs, op in zip(labels, ops):
        if _ELLIPSIS in labs:
            n_ell = max(n_ell, op.ndim - len(labs) + 1)
    labels = [_einsum_expand(labs, op, k, n_ell) for k, (labs, op) in enumerate(zip(labels, ops))]
    output = _einsum_output(labels, output, n_ell)
    dt = _einsum_dtype(ops, dtype, casting)
    work = np.int64 if dt.kind == "b" else dt
    pairs = [_einsum_collapse(op, labs, k) for k, (op, labs) in enumerate(zip(ops, labels))]
    _einsum_check_sizes([p[0] for p in pairs], [p[1] for p in pairs], output)
    acc, acc_labels = None, None
    for k, (op, labs) in enumerate(pairs):
        later = set(output)
        for _, rest in pairs[k + 1:]:
            later.update(rest)
        op = op.astype(work, copy=False)
        if acc is None:
            acc, acc_labels = _einsum_sum(op, labs, later)
        else:
            acc, acc_labels = _einsum_pair(acc, acc_labels, op, labs, later)
    result = _einsum_finish(acc, acc_labels, output, [p[0] for p in pairs], [p[1] for p in pairs])
    if dt.kind == "b":
        result = result != 0
    result = result.astype(dt, copy=False)
    if not result.flags.writeable:
        result = result.copy()
    if out is not None:
        if not can_cast(result.dtype, out.dtype, casting):
            raise TypeError("Iterator requested dtype could not be cast from %r to %r, the "
                            "operand %d dtype, according to the rule '%s'"
                            % (result.dtype, out.dtype, len(ops), casting))
        out[...] = result
        return out
    # NumPy's optimizing path leaves a 0-d result an array.
    return result if optimize else _ufunc_result(result)


def _einsum_finish(acc, labels, output, ops, op_labels):
    """acc (summed over everything not in output) with its axes in
    output's order, broadcast to the output's sizes."""
    acc, labels = _einsum_sum(acc, labels, set(output))
    size = {}
    for op, labs in zip(ops, op_labels):
        for n, c in zip(op.shape, labs):
            if n != 1 or c not in size:
                size[c] = n
    missing = [c for c in output if c not in labels]
    if missing:
        acc = acc.reshape(acc.shape + (1,) * len(missing))
        labels = labels + missing
    acc = acc.transpose([labels.index(c) for c in output])
    shape = tuple(size[c] for c in output)
    return acc if acc.shape == shape else np.broadcast_to(acc, shape)


def tensordot(a, b, axes=2):
    """The sum of products of a and b over the given axes: an int N (a's
    last N against b's first N) or a pair of axis sequences."""
    try:
        axes_a, axes_b = axes
    except TypeError:
        axes_a = list(_py_range(-axes, 0))
        axes_b = list(_py_range(0, axes))
    axes_a = list(axes_a) if isinstance(axes_a, (list, tuple)) else [axes_a]
    axes_b = list(axes_b) if isinstance(axes_b, (list, tuple)) else [axes_b]
    a = np.asarray(a)
    b = np.asarray(b)
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    shape_a = a.shape
    shape_b = b.shape
    axes_a = [ax + a.ndim if ax < 0 else ax for ax in axes_a]
    axes_b = [ax + b.ndim if ax < 0 else ax for ax in axes_b]
    for x, y in zip(axes_a, axes_b):
        if shape_a[x] != shape_b[y]:
            raise ValueError("shape-mismatch for sum")
    free_a = [k for k in _py_range(a.ndim) if k not in axes_a]
    free_b = [k for k in _py_range(b.ndim) if k not in axes_b]
    k = _prod(shape_a[x] for x in axes_a)
    m = _prod(shape_a[x] for x in free_a)
    n = _prod(shape_b[y] for y in free_b)
    at = a.transpose(free_a + axes_a).reshape((m, k))
    bt = b.transpose(axes_b + free_b).reshape((k, n))
    out_shape = tuple(shape_a[x] for x in free_a) + tuple(shape_b[y] for y in free_b)
    return np.dot(at, bt).reshape(out_shape)


def kron(a, b):
    """The Kronecker product: blocks of b scaled by a's elements."""
    a = np.asanyarray(a)
    b = np.asanyarray(b)
    nd = max(a.ndim, b.ndim)
    a = a.reshape((1,) * (nd - a.ndim) + a.shape)
    b = b.reshape((1,) * (nd - b.ndim) + b.shape)
    # a's axes at the even places, b's at the odd ones.
    a2 = a.reshape(tuple(x for n in a.shape for x in (n, 1)))
    b2 = b.reshape(tuple(x for n in b.shape for x in (1, n)))
    prod = np.multiply(a2, b2)
    return _ufunc_result(prod.reshape(tuple(x * y for x, y in zip(a.shape, b.shape))))


# ---- differences and element selection

def _gradient_spacings(f, axes, varargs):
    """One spacing per axis: a scalar, or a 1-d array of coordinates made
    into their differences (a scalar when those are all equal)."""
    n = len(varargs)
    if n == 0:
        return [1.0] * len(axes)
    if n == 1 and np.ndim(varargs[0]) == 0:
        return list(varargs) * len(axes)
    if n != len(axes):
        raise TypeError("invalid number of arguments")
    out = []
    for d, ax in zip(varargs, axes):
        d = np.asanyarray(d)
        if d.ndim == 0:
            out.append(d)
            continue
        if d.ndim != 1:
            raise ValueError("distances must be either scalars or 1d")
        if len(d) != f.shape[ax]:
            raise ValueError("when 1d, distances must match the length of the corresponding "
                             "dimension")
        if d.dtype.kind in "iub":
            d = d.astype(np.float64)
        diffs = np.diff(d)
        out.append(diffs[0] if np.all(diffs == diffs[0]) else diffs)
    return out


def _along(axis, index):
    """An index tuple taking index along axis."""
    return (slice(None),) * axis + (index,)


def _gradient_inside(f, axis, dx):
    """The second-order central differences of f at its inner points
    along axis (dx: a scalar spacing or the array of the spacings)."""
    def at(index):
        return f[_along(axis, index)]
    if np.ndim(dx) == 0:
        return (at(slice(2, None)) - at(slice(None, -2))) / (2.0 * dx)
    shape = [1] * f.ndim
    shape[axis] = -1
    dx1 = dx[:-1].reshape(shape)
    dx2 = dx[1:].reshape(shape)
    a = -dx2 / (dx1 * (dx1 + dx2))
    b = (dx2 - dx1) / (dx1 * dx2)
    c = dx1 / (dx2 * (dx1 + dx2))
    return a * at(slice(None, -2)) + b * at(slice(1, -1)) + c * at(slice(2, None))


def _edge_weights(dx, last):
    """The weights of the three values nearest the first (or last) end in
    its second-order one-sided difference."""
    if np.ndim(dx) == 0:
        return (0.5 / dx, -2.0 / dx, 1.5 / dx) if last else (-1.5 / dx, 2.0 / dx, -0.5 / dx)
    if last:
        d1, d2 = dx[-2], dx[-1]
        return (d2 / (d1 * (d1 + d2)), -(d2 + d1) / (d1 * d2),
                (2.0 * d2 + d1) / (d2 * (d1 + d2)))
    d1, d2 = dx[0], dx[1]
    return (-(2.0 * d1 + d2) / (d1 * (d1 + d2)), (d1 + d2) / (d1 * d2),
            -d1 / (d2 * (d1 + d2)))


def _gradient_axis(f, axis, dx, edge_order):
    """The gradient of f along one axis: central differences inside,
    one-sided ones of edge_order at the ends."""
    def at(index):
        return f[_along(axis, index)]
    out = np.empty(f.shape, dtype=f.dtype)
    out[_along(axis, slice(1, -1))] = _gradient_inside(f, axis, dx)
    if edge_order == 1:
        uniform = np.ndim(dx) == 0
        out[_along(axis, 0)] = (at(1) - at(0)) / (dx if uniform else dx[0])
        out[_along(axis, -1)] = (at(-1) - at(-2)) / (dx if uniform else dx[-1])
        return out
    a, b, c = _edge_weights(dx, False)
    out[_along(axis, 0)] = a * at(0) + b * at(1) + c * at(2)
    a, b, c = _edge_weights(dx, True)
    out[_along(axis, -1)] = a * at(-3) + b * at(-2) + c * at(-1)
    return out


def gradient(f, *varargs, axis=None, edge_order=1):
    """The gradient of f by second-order central differences inside and
    first- or second-order one-sided ones at the ends: one array per axis
    (just the array for one axis). varargs: the spacing, a scalar for all
    axes or one scalar or coordinate array per axis."""
    f = np.asanyarray(f)
    nd = f.ndim
    axes = tuple(_py_range(nd)) if axis is None else _normalize_axis_tuple(axis, nd)
    dxs = _gradient_spacings(f, axes, varargs)
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    if f.dtype.kind in "iu":
        f = f.astype(np.float64)
    results = []
    for ax, dx in zip(axes, dxs):
        if f.shape[ax] < edge_order + 1:
            raise ValueError("Shape of array too small to calculate a numerical gradient, at "
                             "least (edge_order + 1) elements are required.")
        results.append(_gradient_axis(f, ax, dx, edge_order))
    if len(axes) == 1:
        return results[0]
    return tuple(results)


def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
    """function called once with the index arrays of a grid of shape."""
    return function(*np.indices(shape, dtype=dtype), **kwargs)


def piecewise(x, condlist, funclist, *args, **kw):
    """x's elements mapped by the function (or value) of the condition
    they meet; one more function than conditions is for the rest."""
    x = np.asanyarray(x)
    # One condition rather than a list of them: a scalar, or (for an
    # array x) a list of scalars.
    if np.isscalar(condlist) or (
            not isinstance(condlist[0], (list, np.ndarray)) and x.ndim != 0):
        condlist = [condlist]
    condlist = list(np.asarray(condlist, dtype=bool))
    n = len(condlist)
    if len(funclist) not in (n, n + 1):
        raise ValueError("with %d condition(s), either %d or %d functions are expected"
                         % (n, n, n + 1))
    if len(funclist) == n + 1:
        rest = np.zeros(x.shape, dtype=bool)
        for c in condlist:
            rest = rest | c
        condlist.append(~rest)
    y = np.zeros_like(x)
    for cond, func in zip(condlist, funclist):
        if callable(func):
            part = x[cond]
            if part.size:
                y[cond] = func(part, *args, **kw)
        else:
            y[cond] = func
    return y


def extract(condition, arr):
    """The elements of arr (flattened) where condition (flattened) is
    true."""
    return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])


def _cycled(values, n, dtype):
    """values (flattened, cast to dtype) repeated to n elements."""
    values = np.asarray(values).ravel().astype(dtype)
    if values.size == n:
        return values
    reps = -(-n // values.size)
    return np.tile(values, reps)[:n]


def place(arr, mask, vals):
    """In place: the elements of arr where mask is true become vals, in
    order, vals repeated as needed."""
    if not isinstance(arr, np.ndarray):
        raise TypeError("place() argument 1 must be numpy.ndarray, not %s" % type(arr).__name__)
    mask = np.asarray(mask, dtype=bool)
    if mask.size != arr.size:
        raise ValueError("place: mask and data must be the same size")
    n = int(np.count_nonzero(mask))
    if n == 0:
        return None
    vals = np.asarray(vals)
    if vals.size == 0:
        raise ValueError("Cannot insert from an empty array!")
    arr[mask.reshape(arr.shape)] = _cycled(vals, n, arr.dtype)
    return None


def _check_clipmode(mode):
    """Raises NumPy's error for a mode other than 'raise', 'wrap', 'clip'."""
    if mode not in ("raise", "wrap", "clip"):
        raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got %r)" % (mode,))


def _fix_indices(ind, n, mode):
    """Flat indices in range(n) by mode: 'raise' (negative ones count from
    the end), 'wrap' or 'clip'."""
    _check_clipmode(mode)
    ind = np.asarray(ind).astype(np.int64)
    if mode == "wrap":
        return ind % n if n else ind
    if mode == "clip":
        return np.clip(ind, 0, n - 1)
    bad = (ind < -n) | (ind >= n)
    if np.any(bad):
        raise IndexError("index %d is out of bounds for axis 0 with size %d"
                         % (int(ind[bad].ravel()[0]), n))
    return np.where(ind < 0, ind + n, ind)


def put(a, ind, v, mode="raise"):
    """In place: a.flat[ind] = v, v repeated as needed; mode 'raise',
    'wrap' or 'clip' for indices out of range."""
    if not isinstance(a, np.ndarray):
        raise TypeError("argument 1 must be numpy.ndarray, not %s" % type(a))
    ind = _fix_indices(ind, a.size, mode).ravel()
    v = np.asarray(v)
    if ind.size == 0 or v.size == 0:
        return None
    a[np.unravel_index(ind, a.shape)] = _cycled(v, ind.size, a.dtype)
    return None


def putmask(a, mask, values):
    """In place: a[i] = values[i % len(values)] (in flat order) where
    mask is true."""
    if not isinstance(a, np.ndarray):
        raise TypeError("putmask: first argument must be an array")
    mask = np.asarray(mask, dtype=bool)
    if mask.shape != a.shape:
        raise ValueError("putmask: mask and data must be the same size")
    values = np.asarray(values)
    if values.size == 0:
        return None
    a[mask] = _cycled(values, a.size, a.dtype).reshape(a.shape)[mask]
    return None


def choose(a, choices, out=None, mode="raise"):
    """An array taking each element from the choice a's element names (all
    broadcast together)."""
    _check_clipmode(mode)
    a = np.asarray(a)
    if len(choices) == 0:
        raise ValueError("0-length sequence.")
    if a.dtype.kind not in "iub":
        raise TypeError("Cannot cast array data from %r to dtype('int64') according to the "
                        "rule 'safe'" % a.dtype)
    choices = [c if type(c) in (int, float, bool) else np.asarray(c) for c in choices]
    dt = np.result_type(*choices)
    arrays = np.broadcast_arrays(a, *[np.asarray(c) for c in choices])
    n = len(choices)
    index = a.astype(np.int64)
    if mode == "raise":
        if np.any((index < 0) | (index >= n)):
            raise ValueError("invalid entry in choice array")
    elif mode == "wrap":
        index = index % n
    else:
        index = np.clip(index, 0, n - 1)
    stacked = np.stack([c.astype(dt) for c in arrays[1:]])
    index = np.broadcast_to(index, arrays[0].shape)
    result = np.take_along_axis(stacked, index[None], 0)[0]
    if out is not None:
        out[...] = result
        return out
    return _ufunc_result(result)


def compress(condition, a, axis=None, out=None):
    """The slices of a along axis (of the flattened a when None) where
    the 1-d condition is true."""
    condition = np.asarray(condition)
    if condition.ndim != 1:
        raise ValueError("condition must be a 1-d array")
    a = np.asarray(a)
    if axis is None:
        a = a.ravel()
        axis = 0
    axis = _normalize_axis_index(axis, a.ndim)
    picked = np.nonzero(condition)[0]
    if picked.size and picked[-1] >= a.shape[axis]:
        raise IndexError("index %d is out of bounds for axis %d with size %d"
                         % (int(picked[-1]), axis, a.shape[axis]))
    result = np.take(a, picked, axis=axis)
    if out is not None:
        out[...] = result
        return out
    return result


def _compress_method(a, condition, axis=None, out=None):
    """ndarray.compress: compress with the array first."""
    return compress(condition, a, axis, out)


def resize(a, new_shape):
    """An array of new_shape filled with a's elements (flattened),
    repeated as needed; zeros when a is empty."""
    if isinstance(new_shape, (int, np.integer)):
        new_shape = (new_shape,)
    a = np.ravel(a)
    new_size = 1
    for dim in new_shape:
        new_size *= dim
        if dim < 0:
            raise ValueError("all elements of `new_shape` must be non-negative")
    if a.size == 0 or new_size == 0:
        return np.zeros_like(a, shape=new_shape)
    return _cycled(a, new_size, a.dtype).reshape(new_shape)


def trim_zeros(filt, trim="fb", axis=None):
    """filt without its leading ('f') and trailing ('b') zeros, along axis
    (every axis when None); a slice of filt."""
    mode = trim.lower() if isinstance(trim, str) else trim
    if mode not in ("f", "b", "fb", "bf"):
        raise ValueError("unexpected character(s) in `trim`: %r" % (trim,))
    arr = np.asanyarray(filt)
    nz = np.nonzero(arr)
    axes = tuple(_py_range(arr.ndim)) if axis is None else _normalize_axis_tuple(axis, arr.ndim)
    index = [slice(None)] * arr.ndim
    for ax in axes:
        if nz[ax].size == 0:
            start, stop = 0, 0
        else:
            start = int(nz[ax].min()) if "f" in mode else 0
            stop = int(nz[ax].max()) + 1 if "b" in mode else arr.shape[ax]
        index[ax] = slice(start, stop)
    if arr.ndim == 1:
        return filt[index[0]]
    return arr[tuple(index)]


def setxor1d(ar1, ar2, assume_unique=False):
    """The sorted values in exactly one of ar1 and ar2."""
    if not assume_unique:
        ar1 = np.unique(ar1)
        ar2 = np.unique(ar2)
    aux = np.concatenate((np.ravel(ar1), np.ravel(ar2)))
    if aux.size == 0:
        return aux
    aux = np.sort(aux)
    flag = np.concatenate(([True], aux[1:] != aux[:-1], [True]))
    return aux[flag[1:] & flag[:-1]]


def in1d(ar1, ar2, assume_unique=False, invert=False, *, kind=None):
    """isin, flattened (deprecated in NumPy 2)."""
    import warnings
    warnings.warn("`in1d` is deprecated. Use `np.isin` instead.", DeprecationWarning,
                  stacklevel=2)
    return np.isin(np.ravel(ar1), ar2, invert=invert).ravel()


# ---- np.block: nested lists of arrays joined along their depth's axis

def _block_depth(arrays, index):
    """The depth of the nested lists (all leaves at one depth, lists not
    empty, no tuples) and the largest leaf ndim."""
    if isinstance(arrays, tuple):
        raise TypeError("%s is a tuple. Only lists can be used to arrange blocks, and np.block "
                        "does not allow implicit conversion from tuple to ndarray." % index)
    if not isinstance(arrays, list):
        return 0, np.ndim(arrays)
    if not arrays:
        raise ValueError("List at %s cannot be empty" % index)
    first = None
    ndim = 0
    for k, item in enumerate(arrays):
        depth, nd = _block_depth(item, "%s[%d]" % (index, k))
        if first is None:
            first = depth
        elif depth != first:
            raise ValueError("List depths are mismatched. First element was at depth %d, but "
                             "there is an element at depth %d (%s)"
                             % (first + 1, depth + 1, _block_deepest(item, "%s[%d]" % (index, k))))
        ndim = max(ndim, nd)
    return first + 1, ndim


def _block_deepest(item, index):
    """The index of item's first leaf (what NumPy names in the depth
    error)."""
    while isinstance(item, list):
        item = item[0]
        index += "[0]"
    return index


def _block_join(arrays, depth, ndim):
    if depth == 0:
        a = np.asanyarray(arrays)
        return a.reshape((1,) * (ndim - a.ndim) + a.shape)
    parts = [_block_join(item, depth - 1, ndim) for item in arrays]
    return np.concatenate(parts, axis=-depth)


def block(arrays):
    """An array assembled from nested lists of blocks: the innermost
    lists join along the last axis, the next ones along the one before."""
    depth, ndim = _block_depth(arrays, "arrays")
    return _block_join(arrays, depth, max(depth, ndim))


# ---- bits

def _bitorder_weights(bitorder):
    if bitorder not in ("big", "little"):
        raise ValueError("'order' must be either 'little' or 'big'")
    w = 1 << np.arange(8, dtype=np.uint8)
    return w[::-1] if bitorder == "big" else w


def packbits(a, axis=None, bitorder="big"):
    """Each run of 8 elements along axis (nonzero = 1) packed into a
    uint8, zeros padding the last run."""
    a = np.asarray(a)
    if a.dtype.kind not in "biu":
        raise TypeError("Expected an input array of integer or boolean data type")
    weights = _bitorder_weights(bitorder)
    if axis is None or a.ndim == 0:
        a = a.ravel()
        axis = 0
    axis = _normalize_axis_index(axis, a.ndim)
    bits = np.moveaxis(a != 0, axis, -1)
    n = bits.shape[-1]
    pad = -n % 8
    if pad:
        bits = np.concatenate((bits, np.zeros(bits.shape[:-1] + (pad,), dtype=bool)), axis=-1)
    groups = bits.reshape(bits.shape[:-1] + ((n + pad) // 8, 8)).astype(np.uint8)
    packed = (groups * weights).sum(axis=-1, dtype=np.uint8)
    return np.moveaxis(packed, -1, axis)


def unpackbits(a, axis=None, count=None, bitorder="big"):
    """Each uint8 along axis unpacked into 8 elements of 0 or 1; count
    keeps that many bits (from the end when negative, zeros past the
    data)."""
    a = np.asarray(a)
    if a.dtype != np.uint8:
        raise TypeError("Expected an input array of unsigned byte data type")
    weights = _bitorder_weights(bitorder)
    if axis is None or a.ndim == 0:
        a = a.ravel()
        axis = 0
    axis = _normalize_axis_index(axis, a.ndim)
    moved = np.moveaxis(a, axis, -1)
    bits = ((moved[..., None] & weights) != 0).astype(np.uint8)
    bits = bits.reshape(moved.shape[:-1] + (moved.shape[-1] * 8,))
    if count is not None:
        n = bits.shape[-1]
        keep = count if count >= 0 else n + count
        if keep < 0:
            raise ValueError("-count larger than number of elements")
        if keep <= n:
            bits = bits[..., :keep]
        else:
            bits = np.concatenate((bits, np.zeros(bits.shape[:-1] + (keep - n,), np.uint8)), -1)
    return np.moveaxis(bits, -1, axis)


# ---- windows and special functions

def ediff1d(ary, to_end=None, to_begin=None):
    """The differences of consecutive elements of the flattened ary, with
    to_begin and to_end (cast to ary's dtype) around them."""
    ary = np.asanyarray(ary).ravel()
    dtype = ary.dtype

    def extra(values, name):
        if values is None:
            return np.empty(0, dtype)
        values = np.asanyarray(values)
        if not can_cast(values, dtype, casting="same_kind"):
            raise TypeError("dtype of `%s` must be compatible with input `ary` under the "
                            "`same_kind` rule." % name)
        return values.ravel().astype(dtype)

    diff = ary[1:] - ary[:-1]
    return np.concatenate((extra(to_begin, "to_begin"), diff, extra(to_end, "to_end")))


_SAME_WIDTH_INT = {2: np.int16, 4: np.int32, 8: np.int64}


def _nextafter_dtype(x1, x2):
    """The float type nextafter computes in: the promoted type of its
    arguments (Python numbers weak), integers as the ufunc's loops take
    them (int8 to float16, int16 to float32, wider to float64)."""
    dt = np.result_type(x1, x2)
    if dt.kind != "f":
        dt = np.sqrt(np.zeros(0, dt)).dtype
    return dt


def nextafter(x1, x2, out=None):
    """The next representable float after x1 towards x2, element-wise."""
    dt = _nextafter_dtype(x1, x2)
    a, b = np.broadcast_arrays(np.asarray(x1, dtype=dt), np.asarray(x2, dtype=dt))
    a = np.array(a)
    b = np.array(b)
    ints = _SAME_WIDTH_INT[dt.itemsize]
    # The bits as an integer grow with the magnitude, for either sign.
    away = ((a > 0) & (b > a)) | ((a < 0) & (b < a))
    step = np.where(away, 1, -1).astype(ints)
    moved = (a.view(ints) + step).view(dt)
    tiny = np.ones(1, ints).view(dt)[0]
    r = np.where(a == 0, np.copysign(tiny, b - a), moved)
    r = np.where(a == b, b, r)
    r = np.where(np.isnan(a) | np.isnan(b), np.nan, r).astype(dt)
    if out is not None:
        out[...] = r
        return out
    return _ufunc_result(r)


def spacing(x, out=None):
    """The distance from x to the next float away from zero (negative for
    negative x), element-wise."""
    x = _float_input(x)
    with np.errstate(all="ignore"):
        r = nextafter(x, np.where(x < 0, -np.inf, np.inf).astype(x.dtype)) - x
    r = np.where(np.isinf(x), np.nan, r).astype(x.dtype)
    if out is not None:
        out[...] = r
        return out
    return _ufunc_result(r)


def _cumulative(op, x, axis, dtype, out, include_initial, initial):
    x = np.asarray(x)
    if axis is None:
        if x.ndim > 1:
            raise ValueError("For arrays which have more than one dimension ``axis`` "
                             "argument is required.")
        axis = 0
    r = op(x, axis=axis, dtype=dtype)
    if include_initial:
        axis = _normalize_axis_index(axis, r.ndim)
        shape = list(r.shape)
        shape[axis] = 1
        r = np.concatenate((np.full(shape, initial, dtype=r.dtype), r), axis=axis)
    if out is not None:
        out[...] = r
        return out
    return r


def cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    return _cumulative(np.cumsum, x, axis, dtype, out, include_initial, 0)


def cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    return _cumulative(np.cumprod, x, axis, dtype, out, include_initial, 1)


def diagflat(v, k=0):
    """A 2-D array with the flattened v on its k-th diagonal."""
    return np.diag(np.asarray(v).ravel(), k)


def iterable(y):
    """Whether iter(y) works."""
    try:
        iter(y)
    except TypeError:
        return False
    return True


def asarray_chkfinite(a, dtype=None, order=None):
    a = np.asarray(a, dtype=dtype, order=order)
    if a.dtype.kind in "fc" and not np.isfinite(a).all():
        raise ValueError("array must not contain infs or NaNs")
    return a


def astype(x, dtype, /, *, copy=True, device=None):
    if not isinstance(x, np.ndarray):
        raise TypeError("Input should be a NumPy array. It is a %s instead." % type(x))
    return x.astype(dtype, copy=copy)


def polyder(p, m=1):
    """The m-th derivative of the polynomial with coefficients p."""
    m = int(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    p = np.asarray(p)
    for _ in _py_range(m):
        n = len(p) - 1
        p = p[:-1] * np.arange(n, 0, -1)
    return p


def polyint(p, m=1, k=None):
    """The m-th antiderivative of the polynomial p, with the integration
    constants k (zeros by default)."""
    m = int(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    if k is None:
        k = np.zeros(m, float)
    k = np.atleast_1d(k)
    if len(k) == 1 and m > 1:
        k = k[0] * np.ones(m, float)
    if len(k) < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    p = np.asarray(p)
    for i in _py_range(m):
        p = np.concatenate((p / np.arange(len(p), 0, -1), [k[i]]))
    return p


def _float_input(x):
    """x as an array of a float dtype (integers and bools to float64)."""
    x = np.asanyarray(x)
    return x if x.dtype.kind == "f" else x.astype(np.float64)


def sinc(x):
    """sin(pi x) / (pi x), 1 at 0."""
    x = _float_input(x)
    y = np.pi * np.where(x == 0, 1.0e-20, x).astype(x.dtype)
    return _ufunc_result(np.sin(y) / y)


def i0(x):
    """The modified Bessel function of the first kind, order 0, by its
    power series (terms added until they no longer change the sum)."""
    x = _float_input(x)
    dt = x.dtype
    q = (x.astype(np.float64) / 2.0) ** 2
    total = np.ones(x.shape)
    term = np.ones(x.shape)
    k = 0
    while True:
        k += 1
        term = term * q / (k * k)
        before = total
        total = total + term
        if not np.any(total != before) or k > 2000:
            break
    return np.asarray(total.astype(dt))


def blackman(M):
    """The Blackman window of M points."""
    return np._window(M, lambda n: 0.42 + 0.5 * np.cos(np.pi * n / (M - 1))
                      + 0.08 * np.cos(2.0 * np.pi * n / (M - 1)))


def bartlett(M):
    """The Bartlett (triangular) window of M points."""
    return np._window(M, lambda n: np.where(n <= 0, 1 + n / (M - 1), 1 - n / (M - 1)))


def kaiser(M, beta):
    """The Kaiser window of M points and shape beta."""
    if M == 1:
        return np.ones(1, dtype=np.float64)
    n = np.arange(0, M)
    alpha = (M - 1) / 2.0
    return i0(beta * np.sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / i0(float(beta))


# ---- float decomposition

def _float_of(x):
    """x as an array of the float dtype a float-only ufunc computes in
    (integers and bools to the smallest float holding them)."""
    x = np.asanyarray(x)
    if x.dtype.kind == "f":
        return x
    return x.astype(np.promote_types(x.dtype, np.float16))


def _exp2(k):
    """2.0 ** k exactly, for int64 k in [-1022, 1023]."""
    k = np.asarray(k)
    return ((k.reshape(-1) + 1023) << 52).view(np.float64).reshape(k.shape)


def frexp(x):
    """(mantissa, exponent): x = mantissa * 2**exponent, 0.5 <= |mantissa|
    < 1 (0, inf and nan: themselves and 0)."""
    x = _float_of(x)
    d = np.asarray(x, dtype=np.float64).reshape(-1)
    tiny = (d != 0) & (np.abs(d) < 2.2250738585072014e-308)
    scaled = d * np.where(tiny, 18014398509481984.0, 1.0)
    biased = (scaled.view(np.int64) >> 52) & 0x7FF
    special = (scaled == 0) | ~np.isfinite(scaled)
    exp = np.where(special, 0, biased - 1022 - np.where(tiny, 54, 0))
    mant_bits = (scaled.view(np.int64) & ~(0x7FF << 52)) | (1022 << 52)
    mant = np.where(special, d, mant_bits.view(np.float64)).reshape(x.shape)
    exp = exp.reshape(x.shape)
    return _ufunc_result(mant.astype(x.dtype)), _ufunc_result(exp.astype(np.int32))


def ldexp(x1, x2):
    """x1 * 2**x2, rounded once."""
    x2 = np.asanyarray(x2)
    if x2.dtype.kind not in "biu" or x2.dtype == np.uint64:
        raise TypeError("ufunc 'ldexp' not supported for the input types, and the inputs could "
                        "not be safely coerced to any supported types according to the casting "
                        "rule ''safe''")
    x1 = _float_of(x1)
    mant, e1 = frexp(np.asarray(x1, dtype=np.float64))
    total = np.clip(np.asarray(e1, dtype=np.int64) + x2.astype(np.int64), -1200, 1200)
    half = total // 2
    result = np.asarray(mant) * _exp2(total - half) * _exp2(half)
    return _ufunc_result(result.astype(x1.dtype))


def modf(x):
    """(fractional part, integral part), both with x's sign."""
    x = _float_of(x)
    whole = np.trunc(x)
    finite = np.where(np.isinf(x), 0.0, x).astype(x.dtype)
    frac = finite - np.trunc(finite)
    return _ufunc_result(np.copysign(frac, x).astype(x.dtype)), _ufunc_result(whole)


frexp = np.ufunc("frexp", frexp, nin=1, nout=2)
ldexp = np.ufunc("ldexp", ldexp)
modf = np.ufunc("modf", modf, nin=1, nout=2)


# ---- histograms of several variables

def _histdd_edges(sample, bins, value_range):
    """The bin edges of each of the sample's columns."""
    n, D = sample.shape
    try:
        if len(bins) != D:
            raise ValueError("The dimension of bins must be equal to the dimension of the "
                             "sample x.")
    except TypeError:
        bins = D * [bins]
    if value_range is None:
        value_range = (None,) * D
    elif len(value_range) != D:
        raise ValueError("range argument must have one entry per dimension")
    edges = []
    for i in _py_range(D):
        b = np.asarray(bins[i]) if not isinstance(bins[i], (int, float)) else bins[i]
        if np.ndim(b) == 0:
            if isinstance(b, float) or (isinstance(b, np.ndarray) and b.dtype.kind == "f"):
                raise TypeError("`bins[%d]` must be an integer, when a scalar" % i)
            b = int(b)
            if b < 1:
                raise ValueError("`bins[%d]` must be positive, when an integer" % i)
            lo, hi = _histdd_range(sample[:, i], value_range[i])
            edges.append(np.linspace(lo, hi, b + 1))
        elif b.ndim == 1:
            if np.any(b[:-1] > b[1:]):
                raise ValueError("`bins[%d]` must be monotonically increasing, when an array" % i)
            edges.append(b)
        else:
            raise ValueError("`bins[%d]` must be a scalar or 1d array" % i)
    return edges


def _histdd_range(column, given):
    """The (low, high) of one column's bins: given, or the column's
    extremes (widened by 0.5 each way when equal; 0, 1 when empty)."""
    if given is not None:
        lo, hi = given
        if lo > hi:
            raise ValueError("max must be larger than min in range parameter.")
        if not (np.isfinite(lo) and np.isfinite(hi)):
            raise ValueError("supplied range of [%s, %s] is not finite" % (lo, hi))
    elif column.size == 0:
        lo, hi = 0.0, 1.0
    else:
        lo, hi = column.min(), column.max()
        if not (np.isfinite(lo) and np.isfinite(hi)):
            raise ValueError("autodetected range of [%s, %s] is not finite" % (lo, hi))
    if lo == hi:
        lo = lo - 0.5
        hi = hi + 0.5
    return lo, hi


def histogramdd(sample, bins=10, range=None, density=None, weights=None):
    """The counts (or weights, or density) of the sample's points in a
    grid of bins: (hist, [edges of each dimension])."""
    sample = np.asarray(sample)
    if sample.ndim == 1:
        sample = sample[:, None]
    elif sample.ndim != 2:
        sample = np.atleast_2d(sample).T
    n, D = sample.shape
    edges = _histdd_edges(sample, bins, range)
    nbin = [len(e) + 1 for e in edges]
    flat = np.zeros(n, dtype=np.int64)
    for i in _py_range(D):
        idx = np.searchsorted(edges[i], sample[:, i], side="right")
        # The last edge belongs to the last bin.
        idx = np.where(sample[:, i] == edges[i][-1], idx - 1, idx)
        flat = flat * nbin[i] + idx
    total = _prod(nbin)
    if weights is not None:
        hist = np.bincount(flat, weights=np.asarray(weights, dtype=np.float64), minlength=total)
    else:
        hist = np.bincount(flat, minlength=total).astype(np.float64)
    hist = hist.reshape(nbin)[tuple(slice(1, -1) for _ in _py_range(D))]
    if density:
        s = hist.sum()
        for i in _py_range(D):
            shape = [1] * D
            shape[i] = nbin[i] - 2
            hist = hist / np.diff(edges[i]).reshape(shape)
        hist = hist / s
    return hist, edges


def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
    """The 2-d histogram of the points (x, y): (hist, xedges, yedges)."""
    if len(x) != len(y):
        raise ValueError("x and y must have the same length.")
    try:
        N = len(bins)
    except TypeError:
        N = 1
    if N != 1 and N != 2:
        bins = [np.asarray(bins), np.asarray(bins)]
    hist, edges = histogramdd(np.stack([np.asarray(x), np.asarray(y)], axis=-1), bins, range,
                              density, weights)
    return hist, edges[0], edges[1]


# ---- casting rules

def _cast_dtype(value):
    """The dtype can_cast reads from value (a dtype, type, name, array or
    NumPy scalar; not a Python number)."""
    if value is None:
        raise TypeError("did not understand one of the types; 'None' not accepted")
    if isinstance(value, (bool, int, float)):
        raise TypeError("can_cast() does not support Python ints, floats, and complex because "
                        "the result used to depend on the value.\nThis change was part of "
                        "adopting NEP 50, we may explicitly allow them again in the future.")
    if isinstance(value, (np.ndarray, np.generic)):
        return value.dtype
    if isinstance(value, (list, tuple)):
        raise TypeError("did not understand one of the types; 'None' not accepted")
    return np.dtype(value)


def can_cast(from_, to, casting="safe"):
    """Whether from_'s dtype casts to to under the casting rule ('no',
    'equiv', 'safe', 'same_kind' or 'unsafe')."""
    _check_casting(casting)
    return _dtypes_cast(_cast_dtype(from_), _cast_dtype(to), casting)


# ---- raw binary files

def _path_of(file):
    return file.__fspath__() if hasattr(file, "__fspath__") else file


def _tofile(a, fid, sep="", format="%s"):
    """ndarray.tofile: writes a's elements (C order) to fid, a path or a file open for
    binary writing, as raw bytes. No text output (sep)."""
    if sep != "":
        raise NotImplementedError("taipan's numpy: tofile writes binary only (sep='')")
    data = np.ascontiguousarray(a).tobytes()
    fid = _path_of(fid)
    if isinstance(fid, str):
        with open(fid, "wb") as fh:
            fh.write(data)
    else:
        fid.write(data)


def _conj_method(a):
    """ndarray.conj/conjugate of a real array: np.conjugate(a), a copy."""
    return np.conjugate(a)


def _byteswap(a, inplace=False):
    """ndarray.byteswap: every element's bytes reversed, read back in the
    native order (a new array, or written into a with inplace=True)."""
    n = a.itemsize
    out = a
    if n > 1:
        raw = np.frombuffer(a.tobytes(), dtype=np.uint8).reshape(-1, n)[:, ::-1]
        out = np.frombuffer(np.ascontiguousarray(raw).tobytes(), dtype=a.dtype).reshape(a.shape)
    if inplace:
        if out is not a:
            a[...] = out
        return a
    return out.copy()


class broadcast:
    """np.broadcast(*args): the shape its arguments broadcast to (shape,
    ndim/nd, size, numiter), and, iterated, tuples of their elements in C
    order (index counts them; reset() starts again)."""

    def __init__(self, *args):
        arrays = [np.asarray(a) for a in args]
        self.shape = np.broadcast_shapes(*[a.shape for a in arrays])
        self._flat = [np.broadcast_to(a, self.shape).ravel() for a in arrays]
        self.ndim = self.nd = len(self.shape)
        size = 1
        for n in self.shape:
            size *= n
        self.size = size
        self.numiter = len(arrays)
        self.index = 0

    @property
    def iters(self):
        return tuple(iter(f) for f in self._flat)

    def reset(self):
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.size:
            raise StopIteration
        i = self.index
        self.index = i + 1
        return tuple(f[i] for f in self._flat)


_NDITER_FLAGS = ("multi_index", "c_index", "f_index", "buffered", "refs_ok", "zerosize_ok",
                 "common_dtype")


class nditer:
    """np.nditer over one operand or several (broadcast together), element
    by element: each step gives 0-d views of the operands' elements
    (writable with op_flags 'readwrite'/'writeonly'; a None operand is
    allocated). flags multi_index, c_index and f_index give the position;
    order 'C', 'F' or 'K' (memory order, by the first operand's strides).
    Not there: external_loop and the other flags, op_axes, casting to
    op_dtypes (NotImplementedError)."""

    def __init__(self, op, flags=None, op_flags=None, op_dtypes=None, order="K",
                 casting="safe", op_axes=None, itershape=None, buffersize=0):
        flags = list(flags or [])
        for f in flags:
            if f not in _NDITER_FLAGS:
                raise NotImplementedError("taipan's numpy: nditer flag %r is not supported" % f)
        if op_axes is not None or itershape is not None:
            raise NotImplementedError("taipan's numpy: nditer op_axes/itershape are not supported")
        self._single = not isinstance(op, (list, tuple))
        ops = [op] if self._single else list(op)
        if op_flags is None:
            op_flags = [["readonly"] if o is not None else ["writeonly", "allocate"] for o in ops]
        elif op_flags and isinstance(op_flags[0], str):
            op_flags = [list(op_flags)] * len(ops)
        given = [np.asarray(o) for o in ops if o is not None]
        if op_dtypes is not None:
            dts = op_dtypes if isinstance(op_dtypes, (list, tuple)) else [op_dtypes] * len(ops)
            for o, d in zip(ops, dts):
                if o is not None and d is not None and np.dtype(d) != np.asarray(o).dtype:
                    raise NotImplementedError("taipan's numpy: nditer op_dtypes casts are not "
                                              "supported")
        shape = np.broadcast_shapes(*[g.shape for g in given]) if given else ()
        common = np.result_type(*given) if given else np.dtype(float)
        arrays = []
        for i, o in enumerate(ops):
            if o is None:
                dt = op_dtypes[i] if isinstance(op_dtypes, (list, tuple)) else op_dtypes
                arrays.append(np.empty(shape, dtype=common if dt is None else dt))
            else:
                arrays.append(np.asarray(o))
        self.operands = tuple(arrays)
        self._writable = [any(f in ("readwrite", "writeonly") for f in fl) for fl in op_flags]
        self._views = [np.broadcast_to(a, shape) if w is False else a
                       for a, w in zip(arrays, self._writable)]
        for a, w in zip(self._views, self._writable):
            if w and a.shape != shape:
                raise ValueError("non-broadcastable output operand with shape %s doesn't match "
                                 "the broadcast shape %s" % (a.shape, shape))
        self._shape = shape
        self._flags = flags
        self._axes = self._axis_order(order, arrays[0] if arrays else None)
        size = 1
        for n in shape:
            size *= n
        self.itersize = size
        self._pos = 0
        self._started = False
        self._index = self._index_at(0) if size else None

    def _axis_order(self, order, first):
        nd = len(self._shape)
        if order == "F":
            return list(_py_range(nd))[::-1]
        if order in ("K", "A") and first is not None and first.ndim == nd and nd > 1:
            strides = [abs(s) if n > 1 else 0 for s, n in zip(first.strides, first.shape)]
            if all(s != 0 for s in strides):
                return sorted(_py_range(nd), key=lambda k: -strides[k])
        return list(_py_range(nd))

    def _index_at(self, pos):
        idx = [0] * len(self._shape)
        for k in reversed(self._axes):
            n = self._shape[k]
            idx[k] = pos % n
            pos //= n
        return tuple(idx)

    def _view(self, i):
        a = self._views[i]
        key = tuple(slice(j, j + 1) for j in self._index)
        v = a[key].reshape(())
        if not self._writable[i]:
            v.setflags(write=False)
        return v

    @property
    def finished(self):
        return self._pos >= self.itersize

    @property
    def value(self):
        views = tuple(self._view(i) for i in _py_range(len(self._views)))
        return views[0] if self._single else views

    def __getitem__(self, i):
        return self._view(i)

    def iternext(self):
        self._pos += 1
        if self._pos < self.itersize:
            self._index = self._index_at(self._pos)
            return True
        return False

    def __iter__(self):
        return self

    def __next__(self):
        if self._started:
            self.iternext()
        self._started = True
        if self.finished:
            raise StopIteration
        return self.value

    def _needs(self, flag):
        if flag not in self._flags:
            raise ValueError("Iterator does not have a %s" % flag.replace("_", " ").replace(
                "multi index", "multi-index"))

    @property
    def multi_index(self):
        self._needs("multi_index")
        return self._index

    @property
    def index(self):
        if "c_index" in self._flags:
            order = _py_range(len(self._shape))
        elif "f_index" in self._flags:
            order = _py_range(len(self._shape) - 1, -1, -1)
        else:
            raise ValueError("Iterator does not have an index")
        flat = 0
        for k in order:
            flat = flat * self._shape[k] + self._index[k]
        return flat

    @property
    def iterindex(self):
        return self._pos

    @property
    def ndim(self):
        return len(self._shape) if "multi_index" in self._flags else min(1, len(self._shape))

    @property
    def shape(self):
        if "multi_index" in self._flags or len(self._shape) <= 1:
            return self._shape
        return (self.itersize,)

    def reset(self):
        self._pos = 0
        self._started = False
        self._index = self._index_at(0) if self.itersize else None

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_MEMMAP_MODES = {"readonly": "r", "copyonwrite": "c", "readwrite": "r+", "write": "w+"}


def memmap(filename, dtype=np.uint8, mode="r+", offset=0, shape=None, order="C"):
    """np.memmap for reading a raw binary file (token streams, feature
    dumps): its bytes as an array held in memory. Mode 'r' gives a
    read-only array, as NumPy's; 'c' (copy-on-write) a writable one whose
    writes stay in memory, as NumPy's do. The modes that write to the file
    ('r+', the default, and 'w+') raise NotImplementedError: taipan maps no
    files, so writes could not reach it."""
    mode = _MEMMAP_MODES.get(mode, mode)
    if mode not in ("r", "c", "r+", "w+"):
        raise ValueError("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', "
                         "'readwrite', 'write'] (got %r)" % (mode,))
    if mode in ("r+", "w+"):
        raise NotImplementedError(
            "taipan's numpy: memmap cannot write to its file (mode %r); open it with "
            "mode='r' or mode='c', or write with ndarray.tofile" % (mode,))
    dt = np.dtype(dtype)
    path = _path_of(filename)
    if not isinstance(path, str):
        path = path.name
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        flen = fh.tell()
    if shape is None:
        nbytes = flen - offset
        if nbytes % dt.itemsize:
            raise ValueError("Size of available data is not a multiple of the data-type size.")
        shape = (nbytes // dt.itemsize,)
    elif not isinstance(shape, tuple):
        shape = (_operator_index(shape),) if not isinstance(shape, list) else tuple(shape)
    count = 1
    for n in shape:
        count *= n
    if offset + count * dt.itemsize > flen:
        raise ValueError("mmap length is greater than file size")
    a = fromfile(path, dtype=dt, count=count, offset=offset).reshape(shape, order=order)
    if mode == "r":
        a.setflags(write=False)
    return a


def fromfile(file, dtype=float, count=-1, sep="", offset=0, *, like=None):
    """An array of dtype read from the raw bytes of file (a path or a
    file open for binary reading, read from where it stands): count
    elements (all when -1) after offset bytes. No text input (sep)."""
    if sep != "":
        raise NotImplementedError("taipan's numpy: fromfile reads binary only (sep='')")
    dt = np.dtype(dtype)
    file = _path_of(file)
    if isinstance(file, str):
        with open(file, "rb") as fh:
            data = fh.read()
    elif count < 0:
        data = file.read()
    else:
        data = file.read(offset + count * dt.itemsize)
    available = (len(data) - offset) // dt.itemsize
    if available < 0:
        raise ValueError("negative dimensions are not allowed")
    n = available if count < 0 or count > available else count
    if n == 0:
        return np.empty(0, dtype=dt)
    data = data[offset:offset + n * dt.itemsize]
    out = np.frombuffer(data, dtype=np.uint8 if dt.kind == "b" else dt).copy()
    return out != 0 if dt.kind == "b" else out


# ---- .npz archives: one .npy member per array in a ZIP file, written
# and read with zipfile; np.load (native) hands archives to _npz_load.

_NPY_MAGIC = b"\x93NUMPY"


def _savez(file, args, kwds, compress):
    import zipfile
    if not hasattr(file, "write"):
        file = _fspath(file)
        if not file.endswith(".npz"):
            file = file + ".npz"
    names = kwds
    for i, val in enumerate(args):
        key = "arr_%d" % i
        if key in names:
            raise ValueError("Cannot use un-named variables and keyword %s" % key)
        names[key] = val
    compression = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zipf = zipfile.ZipFile(file, mode="w", compression=compression, allowZip64=True)
    try:
        for key, val in names.items():
            val = np.asanyarray(val)
            with zipf.open(key + ".npy", "w", force_zip64=True) as fid:
                np.save(fid, val)
    finally:
        zipf.close()


def savez(file, *args, allow_pickle=True, **kwds):
    """Several arrays in one uncompressed .npz archive (positional ones
    named arr_0, arr_1 ...)."""
    _savez(file, args, kwds, False)


def savez_compressed(file, *args, allow_pickle=True, **kwds):
    """Several arrays in one deflated .npz archive."""
    _savez(file, args, kwds, True)


def _fspath(file):
    import os
    return os.fspath(file)


class BagObj:
    """npz.f: the archive's arrays as attributes."""

    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, key):
        try:
            return self._obj[key]
        except KeyError:
            raise AttributeError(key) from None

    def __dir__(self):
        return list(self._obj.keys())


class NpzFile(_Mapping):
    """The arrays of an .npz archive, read lazily by name; a mapping and a
    context manager (close() closes the archive, and the file when
    np.load opened it)."""

    zip = None
    fid = None
    _MAX_REPR_ARRAY_COUNT = 5

    def __init__(self, fid, own_fid=False, allow_pickle=False, pickle_kwargs=None, *,
                 max_header_size=10000):
        import zipfile
        if not hasattr(fid, "read"):
            fid = _fspath(fid)
        archive = zipfile.ZipFile(fid, allowZip64=True)
        members = archive.namelist()
        self.files = [name.removesuffix(".npy") for name in members]
        self._files = dict(zip(self.files, members))
        self._files.update(zip(members, members))
        self.allow_pickle = allow_pickle
        self.max_header_size = max_header_size
        self.pickle_kwargs = pickle_kwargs
        self.zip = archive
        self.f = BagObj(self)
        if own_fid:
            self.fid = fid

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        """Closes the archive (and the file, if np.load opened it)."""
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self.fid is not None:
            self.fid.close()
            self.fid = None
        self.f = None

    def __iter__(self):
        return iter(self.files)

    def __len__(self):
        return len(self.files)

    def __getitem__(self, key):
        try:
            key = self._files[key]
        except KeyError:
            raise KeyError("%s is not a file in the archive" % (key,)) from None
        with self.zip.open(key) as member:
            magic = member.read(len(_NPY_MAGIC))
            member.seek(0)
            if magic != _NPY_MAGIC:
                return member.read()
            return np.load(member, allow_pickle=self.allow_pickle,
                           max_header_size=self.max_header_size)

    def __contains__(self, key):
        return key in self._files

    def __repr__(self):
        if isinstance(self.fid, str):
            filename = self.fid
        else:
            filename = getattr(self.fid, "name", "object")
        names = ", ".join(self.files[:self._MAX_REPR_ARRAY_COUNT])
        if len(self.files) > self._MAX_REPR_ARRAY_COUNT:
            names += "..."
        return "NpzFile %r with keys: %s" % (filename, names)


def _npz_load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding="ASCII", *,
              max_header_size=10000):
    """np.load of an .npz archive (the core has checked its magic)."""
    if hasattr(file, "read"):
        return NpzFile(file, False, allow_pickle, max_header_size=max_header_size)
    fid = open(_fspath(file), "rb")
    try:
        return NpzFile(fid, True, allow_pickle, max_header_size=max_header_size)
    except BaseException:
        fid.close()
        raise


# ---- logaddexp2, require, min_scalar_type

_LOG2E = 1.4426950408889634


def logaddexp2(x1, x2, out=None):
    """log2(2**x1 + 2**x2) element-wise, as NumPy's npy_logaddexp2 steps:
    the larger plus log2(1 + 2**-|x1 - x2|) (float16 computed in float32)."""
    dt = _nextafter_dtype(x1, x2)
    work = np.float32 if dt == np.float16 else dt
    a, b = np.broadcast_arrays(np.asarray(x1, dtype=work), np.asarray(x2, dtype=work))
    log2e = np.asarray(_LOG2E, dtype=work)
    with np.errstate(all="ignore"):
        d = a - b
        r = np.where(d > 0, a + log2e * np.log1p(np.exp2(-d)),
                     np.where(d <= 0, b + log2e * np.log1p(np.exp2(d)), d))
        r = np.where(a == b, a + 1, r).astype(dt)
    if np.isnan(d).any():
        # NumPy's `tmp > 0` on a NaN is a signalling comparison.
        _fp_invalid("logaddexp2")
    if out is not None:
        out[...] = r
        return out
    return _ufunc_result(r)


def _fp_invalid(name):
    """Reports an invalid operation in the function name as np.errstate
    says (NumPy's RuntimeWarning text, or FloatingPointError)."""
    mode = np.geterr()["invalid"]
    msg = "invalid value encountered in " + name
    if mode == "raise":
        raise FloatingPointError(msg)
    if mode != "ignore":
        import warnings
        warnings.warn(msg, RuntimeWarning, stacklevel=3)


_REQUIRE_FLAGS = {"C": "C", "C_CONTIGUOUS": "C", "CONTIGUOUS": "C", "F": "F",
                  "F_CONTIGUOUS": "F", "FORTRAN": "F", "A": "A", "ALIGNED": "A",
                  "W": "W", "WRITEABLE": "W", "O": "O", "OWNDATA": "O", "E": "E",
                  "ENSUREARRAY": "E"}


def require(a, dtype=None, requirements=None, *, like=None):
    """a as an array of dtype meeting the flag requirements (copied if
    it does not already)."""
    if not requirements:
        return np.asanyarray(a, dtype=dtype)
    wanted = set(_REQUIRE_FLAGS[r.upper()] for r in requirements)
    wanted.discard("E")
    if "C" in wanted and "F" in wanted:
        raise ValueError('Cannot specify both "C" and "F" order')
    order = "A"
    for o in ("C", "F"):
        if o in wanted:
            order = o
            wanted.remove(o)
    arr = np.array(a, dtype=dtype, order=order, copy=None)
    for flag in wanted:
        if not arr.flags[flag]:
            return arr.copy(order)
    return arr


def min_scalar_type(a, /):
    """The smallest dtype holding the scalar a's value (an array's own
    dtype when it has dimensions); floats may lose precision, not range."""
    arr = np.asarray(a)
    dt = arr.dtype
    if arr.ndim or dt.kind == "b" or dt == np.float16:
        return dt
    v = arr.item()
    if dt.kind in "iu":
        kinds = (np.uint8, np.uint16, np.uint32, np.uint64) if v >= 0 else \
            (np.int8, np.int16, np.int32, np.int64)
        for t in kinds:
            info = np.iinfo(t)
            if info.min <= v <= info.max:
                return np.dtype(t)
        return dt
    if -65000 < v < 65000 or not (v - v == 0):
        return np.dtype(np.float16)
    if dt == np.float64 and -3.4e38 < v < 3.4e38:
        return np.dtype(np.float32)
    return dt


# ---- numpy.linalg's matrix_power and multi_dot (numpy.linalg's
# __getattr__ hands them out)

def _linalg_error(msg):
    return np.linalg.LinAlgError(msg)


def _check_square(a):
    if a.ndim < 2:
        raise _linalg_error("%d-dimensional array given. Array must be at least "
                            "two-dimensional" % a.ndim)
    if a.shape[-1] != a.shape[-2]:
        raise _linalg_error("Last 2 dimensions of the array must be square")


def matrix_power(a, n):
    """a (a square matrix, or a stack of them) raised to the integer n,
    by repeated squaring (n < 0: of the inverse)."""
    a = np.asanyarray(a)
    _check_square(a)
    try:
        n = _operator_index(n)
    except TypeError:
        raise TypeError("exponent must be an integer") from None
    if n == 0:
        r = np.empty_like(a)
        r[...] = np.eye(a.shape[-2], dtype=a.dtype)
        return r
    if n < 0:
        a = np.linalg.inv(a)
        n = -n
    if n <= 3:
        r = a
        for _ in _py_range(n - 1):
            r = np.matmul(r, a)
        return r
    power = result = None
    while n > 0:
        power = a if power is None else np.matmul(power, power)
        n, bit = divmod(n, 2)
        if bit:
            result = power if result is None else np.matmul(result, power)
    return result


def _chain_order(arrays):
    """The split points of the cheapest bracketing of a matrix chain (by
    scalar multiplications; ties keep the first split)."""
    n = len(arrays)
    dims = [a.shape[0] for a in arrays] + [arrays[-1].shape[1]]
    cost = [[0] * n for _ in _py_range(n)]
    split = [[0] * n for _ in _py_range(n)]
    for length in _py_range(1, n):
        for i in _py_range(n - length):
            j = i + length
            cost[i][j] = float("inf")
            for k in _py_range(i, j):
                q = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if q < cost[i][j]:
                    cost[i][j] = q
                    split[i][j] = k
    return split


def _chain_product(arrays, split, i, j, out=None):
    if i == j:
        return arrays[i]
    k = split[i][j]
    return np.dot(_chain_product(arrays, split, i, k),
                  _chain_product(arrays, split, k + 1, j), out=out)


def multi_dot(arrays, *, out=None):
    """The product of two or more matrices (the first and last may be
    vectors), bracketed to take the fewest multiplications."""
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    if n == 2:
        return np.dot(arrays[0], arrays[1], out=out)
    arrays = [np.asanyarray(a) for a in arrays]
    first, last = arrays[0].ndim, arrays[-1].ndim
    if first == 1:
        arrays[0] = np.atleast_2d(arrays[0])
    if last == 1:
        arrays[-1] = np.atleast_2d(arrays[-1]).T
    for a in arrays:
        if a.ndim != 2:
            raise _linalg_error("%d-dimensional array given. Array must be "
                                "two-dimensional" % a.ndim)
    if n == 3:
        a, b, c = arrays
        left = a.shape[0] * c.shape[0] * (a.shape[1] + c.shape[1])
        right = a.shape[1] * c.shape[1] * (a.shape[0] + c.shape[0])
        if left < right:
            result = np.dot(np.dot(a, b), c, out=out)
        else:
            result = np.dot(a, np.dot(b, c), out=out)
    else:
        result = _chain_product(arrays, _chain_order(arrays), 0, n - 1, out=out)
    if first == 1 and last == 1:
        return result[0, 0]
    if first == 1 or last == 1:
        return result.ravel()
    return result


# ---- text parsing: fromstring(sep=...) and genfromtxt

def _text_converter(dt):
    """The function turning one field's text into a value of dt (raises
    ValueError for text that is not one)."""
    kind = dt.kind
    if kind == "f":
        def conv(text):
            if "_" in text:
                raise ValueError(text)
            return float(text)
        return conv
    if kind == "b":
        return lambda text: int(text) != 0
    if kind in "iu":
        info = np.iinfo(dt)

        def conv_int(text):
            v = int(text)
            if "_" in text or not info.min <= v <= info.max:
                raise ValueError(text)
            return v
        return conv_int
    raise NotImplementedError("taipan's numpy cannot parse text as %s" % dt)


def fromstring(string, dtype=float, count=-1, *, sep="", like=None):
    """A 1-D array of the numbers in string, separated by sep (whitespace
    around it is ignored; a space separator stands for any whitespace)."""
    if sep == "":
        raise ValueError("The binary mode of fromstring is removed, use frombuffer instead")
    if isinstance(string, (bytes, bytearray)):
        string = bytes(string).decode("latin-1")
    dt = np.dtype(dtype)
    conv = _text_converter(dt)
    mark = sep.strip()
    if mark:
        fields = [f.strip() for f in string.split(mark)]
        if len(fields) > 1 and fields[-1] == "":
            fields.pop()
        if fields == [""]:
            fields = []
    else:
        fields = string.split()
    if count >= 0:
        fields = fields[:count]
    values = []
    for f in fields:
        try:
            values.append(conv(f))
        except ValueError:
            raise ValueError("string or file could not be read to its end due to "
                             "unmatched data") from None
    return np.array(values, dtype=dt)


def _genfromtxt_lines(fname, encoding):
    """The lines of fname (a path, a file or an iterable of lines) as text,
    and what closes them."""
    import os
    if isinstance(fname, os.PathLike):
        fname = os.fspath(fname)
    if isinstance(fname, str):
        f = open(fname, "rt", encoding=encoding)
        return f, f.close
    try:
        it = iter(fname)
    except TypeError:
        raise TypeError("fname must be a string, a filehandle, a sequence of strings,\n"
                        "or an iterator of strings. Got %s instead." % type(fname)) from None
    return it, None


def _split_line(line, delimiter, comments, autostrip):
    """A line's fields, as NumPy's LineSplitter cuts them."""
    if isinstance(line, bytes):
        line = line.decode("latin1")
    if comments is not None:
        line = line.split(comments)[0]
    line = line.strip(" \r\n")
    if not line:
        return []
    fields = line.split(delimiter)
    return [f.strip() for f in fields] if autostrip else fields


def _str2bool(text):
    up = text.upper()
    if up == "TRUE":
        return True
    if up == "FALSE":
        return False
    raise ValueError("Invalid boolean")


def _genfromtxt_type(column):
    """The type dtype=None gives a column: bool, int, float, in that order
    of trial (missing fields do not count)."""
    values = [v for v in column if v.strip() != ""]
    for func, t in ((_str2bool, np.bool_), (int, np.int64), (float, np.float64)):
        try:
            for v in values:
                func(v)
            return np.dtype(t)
        except ValueError:
            pass
    raise NotImplementedError("taipan's numpy: genfromtxt cannot make string columns")


def _genfromtxt_call(dt, fill):
    """The loose converter of one column: its value, or fill when the field
    does not convert."""
    if dt.kind == "b":
        func = _str2bool
    elif dt.kind in "iu":
        func = int if dt.itemsize == 8 else (lambda text: int(float(text)))
    elif dt.kind == "f":
        func = float
    else:
        raise NotImplementedError("taipan's numpy: genfromtxt reads numbers and bools only")
    if fill is None:
        fill = {"b": False, "f": np.nan}.get(dt.kind, -1)

    def call(text):
        try:
            return func(text)
        except ValueError:
            return fill
    return call


def genfromtxt(fname, dtype=float, comments="#", delimiter=None, skip_header=0, skip_footer=0,
               converters=None, missing_values=None, filling_values=None, usecols=None,
               names=None, excludelist=None, deletechars=None, replace_space="_",
               autostrip=False, case_sensitive=True, defaultfmt="f%i", unpack=None,
               usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None,
               *, ndmin=0, like=None):
    """A 2-D array of the numbers in a text file, one row per line: fields
    that are missing or do not convert become nan (-1 for ints, False for
    bools) or filling_values. No names, converters, masks or fixed widths."""
    if ndmin not in (0, 1, 2):
        raise ValueError("Illegal value of ndmin keyword: %s" % (ndmin,))
    if max_rows is not None:
        if skip_footer:
            raise ValueError("The keywords 'skip_footer' and 'max_rows' can not be "
                             "specified at the same time.")
        if max_rows < 1:
            raise ValueError("'max_rows' must be at least 1.")
    if names or converters or usemask or not loose or not isinstance(delimiter, (str, type(None))):
        raise NotImplementedError("taipan's numpy: genfromtxt takes no names=, converters=, "
                                  "usemask=, loose=False or fixed-width delimiters")
    lines, close = _genfromtxt_lines(fname, encoding)
    try:
        rows, invalid, ncols = _genfromtxt_rows(lines, fname, comments, delimiter, skip_header,
                                                usecols, autostrip, max_rows)
    finally:
        if close is not None:
            close()
    if invalid:
        nrows = len(rows) + len(invalid) - skip_footer
        if skip_footer > 0:
            skipped = len([i for i in invalid if i[0] > nrows + skip_header])
            invalid = invalid[:len(invalid) - skipped]
            skip_footer -= skipped
        if invalid:
            msg = "\n".join(["Some errors were detected !"] + [
                "    Line #%i (got %i columns instead of %i)" % (i, n, ncols) for i, n in invalid])
            if invalid_raise:
                raise ValueError(msg)
            import warnings
            warnings.warn(msg, UserWarning, stacklevel=2)
    if skip_footer > 0:
        rows = rows[:-skip_footer]
    columns = [[r[j] for r in rows] for j in _py_range(ncols)]
    if dtype is None:
        types = [_genfromtxt_type(c) for c in columns]
        if len(set(t.str for t in types)) > 1:
            raise NotImplementedError("taipan's numpy: genfromtxt cannot make structured arrays "
                                      "(columns of different types)")
        dt = types[0] if types else np.dtype(float)
    else:
        dt = np.dtype(dtype)
    fills = filling_values
    if not isinstance(fills, (list, tuple)):
        fills = [fills] * ncols
    fills = list(fills[:ncols]) + [None] * (ncols - len(fills))
    data = [[_genfromtxt_call(dt, fills[j])(v) for v in c] for j, c in enumerate(columns)]
    out = np.array(list(zip(*data)), dtype=dt)
    if out.ndim > ndmin:
        out = np.squeeze(out)
    if out.ndim < ndmin:
        out = np.atleast_1d(out) if ndmin == 1 else np.atleast_2d(out).T
    return out.T if unpack else out


def _genfromtxt_rows(lines, fname, comments, delimiter, skip_header, usecols, autostrip,
                     max_rows):
    """The fields of every data line, the (line number, field count) of
    lines with the wrong count, and the number of columns."""
    it = iter(lines)
    first = []
    try:
        for _ in _py_range(skip_header):
            next(it)
        while not first:
            first_line = next(it)
            first = _split_line(first_line, delimiter, comments, autostrip)
    except StopIteration:
        first_line = ""
        import warnings
        warnings.warn('genfromtxt: Empty input file: "%s"' % (fname,), stacklevel=3)
    if usecols is not None:
        try:
            usecols = list(usecols)
        except TypeError:
            usecols = [usecols]
        usecols = [c + len(first) if c < 0 else c for c in usecols]
    ncols = len(usecols or first)
    rows = []
    invalid = []
    number = 0
    for line in [first_line] + [x for x in it] if first_line else []:
        values = _split_line(line, delimiter, comments, autostrip)
        number += 1
        if not values:
            continue
        if usecols:
            try:
                values = [values[c] for c in usecols]
            except IndexError:
                invalid.append((number + skip_header, len(values)))
                continue
        elif len(values) != ncols:
            invalid.append((number + skip_header, len(values)))
            continue
        rows.append(values)
        if len(rows) == max_rows:
            break
    return rows, invalid, ncols


# ---- printing with print options of the call's own, separators and
# formatter functions; the native core lays the text out.

_FORMATTER_KEYS = {"b": ("bool",), "i": ("int", "int_kind"), "u": ("int", "int_kind"),
                   "f": ("float", "float_kind")}


def _element_texts(a, formatter):
    """Every element's text from the formatter function for a's dtype (a
    type's own key first, then its kind's, then 'all'), joined by NUL; or
    None."""
    for key in _FORMATTER_KEYS.get(a.dtype.kind, ()) + ("all",):
        func = (formatter or {}).get(key)
        if func is not None:
            return "\0".join([func(x) for x in a.ravel()])
    return None


def _formatted(a, is_repr):
    """repr(a) or str(a) while a print formatter is set (the core calls it)."""
    if a.ndim == 0 and not is_repr:
        return str(a[()])
    return _numpy._array_text(a, _element_texts(a, np.get_printoptions()["formatter"]), " ", 0, 0,
                              is_repr)


def _print_with(text, formatter, **options):
    """text() under the given print options (None: the current one)."""
    options = {key: value for key, value in options.items() if value is not None}
    if formatter is None:
        formatter = np.get_printoptions()["formatter"]
    with np.printoptions(formatter=formatter, **options):
        return text()


def _comma_text(a):
    """The body of repr(a): the elements with ', ' between them."""
    text = repr(a)
    if not text.startswith("array("):
        return text
    body = text[6:-1]
    for suffix in (", dtype=", ", shape="):
        cut = body.rfind(suffix)
        if cut != -1 and "]" not in body[cut:]:
            body = body[:cut]
    return "\n".join(line[6:] if i else line for i, line in enumerate(body.split("\n"))).rstrip(", \n")


def _printable(a, attribute):
    """a as an array; NumPy's error for what is not an array or scalar."""
    if not isinstance(a, (np.ndarray, np.generic)):
        raise AttributeError("'%s' object has no attribute '%s'" % (type(a).__name__, attribute))
    return np.asarray(a)


def array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=" ",
                 prefix="", style=None, formatter=None, threshold=None, edgeitems=None, sign=None,
                 floatmode=None, suffix="", *, legacy=None):
    a = _printable(a, "size")

    def text():
        if np.iscomplexobj(a):
            return str(a) if separator == " " else _comma_text(a)
        texts = _element_texts(a, np.get_printoptions()["formatter"])
        return _numpy._array_text(a, texts, separator, len(prefix), len(suffix), False)

    return _print_with(text, formatter, linewidth=max_line_width, precision=precision,
                       suppress=suppress_small, threshold=threshold, edgeitems=edgeitems,
                       sign=sign, floatmode=floatmode)


def _unset_or_positive(value, name):
    """-1 for None, else the int value, which must not be negative."""
    if value is None:
        return -1
    value = _operator_index(value)
    if value < 0:
        raise ValueError("%s must be >= 0" % name)
    return value


def _dragon4_value(x):
    """x as a 0-d float array: a NumPy float scalar keeps its type; any
    other real number is taken as a float64 (as NumPy's C code does)."""
    if isinstance(x, np.floating):
        return np.asarray(x)
    if not isinstance(x, (int, float, np.generic, np.ndarray)):
        raise TypeError("must be real number, not %s" % type(x).__name__)
    return np.asarray(float(x))


def _format_float(x, scientific, precision, unique, fractional, trim, sign, pad_left,
                  pad_right, exp_digits, min_digits):
    precision = _unset_or_positive(precision, "precision")
    pad_left = _unset_or_positive(pad_left, "pad_left")
    pad_right = _unset_or_positive(pad_right, "pad_right")
    exp_digits = _unset_or_positive(exp_digits, "exp_digits")
    min_digits = _unset_or_positive(min_digits, "min_digits")
    if not fractional and precision == 0:
        raise ValueError("precision must be greater than 0 if fractional=False")
    if min_digits > 0 and precision > 0 and min_digits > precision:
        raise ValueError("min_digits must be less than or equal to precision")
    if not unique and precision < 0:
        raise TypeError("in non-unique mode `precision` must be supplied")
    return _numpy._format_float(_dragon4_value(x), scientific, unique, fractional, precision,
                                min_digits, sign, trim, pad_left, pad_right, exp_digits)


def format_float_positional(x, precision=None, unique=True, fractional=True, trim="k",
                            sign=False, pad_left=None, pad_right=None, min_digits=None):
    return _format_float(x, False, precision, unique, fractional, trim, sign, pad_left,
                         pad_right, None, min_digits)


def format_float_scientific(x, precision=None, unique=True, trim="k", sign=False,
                            pad_left=None, exp_digits=None, min_digits=None):
    return _format_float(x, True, precision, unique, True, trim, sign, pad_left, None,
                         exp_digits, min_digits)


def _array_text_of(a, text, attribute, max_line_width, precision, suppress_small):
    a = _printable(a, attribute)
    return _print_with(lambda: text(a), None, linewidth=max_line_width, precision=precision,
                       suppress=suppress_small)


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    return _array_text_of(a, str, "shape", max_line_width, precision, suppress_small)


def array_repr(arr, max_line_width=None, precision=None, suppress_small=None):
    return _array_text_of(arr, repr, "size", max_line_width, precision, suppress_small)


# ---- small compositions

def asfortranarray(a, dtype=None, *, like=None):
    a = np.asarray(a, dtype=dtype, order="F")
    return a.reshape(1) if a.ndim == 0 else a


def copyto(dst, src, casting="same_kind", where=True):
    src = np.asarray(src)
    if not can_cast(src.dtype, dst.dtype, casting):
        raise TypeError("Cannot cast array data from %r to %r according to the rule %r"
                        % (src.dtype, dst.dtype, casting))
    dst[...] = src if where is True else np.where(where, src, dst)


def fromiter(iter, dtype, count=-1, *, like=None):
    items = [x for _, x in zip(_py_range(count), iter)] if count >= 0 else list(iter)
    if len(items) < count:
        raise ValueError("iterator too short: Expected %d but iterator had only %d items."
                         % (count, len(items)))
    return np.array(items, dtype=dtype)


def unwrap(p, discont=None, axis=-1, *, period=2 * np.pi):
    p = np.asarray(p)
    dd = np.diff(p, axis=axis)
    if discont is None:
        discont = period / 2
    exact = p.dtype.kind in "iu" and isinstance(period, int)
    half, odd = divmod(period, 2) if exact else (period / 2, 0)
    ddmod = np.mod(dd + half, period) - half
    if not odd:
        # A step of exactly half a period keeps its direction.
        ddmod = np.where((ddmod == -half) & (dd > 0), half, ddmod)
    correction = np.where(abs(dd) < discont, 0, ddmod - dd)
    out = p.astype(np.result_type(p, correction))
    rest = [slice(None)] * p.ndim
    rest[axis] = slice(1, None)
    out[tuple(rest)] += np.cumsum(correction, axis=axis)
    return out


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    start = np.asarray(start) * 1.0
    stop = np.asarray(stop) * 1.0
    if (start == 0).any() or (stop == 0).any():
        raise ValueError("Geometric sequence cannot include zero")
    sign = np.where((start < 0) & (stop < 0), -1.0, 1.0)
    out = np.logspace(np.log10(abs(start)), np.log10(abs(stop)), num, endpoint=endpoint)
    if num > 0:
        out[0] = abs(start)
        if num > 1 and endpoint:
            out[-1] = abs(stop)
    out = np.moveaxis(out * sign, 0, axis)
    return out if dtype is None else out.astype(dtype)


class _IndexExpression:
    def __init__(self, maketuple):
        self._maketuple = maketuple

    def __getitem__(self, item):
        return (item,) if self._maketuple and not isinstance(item, tuple) else item


s_ = _IndexExpression(False)
index_exp = _IndexExpression(True)
concat = np.concatenate


def rollaxis(a, axis, start=0):
    n = a.ndim
    axis = _normalize_axis_index(axis, n)
    pos = start + n if start < 0 else start
    if not 0 <= pos <= n:
        raise np.exceptions.AxisError("'start' arg requires %d <= start < %d, but %d was passed in"
                                      % (-n, n + 1, start))
    if axis < pos:
        pos -= 1
    axes = [i for i in _py_range(n) if i != axis]
    axes.insert(pos, axis)
    return a.transpose(axes)


UniqueCountsResult = _namedtuple("UniqueCountsResult", ["values", "counts"])
UniqueInverseResult = _namedtuple("UniqueInverseResult", ["values", "inverse_indices"])
UniqueAllResult = _namedtuple("UniqueAllResult", ["values", "indices", "inverse_indices", "counts"])


def unique_values(x):
    return np.unique(x)


def unique_counts(x):
    return UniqueCountsResult(*np.unique(x, return_counts=True))


def unique_inverse(x):
    values, inverse = np.unique(x, return_inverse=True)
    return UniqueInverseResult(values, inverse.reshape(np.shape(x)))


def unique_all(x):
    values, indices, inverse, counts = np.unique(x, True, True, True)
    return UniqueAllResult(values, indices, inverse.reshape(np.shape(x)), counts)


# ---- np.pad's statistics and ramp modes and odd reflections, one axis
# at a time over what the earlier axes padded (the core pads the rest).

_PAD_STATS = {"maximum": np.max, "minimum": np.min, "mean": np.mean, "median": np.median}


def _pad_pairs(value, ndim, index):
    """value spread to one (before, after) pair per axis."""
    if value is None:
        return [(None, None)] * ndim
    pairs = np.broadcast_to(np.asarray(value), (ndim, 2))
    if index and (pairs < 0).any():
        raise ValueError("index can't contain negative values")
    return pairs.tolist()


def _pad_odd(a, axis, before, after, sym):
    """Odd reflection along axis: each reflected element is twice its edge
    less its mirror, which makes the padding periodic up to a linear trend."""
    n = a.shape[axis]
    period = 2 * n if sym else 2 * (n - 1)
    q, r = np.divmod(np.arange(-before, n + after), max(period, 1))
    inner = r < n
    mirror = np.where(inner, r, (2 * n - 1 if sym else period) - r)
    vals = np.take(a, mirror if period else np.zeros_like(r), axis)
    first, last = a[_along(axis, slice(0, 1))], a[_along(axis, slice(n - 1, n))]
    shape = [1] * a.ndim
    shape[axis] = -1
    out = np.where(inner.reshape(shape), vals, 2 * last - vals) + \
        (2 * q).reshape(shape) * (last - first)
    return out.astype(a.dtype)


def _pad_side(a, axis, width, side, mode, stat, end):
    """The padding on one side (0 before, 1 after) of axis."""
    n = a.shape[axis]
    if mode == "linear_ramp":
        ramp = np.linspace(end, np.take(a, -side, axis), width, endpoint=False, axis=axis)
        return np.flip(ramp, axis) if side else ramp
    k = n if stat is None else min(stat, n)
    if k == 0 and mode in ("maximum", "minimum"):
        raise ValueError("stat_length of 0 yields no value for padding")
    region = a[_along(axis, slice(n - k, n) if side else slice(0, k))]
    value = _PAD_STATS[mode](region, axis=axis, keepdims=True)
    if a.dtype.kind in "biu" and mode in ("mean", "median"):
        value = np.round(value)
    return np.repeat(value, width, axis)


def _pad(array, pad_width, mode, stat_length=None, end_values=0, reflect_type="even"):
    """np.pad for the modes the core leaves to Python (after checking the widths)."""
    array = np.asarray(array)
    ndim = array.ndim
    widths = _pad_pairs(pad_width, ndim, True)
    stats = _pad_pairs(stat_length, ndim, True)
    ends = _pad_pairs(end_values, ndim, False)
    for axis in _py_range(ndim):
        before, after = widths[axis]
        if array.shape[axis] == 0 and before + after:
            raise ValueError("can't extend empty axis %d using modes other than 'constant' or "
                             "'empty'" % axis)
        if reflect_type == "odd":
            array = _pad_odd(array, axis, before, after, mode == "symmetric")
            continue
        parts = [array[_along(axis, slice(0, 0))]] * 2
        for side, width in ((0, before), (1, after)):
            if width:
                parts[side] = _pad_side(array, axis, width, side, mode, stats[axis][side],
                                        ends[axis][side]).astype(array.dtype)
        array = np.concatenate([parts[0], array, parts[1]], axis)
    return array


# ---- ndarray.flat: a flatiter reads and writes an array as if it were
# 1-D (C order), whatever its layout.

_BAD_FLAT_INDEX = "unsupported iterator index"


class flatiter:
    """The iterator a.flat: iteration, len, indexing and assignment by
    flat (C order) position; .base is the array, .index the position of
    the next element, .coords its index tuple."""

    __module__ = "numpy"

    def __init__(self, base):
        self.base = base
        self.index = 0
        self._view = None

    def __len__(self):
        return self.base.size

    def __iter__(self):
        return self

    def __next__(self):
        i = self.index
        a = self.base
        if i >= a.size:
            raise StopIteration
        self.index = i + 1
        if not a.flags.c_contiguous:
            return a[_flat_coords(a.shape, i)]
        if self._view is None:
            self._view = a.reshape(-1)
        return self._view[i]

    @property
    def coords(self):
        return _flat_coords(self.base.shape, self.index)

    def copy(self):
        return self.base.flatten()

    def __array__(self, dtype=None, copy=None):
        flat = self.base.flatten()
        return flat if dtype is None else flat.astype(dtype)

    # Comparisons are the flattened array's.
    def __eq__(self, other):
        return self.copy() == other

    def __ne__(self, other):
        return self.copy() != other

    def __lt__(self, other):
        return self.copy() < other

    def __le__(self, other):
        return self.copy() <= other

    def __gt__(self, other):
        return self.copy() > other

    def __ge__(self, other):
        return self.copy() >= other

    def __getitem__(self, key):
        a = self.base
        pos = _flat_positions(key, a.size, False)
        if isinstance(pos, int):
            return a[_flat_coords(a.shape, pos)]
        return a.ravel()[pos]

    def __setitem__(self, key, value):
        _flat_assign(self.base, _flat_positions(key, self.base.size, True), value)


def _flat_coords(shape, i):
    """The index tuple of flat position i in an array of shape (the first
    coordinate takes what is left, so the end of the array is (n, 0 ...))."""
    out = []
    for n in reversed(shape[1:]):
        i, r = divmod(i, n) if n else (i, 0)
        out.append(r)
    out.append(i)
    return tuple(reversed(out)) if shape else ()


def _flat_positions(key, n, setting):
    """The flat positions key picks in n elements: an int for one element,
    else an int array (setting: for an assignment, whose errors NumPy
    words differently)."""
    if isinstance(key, tuple):
        if len(key) != 1:
            raise IndexError(_BAD_FLAT_INDEX)
        key = key[0]
    if isinstance(key, slice) or key is Ellipsis:
        return np.arange(n)[key]
    if isinstance(key, (int, np.integer)):
        i = int(key)
        if not -n <= i < n:
            bound = "size" if setting else "axis 0 with size"
            raise IndexError("index %d is out of bounds for %s %d" % (i, bound, n))
        return i + n if i < 0 else i
    if isinstance(key, (str, float, np.floating)) or key is None:
        raise IndexError(_BAD_FLAT_INDEX)
    idx = np.asarray(key)
    if idx.dtype == np.bool_ and isinstance(key, np.ndarray):
        if idx.ndim != 1:
            raise ValueError("boolean index array should have 1 dimension")
        if idx.size > n:
            raise ValueError("boolean index array has too many values" if setting
                             else "too many boolean indices")
        return np.nonzero(idx)[0]
    idx = idx.astype(np.intp)
    bad = (idx < -n) | (idx >= n)
    if np.any(bad):
        raise IndexError("index %d is out of bounds for size %d" % (int(idx[bad].ravel()[0]), n))
    return np.where(idx < 0, idx + n, idx)


def _flat_assign(a, pos, value):
    """a.flat[pos] = value: value's elements, cast to a's dtype and
    repeated (or cut) to the positions' count, in order."""
    if not a.flags.writeable:
        raise ValueError("underlying array is read-only")
    pos = np.asarray(pos).ravel()
    values = np.asarray(value)
    if pos.size == 0 or values.size == 0:
        return None
    values = _cycled(values.ravel()[:pos.size], pos.size, a.dtype)
    if a.ndim == 0:
        a[()] = values[-1]
    else:
        a[np.unravel_index(pos, a.shape)] = values
    return None


def _flat_set(a, value):
    """a.flat = value: every element, value repeated as needed."""
    _flat_assign(a, np.arange(a.size), value)


def fill_diagonal(a, val, wrap=False):
    """In place: the main diagonal of a (2-D, or N-D with equal
    dimensions) becomes val, repeated as needed; with wrap, a tall 2-D
    array's diagonal starts again below each square block."""
    if a.ndim < 2:
        raise ValueError("array must be at least 2-d")
    if a.ndim == 2:
        step = a.shape[1] + 1
        end = None if wrap else a.shape[1] * a.shape[1]
    else:
        if any(n != a.shape[0] for n in a.shape):
            raise ValueError("All dimensions of input must be of equal length")
        # The flat distance from a[i, i, ...] to a[i+1, i+1, ...].
        step, stride = 0, 1
        for n in reversed(a.shape):
            step += stride
            stride *= n
        end = None
    _flat_assign(a, np.arange(a.size)[:end:step], val)


# ---- ufunc.reduceat: reductions over the slices indices[i]:indices[i+1]
# of one axis.

def _reduceat(uf, array, indices, axis=0, dtype=None, out=None):
    """uf.reduceat: along axis, the reduction of array[indices[i]:indices[i+1]]
    (just array[indices[i]] where the next index is not greater), and of
    array[indices[-1]:] last."""
    name = uf.__name__
    if uf.nin != 2:
        raise ValueError("reduceat only supported for binary functions")
    a = np.asarray(array)
    if a.ndim == 0:
        raise TypeError("cannot reduceat on a scalar")
    idx = np.asarray(indices)
    if idx.ndim != 1:
        raise ValueError("object too deep for desired array" if idx.ndim
                         else "object of too small depth for desired array")
    idx = idx.astype(np.intp)
    axis = _normalize_axis_index(0 if axis is None else axis, a.ndim)
    a = np.moveaxis(a, axis, -1)
    n = a.shape[-1]
    for i in idx:
        if not 0 <= i < n:
            raise IndexError("index %d out-of-bounds in %s.reduceat [0, %d)" % (i, name, n))
    rdt = np.asarray(uf.reduce(np.zeros(1, a.dtype), dtype=dtype)).dtype
    # NumPy adds each segment's first element to the (pairwise) sum of the
    # rest, along each contiguous line: the same float rounding here.
    pairwise = name == "add" and rdt.kind == "f"
    if pairwise:
        a = np.ascontiguousarray(a, dtype=rdt)
    parts = [np.zeros(a.shape[:-1] + (0,), rdt)]
    for k in _py_range(idx.size):
        lo = int(idx[k])
        hi = int(idx[k + 1]) if k + 1 < idx.size else n
        if hi <= lo + 1:
            part = a[..., lo]
        elif pairwise:
            part = a[..., lo] + uf.reduce(a[..., lo + 1:hi], axis=-1)
        else:
            part = uf.reduce(a[..., lo:hi], axis=-1, dtype=dtype)
        parts.append(np.asarray(part).astype(rdt)[..., None])
    r = np.moveaxis(np.concatenate(parts, -1), -1, axis)
    return r if out is None else _numpy._ufunc_out(name, r, out, None, "unsafe")


# ---- the array-API names NumPy 2 added (aliases of the classic ufuncs and
# functions), and a few small predicates

pow = np.power
acos = np.arccos
asin = np.arcsin
atan = np.arctan
atan2 = np.arctan2
acosh = np.arccosh
asinh = np.arcsinh
atanh = np.arctanh
bitwise_left_shift = np.left_shift
bitwise_right_shift = np.right_shift
permute_dims = np.transpose
euler_gamma = 0.5772156649015329


def matrix_transpose(x):
    """x with its last two axes swapped."""
    x = np.asarray(x)
    if x.ndim < 2:
        raise ValueError("Input array must be at least 2-dimensional, but it is %d" % x.ndim)
    return np.swapaxes(x, -1, -2)


def vecdot(x1, x2, axis=-1):
    """The dot products of the vectors along axis (broadcasting the rest)."""
    return np.sum(np.multiply(x1, x2), axis=axis)


_ISDTYPE_KINDS = {
    "bool": "b", "signed integer": "i", "unsigned integer": "u", "integral": "iu",
    "real floating": "f", "complex floating": "c", "numeric": "iufc",
}


def isdtype(dtype, kind):
    """Whether dtype is of kind: a dtype, one of the array API's kind
    names, or a tuple of those."""
    if not isinstance(dtype, np.dtype):
        if not (isinstance(dtype, type) and issubclass(dtype, np.generic)):
            raise TypeError("dtype argument must be a NumPy dtype, but it is a %s." % type(dtype))
        dtype = np.dtype(dtype)
    for k in kind if isinstance(kind, tuple) else (kind,):
        if isinstance(k, str):
            if k not in _ISDTYPE_KINDS:
                raise ValueError("kind argument is a string, but %r is not a known kind name."
                                 % k)
            if dtype.kind in _ISDTYPE_KINDS[k]:
                return True
        elif isinstance(k, np.dtype) or (isinstance(k, type) and issubclass(k, np.generic)):
            if dtype == np.dtype(k):
                return True
        else:
            raise TypeError("kind argument must be comprised of NumPy dtypes or strings only, "
                            "but is a %s." % type(k))
    return False


def isfortran(a):
    """Whether a is Fortran-contiguous and not C-contiguous."""
    return a.flags.f_contiguous and not a.flags.c_contiguous


def real_if_close(a, tol=100):
    """a itself: taipan's arrays built from Python values are never complex."""
    return np.asanyarray(a) if not np.iscomplexobj(a) else _real_if_close_complex(a, tol)


def _real_if_close_complex(a, tol):
    """The real parts of a when every imaginary part is within tol machine
    epsilons of zero, else a."""
    if tol > 1:
        tol = np.finfo(a.real.dtype).eps * tol
    if np.all(np.abs(a.imag) < tol):
        return a.real.copy()
    return a
