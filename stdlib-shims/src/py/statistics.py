"""statistics for taipan: mean, fmean, geometric_mean, harmonic_mean,
median, median_low, median_high, median_grouped, mode, multimode, quantiles, pvariance,
pstdev, variance, stdev and StatisticsError; covariance, correlation,
linear_regression and NormalDist live in `_statistics_more`, loaded on
first use.

As in CPython 3.11, mean and the variances are computed exactly: each
value is turned into a ratio of ints, the sums are exact fractions, and
the result is converted once, at the end, to the type of the data: int
data gives an int where the exact result is a whole number (`mean([1, 2,
3])` is `2`) and a float otherwise; data with a float gives a float.
stdev and pstdev are the correctly rounded square roots of the exact
variances. Non-finite floats (inf, nan) give inf or nan, as in CPython.

What differs from CPython: taipan has no `decimal`, so the data may be
ints, bools, floats and Fractions (and their subclasses); the exact
arithmetic is done on plain (numerator, denominator) pairs of ints.
"""

import bisect
import math
from collections import Counter

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean",
    "median", "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
    "pvariance", "quantiles", "stdev", "variance",
]


_MORE = frozenset(("LinearRegression", "NormalDist", "correlation", "covariance",
                   "linear_regression"))


def __getattr__(name):
    """covariance, correlation, linear_regression and NormalDist, from
    `_statistics_more`: only the scripts that use them compile them."""
    if name in _MORE:
        import _statistics_more
        value = getattr(_statistics_more, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'statistics' has no attribute %r" % (name,))


class StatisticsError(ValueError):
    """Raised for statistically meaningless requests (empty data, ...)."""
    pass


# ---- exact rationals, as (numerator, denominator) pairs, denominator > 0

def _ratio(n, d):
    """The reduced pair for n/d (d != 0)."""
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return (n, d)


def _add(a, b):
    """a + b for pairs."""
    return _ratio(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _mul(a, b):
    """a * b for pairs."""
    return _ratio(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    """a / b for pairs (b != 0)."""
    return _ratio(a[0] * b[1], a[1] * b[0])


def _exact_ratio(x):
    """x as an exact (numerator, denominator) pair, or (x, None) when x is
    an infinite or NaN float."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type a result of data of types T and S is converted to."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # Fractions mixed with floats give floats.
    from fractions import Fraction
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    """Fold _coerce over the types met, starting from int."""
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(type, exact sum, count) of data; the sum is a pair, or a float
    when the data hold inf or nan."""
    count = 0
    types = []
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = (0, 1)
        for d, n in partials.items():
            total = _add(total, _ratio(n, d))
    return _result_type(types), total, count


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count) of data, exactly;
    with c given, the deviations are taken from c instead of the mean."""
    if c is not None:
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        T, ssd, count = _sum(squares)
        return T, ssd, c, count
    count = 0
    types = []
    sx = {}
    sxx = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if d is not None:
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = (0, 1)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = (0, 1)
        for d, n in sx.items():
            total = _add(total, _ratio(n, d))
        total_sq = (0, 1)
        for d, n in sxx.items():
            total_sq = _add(total_sq, _ratio(n, d * d))
        # (count * sxx - sx * sx) / count, exact.
        ssd = _div(_add(_mul((count, 1), total_sq), _mul((-total[0], total[1]), total)),
                   (count, 1))
        c = _div(total, (count, 1))
    return _result_type(types), ssd, c, count


def _scale(value, k):
    """value / k, for a pair or a (non-finite) float."""
    if isinstance(value, tuple):
        return _div(value, (k, 1))
    return value / k


def _convert(value, T):
    """Turn an exact result into the type T of the data: an int for int
    data when it is whole, a float for floats (and ints that are not
    whole), a Fraction (of T's class) for Fractions."""
    if not isinstance(value, tuple):
        return value if type(value) is T else T(value)
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n)
        T = float
    if issubclass(T, float):
        return T(n / d)
    from fractions import Fraction
    return T(Fraction(n, d))


def _float_sqrt_of_ratio(value):
    """The correctly rounded float square root of the exact pair n/m."""
    if not isinstance(value, tuple):
        # CPython fails here too for an inf or nan variance.
        value.numerator
    n, m = value
    # Work with about 2 * 53 + 3 significant bits: the integer square root
    # made odd when inexact (round-to-odd) then rounds correctly once,
    # in the final int / int division.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        root = _isqrt_round_to_odd(n, m << (2 * shift)) << shift
        return root / 1
    root = _isqrt_round_to_odd(n << (-2 * shift), m)
    return root / (1 << -shift)


def _isqrt_round_to_odd(n, m):
    """floor(sqrt(n / m)), with the low bit set when that is inexact."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


def _fail_neg(values, errmsg):
    """Yield the values, raising StatisticsError(errmsg) at a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _as_list(data):
    """data itself, or a list of it when it is an iterator."""
    if iter(data) is data:
        return list(data)
    return data


# ---- averages

def mean(data):
    """The arithmetic mean of data, computed exactly and converted to the
    data's type (an int for int data when the mean is whole)."""
    T, total, n = _sum(_as_list(data))
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_scale(total, n), T)


def fmean(data, weights=None):
    """The mean of data as a float, using math.fsum (faster than mean);
    with weights, the weighted mean."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (0 if a value is 0); with
    weights, the weighted harmonic mean."""
    data = _as_list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        terms = []
        for w, x in zip(weights, _fail_neg(data, errmsg)):
            terms.append(w / x if w else 0)
        T, total, count = _sum(terms)
    except ZeroDivisionError:
        return 0
    if isinstance(total, tuple):
        if total[0] <= 0:
            raise StatisticsError("Weighted sum must be positive")
        if isinstance(sum_weights, tuple):
            return _convert(_div(sum_weights, total), T)
        return _convert(sum_weights / (total[0] / total[1]), T)
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if isinstance(sum_weights, tuple):
        sum_weights = sum_weights[0] / sum_weights[1]
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data; for an even count, the mean of the two
    middle values (computed with `(a + b) / 2`)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of data; for an even count, the smaller of the
    two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data; for an even count, the larger of the
    two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width `interval` centred on
    the values, interpolated inside the middle bin: L + interval *
    (n/2 - cf) / f, with L the bin's lower limit, cf the count of values
    below the bin and f the count in it (all as floats)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    middle = data[n // 2]
    below = bisect.bisect_left(data, middle)
    count = bisect.bisect_right(data, middle, lo=below) - below
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    return centre - width / 2.0 + width * (n / 2 - below) / count


def mode(data):
    """The most common value of data (the first met among equally common
    ones); the data may be of any hashable type."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    """The list of the most common values of data, in the order they were
    first met ([] for empty data)."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points that divide data into n intervals of equal
    probability, interpolating linearly; method 'exclusive' (the default)
    or 'inclusive' (for data that include the extremes of the
    population)."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = min(max(j, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# ---- spread

def variance(data, xbar=None):
    """The sample variance of data (divided by n - 1), exact then
    converted to the data's type; xbar, if given, is used as the mean."""
    T, ss, c, n = _ss(_as_list(data), xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_scale(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data (divided by n), exact then
    converted to the data's type; mu, if given, is used as the mean."""
    T, ss, c, n = _ss(_as_list(data), mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_scale(ss, n), T)


def stdev(data, xbar=None):
    """The sample standard deviation of data: the correctly rounded
    square root of variance(data, xbar), as a float."""
    T, ss, c, n = _ss(_as_list(data), xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _float_sqrt_of_ratio(_scale(ss, n - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data: the correctly rounded
    square root of pvariance(data, mu), as a float."""
    T, ss, c, n = _ss(_as_list(data), mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _float_sqrt_of_ratio(_scale(ss, n))
