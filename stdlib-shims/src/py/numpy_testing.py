"""numpy.testing for taipan: the assertions scripts check results with
(assert_allclose, assert_array_equal, assert_equal, assert_raises ...),
raising AssertionError with NumPy 2.3's messages."""

import numpy as np
import operator as _operator
import re as _re
import warnings as _warnings

__all__ = [
    "assert_", "assert_equal", "assert_almost_equal", "assert_array_equal",
    "assert_array_almost_equal", "assert_array_less", "assert_allclose", "assert_raises",
    "assert_raises_regex", "assert_warns", "build_err_msg",
]


def assert_(val, msg=""):
    """assert that works under python -O; msg may be a callable making it."""
    if not val:
        try:
            msg = msg()
        except TypeError:
            pass
        raise AssertionError(msg)


def _short_repr(a, precision):
    """A's repr in an error message: array_repr at precision for arrays,
    cut after three lines."""
    try:
        r = np.array_repr(a, precision=precision) if isinstance(a, np.ndarray) else repr(a)
    except Exception as exc:
        r = "[repr failed for <%s>: %s]" % (type(a).__name__, exc)
    if r.count("\n") > 3:
        r = "\n".join(r.splitlines()[:3]) + "..."
    return r


def build_err_msg(arrays, err_msg, header="Items are not equal:", verbose=True,
                  names=("ACTUAL", "DESIRED"), precision=8):
    """The text of an assertion error: the header, err_msg (on the header's
    line when short), then each value's repr when verbose."""
    lines = ["\n" + header]
    err_msg = str(err_msg)
    if err_msg:
        if "\n" not in err_msg and len(err_msg) < 79 - len(header):
            lines[0] += " " + err_msg
        else:
            lines.append(err_msg)
    if verbose:
        for name, a in zip(names, arrays):
            lines.append(" %s: %s" % (name, _short_repr(a, precision)))
    return "\n".join(lines)


def assert_equal(actual, desired, err_msg="", verbose=True, *, strict=False):
    """Equality of two objects: dicts key by key, lists and tuples item by
    item, arrays element-wise (NaN equals NaN), anything else by ==."""
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], "key=%r\n%s" % (k, err_msg), verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], "item=%r\n%s" % (k, err_msg), verbose)
        return
    if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    if np.isscalar(desired) != np.isscalar(actual):
        raise AssertionError(msg)
    if _is_number(actual) and _is_number(desired):
        if np.isnan(desired) and np.isnan(actual):
            return
        # 0.0 and -0.0 differ here.
        if desired == 0 and actual == 0 and np.signbit(desired) != np.signbit(actual):
            raise AssertionError(msg)
    if not (desired == actual):
        raise AssertionError(msg)


def _is_number(x):
    return isinstance(x, (int, float, np.number, np.bool_))


