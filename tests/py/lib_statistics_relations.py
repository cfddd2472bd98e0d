# statistics.covariance, correlation and linear_regression (proportional=), with their errors
from statistics import covariance, correlation, linear_regression, StatisticsError
import statistics

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
f = [0.1, 0.25, 1.5, 2.0, 3.75, 4.1, 5.0, 6.3, 7.7]
g = [2.3, 1.9, 3.3, 4.8, 5.1, 7.9, 8.0, 9.6, 11.4]
print(repr(covariance(x, y)), repr(covariance(x, z)), repr(covariance(z, x)), repr(covariance(f, g)))
print(repr(covariance([True, False, True], [1, 2, 4])), repr(covariance((1.5, 2.5), (3, -7))))
print(repr(correlation(x, x)), repr(correlation(x, z)), repr(correlation(x, y)), repr(correlation(f, g)))
print(repr(correlation(g, f)), repr(correlation([1e300, 2e300, 4e300], [1, 2, 3])), repr(correlation(range(10), [v * v for v in range(10)])))
r = linear_regression(f, g)
print(r, type(r).__name__, repr(r.slope), repr(r.intercept), r[0] == r.slope, r._fields)
print(linear_regression(x, y), linear_regression(x, z), linear_regression(x, [2 * v + 1 for v in x]))
print(linear_regression(f, g, proportional=True), linear_regression(x, z, proportional=True))
print(linear_regression([1, 2], [3, 5], proportional=False), linear_regression(range(5), [0.5, 1, 1.5, 2, 2.5]))
print(statistics.LinearRegression, statistics.LinearRegression(1, 2))
cases = [
    (covariance, ([1, 2], [1, 2, 3])), (covariance, ([1], [1])), (covariance, ([], [])),
    (correlation, ([1, 2, 3], [1, 2])), (correlation, ([5], [6])), (correlation, ([1, 1, 1], [1, 2, 3])),
    (correlation, ([1, 2, 3], [4, 4, 4])), (linear_regression, ([1, 2, 3], [1])),
    (linear_regression, ([1], [2])), (linear_regression, ([2, 2, 2], [1, 2, 3])),
    (linear_regression, ([0, 0], [1, 2])),
]
for func, args in cases:
    try:
        print(func(*args))
    except StatisticsError as e:
        print(func.__name__, "StatisticsError", e)
for bad in [lambda: covariance(iter([1, 2]), [1, 2]), lambda: correlation([1, "a"], [1, 2]),
            lambda: linear_regression([1, 2], [3, 4], True), lambda: covariance(x=[1, 2], y=[1, 2]),
            lambda: linear_regression([1, 2], [3, 4], proportional=True, extra=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError")
print(issubclass(StatisticsError, ValueError), repr(covariance([float("inf"), 1.0], [1.0, 2.0])))
print(repr(correlation([1.0, float("nan")], [1.0, 2.0])), linear_regression([1.0, 2.0], [float("inf"), 1.0]))
