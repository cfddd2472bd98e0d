# statistics.NormalDist: construction, properties, pdf/cdf/zscore, arithmetic, ==, hash, repr, errors
# (cdf and overlap go through math.erf, which may differ from glibc's in the last bit: printed to 12 digits)
import copy
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
s = NormalDist()
print(n, s, repr(NormalDist(1, 0)), NormalDist(mu=2.5), NormalDist(sigma=3), NormalDist(True, False))
print(n.mean, n.median, n.mode, n.stdev, n.variance, type(n.mean).__name__, s.variance)
for x in [100, 85, 130.5, -3, 1000]:
    print(x, repr(n.pdf(x)), "%.12g" % n.cdf(x), repr(n.zscore(x)))
print([repr(s.pdf(x / 4)) for x in range(-12, 13, 3)])
print(["%.12g" % s.cdf(x / 4) for x in range(-12, 13, 3)])
print(repr(NormalDist(2.4, 1.6).pdf(3)), repr(NormalDist(-1, 0.01).pdf(-1.005)))
print(n + 10, 10 + n, n - 10, 10 - n, n * 2, 2 * n, n * -2, n / 4, n / -0.5, +n, -n)
print(n + s, n - s, s - n, NormalDist(1, 3) + NormalDist(2, 4), (n + s).stdev == (n - s).stdev)
print(n == NormalDist(100, 15), n == NormalDist(100.0, 15.0), n != s, n == 100, n == (100, 15), +n is n)
print(hash(n) == hash(NormalDist(100.0, 15)), hash(n) == hash((100.0, 15.0)), hash(s), len({n, NormalDist(100, 15), s}))
print(repr(NormalDist(0.1 + 0.2, 1 / 3)), NormalDist(float("inf"), 0.0))


class Sub(NormalDist):
    pass


print(Sub(1, 2), Sub(1, 2) + 1, Sub(1, 2) == NormalDist(1, 2), Sub.from_samples([1, 2, 3]), type(Sub.from_samples([1, 2])).__name__)
print(copy.copy(n), copy.deepcopy(n), copy.copy(n) == n, n.__getstate__())
print("%.12g" % NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), "%.12g" % s.overlap(NormalDist(1, 1)))
print("%.12g" % NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)), "%.12g" % s.overlap(s), "%.12g" % n.overlap(s))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(range(10)), NormalDist.from_samples(iter([1, 2, 4])))
print(NormalDist.from_samples([1.5, float("inf")]), NormalDist.from_samples([7, 7, 7]))
zero = NormalDist(5, 0)
for call in [lambda: NormalDist(1, -1), lambda: zero.pdf(1), lambda: zero.cdf(1), lambda: zero.zscore(1),
             lambda: zero.overlap(s), lambda: s.overlap(zero), lambda: zero.inv_cdf(0.5), lambda: s.inv_cdf(0),
             lambda: s.inv_cdf(1), lambda: s.inv_cdf(-0.5), lambda: NormalDist.from_samples([1]),
             lambda: NormalDist.from_samples([]), lambda: zero.quantiles()]:
    try:
        print(call())
    except StatisticsError as e:
        print("StatisticsError", e)
for call in [lambda: s.overlap(1), lambda: 1 / s, lambda: s * s, lambda: s / s, lambda: NormalDist("a"),
             lambda: NormalDist(1, "b"), lambda: s.pdf("x"), lambda: s < n, lambda: NormalDist(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError")
    except ValueError as e:
        print("ValueError", e)
try:
    n.mean = 5
except AttributeError:
    print("AttributeError")
