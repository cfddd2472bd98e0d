"""statistics.covariance, correlation, linear_regression and NormalDist
for taipan, apart from statistics.py so that `import statistics` does not
compile them: statistics' module __getattr__ loads them on first use.

NormalDist.inv_cdf evaluates Wichura's AS241 polynomials in CPython's
order of operations, so it gives CPython's results to the last bit;
cdf() and overlap() go through math.erf, which may differ from glibc's
in the last bit.
"""

import math
from collections import namedtuple
from statistics import StatisticsError, _float_sqrt_of_ratio, _scale, _ss

__all__ = ["LinearRegression", "NormalDist", "correlation", "covariance",
           "linear_regression"]

# What is defined here belongs to statistics, as in CPython: the classes' and
# functions' __module__ is taken from __name__.
__name__ = "statistics"


# ---- relations between two inputs

LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"), module="statistics")


def _check_pair(x, y, what):
    """len(x), after checking that x and y hold as many points, at least two."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points"
                              % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def _deviation_products(x, y, xbar, ybar):
    """fsum of (xi - xbar) * (yi - ybar) over the pairs."""
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))


def _squared_deviations(x, xbar):
    """fsum of (xi - xbar) squared (as a product, like CPython)."""
    total = []
    for xi in x:
        d = xi - xbar
        total.append(d * d)
    return math.fsum(total)


def covariance(x, y, /):
    """The sample covariance of x and y (as floats, divided by n - 1)."""
    n = _check_pair(x, y, "covariance")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return _deviation_products(x, y, xbar, ybar) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1."""
    n = _check_pair(x, y, "correlation")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = _deviation_products(x, y, xbar, ybar)
    sxx = _squared_deviations(x, xbar)
    syy = _squared_deviations(y, ybar)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares (slope, intercept) of y against x, as a
    LinearRegression named tuple; with proportional=True, the line goes
    through the origin (intercept 0.0)."""
    n = _check_pair(x, y, "linear regression")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = _deviation_products(x, y, xbar, ybar)
        sxx = _squared_deviations(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution

# Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): rational
# approximations of the normal quantile function, each polynomial's
# coefficients from the highest power down. The central one serves
# |p - 0.5| <= 0.425, the other two the tails (r = sqrt(-log(tail)) up to
# 5, and beyond).
_CENTRAL_NUM = (
    2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
    45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
    133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (
    5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
    21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
    42.313330701600911252, 1.0)
_NEAR_NUM = (
    7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
    1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
    4.6303378461565452959, 1.42343711074968357734)
_NEAR_DEN = (
    1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
    0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
    2.05319162663775882187, 1.0)
_FAR_NUM = (
    2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
    0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
    5.4637849111641143699, 6.6579046435011037772)
_FAR_DEN = (
    2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
    7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
    0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    """The polynomial with coefficients (highest power first) at r."""
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_quantile(p):
    """The standard normal variate x with P(X <= x) = p (0 < p < 1)."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_NUM, r) / _horner(_FAR_DEN, r)
    return -x if q < 0.0 else x


def _mean_stdev(data):
    """The mean and the sample standard deviation of data, as floats,
    in one exact pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    if not isinstance(ss, tuple):
        # inf or nan among the data: xbar and ss are that sum
        return float(xbar), float(xbar) / float(ss)
    mean = xbar[0] / xbar[1]
    return mean, _float_sqrt_of_ratio(_scale(ss, n - 1))


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the mean and sample stdev of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution (random.gauss),
        from a generator of its own when seed is given."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with P(X <= x) = p, for 0 < p < 1 (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return self._mu + (_normal_quantile(p) * self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n
        intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of the two densities: the area
        under both, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The mean, mu."""
        return self._mu

    @property
    def median(self):
        """The median: mu."""
        return self._mu

    @property
    def mode(self):
        """The mode (where the density peaks): mu."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation, sigma."""
        return self._sigma

    @property
    def variance(self):
        """sigma squared."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
