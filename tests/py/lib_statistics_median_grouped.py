# statistics.median_grouped: interpolated median of grouped (binned) data,
# as CPython 3.11 computes it, with its interval argument and errors.
import statistics
from fractions import Fraction

samples = [[1, 2, 2, 3, 4], [52, 52, 53, 54], [1, 3, 3, 5, 7], [3.5, 2, 2, 4.5, 3, 3],
           [10], [1, 1, 1, 1], [Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)], [True, False, True]]
for data in samples:
    print(data, statistics.median_grouped(data), statistics.median_grouped(data, interval=2),
          statistics.median_grouped(data, 0.5))
ages = [18, 22, 22, 25, 30, 30, 30, 35, 41, 47]
print(statistics.median_grouped([a // 10 * 10 + 5 for a in ages], interval=10))
for bad, width in [([], 1), (["a", "b"], 1), ([1, 2], "x"), ([1, 2], None)]:
    try:
        print(statistics.median_grouped(bad, interval=width))
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
