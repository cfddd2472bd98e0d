import math

for x in [0.5, 1.0, 2.0, 3.0, 4.5, 10.0, 0.1, -0.5, -1.5, 20.0, 171.0]:
    print(x, round(math.gamma(x), 9), round(math.lgamma(x), 9))
for x in [0.0, 0.5, 1.0, 2.0, -1.0, 3.5, 6.0]:
    print(x, round(math.erfc(x), 12), round(math.erf(x) + math.erfc(x), 12))
for x in [27.0, 8.0, -8.0, 0.0, 2.0, 1e-300, 1e300]:
    print(x, round(math.cbrt(x), 12) if abs(x) < 1e200 else math.cbrt(x) / 1e100)
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf))
print(math.isnan(math.gamma(math.nan)), math.erfc(math.inf), math.erfc(-math.inf))
for f, x in [(math.gamma, 0.0), (math.gamma, -2.0), (math.gamma, -math.inf),
             (math.lgamma, 0.0), (math.lgamma, -3.0), (math.gamma, 172.0),
             (math.lgamma, 1e308)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
