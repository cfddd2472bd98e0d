"""numpy for taipan: the native array core (_numpy) and the parts of
NumPy's API that are plain compositions of it, written in Python."""

from _numpy import *
from _numpy import __version__, linalg, fft, exceptions
import _numpy
import numpy.random as random

True_ = bool_(True)
False_ = bool_(False)


def __getattr__(name):
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
    return bool(all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))


def array_equal(a1, a2, equal_nan=False):
    a1 = asarray(a1)
    a2 = asarray(a2)
    if a1.shape != a2.shape:
        return False
    if not equal_nan:
        return bool(all(a1 == a2))
    both_nan = isnan(a1) & isnan(a2)
    return bool(all((a1 == a2) | both_nan))


def array_equiv(a1, a2):
    a1 = asarray(a1)
    a2 = asarray(a2)
    try:
        eq = a1 == a2
    except ValueError:
        return False
    return bool(all(eq))


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

    def __repr__(self):
        return "finfo(resolution=%s, min=%s, max=%s, dtype=%s)" % (
            self.resolution, self.min, self.max, self.dtype.name)


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

    def __repr__(self):
        return "iinfo(min=%d, max=%d, dtype=%s)" % (self.min, self.max, self.dtype.name)


# ---- window functions (numpy.hanning, numpy.hamming)

def _cosine_window(M, a):
    """a + (1 - a) * cos(pi * n / (M - 1)) for n = 1-M, 3-M, ..., M-1."""
    if M < 1:
        return array([], dtype=float64)
    if M == 1:
        return ones(1, dtype=float64)
    n = arange(1 - M, M, 2)
    return a + (1.0 - a) * cos(pi * n / (M - 1))


def hanning(M):
    """The Hann window of M points."""
    return _cosine_window(M, 0.5)


def hamming(M):
    """The Hamming window of M points."""
    return _cosine_window(M, 0.54)


# ---- element-wise compositions

def identity(n, dtype=None):
    return eye(n, dtype=dtype)


def fix(x):
    x = asanyarray(x)
    return where(x < 0, ceil(x), floor(x)) if x.dtype.kind == "f" else x.copy()


def positive(x):
    return +asanyarray(x)


def invert(x):
    return ~asanyarray(x)


bitwise_not = invert
bitwise_invert = invert


def reciprocal(x):
    x = asanyarray(x)
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
    x1 = asanyarray(x1)
    x2 = asanyarray(x2)
    magnitude = abs(x1)
    return _ufunc_result(where(signbit(x2), -magnitude, magnitude))


def _ufunc_result(x):
    """A ufunc's result: NumPy scalars where the inputs were 0-d."""
    return x[()] if x.ndim == 0 else x


def fabs(x):
    x = asanyarray(x)
    return abs(x.astype(result_type(x, 1.0)))


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
    dt = result_type(x1, x2, 1.0) if x1.dtype.kind != "f" else x1.dtype
    return _ufunc_result(where(x1 < 0, 0.0, where(x1 > 0, 1.0, x2)).astype(dt))


def delete(arr, obj, axis=None):
    arr = asarray(arr)
    if axis is None:
        arr = arr.ravel()
        axis = 0
    axis = axis + arr.ndim if axis < 0 else axis
    n = arr.shape[axis]
    keep = ones(n, dtype=bool)
    if isinstance(obj, slice):
        keep[obj] = False
    else:
        index = asarray(obj)
        if index.dtype.kind == "b":
            keep = ~index
        else:
            keep[index] = False
    return arr[(slice(None),) * axis + (keep,)]


def insert(arr, obj, values, axis=None):
    arr = asarray(arr)
    if axis is None:
        arr = arr.ravel()
        axis = 0
    parts = split(arr, [obj], axis=axis)
    values = asarray(values, dtype=arr.dtype)
    if values.ndim < arr.ndim:
        shape = list(arr.shape)
        shape[axis] = 1 if values.ndim == arr.ndim - 1 or values.size == 1 else values.size
        values = broadcast_to(values.reshape(shape if values.size != 1 else [1] * arr.ndim), shape)
    return concatenate([parts[0], values, parts[1]], axis=axis)


def array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=" ",
                 threshold=None, edgeitems=None, sign=None, floatmode=None):
    a = asarray(a)
    options = {}
    for key, value in (("linewidth", max_line_width), ("precision", precision),
                       ("suppress", suppress_small), ("threshold", threshold),
                       ("edgeitems", edgeitems), ("sign", sign), ("floatmode", floatmode)):
        if value is not None:
            options[key] = value
    with printoptions(**options):
        text = str(a) if separator == " " else _comma_text(a)
    return text


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




def unravel_index(indices, shape):
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
    for n in reversed(shape):
        out.append(rest % n)
        rest = rest // n
    out.reverse()
    if indices.ndim == 0:
        return tuple(int64(v) for v in out)
    return tuple(out)


def ravel_multi_index(multi_index, dims):
    flat = 0
    for i, n in zip(multi_index, dims):
        flat = flat * n + asarray(i)
    return flat


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

class ufunc:
    def __init__(self, name, func, reducer=None, accumulator=None, nin=2):
        self.__name__ = name
        self.nin = nin
        self.nout = 1
        self.nargs = nin + 1
        self._func = func
        self._reducer = reducer
        self._accumulator = accumulator

    # self._func(*args, **kwargs), natively (no Python frame per call)
    __call__ = _numpy._ufunc_call

    def __repr__(self):
        return "<ufunc '%s'>" % self.__name__

    def reduce(self, array, axis=0, dtype=None, keepdims=False):
        if self._reducer is not None:
            if dtype is None:
                return self._reducer(array, axis=axis, keepdims=keepdims)
            if self.__name__ in ("add", "multiply"):
                # sum and prod accumulate in dtype (wrapping in it).
                return self._reducer(array, axis=axis, dtype=dtype, keepdims=keepdims)
            return self._reducer(asarray(array).astype(dtype), axis=axis, keepdims=keepdims)
        if dtype is not None:
            array = asarray(array).astype(dtype)
        a = moveaxis(asarray(array), 0 if axis is None else axis, 0)
        acc = a[0]
        for i in range(1, a.shape[0]):
            acc = self._func(acc, a[i])
        return acc

    def accumulate(self, array, axis=0, dtype=None):
        if self._accumulator is not None:
            return self._accumulator(array, axis=axis)
        a = moveaxis(asarray(array), axis, 0)
        out = a.copy()
        for i in range(1, a.shape[0]):
            out[i] = self._func(out[i - 1], a[i])
        return moveaxis(out, 0, axis)

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
