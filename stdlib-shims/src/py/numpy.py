"""numpy for taipan: the native array core (_numpy) and the parts of
NumPy's API that are plain compositions of it, written in Python."""

# Python's bool, max and min, before the star import shadows them.
_py_bool = bool
_py_any = any
_py_max = max
_py_min = min

from _numpy import *
from _numpy import __version__, linalg, fft, exceptions
import _numpy
import math as _math
import numpy.random as random

True_ = bool_(True)
False_ = bool_(False)


def __getattr__(name):
    if name in ("lib", "testing"):
        # Imported on first use: they import numpy. Taken from
        # sys.modules, since `import numpy.lib as lib` would ask numpy
        # for its attribute lib, which is this function again.
        import sys
        if name == "lib":
            import numpy.lib
        else:
            import numpy.testing
        return sys.modules["numpy." + name]
    if not name.startswith("__"):
        # The rarer functions live in numpy._extras, compiled on first use.
        import sys
        import numpy._extras
        extras = sys.modules["numpy._extras"]
        if name in extras.__all__:
            return getattr(extras, name)
        # What NumPy 2 removed: its own errors (and warnings), as scripts
        # written for NumPy 1 meet them.
        extras._removed_attribute(name)
    raise AttributeError("taipan's numpy has no attribute '%s'" % name)


# ---- floating-point error handling: the state is the calling thread's
# own, kept by the native core (NumPy's is context-local).

_ERR_KINDS = ("divide", "over", "under", "invalid")


def seterr(all=None, divide=None, over=None, under=None, invalid=None):
    new = [v if v is not None else all for v in (divide, over, under, invalid)]
    return dict(zip(_ERR_KINDS, _numpy._seterr(*new)))


def geterr():
    return dict(zip(_ERR_KINDS, _numpy._geterr()))


def seterrcall(func):
    if func is not None and not callable(func):
        if not callable(getattr(func, "write", None)):
            raise TypeError("python object must be callable or have a callable write method")
    return _numpy._seterrcall(func)


def geterrcall():
    return _numpy._geterrcall()


class _Unspecified:
    pass


_unspecified = _Unspecified()


class errstate:
    def __init__(self, *, call=_unspecified, all=None, divide=None, over=None, under=None,
                 invalid=None):
        self._call = call
        self._modes = (all, divide, over, under, invalid)
        self._saved = None

    def _apply(self):
        """Sets this errstate's modes; returns what to restore."""
        saved = (_numpy._geterr(), _numpy._geterrcall())
        seterr(*self._modes)
        if self._call is not _unspecified:
            seterrcall(self._call)
        return saved

    def __enter__(self):
        if self._saved is not None:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._saved = self._apply()

    def __exit__(self, *exc_info):
        _restore_errstate(self._saved)

    def __call__(self, func):
        def inner(*args, **kwargs):
            saved = self._apply()
            try:
                return func(*args, **kwargs)
            finally:
                _restore_errstate(saved)
        inner.__name__ = getattr(func, "__name__", "inner")
        inner.__doc__ = getattr(func, "__doc__", None)
        return inner


def _restore_errstate(saved):
    modes, call = saved
    _numpy._seterr(*modes)
    _numpy._seterrcall(call)


class printoptions:
    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.old = None

    def __enter__(self):
        self.old = get_printoptions()
        set_printoptions(**self.kwargs)
        return get_printoptions()

    def __exit__(self, *exc):
        set_printoptions(**self.old)
        return False


# ---- comparisons of whole arrays

def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    if iscomplexobj(a) or iscomplexobj(b):
        return _numpy._complex_isclose(a, b, rtol, atol, equal_nan)
    a = asarray(a)
    b = asarray(b)
    dt = result_type(a, b, 1.0)
    x = a.astype(dt)
    y = b.astype(dt)
    finite = isfinite(x) & isfinite(y)
    close = abs(x - y) <= atol + rtol * abs(y)
    result = where(finite, close, x == y)
    if equal_nan:
        result = result | (isnan(x) & isnan(y))
    if result.ndim == 0:
        return result[()]
    return result


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _py_bool(all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))


def array_equal(a1, a2, equal_nan=False):
    a1 = asarray(a1)
    a2 = asarray(a2)
    if a1.shape != a2.shape:
        return False
    if not equal_nan:
        return _py_bool(all(a1 == a2))
    both_nan = isnan(a1) & isnan(a2)
    return _py_bool(all((a1 == a2) | both_nan))


def array_equiv(a1, a2):
    a1 = asarray(a1)
    a2 = asarray(a2)
    try:
        eq = a1 == a2
    except ValueError:
        return False
    return _py_bool(all(eq))


# ---- types

def promote_types(type1, type2):
    return dtype(_numpy._promote_types(dtype(type1), dtype(type2)))


def result_type(*arrays_and_dtypes):
    return dtype(_numpy._result_type(*arrays_and_dtypes))


def issubdtype(arg1, arg2):
    if not isinstance(arg1, type) or not issubclass(arg1, generic):
        arg1 = dtype(arg1).type
    if not isinstance(arg2, type) or not issubclass(arg2, generic):
        arg2 = dtype(arg2).type
    return issubclass(arg1, arg2)


class finfo:
    _table = {
        "float16": (10, 5, 3, 6.103515625e-05, 65504.0, 0.0009765625, -14, 16, 5.960464477539063e-08),
        "float32": (23, 8, 6, 1.1754943508222875e-38, 3.4028234663852886e+38, 1.1920928955078125e-07, -126, 128, 1.401298464324817e-45),
        "float64": (52, 11, 15, 2.2250738585072014e-308, 1.7976931348623157e+308, 2.220446049250313e-16, -1022, 1024, 5e-324),
    }

    def __init__(self, dt):
        self.dtype = dtype(dt)
        if self.dtype.kind != "f":
            raise ValueError("data type %r not inexact" % self.dtype.type)
        nmant, nexp, precision, tiny, big, eps, minexp, maxexp, smallest_sub = finfo._table[self.dtype.name]
        t = self.dtype.type
        self.bits = self.dtype.itemsize * 8
        self.nmant = nmant
        self.nexp = nexp
        self.precision = precision
        self.resolution = t(10.0 ** -precision)
        self.tiny = t(tiny)
        self.smallest_normal = t(tiny)
        self.smallest_subnormal = t(smallest_sub)
        self.max = t(big)
        self.min = t(-big)
        self.eps = t(eps)
        self.epsneg = t(eps / 2)
        self.minexp = minexp
        self.maxexp = maxexp
        self.machep = -nmant
        self.negep = -nmant - 1
        self.iexp = nexp

    def _str(self, v):
        """``v`` as NumPy's limits print it: %e with the type's digits."""
        digits = {"float16": 5, "float32": 7, "float64": 16}[self.dtype.name]
        return ("%%.%de" % digits) % float(v)

    def __str__(self):
        s = self._str
        rule = "-" * 63 + "\n"
        return (
            "Machine parameters for %s\n" % self.dtype.name + rule
            + "precision = %3s   resolution = %s\n" % (self.precision, s(self.resolution))
            + "machep = %6s   eps =        %s\n" % (self.machep, s(self.eps))
            + "negep =  %6s   epsneg =     %s\n" % (self.negep, s(self.epsneg))
            + "minexp = %6s   tiny =       %s\n" % (self.minexp, s(self.tiny))
            + "maxexp = %6s   max =        %s\n" % (self.maxexp, s(self.max))
            + "nexp =   %6s   min =        -max\n" % self.nexp
            + "smallest_normal = %s   smallest_subnormal = %s\n"
            % (s(self.smallest_normal), s(self.smallest_subnormal))
            + rule
        )

    def __repr__(self):
        return "finfo(resolution=%s, min=-%s, max=%s, dtype=%s)" % (
            self.resolution, self._str(self.max), self._str(self.max), self.dtype.name)


class iinfo:
    def __init__(self, int_type):
        self.dtype = dtype(int_type)
        if self.dtype.kind not in "iu":
            raise ValueError("Invalid integer data type %r." % self.dtype.kind)
        self.bits = self.dtype.itemsize * 8
        self.kind = self.dtype.kind
        if self.kind == "u":
            self.min = 0
            self.max = 2 ** self.bits - 1
        else:
            self.min = -2 ** (self.bits - 1)
            self.max = 2 ** (self.bits - 1) - 1

    def __str__(self):
        rule = "-" * 63 + "\n"
        return "Machine parameters for %s\n%smin = %d\nmax = %d\n%s" % (
            self.dtype.name, rule, self.min, self.max, rule)

    def __repr__(self):
        return "iinfo(min=%d, max=%d, dtype=%s)" % (self.min, self.max, self.dtype.name)


# ---- window functions (numpy.hanning, numpy.hamming)

def _window(M, shape):
    """A symmetric window of M points: shape(n) for n = 1-M, 3-M, ..., M-1
    (empty for M < 1, [1.0] for M == 1)."""
    if M < 1:
        return array([], dtype=float64)
    if M == 1:
        return ones(1, dtype=float64)
    return shape(arange(1 - M, M, 2))


def _cosine_window(M, a):
    """a + (1 - a) * cos(pi * n / (M - 1))."""
    return _window(M, lambda n: a + (1.0 - a) * cos(pi * n / (M - 1)))


def hanning(M):
    """The Hann window of M points."""
    return _cosine_window(M, 0.5)


def hamming(M):
    """The Hamming window of M points."""
    # NumPy's 0.54 - 0.46 * cos(...): 1 - 0.54 is not 0.46 in floats.
    return _window(M, lambda n: 0.54 + 0.46 * cos(pi * n / (M - 1)))


# ---- element-wise compositions

def identity(n, dtype=None):
    return eye(n, dtype=dtype)


def fix(x):
    x = asanyarray(x)
    return where(x < 0, ceil(x), floor(x)) if x.dtype.kind == "f" else x.copy()


def transpose(a, axes=None):
    return asanyarray(a).transpose(axes)


def positive(x):
    return +asanyarray(x)


def invert(x):
    return ~asanyarray(x)


bitwise_not = invert
bitwise_invert = invert


