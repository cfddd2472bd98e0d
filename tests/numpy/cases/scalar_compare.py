import numpy as np

print(np.float32(0.1) == 0.1, np.float32(0.5) == 0.5, np.float64(0.1) == 0.1)
print(np.int64(3) == 3, np.int64(3) == 3.0, np.uint8(255) == -1, np.uint8(255) == 255)
print(np.nan != np.nan, np.float64(np.nan) == np.float64(np.nan))
print(np.int8(-1) < np.uint8(0), np.uint64(2**63) > np.int64(-1))
print(np.float32(16777217) == 16777217, np.float32(16777216) == 16777216)
print(np.int64(2**53 + 1) == float(2**53 + 1), np.int64(2**53 + 1) == 2**53 + 1)
print(np.True_ == True, np.True_ is np.bool_(True), np.bool_(1) == 1)
print(type(np.int64(3) == 3).__name__, type(np.float32(1) < 2).__name__)
print(np.float64(-0.0) == 0.0, np.float32(1.5) > np.float16(1.25))
print(np.uint8(200) > 100, np.int8(-5) < -300, np.uint8(1) > -1)
