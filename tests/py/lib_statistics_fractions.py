from fractions import Fraction as F
import statistics as s
data = [F(1, 2), F(1, 3), F(5, 7)]
print(s.mean(data), s.fmean(data), s.median(data), s.median_low(data), s.mode(data))
print(s.variance(data), s.pvariance(data), s.stdev(data), s.pstdev(data))
print(s.harmonic_mean(data), s.geometric_mean(data))
print(s.mean([1, F(1, 2)]), s.mean([1.5, F(1, 2)]), type(s.mean([True, F(1, 2)])).__name__)
print(s.variance([F(1), F(2), F(4)], F(7, 3)), s.pvariance([F(1, 3)] * 4))
print(repr(s.mean([2, 4])), repr(s.mean([1, 2])), repr(s.variance([1, 2, 4])), repr(s.mean([0.5, 1])))
class MyFrac(F):
    pass
print(type(s.mean([MyFrac(1, 2), MyFrac(1, 4)])).__name__, s.mean([MyFrac(1, 2), MyFrac(1, 4)]))