def reciprocal(x):
    x = asanyarray(x)
    if x.dtype.kind == "b":
        x = x.astype(int8)
    if x.dtype.kind == "f":
        return (1 / x).astype(x.dtype)
    return (1 // x).astype(x.dtype)


def isposinf(x):
    x = asanyarray(x)
    return isinf(x) & (x > 0)


def isneginf(x):
    x = asanyarray(x)
    return isinf(x) & (x < 0)


def copysign(x1, x2):
    # Only float loops: integers and bools go to the smallest float that
    # holds them (int8 -> float16, int64 -> float64); Python numbers are
    # weak, as in arithmetic.
    dt = result_type(x1, x2)
    x1 = asanyarray(x1)
    x2 = asanyarray(x2)
    if dt.kind != "f":
        dt = promote_types(dt, float16)
    magnitude = abs(x1.astype(dt))
    return _ufunc_result(where(signbit(x2), -magnitude, magnitude).astype(dt))


def _ufunc_result(x):
    """A ufunc's result: NumPy scalars where the inputs were 0-d."""
    return x[()] if x.ndim == 0 else x


def _float_for(dt):
    """The float type NumPy's float-only ufuncs compute in for dtype dt
    (the smallest float loop the input casts to safely)."""
    if dt.kind == "f":
        return dt
    return dtype(float16 if dt.itemsize == 1 else float32 if dt.itemsize == 2 else float64)


def fabs(x):
    x = asanyarray(x)
    return abs(x.astype(_float_for(x.dtype)))


def fmod(x1, x2):
    x1 = asanyarray(x1)
    x2 = asanyarray(x2)
    r = remainder(x1, x2)
    fix_sign = (r != 0) & ((r < 0) != (x1 < 0))
    return _ufunc_result(where(fix_sign, r - x2, r))


def float_power(x1, x2):
    return power(asanyarray(x1).astype(float64), asanyarray(x2).astype(float64))


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    x = array(x) if copy else asanyarray(x)
    if x.dtype.kind != "f":
        return x
    info = finfo(x.dtype)
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    out = where(isnan(x), nan, x)
    out = where(isposinf(out), big, out)
    out = where(isneginf(out), small, out)
    return out.astype(x.dtype)


def heaviside(x1, x2):
    x1 = asanyarray(x1)
    dt = _float_for(result_type(x1, x2))
    return _ufunc_result(where(x1 < 0, 0.0, where(x1 > 0, 1.0, x2)).astype(dt))


def binary_repr(num, width=None):
    """num in binary; a negative num with a width in two's complement."""
    num = _operator_index(num)
    if num < 0 and width is None:
        return "-" + bin(-num)[2:]
    if num < 0:
        bits = (-num - 1).bit_length() + 1
        text = bin((1 << bits) + num)[2:]
        fill = "1"
    else:
        text = bin(num)[2:] if num else ""
        bits = len(text)
        fill = "0"
    if width is not None and width < bits:
        raise ValueError("Insufficient bit width=%d provided for binwidth=%d" % (width, bits))
    room = width or 1
    return fill * ((room if room > bits else bits) - len(text)) + text


def base_repr(number, base=2, padding=0):
    """number's digits in base (2 to 36), upper case, after padding zeros."""
    if base > 36:
        raise ValueError("Bases greater than 36 not handled in base_repr.")
    if base < 2:
        raise ValueError("Bases less than 2 not handled in base_repr.")
    n = int(number)
    n = -n if n < 0 else n
    digits = ""
    while n:
        n, d = divmod(n, base)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[d] + digits
    digits = "0" * padding + (digits or ("" if padding else "0"))
    return "-" + digits if number < 0 else digits


def _flat_axis(arr, axis):
    """delete/insert's array and axis: the flattened array when axis is None."""
    arr = asarray(arr)
    if axis is None:
        arr = arr.ravel()
        axis = 0
    return arr, _normalize_axis_index(axis, arr.ndim)


def _out_of_bounds(obj, axis, n):
    return IndexError("index %s is out of bounds for axis %d with size %d" % (obj, axis, n))


def delete(arr, obj, axis=None):
    arr, axis = _flat_axis(arr, axis)
    n = arr.shape[axis]
    keep = ones(n, dtype=bool)
    if isinstance(obj, slice):
        keep[obj] = False
    else:
        index = asarray(obj)
        if index.size == 0 and not isinstance(obj, ndarray):
            index = index.astype(intp)
        if index.dtype.kind == "b":
            if index.shape != (n,):
                raise ValueError("boolean array argument obj to delete must be one "
                                 "dimensional and match the axis length of %d" % n)
            keep = ~index
        elif index.size == 1 and index.dtype.kind in "ui":
            i = int(index.item())
            if i < -n or i >= n:
                raise _out_of_bounds(i, axis, n)
            keep[i] = False
        else:
            keep[index] = False
    return arr[(slice(None),) * axis + (keep,)]


def insert(arr, obj, values, axis=None):
    """np.insert: one index puts all of values before it (a scalar index
    turns values' first axis onto axis); several put one value each."""
    arr, axis = _flat_axis(arr, axis)
    n = arr.shape[axis]
    lead = (slice(None),) * axis
    if isinstance(obj, slice):
        index = arange(*obj.indices(n))
    else:
        index = asarray(obj)
        if index.size == 0 and not isinstance(obj, ndarray):
            index = index.astype(intp)
    if index.size == 1:
        at = int(index.item())
        if at < -n or at > n:
            raise _out_of_bounds(obj, axis, n)
        at = at + n if at < 0 else at
        values = array(values, dtype=arr.dtype, ndmin=arr.ndim)
        if index.ndim == 0:
            values = moveaxis(values, 0, axis)
        shape = list(arr.shape)
        shape[axis] += values.shape[axis]
        new = empty(shape, dtype=arr.dtype)
        new[lead + (slice(None, at),)] = arr[lead + (slice(None, at),)]
        new[lead + (slice(at, at + values.shape[axis]),)] = values
        new[lead + (slice(at + values.shape[axis], None),)] = arr[lead + (slice(at, None),)]
        return new
    index = index.astype(intp)
    index[index < 0] += n
    index[index.argsort(kind="stable")] += arange(len(index))
    shape = list(arr.shape)
    shape[axis] += len(index)
    old = ones(shape[axis], dtype=bool)
    old[index] = False
    new = empty(shape, dtype=arr.dtype)
    new[lead + (index,)] = values
    new[lead + (old,)] = arr
    return new


def gcd(x1, x2):
    a, b = broadcast_arrays(abs(asanyarray(x1)), abs(asanyarray(x2)))
    dt = result_type(a, b)
    a = a.astype(dt)
    b = b.astype(dt)
    while any(b != 0):
        nonzero = b != 0
        a, b = where(nonzero, b, a), where(nonzero, a % where(nonzero, b, 1), 0)
    return _ufunc_result(a)


def lcm(x1, x2):
    x1 = asanyarray(x1)
    x2 = asanyarray(x2)
    g = gcd(x1, x2)
    safe = where(g == 0, 1, g)
    out = abs(x1 // safe * x2)
    return _ufunc_result(where(g == 0, 0, out))


def divmod(x1, x2):
    return floor_divide(x1, x2), remainder(x1, x2)


def shares_memory(a, b, max_work=None):
    return _numpy._shares_memory(asarray(a), asarray(b))




def _check_index_order(order):
    """The order of unravel_index/ravel_multi_index: 'C' or 'F' (either
    case)."""
    if order in ("C", "F", "c", "f"):
        return order.upper()
    if order in ("A", "K", "a", "k"):
        raise ValueError("only 'C' or 'F' order is permitted")
    raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got %r)" % (order,))


def unravel_index(indices, shape, order="C"):
    """The index tuples, in an array of shape, of flat indices (read in
    C or Fortran order)."""
    order = _check_index_order(order)
    indices = asarray(indices)
    if isinstance(shape, int):
        shape = (shape,)
    size = 1
    for n in shape:
        size *= n
    if any((indices < 0) | (indices >= size)):
        raise ValueError("index %s is out of bounds for array with size %d" % (indices.max() if indices.ndim else indices, size))
    out = []
    rest = indices
    for n in (reversed(shape) if order == "C" else shape):
        out.append(rest % n)
        rest = rest // n
    if order == "C":
        out.reverse()
    if indices.ndim == 0:
        return tuple(int64(v) for v in out)
    return tuple(out)


def ravel_multi_index(multi_index, dims, mode="raise", order="C"):
    """The flat indices (in C or Fortran order) of index arrays into an
    array of shape dims; mode 'raise', 'wrap' or 'clip' (one, or one per
    axis) says what an index out of bounds does."""
    order = _check_index_order(order)
    if isinstance(dims, int):
        dims = (dims,)
    if len(multi_index) != len(dims):
        raise ValueError("parameter multi_index must be a sequence of length %d" % len(dims))
    modes = (mode,) * len(dims) if isinstance(mode, str) else tuple(mode)
    pairs = []
    for i, n, m in zip(multi_index, dims, modes):
        i = asarray(i)
        if m == "wrap":
            i = i % n
        elif m == "clip":
            i = clip(i, 0, n - 1)
        elif m == "raise":
            if any((i < 0) | (i >= n)):
                raise ValueError("invalid entry in coordinates array")
        else:
            raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
        pairs.append((i, n))
    flat = asarray(0)
    for i, n in (pairs if order == "C" else reversed(pairs)):
        flat = flat * n + i
    return _ufunc_result(asarray(flat).astype(intp))


def put_along_axis(arr, indices, values, axis):
    indices = asarray(indices)
    axis = axis + arr.ndim if axis < 0 else axis
    index = []
    for dim in range(arr.ndim):
        if dim == axis:
            index.append(indices)
        else:
            shape = [1] * arr.ndim
            shape[dim] = arr.shape[dim]
            index.append(arange(arr.shape[dim]).reshape(shape))
    arr[tuple(index)] = values


# ---- ufunc objects: np.add.reduce, np.maximum.accumulate, np.add.outer

# The ufuncs whose loops give booleans: dtype= can only name bool.
_BOOL_UFUNCS = ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "isnan",
                "isinf", "isfinite", "signbit", "logical_and", "logical_or", "logical_xor",
                "logical_not")
# Python numbers stay weak (NEP 50): where= does not broadcast them.
_PY_NUMBERS = (_py_bool, int, float)


_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")
_KIND_ORDER = "buifc"


def _check_casting(casting):
    if casting not in _CASTINGS:
        raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or "
                         "'unsafe' (got %r)" % (casting,))


def _dtypes_cast(src, dst, casting):
    """Whether the casting rule (a valid name) lets dtype src become dst."""
    if casting in ("no", "equiv"):
        return src == dst
    kinds = _KIND_ORDER.index
    return (casting == "unsafe" or promote_types(src, dst) == dst
            or casting == "same_kind" and kinds(src.kind) <= kinds(dst.kind))


def _ufunc_input(name, i, x, dt, casting):
    """Input i of the ufunc name in its dtype= dt, as casting allows. A
    Python number is weak: it casts as far as its kind does, and must fit."""
    weak = type(x) in _PY_NUMBERS
    if weak:
        src, ok = dtype(type(x)), casting == "unsafe" or result_type(dt, x) == dt
    else:
        x = asanyarray(x)
        src, ok = x.dtype, _dtypes_cast(x.dtype, dt, casting)
    if not ok:
        raise _numpy._UFuncTypeError("Cannot cast ufunc '%s' input %d from %r to %r with casting "
                                     "rule '%s'" % (name, i, src, dt, casting))
    return dt.type(x) if weak else x.astype(dt)


def _single_out(out):
    """The out= of a one-output ufunc method: an array, a 1-tuple or None."""
    if isinstance(out, tuple):
        if len(out) != 1:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        return out[0]
    return out


# What reduce may fold over several axes at once, and what reducing
# nothing gives, as NumPy's ufuncs declare them.
_REORDERABLE_UFUNCS = frozenset((
    "add", "multiply", "maximum", "minimum", "fmax", "fmin", "hypot", "logical_and",
    "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "gcd",
    "logaddexp", "logaddexp2"))
_UFUNC_IDENTITIES = {
    "add": 0, "multiply": 1, "hypot": 0, "logical_and": True, "logical_or": False,
    "logical_xor": False, "bitwise_and": -1, "bitwise_or": 0, "bitwise_xor": 0, "gcd": 0,
    "logaddexp": -_math.inf, "logaddexp2": -_math.inf}


