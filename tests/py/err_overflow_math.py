import math
for v in [1, 10, 100, 709]:
    print(v, math.exp(v))
print("now overflow")
print(math.exp(1000))