def assert_almost_equal(actual, desired, decimal=7, err_msg="", verbose=True):
    """abs(desired - actual) < 1.5 * 10**-decimal (element-wise for arrays,
    lists and tuples); NaNs and infinities must match."""
    if isinstance(actual, (np.ndarray, tuple, list)) or isinstance(desired, (np.ndarray, tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)

    def fail():
        header = "Arrays are not almost equal to %d decimals" % decimal
        return AssertionError(build_err_msg([actual, desired], err_msg, verbose=verbose,
                                            header=header))

    if _is_number(actual) and _is_number(desired):
        if not (np.isfinite(desired) and np.isfinite(actual)):
            if np.isnan(desired) or np.isnan(actual):
                if not (np.isnan(desired) and np.isnan(actual)):
                    raise fail()
            elif not desired == actual:
                raise fail()
            return
    if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
        raise fail()


def _same_positions(x, y, test, what, fail):
    """Raises fail(what) unless test (isnan, == inf ...) holds at the same
    places in x and y; returns where it holds (a bool, or y's array)."""
    x_id = test(x)
    y_id = test(y)
    if not np.all(x_id == y_id):
        raise fail("\n%s location mismatch:" % what)
    if x_id.ndim == 0:
        return np.bool_(x_id)
    if y_id.ndim == 0:
        return np.bool_(y_id)
    return y_id


def _violation_remarks(x, y, invalid):
    """The 'Max absolute/relative difference among violations' lines (none
    when x - y cannot be computed, as for bools)."""
    with np.errstate(all="ignore"):
        try:
            error = abs(x - y)
        except TypeError:
            return []
        if x.dtype.kind == "u":
            error = np.minimum(error, abs(y - x))
        lines = ["Max absolute difference among violations: "
                 + np.array2string(np.max(error[invalid]))]
        picked = np.logical_and(invalid, y != 0)
        if not np.any(picked):
            rel = np.array(np.inf)
        else:
            rel = np.max(error[picked] / abs(np.broadcast_to(y, error.shape)[picked]))
        lines.append("Max relative difference among violations: " + np.array2string(rel))
    return lines


def _assert_compare(comparison, x, y, err_msg="", verbose=True, header="", precision=6,
                    equal_nan=True, equal_inf=True, strict=False, names=("ACTUAL", "DESIRED")):
    """The shared body of the array assertions: shapes must agree (or one
    side be 0-d), NaNs and infinities must sit at the same places (and are
    then left out), and comparison(x, y) must hold everywhere else."""
    x = np.asanyarray(x)
    y = np.asanyarray(y)
    ox, oy = x, y

    def fail(text):
        return AssertionError(build_err_msg([x, y], err_msg + text, verbose=verbose,
                                            header=header, names=names, precision=precision))

    if strict:
        same = x.shape == y.shape and x.dtype == y.dtype
    else:
        same = x.shape == () or y.shape == () or x.shape == y.shape
    if not same:
        if x.shape != y.shape:
            raise fail("\n(shapes %s, %s mismatch)" % (x.shape, y.shape))
        raise fail("\n(dtypes %s, %s mismatch)" % (x.dtype, y.dtype))
    flagged = np.bool_(False)
    if equal_nan:
        flagged = _same_positions(x, y, np.isnan, "nan", fail)
    if equal_inf:
        flagged = flagged | _same_positions(x, y, lambda v: v == np.inf, "+inf", fail)
        flagged = flagged | _same_positions(x, y, lambda v: v == -np.inf, "-inf", fail)
    if flagged.ndim > 0:
        x, y = x[~flagged], y[~flagged]
        if x.size == 0:
            return
    elif flagged:
        return
    val = comparison(x, y)
    invalid = np.logical_not(val)
    reduced = np.array([val]) if isinstance(val, bool) else val.ravel()
    if reduced.all():
        return
    mismatched = reduced.size - int(reduced.sum())
    total = flagged.size if flagged.ndim != 0 else reduced.size
    remarks = ["Mismatched elements: %d / %d (%s%%)" % (mismatched, total,
                                                       format(100 * mismatched / total, ".3g"))]
    remarks += _violation_remarks(x, y, invalid)
    raise AssertionError(build_err_msg([ox, oy], str(err_msg) + "\n" + "\n".join(remarks),
                                       verbose=verbose, header=header, names=names,
                                       precision=precision))


def assert_array_equal(actual, desired, err_msg="", verbose=True, *, strict=False):
    """Equal shapes (or a 0-d side) and equal elements; NaNs in the same
    places count as equal."""
    _assert_compare(_operator.eq, actual, desired, err_msg, verbose, "Arrays are not equal",
                    strict=strict)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg="", verbose=True):
    """Element-wise abs(desired - actual) < 1.5 * 10**-decimal."""

    def compare(x, y):
        if np.any(np.isinf(x)) or np.any(np.isinf(y)):
            x_inf, y_inf = np.isinf(x), np.isinf(y)
            if not (x_inf == y_inf).all():
                return False
            if x.size == y.size == 1:
                return x == y
            x, y = x[~x_inf], y[~y_inf]
        y = np.asanyarray(y, np.result_type(y, 1.0))
        return abs(x - y) < 1.5 * 10.0 ** (-decimal)

    _assert_compare(compare, actual, desired, err_msg, verbose,
                    "Arrays are not almost equal to %d decimals" % decimal, precision=decimal)