class ufunc:
    def __init__(self, name, func, reducer=None, accumulator=None, nin=2, nout=1):
        self.__name__ = name
        self.nin = nin
        self.nout = nout
        self.nargs = nin + nout
        self._func = func
        self._reducer = reducer
        self._accumulator = accumulator

    # self._func(*inputs) natively (no Python frame per call); with
    # keywords or positional outputs, self._call
    __call__ = _numpy._ufunc_call

    def _call(self, *args, out=None, where=True, dtype=None, casting="same_kind", order="K",
              subok=True):
        """out=, where= and dtype= for every ufunc: the kernel only ever sees
        the inputs (cast to dtype=, or the elements where= picks)."""
        name, nin = self.__name__, self.nin
        _check_casting(casting)
        if len(args) > nin:
            if len(args) > self.nargs:
                raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                                % (name, nin, self.nargs, len(args)))
            if out is not None:
                raise TypeError("cannot specify 'out' as both a positional and keyword argument")
            args, out = args[:nin], args[nin:]
        if not isinstance(out, tuple):
            out = (out,) * (self.nout if out is None else 1)
        if len(out) != self.nout:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        # Complex inputs go in as they are: a real dtype= then names the
        # result's type (np.abs(spectrum, dtype=np.float64)).
        complex_in = dtype is not None and _py_any(iscomplexobj(x) for x in args)
        if dtype is not None:
            dtype = _numpy.dtype(dtype)
            if name not in _BOOL_UFUNCS and not complex_in:
                args = [_ufunc_input(name, i, x, dtype, casting) for i, x in enumerate(args)]
        mask = None
        if where is not True:
            if hasattr(where, "dtype") and where.dtype.kind != "b":
                raise TypeError("Cannot cast array data from %r to dtype('bool') according to "
                                "the rule 'safe'" % where.dtype)
            mask = asarray(where, dtype=bool_)
            shapes = [_numpy.shape(x) for x in list(args) + list(out)
                      if x is not None and type(x) not in _PY_NUMBERS]
            full = broadcast_shapes(mask.shape, *shapes)
            mask = broadcast_to(mask, full)
            # Only the elements where= picks are computed (and warn).
            args = [x if type(x) in _PY_NUMBERS else broadcast_to(x, full)[mask] for x in args]
        results = self._func(*args)
        if self.nout == 1:
            results = (results,)
        if complex_in and not iscomplexobj(results[0]):
            results = tuple(r.astype(dtype) for r in results)
        if dtype is not None and results[0].dtype != dtype:
            raise TypeError("No loop matching the specified signature and casting was found "
                            "for ufunc " + name)
        done = []
        for r, o in zip(results, out):
            if mask is not None and o is None:
                # NumPy leaves the masked-out elements uninitialised.
                o = zeros(full, r.dtype)
            if o is not None:
                r = _numpy._ufunc_out(name, r, o, mask, casting)
            done.append(r)
        return done[0] if self.nout == 1 else tuple(done)

    def __repr__(self):
        return "<ufunc '%s'>" % self.__name__

    def reduce(self, array, axis=0, dtype=None, out=None, keepdims=False):
        out = _single_out(out)
        if dtype is None and out is not None:
            dtype = out.dtype
        if self._reducer is not None:
            if dtype is None:
                r = self._reducer(array, axis=axis, keepdims=keepdims)
            elif self.__name__ in ("add", "multiply"):
                # sum and prod accumulate in dtype (wrapping in it).
                r = self._reducer(array, axis=axis, dtype=dtype, keepdims=keepdims)
            else:
                r = self._reducer(asarray(array).astype(dtype), axis=axis, keepdims=keepdims)
        else:
            if dtype is not None:
                array = asarray(array).astype(dtype)
            r = self._fold(asarray(array), axis, keepdims)
        return r if out is None else _numpy._ufunc_out(self.__name__, r, out, None, "unsafe")

    def _fold(self, a, axis, keepdims):
        """reduce for a ufunc without a native reducer: folds the reduced
        axes (moved to the front, flattened into one) element by element,
        with NumPy's rules for axis=None/tuples, empty input and keepdims."""
        name, nd = self.__name__, a.ndim
        if self.nout != 1:
            raise ValueError("reduce only supported for functions returning a single value")
        if self.nin != 2:
            raise ValueError("reduce only supported for binary functions")
        if nd == 0 and axis in (None, 0, (), (0,), -1):
            return a[()]
        axes = tuple(range(nd)) if axis is None else _normalize_axis_tuple(axis, nd)
        if len(axes) > 1 and name not in _REORDERABLE_UFUNCS:
            raise ValueError("reduction operation '%s' is not reorderable, so at most one axis "
                             "may be specified" % name)
        kept = [d for i, d in enumerate(a.shape) if i not in axes]
        n = 1
        for ax in axes:
            n *= a.shape[ax]
        folded = moveaxis(a, axes, tuple(range(len(axes)))).reshape([n] + kept)
        if folded.shape[0] == 0:
            identity = self.identity
            if identity is None:
                raise ValueError("zero-size array to reduction operation %s which has no "
                                 "identity" % name)
            r = full(kept, identity, self._func(folded, folded).dtype)
        else:
            r = folded[0]
            for i in range(1, folded.shape[0]):
                r = self._func(r, folded[i])
        if keepdims:
            r = asarray(r).reshape([1 if i in axes else d for i, d in enumerate(a.shape)])
        elif not kept and isinstance(r, ndarray):
            r = r[()]
        return r

    @property
    def identity(self):
        """The value reducing an empty array gives (None: no identity)."""
        return _UFUNC_IDENTITIES.get(self.__name__)

    def accumulate(self, array, axis=0, dtype=None, out=None):
        out = _single_out(out)
        if dtype is None and out is not None:
            dtype = out.dtype
        if dtype is not None:
            array = asarray(array).astype(dtype)
        if self._accumulator is not None:
            r = self._accumulator(array, axis=axis, dtype=dtype)
        else:
            a = moveaxis(asarray(array), axis, 0)
            r = a.copy()
            for i in range(1, a.shape[0]):
                r[i] = self._func(r[i - 1], a[i])
            r = moveaxis(r, 0, axis)
        return r if out is None else _numpy._ufunc_out(self.__name__, r, out, None, "unsafe")

    def at(self, a, indices, b=None):
        """In place: a[indices] = func(a[indices], b), element by element,
        so that repeated indices accumulate (np.add.at(counts, labels, 1))."""
        if not isinstance(a, ndarray):
            raise TypeError("at() argument 1 must be numpy.ndarray, not %s" % type(a).__name__)
        if (b is None) != (self.nin == 1):
            raise ValueError("second operand needed for ufunc" if b is None
                             else "second operand provided when ufunc is unary")
        # The flat positions indices picks (any index NumPy takes), and
        # b broadcast to them.
        positions = arange(a.size).reshape(a.shape)[indices]
        flat_pos = asarray(positions).ravel()
        # A Python number stays weak (it takes a's dtype, as in a + 1).
        weak = isinstance(b, (_py_bool, int, float))
        values = b
        if b is not None and not weak:
            values = broadcast_to(asarray(b), asarray(positions).shape).ravel()
        n = flat_pos.size
        if n == 0:
            return None
        target = a.reshape(-1) if a.flags["C_CONTIGUOUS"] else a.ravel()
        if unique(flat_pos).size == n:
            # No position twice: one vectorised step.
            old = target[flat_pos]
            new = self._func(old) if b is None else self._func(old, values)
            target[flat_pos] = new
        else:
            for k in range(n):
                p = flat_pos[k]
                old = target[p]
                if b is None:
                    target[p] = self._func(old)
                else:
                    target[p] = self._func(old, values if weak else values[k])
        if not a.flags["C_CONTIGUOUS"]:
            a[...] = target.reshape(a.shape)
        return None

    def reduceat(self, array, indices, axis=0, dtype=None, out=None):
        import sys
        import numpy._extras
        return sys.modules["numpy._extras"]._reduceat(self, array, indices, axis, dtype,
                                                      _single_out(out))

    def outer(self, a, b):
        a = asarray(a)
        b = asarray(b)
        return self._func(a.reshape(a.shape + (1,) * b.ndim), b)


sqrt = ufunc("sqrt", sqrt, nin=1)
exp = ufunc("exp", exp, nin=1)
log = ufunc("log", log, nin=1)
log2 = ufunc("log2", log2, nin=1)
log10 = ufunc("log10", log10, nin=1)
sin = ufunc("sin", sin, nin=1)
cos = ufunc("cos", cos, nin=1)
tan = ufunc("tan", tan, nin=1)
tanh = ufunc("tanh", tanh, nin=1)
floor = ufunc("floor", floor, nin=1)
ceil = ufunc("ceil", ceil, nin=1)
rint = ufunc("rint", rint, nin=1)
trunc = ufunc("trunc", trunc, nin=1)
absolute = ufunc("absolute", absolute, nin=1)
negative = ufunc("negative", negative, nin=1)
square = ufunc("square", square, nin=1)
isnan = ufunc("isnan", isnan, nin=1)
isinf = ufunc("isinf", isinf, nin=1)
isfinite = ufunc("isfinite", isfinite, nin=1)
sign = ufunc("sign", sign, nin=1)
logical_not = ufunc("logical_not", logical_not, nin=1)
cbrt = ufunc("cbrt", cbrt, nin=1)
exp2 = ufunc("exp2", exp2, nin=1)
expm1 = ufunc("expm1", expm1, nin=1)
log1p = ufunc("log1p", log1p, nin=1)
arcsin = ufunc("arcsin", arcsin, nin=1)
arccos = ufunc("arccos", arccos, nin=1)
arctan = ufunc("arctan", arctan, nin=1)
sinh = ufunc("sinh", sinh, nin=1)
cosh = ufunc("cosh", cosh, nin=1)
signbit = ufunc("signbit", signbit, nin=1)
abs = absolute
power = ufunc("power", power)
remainder = ufunc("remainder", remainder)
floor_divide = ufunc("floor_divide", floor_divide)
fmax = ufunc("fmax", fmax)
fmin = ufunc("fmin", fmin)
arctan2 = ufunc("arctan2", arctan2)
hypot = ufunc("hypot", hypot)
logical_xor = ufunc("logical_xor", logical_xor)
bitwise_xor = ufunc("bitwise_xor", bitwise_xor)
left_shift = ufunc("left_shift", left_shift)
right_shift = ufunc("right_shift", right_shift)
equal = ufunc("equal", equal)
not_equal = ufunc("not_equal", not_equal)
less = ufunc("less", less)
less_equal = ufunc("less_equal", less_equal)
greater = ufunc("greater", greater)
greater_equal = ufunc("greater_equal", greater_equal)
mod = remainder
add = ufunc("add", add, sum, cumsum)
multiply = ufunc("multiply", multiply, prod, cumprod)
maximum = ufunc("maximum", maximum, max)
minimum = ufunc("minimum", minimum, min)
subtract = ufunc("subtract", subtract)
divide = ufunc("divide", divide)
true_divide = divide
logical_and = ufunc("logical_and", logical_and, all)
logical_or = ufunc("logical_or", logical_or, any)
bitwise_and = ufunc("bitwise_and", bitwise_and)
bitwise_or = ufunc("bitwise_or", bitwise_or)
arcsinh = ufunc("arcsinh", arcsinh, nin=1)
arccosh = ufunc("arccosh", arccosh, nin=1)
arctanh = ufunc("arctanh", arctanh, nin=1)
deg2rad = ufunc("deg2rad", deg2rad, nin=1)
rad2deg = ufunc("rad2deg", rad2deg, nin=1)
radians = ufunc("radians", radians, nin=1)
degrees = ufunc("degrees", degrees, nin=1)
conjugate = ufunc("conjugate", conjugate, nin=1)
conj = conjugate
positive = ufunc("positive", positive, nin=1)
fabs = ufunc("fabs", fabs, nin=1)
reciprocal = ufunc("reciprocal", reciprocal, nin=1)
invert = ufunc("invert", invert, nin=1)
bitwise_not = bitwise_invert = invert
logaddexp = ufunc("logaddexp", logaddexp)
fmod = ufunc("fmod", fmod)
copysign = ufunc("copysign", copysign)
heaviside = ufunc("heaviside", heaviside)
float_power = ufunc("float_power", float_power)
gcd = ufunc("gcd", gcd)
lcm = ufunc("lcm", lcm)
divmod = ufunc("divmod", divmod, nout=2)


