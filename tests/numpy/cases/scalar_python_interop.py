import math
import numpy as np

print(float(np.float32(0.1)), int(np.float64(2.7)), int(np.float64(-2.7)), int(np.uint8(200)))
print(bool(np.float64(0)), bool(np.int64(3)), bool(np.float32(np.nan)))
print(isinstance(np.float64(1), float), isinstance(np.int64(1), int), isinstance(np.bool_(True), bool))
print(math.sqrt(np.float32(2.0)), math.floor(np.float64(2.5)), math.isnan(np.float64(np.nan)))
print(list(range(np.int64(3))), [1, 2, 3][np.int64(-1)])
print(round(np.float64(2.5)), round(np.float64(3.5)), round(np.float64(2.567), 2), round(np.float32(2.567), 2))
print(type(round(np.float64(2.5))).__name__, type(round(np.float64(2.567), 2)).__name__, type(round(np.float32(2.5))).__name__)
print(np.float64(0.1) + 0.2, 0.1 + np.float64(0.2), type(0.1 + np.float64(0.2)).__name__)
print(np.int64(2) + 3, type(np.int64(2) + 3).__name__, type(3 + np.int64(2)).__name__)
print(str(np.int64(10)).zfill(4), '%05.1f' % np.float32(2.25))
print(max(np.float64(1.5), 2), min(np.int64(4), 3.5), sum([np.float32(0.5), np.float32(0.25)]))
print(sorted([np.float64(3.0), np.float64(1.0), 2.0]))
print(np.float64(5).is_integer(), np.float64(5.5).is_integer(), np.float64(0.75).as_integer_ratio())
print(hash(np.int64(5)) == hash(5), hash(np.float64(1.5)) == hash(1.5))
d = {np.int64(1): 'one'}
print(d[1], 1 in d, np.int64(1) in {1: 'x'})
print(int(np.array([7])[0]) + 1, float(np.array(3.5)))
print(int(np.int64(7)).bit_length())