def assert_array_less(x, y, err_msg="", verbose=True, *, strict=False):
    """x < y element-wise (infinities compared too)."""
    _assert_compare(_operator.lt, x, y, err_msg, verbose,
                    "Arrays are not strictly ordered `x < y`", equal_inf=False, strict=strict,
                    names=("x", "y"))


def assert_allclose(actual, desired, rtol=1e-7, atol=0, equal_nan=True, err_msg="",
                    verbose=True, *, strict=False):
    """np.isclose(actual, desired, rtol, atol, equal_nan) everywhere."""
    actual, desired = np.asanyarray(actual), np.asanyarray(desired)
    header = "Not equal to tolerance rtol=%s, atol=%s" % (format(rtol, "g"), format(atol, "g"))

    def compare(x, y):
        return np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)

    _assert_compare(compare, actual, desired, str(err_msg), verbose, header,
                    equal_nan=equal_nan, strict=strict)


class _Raises:
    """What assert_raises(exc) gives a with statement: fails unless its
    block raises exc (kept as .exception), optionally matching a pattern."""

    def __init__(self, expected, pattern=None, msg=None):
        self.expected = expected
        self.pattern = pattern
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        name = getattr(self.expected, "__name__", None) or str(self.expected)
        if exc_type is None:
            self._fail("%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        if self.pattern is not None and not _re.search(self.pattern, str(exc)):
            self._fail('"%s" does not match "%s"' % (self.pattern, exc))
        return True

    def _fail(self, text):
        raise AssertionError(text if self.msg is None else "%s : %s" % (text, self.msg))


def _check_raises(ctx, args, kwargs):
    """assert_raises' two forms: a context manager, or a call under it."""
    if not args:
        ctx.msg = kwargs.pop("msg", None)
        if kwargs:
            raise TypeError("%r is an invalid keyword argument for this function" % next(iter(kwargs)))
        return ctx
    func, args = args[0], args[1:]
    try:
        func(*args, **kwargs)
    except BaseException as exc:
        if not ctx.__exit__(type(exc), exc, None):
            raise
        return None
    name = getattr(ctx.expected, "__name__", None) or str(ctx.expected)
    raise AssertionError("%s not raised by %s" % (name, getattr(func, "__name__", func)))


def assert_raises(exception_class, *args, **kwargs):
    """assert_raises(exc, func, *args, **kwargs) fails unless the call
    raises exc; assert_raises(exc) is a context manager doing the same."""
    return _check_raises(_Raises(exception_class), args, kwargs)


def assert_raises_regex(exception_class, expected_regexp, *args, **kwargs):
    """assert_raises, where the exception's text must also match the pattern."""
    return _check_raises(_Raises(exception_class, expected_regexp), args, kwargs)


class _Warns:
    """What assert_warns(category) gives a with statement: fails unless
    its block warns of category; other warnings are issued again."""

    def __init__(self, category, name=None):
        self.category = category
        self.name = name

    def __enter__(self):
        self._catch = _warnings.catch_warnings(record=True)
        self._log = self._catch.__enter__()
        _warnings.simplefilter("always")
        return None

    def __exit__(self, exc_type, exc, tb):
        self._catch.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        found = False
        for w in self._log:
            if issubclass(w.category, self.category):
                found = True
            else:
                _warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if not found:
            where = "" if self.name is None else " when calling %s" % self.name
            raise AssertionError("No warning raised" + where)
        return False


def assert_warns(warning_class, *args, **kwargs):
    """assert_warns(category, func, *args, **kwargs) calls func and fails
    unless it warns of category (returning func's result);
    assert_warns(category) is a context manager doing the same."""
    if not args and not kwargs:
        return _Warns(warning_class)
    if not args:
        if "match" in kwargs:
            raise RuntimeError("assert_warns does not use 'match' kwarg, use pytest.warns instead")
        raise RuntimeError("assert_warns(...) needs at least one arg")
    func, args = args[0], args[1:]
    with _Warns(warning_class, func.__name__):
        return func(*args, **kwargs)