# ---- statistics: quantiles, interpolation, convolution, histograms
# (numpy/lib/_function_base_impl.py, _nanfunctions_impl.py and
# _histograms_impl.py, step for step, so results, dtypes and errors agree;
# the element loops of interp and correlate are native: stats.rs)

def _normalize_axis_tuple(axis, nd, allow_duplicate=False):
    """numpy's normalize_axis_tuple: a tuple of axes in range(nd)."""
    if not isinstance(axis, (tuple, list)):
        axis = (axis,)
    out = []
    for ax in axis:
        ax = _operator_index(ax)
        if ax < -nd or ax >= nd:
            raise AxisError("axis %d is out of bounds for array of dimension %d" % (ax, nd))
        out.append(ax % nd if nd else ax)
    if not allow_duplicate and len(set(out)) != len(out):
        raise ValueError("repeated axis")
    return tuple(out)


def _normalize_axis_index(axis, nd, prefix=None):
    """numpy's normalize_axis_index, its message prefixed as NumPy's."""
    axis = _operator_index(axis)
    if axis < -nd or axis >= nd:
        msg = "axis %d is out of bounds for array of dimension %d" % (axis, nd)
        raise AxisError(msg if prefix is None else prefix + ": " + msg)
    return axis % nd


def _operator_index(v):
    """operator.index: v as an int, or TypeError."""
    if isinstance(v, bool) or isinstance(v, int):
        return int(v)
    if isinstance(v, integer) or (isinstance(v, ndarray) and v.ndim == 0 and v.dtype.kind in "iub"):
        return int(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _ureduce(a, func, keepdims, axis, **kwargs):
    """numpy's _ureduce: several axes merged into one last axis, and the
    reduced axes put back as length 1 for keepdims."""
    nd = a.ndim
    if axis is not None:
        axis = _normalize_axis_tuple(axis, nd)
        if len(axis) == 1:
            kwargs["axis"] = axis[0]
        else:
            keep = [i for i in range(nd) if i not in axis]
            for i, s in enumerate(keep):
                a = a.swapaxes(i, s)
            a = a.reshape(a.shape[:len(keep)] + (-1,))
            kwargs["axis"] = -1
    else:
        kwargs["axis"] = None
    r = func(a, **kwargs)
    if keepdims:
        if axis is None:
            index_r = (None,) * nd
        else:
            index_r = tuple(None if i in axis else slice(None) for i in range(nd))
        r = asarray(r)[(Ellipsis,) + index_r]
    return r


def _lerp(a, b, t):
    diff_b_a = subtract(b, a)
    lerp = asanyarray(add(a, diff_b_a * t))
    lerp = where(t >= 0.5, subtract(b, diff_b_a * (1 - t)), lerp).astype(lerp.dtype)
    if lerp.ndim == 0:
        lerp = lerp[()]
    return lerp


def _virtual_index(n, q, alpha, beta):
    return n * q + (alpha + q * (1 - alpha - beta)) - 1


def _gamma_mask(shape, default_value, conditioned_value, where_):
    out = full(shape, default_value)
    return where(where_, conditioned_value, out).astype(out.dtype)


def _discrete_to_boundaries(index, gamma_condition):
    previous = floor(index)
    next_ = previous + 1
    gamma = index - previous
    res = _gamma_mask(index.shape, next_, previous, gamma_condition(gamma, index)).astype(intp)
    res[res < 0] = 0
    return res


def _closest_observation(n, quantiles):
    def gamma_fun(gamma, index):
        return (gamma == 0) & (floor(index) % 2 == 1)
    return _discrete_to_boundaries((n * quantiles) - 1 - 0.5, gamma_fun)


def _inverted_cdf(n, quantiles):
    return _discrete_to_boundaries((n * quantiles) - 1, lambda gamma, _: gamma == 0)


def _averaged_inverted_cdf_gamma(gamma, index):
    return _gamma_mask(gamma.shape, 1.0, 0.5, gamma == 0)


def _keep_gamma(gamma, index):
    return gamma


_QUANTILE_METHODS = {
    "inverted_cdf": (_inverted_cdf, None),
    "averaged_inverted_cdf": (lambda n, q: n * q - 1, "aicdf"),
    "closest_observation": (_closest_observation, None),
    "interpolated_inverted_cdf": (lambda n, q: _virtual_index(n, q, 0, 1), _keep_gamma),
    "hazen": (lambda n, q: _virtual_index(n, q, 0.5, 0.5), _keep_gamma),
    "weibull": (lambda n, q: _virtual_index(n, q, 0, 0), _keep_gamma),
    "linear": (lambda n, q: (n - 1) * q, _keep_gamma),
    "median_unbiased": (lambda n, q: _virtual_index(n, q, 1 / 3.0, 1 / 3.0), _keep_gamma),
    "normal_unbiased": (lambda n, q: _virtual_index(n, q, 3 / 8.0, 3 / 8.0), _keep_gamma),
    "lower": (lambda n, q: floor((n - 1) * q).astype(intp), None),
    "higher": (lambda n, q: ceil((n - 1) * q).astype(intp), None),
    "midpoint": (lambda n, q: 0.5 * (floor((n - 1) * q) + ceil((n - 1) * q)),
                 lambda gamma, index: _gamma_mask(gamma.shape, 0.5, 0.0, index % 1 == 0)),
    "nearest": (lambda n, q: around((n - 1) * q).astype(intp), None),
}


def _method_keys_text():
    return "dict_keys([%s])" % ", ".join(repr(k) for k in _QUANTILE_METHODS)


def _get_indexes(arr, virtual_indexes, valid_values_count):
    previous_indexes = asanyarray(floor(virtual_indexes))
    next_indexes = asanyarray(previous_indexes + 1)
    above = virtual_indexes >= valid_values_count - 1
    if above.any():
        previous_indexes[above] = -1
        next_indexes[above] = -1
    below = virtual_indexes < 0
    if below.any():
        previous_indexes[below] = 0
        next_indexes[below] = 0
    if arr.dtype.kind == "f":
        nans = isnan(virtual_indexes)
        if nans.any():
            previous_indexes[nans] = -1
            next_indexes[nans] = -1
    return previous_indexes.astype(intp), next_indexes.astype(intp)


def _quantile(arr, quantiles, axis, method):
    """numpy's _quantile: arr a fresh array, q checked."""
    values_count = arr.shape[axis]
    if axis != 0:
        arr = moveaxis(arr, axis, 0)
    supports_nans = arr.dtype.kind == "f"
    try:
        get_index, fix_gamma = _QUANTILE_METHODS[method]
    except (KeyError, TypeError):
        raise ValueError("%r is not a valid method. Use one of: %s" % (method, _method_keys_text())) from None
    virtual_indexes = asanyarray(get_index(values_count, quantiles))
    if fix_gamma is None:
        supports_integers = True
    else:
        supports_integers = method == "linear" and virtual_indexes.dtype.kind in "iu"
    # NumPy partitions; a full sort (NaN last) puts the same values there.
    if values_count == 0:
        # NumPy's partition and take fail on the empty axis this way.
        if supports_nans:
            raise IndexError("index -1 is out of bounds for axis 0 with size 0")
        if virtual_indexes.size and supports_integers:
            raise IndexError("cannot do a non-empty take from an empty axes.")
        if virtual_indexes.size:
            raise IndexError("index 0 is out of bounds for axis 0 with size 0")
    arr = sort(arr, axis=0)
    if supports_integers:
        result = take(arr, virtual_indexes, axis=0)
        slices_having_nans = isnan(arr[-1, ...]) if supports_nans else None
    else:
        previous_indexes, next_indexes = _get_indexes(arr, virtual_indexes, values_count)
        slices_having_nans = isnan(arr[-1, ...]) if supports_nans else None
        previous = arr[previous_indexes]
        next_ = arr[next_indexes]
        gamma = asanyarray(virtual_indexes - previous_indexes)
        if fix_gamma == "aicdf":
            gamma = _averaged_inverted_cdf_gamma(gamma, virtual_indexes)
        else:
            gamma = fix_gamma(gamma, virtual_indexes)
        gamma = asanyarray(gamma).astype(virtual_indexes.dtype)
        gamma = gamma.reshape(virtual_indexes.shape + (1,) * (arr.ndim - 1))
        result = _lerp(previous, next_, gamma)
    if slices_having_nans is not None and slices_having_nans.any():
        if result.ndim == 0:
            result = arr[-1]
        else:
            result = where(slices_having_nans, arr[-1, ...], result).astype(result.dtype)
    return result


def _quantile_ureduce_func(a, q, axis=None, method="linear"):
    if q.ndim > 2:
        raise ValueError("q must be a scalar or 1d")
    if axis is None:
        axis = 0
        arr = a.flatten()
    else:
        arr = a.copy()
    return _quantile(arr, q, axis, method)


def _quantile_is_valid(q):
    if q.ndim == 1 and q.size < 10:
        for i in range(q.size):
            if not (0.0 <= q[i] <= 1.0):
                return False
    else:
        if not (q.min() >= 0 and q.max() <= 1):
            return False
    return True


def _percent_q(a, q):
    """q / 100 in the dtype NumPy's percentile divides in."""
    q = true_divide(q, a.dtype.type(100) if a.dtype.kind == "f" else 100)
    return asanyarray(q)


def _quantile_q(a, q):
    if isinstance(q, (int, float)) and a.dtype.kind == "f":
        return asanyarray(q, dtype=a.dtype)
    return asanyarray(q)


def _quantile_args(a, q, out, weights, percent):
    """(a, q) as quantile, percentile and their nan forms check them: out=
    and weights= refused, a as an array, q as fractions of 1 (q / 100 when
    percent) that must lie in [0, 1]."""
    if out is not None:
        raise NotImplementedError("taipan's numpy: quantile's out= is not supported")
    if weights is not None:
        raise NotImplementedError("taipan's numpy: quantile's weights= is not supported")
    a = asanyarray(a)
    if percent:
        q = _percent_q(a, q)
        if not _quantile_is_valid(q):
            raise ValueError("Percentiles must be in the range [0, 100]")
    else:
        q = _quantile_q(a, q)
        if not _quantile_is_valid(q):
            raise ValueError("Quantiles must be in the range [0, 1]")
    return a, q


def _interpolation_as_method(method, interpolation, fname):
    """The method NumPy's deprecated interpolation= names, with its warning."""
    import warnings
    warnings.warn("the `interpolation=` argument to %s was renamed to `method=`, which has "
                  "additional options.\nUsers of the modes 'nearest', 'lower', 'higher', or "
                  "'midpoint' are encouraged to review the method they used. (Deprecated NumPy "
                  "1.22)" % fname, DeprecationWarning, stacklevel=4)
    if method != "linear":
        raise TypeError("You shall not pass both `method` and `interpolation`!\n"
                        "(`interpolation` is Deprecated in favor of `method`)")
    return interpolation


def quantile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
             keepdims=False, *, weights=None, interpolation=None):
    """The q-th quantiles of a along axis (NumPy's methods)."""
    if interpolation is not None:
        method = _interpolation_as_method(method, interpolation, "quantile")
    a, q = _quantile_args(a, q, out, weights, percent=False)
    return _ureduce(a, _quantile_ureduce_func, keepdims, axis, q=q, method=method)


