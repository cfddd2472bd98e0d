import numpy as np

print(repr(np.sqrt(np.float32(2.0))), repr(np.sqrt(np.float64(2.0))), repr(np.sqrt(np.float16(2.0))))
print(repr(abs(np.int8(-128))), repr(-np.uint8(1)), repr(abs(np.float64(-0.0))))
print(np.float64(1.5).as_integer_ratio(), np.float32(0.1).as_integer_ratio())
print(repr(np.floor(np.float32(2.7))), repr(np.ceil(np.float64(-2.7))), repr(np.round(np.float32(2.5))))
print(repr(np.maximum(np.float32(1), np.float32(2))), repr(np.minimum(np.int64(3), 2.5)))
print(repr(np.float32(7) % np.float32(3)), repr(np.int64(-7) % np.int64(3)), repr(np.fmod(np.int64(-7), np.int64(3))))
print(repr(np.exp(np.float32(0))), repr(np.log(np.float64(1))), repr(np.power(np.int64(3), 4)))
print(repr(np.isnan(np.float32(np.nan))), repr(np.isinf(np.float64(-np.inf))), repr(np.sign(np.float32(-3))))
