import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: np.arange(3) + np.arange(4))
attempt(lambda: np.ones((2, 3)) * np.ones((3, 2)))
attempt(lambda: np.ones((2, 3, 4)) - np.ones((2, 4)))
attempt(lambda: np.ones(3) == np.ones(4))
attempt(lambda: np.maximum(np.ones(2), np.ones(5)))
attempt(lambda: np.where(np.ones(3, dtype=bool), np.ones(2), 0))
attempt(lambda: np.ones((2, 2)) @ np.ones((3, 3)))
attempt(lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))))
attempt(lambda: np.ones(3) @ np.ones(4))
attempt(lambda: np.ones(3) @ 2)