def percentile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
               keepdims=False, *, weights=None, interpolation=None):
    """The q-th percentiles of a along axis (NumPy's methods)."""
    if interpolation is not None:
        method = _interpolation_as_method(method, interpolation, "percentile")
    a, q = _quantile_args(a, q, out, weights, percent=True)
    return _ureduce(a, _quantile_ureduce_func, keepdims, axis, q=q, method=method)


def _nanquantile_1d(arr1d, q, method):
    arr1d = arr1d[~isnan(arr1d)]
    if arr1d.size == 0:
        import warnings
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=6)
        return full(q.shape, nan, dtype=arr1d.dtype)[()]
    return _quantile_ureduce_func(arr1d, q, None, method)


def _nanquantile_ureduce_func(a, q, axis=None, method="linear"):
    if q.ndim > 2:
        raise ValueError("q must be a scalar or 1d")
    if axis is None or a.ndim == 1:
        return _nanquantile_1d(a.ravel(), q, method)
    result = apply_along_axis(_nanquantile_1d, axis, a, q, method)
    if q.ndim != 0:
        from_ax = [axis + i for i in range(q.ndim)]
        result = moveaxis(result, from_ax, list(range(q.ndim)))
    return result


def _nanquantile_unchecked(a, q, axis, method, keepdims):
    if a.size == 0:
        return nanmean(a, axis, keepdims=keepdims)
    return _ureduce(a, _nanquantile_ureduce_func, keepdims, axis, q=q, method=method)


def nanquantile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                keepdims=False, *, weights=None, interpolation=None):
    """quantile, ignoring NaNs."""
    if interpolation is not None:
        method = _interpolation_as_method(method, interpolation, "nanquantile")
    a, q = _quantile_args(a, q, out, weights, percent=False)
    return _nanquantile_unchecked(a, q, axis, method, keepdims)


def nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                  keepdims=False, *, weights=None, interpolation=None):
    """percentile, ignoring NaNs."""
    if interpolation is not None:
        method = _interpolation_as_method(method, interpolation, "nanpercentile")
    a, q = _quantile_args(a, q, out, weights, percent=True)
    return _nanquantile_unchecked(a, q, axis, method, keepdims)


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    """func1d applied to the 1-d slices of arr along axis."""
    arr = asanyarray(arr)
    nd = arr.ndim
    axis = _normalize_axis_index(axis, nd)
    in_dims = list(range(nd))
    inarr_view = transpose(arr, in_dims[:axis] + in_dims[axis + 1:] + [axis])
    outer = inarr_view.shape[:-1]
    count = 1
    for n in outer:
        count *= n
    if count == 0:
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
    import itertools
    inds = [ind + (Ellipsis,) for ind in itertools.product(*[range(n) for n in outer])]
    res = asanyarray(func1d(inarr_view[inds[0]], *args, **kwargs))
    buff = zeros(outer + res.shape, dtype=res.dtype)
    buff_dims = list(range(buff.ndim))
    buff_permute = (buff_dims[0:axis] + buff_dims[buff.ndim - res.ndim:buff.ndim]
                    + buff_dims[axis:buff.ndim - res.ndim])
    buff[inds[0]] = res
    for ind in inds[1:]:
        buff[ind] = asanyarray(func1d(inarr_view[ind], *args, **kwargs))
    return transpose(buff, buff_permute)


def interp(x, xp, fp, left=None, right=None, period=None):
    """One-dimensional linear interpolation of increasing sample points."""
    fp = asarray(fp)
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        left = None
        right = None
        x = asarray(x, dtype=float64)
        xp = asarray(xp, dtype=float64)
        fp = asarray(fp, dtype=float64)
        if xp.ndim != 1 or fp.ndim != 1:
            raise ValueError("Data points must be 1-D sequences")
        if xp.shape[0] != fp.shape[0]:
            raise ValueError("fp and xp are not of the same length")
        x = x % period
        xp = xp % period
        asort_xp = argsort(xp)
        xp = xp[asort_xp]
        fp = fp[asort_xp]
        xp = concatenate((xp[-1:] - period, xp, xp[0:1] + period))
        fp = concatenate((fp[-1:], fp, fp[0:1]))
    return _numpy._interp(x, xp, fp, left, right)


def _correlate_mode(mode):
    if isinstance(mode, str):
        if mode in ("valid", "same", "full"):
            return ("valid", "same", "full").index(mode)
        if mode[:1] in ("v", "s", "f", "V", "S", "F"):
            raise ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode")
        raise ValueError("mode must be one of 'valid', 'same', or 'full' (got %r)" % mode)
    try:
        number = _operator_index(mode)
    except TypeError:
        raise TypeError("convolve/correlate mode not understood") from None
    if 0 <= number <= 2:
        return number
    raise ValueError("integer convolve/correlate mode must be 0, 1, or 2")


def _correlate_operands(a, v):
    a = asarray(a)
    v = asarray(v)
    dt = result_type(a, v)
    return a.astype(dt), v.astype(dt)


def correlate(a, v, mode="valid"):
    """Cross-correlation of two 1-d sequences."""
    mode = _correlate_mode(mode)
    a, v = _correlate_operands(a, v)
    return _numpy._correlate(a, v, mode, True)


def convolve(a, v, mode="full"):
    """Discrete linear convolution of two 1-d sequences."""
    a = array(a, ndmin=1)
    v = array(v, ndmin=1)
    if len(v) > len(a):
        a, v = v, a
    if len(a) == 0:
        raise ValueError("a cannot be empty")
    if len(v) == 0:
        raise ValueError("v cannot be empty")
    mode = _correlate_mode(mode)
    a, v = _correlate_operands(a, v[::-1])
    return _numpy._correlate(a, v, mode, False)


_builtin_range = range


def _hist_outer_edges(a, range):
    if range is not None:
        first_edge, last_edge = range
        if first_edge > last_edge:
            raise ValueError("max must be larger than min in range parameter.")
        if not (isfinite(first_edge) and isfinite(last_edge)):
            raise ValueError("supplied range of [%s, %s] is not finite" % (first_edge, last_edge))
    elif a.size == 0:
        first_edge, last_edge = 0, 1
    else:
        first_edge, last_edge = a.min(), a.max()
        if not (isfinite(first_edge) and isfinite(last_edge)):
            raise ValueError("autodetected range of [%s, %s] is not finite" % (first_edge, last_edge))
    if first_edge == last_edge:
        first_edge = first_edge - 0.5
        last_edge = last_edge + 0.5
    return first_edge, last_edge


_SIGNED_TO_UNSIGNED = {"int8": "uint8", "int16": "uint16", "int32": "uint32", "int64": "uint64"}


def _unsigned_subtract(a, b):
    dt = result_type(a, b)
    unsigned = _SIGNED_TO_UNSIGNED.get(dt.name)
    if unsigned is None:
        r = subtract(a, b)
        return r.astype(dt) if r.dtype != dt else r
    r = subtract(asarray(a, dtype=dt), asarray(b, dtype=dt)).astype(unsigned)
    return r[()] if r.ndim == 0 else r


def _linspace_in(start, stop, num, dtype_):
    """np.linspace(start, stop, num, dtype=dtype_), computed in the type
    NumPy computes it in (start's and stop's, at least float)."""
    dt = result_type(start, stop)
    if dt.kind not in "fc":
        dt = dtype(float64)
    start = dt.type(start)
    stop = dt.type(stop)
    div = num - 1
    y = arange(0, num, dtype=dt)
    delta = subtract(stop, start)
    if div > 0:
        step = delta / div
        if step == 0:
            y = y / div
            y = y * delta
        else:
            y = y * step
    else:
        y = y * delta
    y = y + start
    if num > 1:
        y[-1] = stop
    return y.astype(dtype_)


def _hist_ptp(x):
    return _unsigned_subtract(x.max(), x.min())


def _hist_bin_sqrt(x, range):
    return _hist_ptp(x) / sqrt(x.size)


def _hist_bin_sturges(x, range):
    return _hist_ptp(x) / (log2(x.size) + 1.0)


def _hist_bin_rice(x, range):
    return _hist_ptp(x) / (2.0 * x.size ** (1.0 / 3))


def _hist_bin_scott(x, range):
    return (24.0 * pi ** 0.5 / x.size) ** (1.0 / 3.0) * std(x)


def _hist_bin_stone(x, range):
    n = x.size
    ptp_x = _hist_ptp(x)
    if n <= 1 or ptp_x == 0:
        return 0

    def jhat(nbins):
        hh = ptp_x / nbins
        p_k = histogram(x, bins=nbins, range=range)[0] / n
        return (2 - (n + 1) * p_k.dot(p_k)) / hh

    upper = _py_max(100, int(sqrt(n)))
    nbins = _py_min(_builtin_range(1, upper + 1), key=jhat)
    if nbins == upper:
        import warnings
        warnings.warn("The number of bins estimated may be suboptimal.", RuntimeWarning,
                      stacklevel=3)
    return ptp_x / nbins


def _hist_bin_doane(x, range):
    if x.size > 2:
        sg1 = sqrt(6.0 * (x.size - 2) / ((x.size + 1.0) * (x.size + 3)))
        sigma = std(x)
        if sigma > 0.0:
            temp = x - mean(x)
            true_divide(temp, sigma, temp)
            power(temp, 3, temp)
            g1 = mean(temp)
            return _hist_ptp(x) / (1.0 + log2(x.size) + log2(1.0 + absolute(g1) / sg1))
    return 0.0


def _hist_bin_fd(x, range):
    iqr = subtract(*percentile(x, [75, 25]))
    return 2.0 * iqr * x.size ** (-1.0 / 3.0)


def _hist_bin_auto(x, range):
    fd_bw = _hist_bin_fd(x, range)
    sturges_bw = _hist_bin_sturges(x, range)
    sqrt_bw = _hist_bin_sqrt(x, range)
    fd_bw_corrected = _py_max(fd_bw, sqrt_bw / 2)
    return _py_min(fd_bw_corrected, sturges_bw)


