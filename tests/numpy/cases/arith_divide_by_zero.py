import numpy as np

with np.errstate(divide='ignore', invalid='ignore'):
    print(repr(np.array([1, -1, 0]) // 0))
    print(repr(np.array([1, -1, 0]) % 0))
    print(repr(np.array([1.0, -1.0, 0.0]) / 0.0))
    print(repr(np.array([1.0, -1.0, 0.0]) / -0.0))
    print(repr(np.array([0.0]) / np.array([0.0])))
    print(repr(np.array([1, 2], dtype=np.uint8) // np.array([0, 0], dtype=np.uint8)))
    print(repr(np.array([1], dtype=np.int8) / np.array([0], dtype=np.int8)))
    print(repr(np.log(np.array([0.0, 1.0]))))
    x = np.array([2.0, 0.0, 4.0])
    print(repr(np.where(x == 0, 0.0, 1.0 / x)))
old = np.seterr(all='ignore')
print(repr(np.array([3.0]) / 0))
np.seterr(**old)
with np.errstate(divide='raise'):
    try:
        np.array([1.0]) / 0.0
    except FloatingPointError as e:
        print(type(e).__name__, e)
with np.errstate(over='raise'):
    try:
        np.array([1e308]) * 10
    except FloatingPointError as e:
        print(type(e).__name__, e)
with np.errstate(invalid='raise'):
    try:
        np.sqrt(np.array([-1.0]))
    except FloatingPointError as e:
        print(type(e).__name__, e)
