# random: uniform, triangular, gauss (with its cached second value), normal, lognormal, expo, gamma, beta, von Mises, Pareto, Weibull
import random

random.seed(2**100)
print([random.uniform(-3, 3) for _ in range(4)], random.uniform(5, 5), random.uniform(10, 0))
print([random.triangular() for _ in range(3)], [random.triangular(0, 10, 9) for _ in range(3)])
print(random.triangular(2, 2, 2), random.triangular(1, 5, 1), random.triangular(high=4.0, low=2.0))
print([random.gauss() for _ in range(5)])
print([random.gauss(100, 15) for _ in range(5)])
print([random.normalvariate() for _ in range(4)], random.normalvariate(-5, 0.5))
print([random.lognormvariate(0, 1) for _ in range(3)], [random.expovariate(1.5) for _ in range(3)])
print(random.expovariate(-2))
for alpha in (0.3, 0.999, 1.0, 1.5, 9.0, 200.0):
    print(alpha, [random.gammavariate(alpha, 2.0) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)], [random.betavariate(0.5, 0.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0.0, 0.0))
print([random.paretovariate(3) for _ in range(3)], [random.weibullvariate(1.0, 1.5) for _ in range(3)])
# gauss keeps the second value of each pair; seed() and setstate() drop or restore it
random.seed(-5)
g1 = random.gauss()
st = random.getstate()
print(g1, st[2], random.gauss() == st[2])
random.setstate(st)
print(random.gauss() == st[2], random.getstate()[2])
random.seed(-5)
print(random.gauss() == g1, random.getstate()[2] == st[2])
random.seed(0)
print(random.getstate()[2])
a, b = random.Random(8), random.Random(8)
print([a.gauss(0, 2) for _ in range(3)] == [b.gauss(0, 2) for _ in range(3)], a.random() == b.random())
a.gauss()
b.setstate(a.getstate())
print(a.gauss() == b.gauss(), a.gauss() == b.gauss())
r = random.Random(42)
print(sum(r.gauss() for _ in range(500)), sum(r.expovariate(1) for _ in range(500)))
print(sum(r.gammavariate(2.5, 1) for _ in range(200)), sum(r.normalvariate() for _ in range(200)))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.gammavariate(1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__)
print(random.random())