# NumPy's bin-width estimators, by the names `bins=` takes.
_HIST_BIN_SELECTORS = {"stone": _hist_bin_stone, "auto": _hist_bin_auto,
                       "doane": _hist_bin_doane, "fd": _hist_bin_fd, "rice": _hist_bin_rice,
                       "scott": _hist_bin_scott, "sqrt": _hist_bin_sqrt,
                       "sturges": _hist_bin_sturges}


def _hist_named_bins(a, name, range, weights):
    """The number of equal bins the estimator `name` picks for a, and a
    (cut to range) and the outer edges, as NumPy's _get_bin_edges."""
    if name not in _HIST_BIN_SELECTORS:
        raise ValueError("%r is not a valid estimator for `bins`" % (name,))
    if weights is not None:
        raise TypeError("Automated estimation of the number of bins is not supported for "
                        "weighted data")
    first_edge, last_edge = _hist_outer_edges(a, range)
    if range is not None:
        keep = a >= first_edge
        keep &= a <= last_edge
        if not keep.all():
            a = a[keep]
    if a.size == 0:
        return 1, first_edge, last_edge
    width = _HIST_BIN_SELECTORS[name](a, (first_edge, last_edge))
    if not width:
        return 1, first_edge, last_edge
    if a.dtype.kind in "iu" and width < 1:
        width = 1
    delta = _unsigned_subtract(last_edge, first_edge)
    return int(ceil(delta / width)), first_edge, last_edge


def _hist_bin_edges(a, bins, range, weights=None):
    n_equal_bins = None
    bin_edges = None
    if isinstance(bins, str):
        n_equal_bins, first_edge, last_edge = _hist_named_bins(a, bins, range, weights)
    elif ndim(bins) == 0:
        try:
            n_equal_bins = _operator_index(bins)
        except TypeError:
            raise TypeError("`bins` must be an integer, a string, or an array") from None
        if n_equal_bins < 1:
            raise ValueError("`bins` must be positive, when an integer")
        first_edge, last_edge = _hist_outer_edges(a, range)
    elif ndim(bins) == 1:
        bin_edges = asarray(bins)
        if (bin_edges[:-1] > bin_edges[1:]).any():
            raise ValueError("`bins` must increase monotonically, when an array")
    else:
        raise ValueError("`bins` must be 1d, when an array")
    if n_equal_bins is not None:
        bin_type = result_type(first_edge, last_edge, a)
        if bin_type.kind in "iub":
            bin_type = result_type(bin_type, float)
        bin_edges = _linspace_in(first_edge, last_edge, n_equal_bins + 1, bin_type)
        if (bin_edges[:-1] >= bin_edges[1:]).any():
            raise ValueError("Too many bins for data range. Cannot create %d finite-sized bins."
                             % n_equal_bins)
        return bin_edges, (first_edge, last_edge, n_equal_bins)
    return bin_edges, None


def _search_sorted_inclusive(a, v):
    return concatenate((a.searchsorted(v[:-1], "left"), a.searchsorted(v[-1:], "right")))


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    """The bin edges np.histogram would use."""
    a = asarray(a).ravel()
    if weights is not None:
        weights = asarray(weights).ravel()
    return _hist_bin_edges(a, bins, range, weights)[0]


def histogram(a, bins=10, range=None, density=None, weights=None):
    """The histogram of a: (counts, bin_edges), as NumPy computes them."""
    a = asarray(a)
    if a.dtype.kind == "b":
        import warnings
        warnings.warn("Converting input from bool to <class 'numpy.uint8'> for compatibility.",
                      RuntimeWarning, stacklevel=2)
        a = a.astype(uint8)
    if weights is not None:
        weights = asarray(weights)
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")
        weights = weights.ravel()
    a = a.ravel()
    bin_edges, uniform_bins = _hist_bin_edges(a, bins, range, weights)
    ntype = dtype(intp) if weights is None else weights.dtype
    block = 65536
    if uniform_bins is not None:
        first_edge, last_edge, n_equal_bins = uniform_bins
        n = zeros(n_equal_bins, ntype)
        norm_numerator = n_equal_bins
        norm_denom = _unsigned_subtract(last_edge, first_edge)
        for i in _builtin_range(0, len(a), block):
            tmp_a = a[i:i + block]
            tmp_w = None if weights is None else weights[i:i + block]
            keep = tmp_a >= first_edge
            keep &= tmp_a <= last_edge
            if not keep.all():
                tmp_a = tmp_a[keep]
                if tmp_w is not None:
                    tmp_w = tmp_w[keep]
            tmp_a = tmp_a.astype(bin_edges.dtype)
            f_indices = (_unsigned_subtract(tmp_a, first_edge) / norm_denom) * norm_numerator
            indices = f_indices.astype(intp)
            indices[indices == n_equal_bins] -= 1
            decrement = tmp_a < bin_edges[indices]
            indices[decrement] -= 1
            increment = (tmp_a >= bin_edges[indices + 1]) & (indices != n_equal_bins - 1)
            indices[increment] += 1
            n += bincount(indices, weights=tmp_w, minlength=n_equal_bins).astype(ntype)
    else:
        cum_n = zeros(bin_edges.shape, ntype)
        if weights is None:
            for i in _builtin_range(0, len(a), block):
                sa = sort(a[i:i + block])
                cum_n += _search_sorted_inclusive(sa, bin_edges)
        else:
            zero = zeros(1, dtype=ntype)
            for i in _builtin_range(0, len(a), block):
                tmp_a = a[i:i + block]
                tmp_w = weights[i:i + block]
                sorting_index = argsort(tmp_a)
                sa = tmp_a[sorting_index]
                sw = tmp_w[sorting_index]
                cw = concatenate((zero, sw.cumsum()))
                bin_index = _search_sorted_inclusive(sa, bin_edges)
                cum_n += cw[bin_index]
        n = diff(cum_n)
    if density:
        db = array(diff(bin_edges), float)
        return n / db / n.sum(), bin_edges
    return n, bin_edges


# ---- select, indices, cross, polynomials

def select(condlist, choicelist, default=0):
    """Elements of choicelist where the matching condition first holds."""
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if len(condlist) == 0:
        raise ValueError("select with an empty condition list is not possible")
    choicelist = [choice if type(choice) in (int, float) else asarray(choice)
                  for choice in choicelist]
    choicelist.append(default if type(default) in (int, float) else asarray(default))
    dt = result_type(*choicelist)
    condlist = broadcast_arrays(*condlist)
    choicelist = broadcast_arrays(*choicelist)
    for i, cond in enumerate(condlist):
        if cond.dtype.kind != "b":
            raise TypeError("invalid entry %d in condlist: should be boolean ndarray" % i)
    if choicelist[0].ndim == 0:
        result_shape = condlist[0].shape
    else:
        result_shape = broadcast_arrays(condlist[0], choicelist[0])[0].shape
    result = full(result_shape, choicelist[-1], dt)
    choicelist = choicelist[-2::-1]
    condlist = condlist[::-1]
    for choice, cond in zip(choicelist, condlist):
        result = where(cond, choice, result).astype(dt)
    return result


def indices(dimensions, dtype=int, sparse=False):
    """Arrays of the indices of a grid of the given shape."""
    dimensions = tuple(dimensions)
    N = len(dimensions)
    shape = (1,) * N
    if sparse:
        res = ()
    else:
        res = empty((N,) + dimensions, dtype=dtype)
    for i, dim in enumerate(dimensions):
        idx = arange(dim, dtype=dtype).reshape(shape[:i] + (dim,) + shape[i + 1:])
        if sparse:
            res = res + (idx,)
        else:
            res[i] = idx
    return res


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """The cross product of 2- or 3-vectors along the given axes."""
    if axis is not None:
        axisa, axisb, axisc = (axis,) * 3
    a = asarray(a)
    b = asarray(b)
    if a.ndim < 1 or b.ndim < 1:
        raise ValueError("At least one array has zero dimension")
    axisa = _normalize_axis_index(axisa, a.ndim, "axisa")
    axisb = _normalize_axis_index(axisb, b.ndim, "axisb")
    a = moveaxis(a, axisa, -1)
    b = moveaxis(b, axisb, -1)
    if a.shape[-1] not in (2, 3) or b.shape[-1] not in (2, 3):
        raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    if a.shape[-1] == 2 or b.shape[-1] == 2:
        import warnings
        warnings.warn("Arrays of 2-dimensional vectors are deprecated. Use arrays of "
                      "3-dimensional vectors instead. (deprecated in NumPy 2.0)",
                      DeprecationWarning, stacklevel=2)
    shape = broadcast_shapes(a[..., 0].shape, b[..., 0].shape)
    if a.shape[-1] == 3 or b.shape[-1] == 3:
        shape += (3,)
        axisc = _normalize_axis_index(axisc, len(shape), "axisc")
    dt = promote_types(a.dtype, b.dtype)
    a = a.astype(dt)
    b = b.astype(dt)
    a0 = a[..., 0]
    a1 = a[..., 1]
    b0 = b[..., 0]
    b1 = b[..., 1]
    if a.shape[-1] == 2 and b.shape[-1] == 2:
        cp = empty(shape, dt)
        cp[...] = a0 * b1
        cp -= a1 * b0
        return cp
    if a.shape[-1] == 2:
        b2 = b[..., 2]
        cp0 = a1 * b2
        cp1 = negative(a0 * b2)
        cp2 = a0 * b1 - a1 * b0
    elif b.shape[-1] == 2:
        a2 = a[..., 2]
        cp0 = negative(a2 * b1)
        cp1 = a2 * b0
        cp2 = a0 * b1 - a1 * b0
    else:
        a2 = a[..., 2]
        b2 = b[..., 2]
        cp0 = a1 * b2 - a2 * b1
        cp1 = a2 * b0 - a0 * b2
        cp2 = a0 * b1 - a1 * b0
    cp = empty(shape, dt)
    cp[..., 0] = cp0
    cp[..., 1] = cp1
    cp[..., 2] = cp2
    return moveaxis(cp, -1, axisc)


def vander(x, N=None, increasing=False):
    """The Vandermonde matrix of x: columns x**(N-1) ... x**0."""
    x = asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    if N is None:
        N = len(x)
    v = empty((len(x), N), dtype=promote_types(x.dtype, int))
    tmp = v[:, ::-1] if not increasing else v
    if N > 0:
        tmp[:, 0] = 1
    if N > 1:
        tmp[:, 1:] = x[:, None]
        tmp[:, 1:] = multiply.accumulate(tmp[:, 1:], axis=1)
    return v


