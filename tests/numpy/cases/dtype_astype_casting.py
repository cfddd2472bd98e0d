import numpy as np

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = np.array([1.5, -2.25])
attempt(lambda: x.astype(np.int32, casting="safe"))
attempt(lambda: x.astype(np.float32, casting="same_kind"))
attempt(lambda: x.astype(np.float32, casting="safe"))
attempt(lambda: x.astype(np.int64, casting="unsafe"))
attempt(lambda: np.arange(3).astype(np.float64, casting="safe"))
attempt(lambda: np.arange(3, dtype=np.uint8).astype(np.int16, casting="safe"))
attempt(lambda: np.arange(3).astype(np.int64, casting="no"))
attempt(lambda: np.arange(3).astype(np.int32, casting="equiv"))
attempt(lambda: np.arange(3).astype(np.int32, casting="bogus"))
