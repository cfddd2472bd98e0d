import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(6)
attempt(lambda: a.reshape(4))
attempt(lambda: a.reshape(4, -1))
attempt(lambda: a.reshape(-1, -1))
attempt(lambda: a.reshape((2, 2)))
attempt(lambda: np.reshape(a, (7,)))
attempt(lambda: a.reshape(0, -1))
attempt(lambda: np.zeros((0, 3)).reshape(-1, 0))
attempt(lambda: a.reshape(2, 3, -1))