def _lstsq_qr(A, b, rcond):
    """The least-squares solution of A @ c = b (A of full column rank:
    NotImplementedError when a diagonal of R is below rcond times the
    largest), by Householder QR, and the rank found."""
    m, n = A.shape
    R = A.astype(float64)
    y = b.astype(float64)
    rank = 0
    for k in _builtin_range(m if m < n else n):
        col = R[k:, k].copy()
        norm = float(sqrt((col * col).sum()))
        if norm == 0.0:
            continue
        rank += 1
        alpha = -norm if col[0] >= 0 else norm
        v = col.copy()
        v[0] = v[0] - alpha
        vnorm2 = float((v * v).sum())
        if vnorm2 == 0.0:
            continue
        R[k:, k:] = R[k:, k:] - outer(v, (v @ R[k:, k:]) * (2.0 / vnorm2))
        if y.ndim == 1:
            y[k:] = y[k:] - v * (float(v @ y[k:]) * (2.0 / vnorm2))
        else:
            y[k:] = y[k:] - outer(v, (v @ y[k:]) * (2.0 / vnorm2))
    diag = [abs(float(R[k, k])) for k in _builtin_range(n)]
    biggest = 0.0
    for d in diag:
        biggest = d if d > biggest else biggest
    if rank < n or biggest == 0.0 or any(array(diag) <= rcond * biggest):
        raise NotImplementedError("taipan's numpy: polyfit of rank-deficient data (where NumPy "
                                  "warns 'Polyfit may be poorly conditioned') is not supported")
    c = zeros((n,) + y.shape[1:], dtype=float64)
    for k in _builtin_range(n - 1, -1, -1):
        c[k] = (y[k] - R[k, k + 1:n] @ c[k + 1:n]) / R[k, k]
    return c, rank


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    """Least-squares polynomial fit: the coefficients, highest power first."""
    if full or cov or w is not None:
        raise NotImplementedError("taipan's numpy: polyfit's full=, w= and cov= are not supported")
    order = int(deg) + 1
    x = asarray(x) + 0.0
    y = asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    lhs = vander(x, order)
    rhs = y
    scale = sqrt((lhs * lhs).sum(axis=0))
    lhs = lhs / scale
    if rcond is None:
        rcond = len(x) * finfo(x.dtype).eps
    if lhs.shape[0] < order:
        raise NotImplementedError("taipan's numpy: polyfit with fewer points than coefficients "
                                  "is not supported")
    c, rank = _lstsq_qr(lhs, rhs, rcond)
    c = (c.T / scale).T
    return c


def polyval(p, x):
    """The polynomial p (highest power first) at x, by Horner's scheme."""
    p = asarray(p)
    x = asanyarray(x)
    y = zeros_like(x)
    for pv in p:
        y = y * x + pv
    return y


# ---- plain text files: loadtxt, savetxt (numpy/lib/_npyio_impl.py; the
# reading loop is native, textio.rs, with the rules of NumPy's C reader
# for numeric columns). Files open through open(), so the runtime's file
# capabilities apply.

def _txt_check_nonneg_int(value, name="argument"):
    try:
        _operator_index(value)
    except TypeError:
        raise TypeError("%s must be an integer" % name) from None
    if value < 0:
        raise ValueError("%s must be nonnegative" % name)


def _txt_lines(fname):
    """The lines of fname (a path, a file or an iterable of strings) and
    whether to close it."""
    if hasattr(fname, "__fspath__"):
        fname = fname.__fspath__()
    if isinstance(fname, str):
        try:
            fh = open(fname, "r")
        except FileNotFoundError:
            raise FileNotFoundError("%s not found." % fname) from None
        return fh, fh
    try:
        return iter(fname), None
    except TypeError:
        raise ValueError("fname must be a string, filehandle, list of strings,\n"
                         "or generator. Got %s instead." % type(fname)) from None


def loadtxt(fname, dtype=float, comments="#", delimiter=None, converters=None, skiprows=0,
            usecols=None, unpack=False, ndmin=0, encoding=None, max_rows=None, *,
            quotechar=None, like=None):
    """Loads numbers from a text file: one row a line, columns split by
    delimiter (whitespace by default)."""
    if converters is not None or quotechar is not None:
        raise NotImplementedError("taipan's numpy: loadtxt's converters= and quotechar= are not supported")
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode("latin1")
    dt = _numpy_dtype(float64 if dtype is None else dtype)
    if dt.kind not in "biuf":
        raise NotImplementedError("taipan's numpy: loadtxt reads numeric dtypes only, not %s" % dt)
    if usecols is not None:
        try:
            usecols = [_operator_index(c) for c in usecols]
        except TypeError:
            usecols = [_operator_index(usecols)]
    if ndmin not in (0, 1, 2):
        raise ValueError("Illegal value of ndmin keyword: %s" % (ndmin,))
    if comments is not None:
        if isinstance(comments, (str, bytes)):
            comments = [comments]
        comments = [c.decode("latin1") if isinstance(c, bytes) else c for c in comments]
        if "" in comments:
            raise ValueError("comments cannot be an empty string. Use comments=None to disable comments.")
        if len(comments) > 1 and delimiter in comments:
            raise TypeError("Comment characters '%s' cannot include the delimiter '%s'"
                            % (tuple(comments), delimiter))
    _txt_check_nonneg_int(skiprows)
    if max_rows is not None:
        _txt_check_nonneg_int(max_rows)
    else:
        max_rows = -1
    lines, fh = _txt_lines(fname)
    try:
        if fh is not None:
            source = fh.read()
        else:
            source = [line.decode("latin1") if isinstance(line, bytes) else line
                      for line in lines]
    finally:
        if fh is not None:
            fh.close()
    arr = _numpy._loadtxt_rows(source, delimiter, comments, usecols, skiprows, max_rows, dt)
    if arr.ndim > ndmin:
        arr = squeeze(arr)
    if arr.ndim < ndmin:
        if ndmin == 1:
            arr = atleast_1d(arr)
        elif ndmin == 2:
            arr = atleast_2d(arr).T
    if arr.shape and arr.shape[0] == 0:
        import warnings
        warnings.warn('loadtxt: input contained no data: "%s"' % (fname,), UserWarning,
                      stacklevel=2)
    if unpack:
        return arr.T
    return arr


_numpy_dtype = dtype


def savetxt(fname, X, fmt="%.18e", delimiter=" ", newline="\n", header="", footer="",
            comments="# ", encoding=None):
    """Writes a 1-d or 2-d array to a text file, one row a line."""
    own_fh = False
    if hasattr(fname, "__fspath__"):
        fname = fname.__fspath__()
    if isinstance(fname, str):
        fh = open(fname, "w")
        own_fh = True
        write = fh.write
    elif hasattr(fname, "write"):
        fh = fname

        def write(text):
            try:
                fh.write(text)
            except TypeError:
                fh.write(text.encode(encoding or "latin1"))
    else:
        raise ValueError("fname must be a string or file handle")
    try:
        X = asarray(X)
        if X.ndim == 0 or X.ndim > 2:
            raise ValueError("Expected 1D or 2D array, got %dD array instead" % X.ndim)
        elif X.ndim == 1:
            X = atleast_2d(X).T
            ncol = 1
        else:
            ncol = X.shape[1]
        if type(fmt) in (list, tuple):
            if len(fmt) != ncol:
                raise AttributeError("fmt has wrong shape.  %s" % str(fmt))
            format = delimiter.join(fmt)
        elif isinstance(fmt, str):
            n_fmt_chars = fmt.count("%")
            if n_fmt_chars == 1:
                format = delimiter.join([fmt] * ncol)
            elif n_fmt_chars != ncol:
                raise ValueError("fmt has wrong number of %% formats:  %s" % fmt)
            else:
                format = fmt
        else:
            raise ValueError("invalid fmt: %r" % (fmt,))
        if len(header) > 0:
            header = header.replace("\n", "\n" + comments)
            write(comments + header + newline)
        for row in X:
            try:
                try:
                    v = format % tuple(row) + newline
                except TypeError:
                    # '%d' of NumPy floats: CPython formats them as the
                    # Python floats they subclass.
                    v = format % tuple(row.tolist()) + newline
            except TypeError:
                raise TypeError("Mismatch between array dtype ('%s') and format specifier ('%s')"
                                % (str(X.dtype), format)) from None
            write(v)
        if len(footer) > 0:
            footer = footer.replace("\n", "\n" + comments)
            write(comments + footer + newline)
    finally:
        if own_fh:
            fh.close()


# ---- appending, index helpers and small numerics (NumPy's own Python
# code, on the native core)

def append(arr, values, axis=None):
    """arr with values appended (flattened both when axis is None)."""
    arr = asanyarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = ravel(values)
        axis = arr.ndim - 1
    return concatenate((arr, values), axis=axis)


def isscalar(element):
    """Whether element is a scalar: a NumPy scalar or a Python number,
    str or bytes (0-d arrays and sequences are not)."""
    return isinstance(element, (generic, _py_bool, int, float, str, bytes))


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """The integral of y along axis by the trapezoidal rule."""
    y = asanyarray(y)
    nd = y.ndim
    axis = _normalize_axis_index(axis, nd)
    if x is None:
        d = dx
    else:
        x = asanyarray(x)
        if x.ndim == 1:
            d = diff(x)
            shape = [1] * nd
            shape[axis] = d.shape[0]
            d = d.reshape(shape)
        else:
            d = diff(x, axis=axis)
    upper = [slice(None)] * nd
    lower = [slice(None)] * nd
    upper[axis] = slice(1, None)
    lower[axis] = slice(None, -1)
    return (d * (y[tuple(upper)] + y[tuple(lower)]) / 2.0).sum(axis)


def row_stack(tup, **kwargs):
    """vstack, under its deprecated name (NumPy 2 warns)."""
    import warnings
    warnings.warn("`row_stack` alias is deprecated. Use `np.vstack` directly.",
                  DeprecationWarning, stacklevel=2)
    return vstack(tup, **kwargs)


def trapz(y, x=None, dx=1.0, axis=-1):
    """trapezoid, under its deprecated name (NumPy 2 warns)."""
    import warnings
    warnings.warn("`trapz` is deprecated. Use `trapezoid` instead, or one of the "
                  "numerical integration functions in `scipy.integrate`.",
                  DeprecationWarning, stacklevel=2)
    return trapezoid(y, x=x, dx=dx, axis=axis)


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *,
        dtype=None):
    """The covariance matrix of the variables in m's rows (columns when
    rowvar is False), as NumPy computes it. No fweights/aweights."""
    if fweights is not None or aweights is not None:
        raise NotImplementedError("taipan's numpy.cov has no fweights or aweights")
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    m = asarray(m)
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    if dtype is None:
        dtype = result_type(m, float64) if y is None else result_type(m, y, float64)
    X = array(m, ndmin=2, dtype=dtype)
    if not rowvar and m.ndim != 1:
        X = X.T
    if X.shape[0] == 0:
        return array([]).reshape(0, 0)
    if y is not None:
        y = array(y, ndmin=2, dtype=dtype)
        if not rowvar and y.shape[0] != 1:
            y = y.T
        X = concatenate((X, y), axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    fact = X.shape[1] - ddof
    if fact <= 0:
        import warnings
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=2)
        fact = 0.0
    X = X - X.mean(axis=1)[:, None]
    c = dot(X, X.T)
    c = c * (1.0 / fact) if fact else c / fact
    return c.squeeze()


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    """Pearson correlation coefficients (cov normalised, clipped to [-1, 1])."""
    c = cov(x, y, rowvar, dtype=dtype)
    if c.ndim == 0:
        return c / c
    d = diag(c)
    stddev = sqrt(d)
    c = c / stddev[:, None]
    c = c / stddev[None, :]
    return clip(c, -1, 1)


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    """base ** linspace(start, stop, num)."""
    ndmax = asarray(start).ndim + asarray(stop).ndim + asarray(base).ndim
    start, stop, base = broadcast_arrays(asarray(start) * 1.0, asarray(stop) * 1.0, asarray(base) * 1.0)
    y = linspace(start, stop, num=num, endpoint=endpoint, axis=axis)
    base = expand_dims(base, axis=axis)
    if ndmax == 0:
        base = base.reshape(())
    r = power(base, y)
    if dtype is None:
        return r
    return r.astype(dtype, copy=False)


def _nanmedian_1d(arr1d):
    arr1d = arr1d[~isnan(arr1d)]
    if arr1d.size == 0:
        import warnings
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=5)
        return full((), nan, dtype=arr1d.dtype)[()]
    return median(arr1d)


def _nanmedian_ureduce_func(a, axis=None):
    if axis is None or a.ndim == 1:
        return _nanmedian_1d(a.ravel())
    return apply_along_axis(_nanmedian_1d, axis, a)


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """The median ignoring NaNs (NaN, with a warning, for an all-NaN slice)."""
    a = asanyarray(a)
    if a.dtype.kind not in "fc":
        return median(a, axis=axis, keepdims=keepdims)
    if a.size == 0:
        return nanmean(a, axis, keepdims=keepdims)
    return _ureduce(a, _nanmedian_ureduce_func, keepdims, axis)


def tri(N, M=None, k=0, dtype=float):
    """An (N, M) array with ones at and below the k-th diagonal."""
    if M is None:
        M = N
    m = greater_equal.outer(arange(N), arange(-k, M - k))
    return m.astype(dtype, copy=False)


def tril_indices(n, k=0, m=None):
    """The indices of the lower triangle of an (n, m) array."""
    return nonzero(tri(n, m, k=k, dtype=bool))


def triu_indices(n, k=0, m=None):
    """The indices of the upper triangle of an (n, m) array."""
    return nonzero(~tri(n, m, k=k - 1, dtype=bool))


def _check_2d(arr):
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")


def tril_indices_from(arr, k=0):
    arr = asanyarray(arr)
    _check_2d(arr)
    return tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def triu_indices_from(arr, k=0):
    arr = asanyarray(arr)
    _check_2d(arr)
    return triu_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def diag_indices(n, ndim=2):
    """The indices of the main diagonal of an n x n x ... array."""
    idx = arange(n)
    return (idx,) * ndim


def diag_indices_from(arr):
    arr = asanyarray(arr)
    if arr.ndim < 2:
        raise ValueError("input array must be at least 2-d")
    if len(set(arr.shape)) != 1:
        raise ValueError("All dimensions of input must be of equal length")
    return diag_indices(arr.shape[0], arr.ndim)


def ix_(*args):
    """An open mesh of index arrays from 1-d sequences (bool ones become
    their nonzero indices)."""
    out = []
    nd = len(args)
    for k, new in enumerate(args):
        if not isinstance(new, ndarray):
            new = asarray(new)
            if new.size == 0:
                new = new.astype(intp)
        if new.ndim != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if new.dtype == bool_:
            new = new.nonzero()[0]
        new = new.reshape((1,) * k + (new.size,) + (1,) * (nd - k - 1))
        out.append(new)
    return tuple(out)


class ndindex:
    """An iterator over the index tuples of an array of the given shape,
    in C order."""

    def __init__(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], tuple):
            shape = shape[0]
        self._shape = tuple(_operator_index(n) for n in shape)
        self._walk = None
        for n in self._shape:
            if n < 0:
                raise ValueError("negative dimensions are not allowed")

    def __iter__(self):
        return self

    def __next__(self):
        if self._walk is None:
            self._walk = self._indices()
        return next(self._walk)

    def _indices(self):
        shape = self._shape
        nd = len(shape)
        for n in shape:
            if n == 0:
                return
        index = [0] * nd
        while True:
            yield tuple(index)
            k = nd - 1
            while k >= 0:
                index[k] += 1
                if index[k] < shape[k]:
                    break
                index[k] = 0
                k -= 1
            if k < 0:
                return


class ndenumerate:
    """An iterator over (index tuple, element) pairs of an array."""

    def __init__(self, arr):
        self._arr = asarray(arr)
        self._indices = ndindex(self._arr.shape)

    def __iter__(self):
        return self

    def __next__(self):
        index = next(self._indices)
        return index, self._arr[index]


_native_linspace = linspace


def _is_sequence_arg(v):
    return isinstance(v, (list, tuple)) or (isinstance(v, ndarray) and v.ndim > 0)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *,
             device=None):
    """num evenly spaced samples from start to stop; array endpoints give
    one column of samples per element (NumPy's own algorithm)."""
    if not (_is_sequence_arg(start) or _is_sequence_arg(stop)):
        return _native_linspace(start, stop, num, endpoint, retstep, dtype, axis)
    num = _operator_index(num)
    if num < 0:
        raise ValueError("Number of samples, %s, must be non-negative." % num)
    div = (num - 1) if endpoint else num
    start = asanyarray(start)
    stop = asanyarray(stop)
    dt = result_type(start, stop, float(num))
    integer_dtype = dtype is not None and issubdtype(dtype, integer)
    if dtype is None:
        dtype = dt
    delta = subtract(stop, start).astype(dt)
    y = arange(0, num, dtype=dt).reshape((-1,) + (1,) * delta.ndim)
    if div > 0:
        step = delta / div
        if any(step == 0):
            y = y / div * delta
        else:
            y = y * step
    else:
        step = full(delta.shape, nan, dtype=dt)
        y = y * delta
    y = y + start
    if endpoint and num > 1:
        y[-1, ...] = stop
    if axis != 0:
        y = moveaxis(y, 0, axis)
    if integer_dtype:
        y = floor(y)
    y = y.astype(dtype, copy=False)
    if retstep:
        return y, step
    return y


class vectorize:
    """A function called element by element over broadcast arrays
    (positional and keyword arguments, except those in excluded). The
    result's dtype is otypes[0], else that of the first result; a function
    returning a tuple gives a tuple of arrays. No signature= or cache=."""

    def __init__(self, pyfunc=None, otypes=None, doc=None, excluded=None, cache=False,
                 signature=None):
        if signature is not None:
            raise NotImplementedError("taipan's numpy.vectorize has no signature=")
        self.pyfunc = pyfunc
        self.otypes = otypes
        self.excluded = set(excluded) if excluded else set()
        self.__doc__ = pyfunc.__doc__ if doc is None else doc
        self.__name__ = getattr(pyfunc, "__name__", "vectorize")

    def _otypes(self):
        if self.otypes is None:
            return None
        if isinstance(self.otypes, str):
            return [dtype(c) for c in self.otypes]
        return [dtype(t) for t in self.otypes]

    def __call__(self, *args, **kwargs):
        pos_vec = [k for k in range(len(args)) if k not in self.excluded]
        kw_vec = [k for k in kwargs if k not in self.excluded]
        arrays = broadcast_arrays(*[asarray(args[k]) for k in pos_vec],
                                  *[asarray(kwargs[k]) for k in kw_vec])
        shape = arrays[0].shape if arrays else ()
        flat = [a.ravel() for a in arrays]
        n = 1
        for d in shape:
            n *= d
        otypes = self._otypes()
        if n == 0:
            if otypes is None:
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            outs = [empty(shape, dtype=t) for t in otypes]
            return outs[0] if len(outs) == 1 else tuple(outs)
        call_args = list(args)
        call_kw = dict(kwargs)
        results = []
        for i in range(n):
            for j, k in enumerate(pos_vec):
                call_args[k] = flat[j][i].item()
            for j, k in enumerate(kw_vec):
                call_kw[k] = flat[len(pos_vec) + j][i].item()
            results.append(self.pyfunc(*call_args, **call_kw))
        if isinstance(results[0], tuple):
            columns = list(zip(*results))
            types = otypes or [None] * len(columns)
            return tuple(array(list(c), dtype=t).reshape(shape) for c, t in zip(columns, types))
        t = otypes[0] if otypes else asarray(results[0]).dtype
        return array(results, dtype=t).reshape(shape)


class _AxisConcatenator:
    """np.r_ and np.c_: slices (as arange), scalars and arrays joined
    along one axis. No string directives ('r', 'c', '0,2')."""

    def __init__(self, axis, ndmin, trans1d):
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        objs = []
        type_objs = []
        for item in key:
            if isinstance(item, slice):
                start = 0 if item.start is None else item.start
                step = 1 if item.step is None else item.step
                newobj = arange(start, item.stop, step)
                if self.ndmin > 1:
                    newobj = array(newobj, ndmin=self.ndmin)
                    if self.trans1d != -1:
                        newobj = newobj.swapaxes(-1, self.trans1d)
                type_objs.append(newobj)
            elif isinstance(item, str):
                raise NotImplementedError("taipan's numpy r_/c_ take no string directives")
            elif isinstance(item, (generic, _py_bool, int, float)):
                newobj = array(item, ndmin=self.ndmin)
                type_objs.append(item)
            else:
                item_ndim = asarray(item).ndim
                newobj = array(item, ndmin=self.ndmin)
                if self.trans1d != -1 and item_ndim < self.ndmin:
                    k2 = self.ndmin - item_ndim
                    k1 = self.trans1d
                    if k1 < 0:
                        k1 += k2 + 1
                    defaxes = list(range(self.ndmin))
                    newobj = newobj.transpose(defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2])
                type_objs.append(newobj)
            objs.append(newobj)
        if type_objs:
            final = result_type(*type_objs)
            objs = [asarray(o, dtype=final) for o in objs]
        return concatenate(tuple(objs), axis=self.axis)

    def __len__(self):
        return 0


r_ = _AxisConcatenator(0, 1, -1)
c_ = _AxisConcatenator(-1, 2, 0)


class _nd_grid:
    """np.mgrid (dense) and np.ogrid (sparse): the index grids of slices.
    Real steps only (taipan has no complex numbers, so no 5j counts)."""

    def __init__(self, sparse):
        self.sparse = sparse

    def __getitem__(self, key):
        if isinstance(key, slice):
            start = 0 if key.start is None else key.start
            step = 1 if key.step is None else key.step
            return arange(start, key.stop, step)
        size = []
        num_list = []
        for k in key:
            start = 0 if k.start is None else k.start
            step = 1 if k.step is None else k.step
            n = int(_math.ceil((k.stop - start) / step))
            size.append(n if n > 0 else 0)
            num_list += [start, k.stop, step]
        typ = result_type(*num_list)
        if self.sparse:
            nn = [arange(n, dtype=typ) for n in size]
        else:
            nn = list(indices(size, typ))
        for k, kk in enumerate(key):
            start = 0 if kk.start is None else kk.start
            step = 1 if kk.step is None else kk.step
            nn[k] = nn[k] * step + start
        if self.sparse:
            out = []
            for k in range(len(size)):
                index = [None] * len(size)
                index[k] = slice(None)
                out.append(nn[k][tuple(index)])
            return tuple(out)
        return stack(nn)

    def __len__(self):
        return 0


mgrid = _nd_grid(False)
ogrid = _nd_grid(True)


# NumPy's scalar types join the numbers tower (numbers.Integral ...),
# registered by whichever of the two modules is imported second.
def _join_numbers_tower():
    import sys
    numbers = sys.modules.get("numbers")
    if numbers is not None:
        numbers._register_numpy(sys.modules[__name__])


_join_numbers_tower()
