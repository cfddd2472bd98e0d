import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: bool(np.array([1, 2])))
attempt(lambda: bool(np.array([])))
attempt(lambda: bool(np.array([[0]])))
attempt(lambda: np.array([1, 2]) and True)
attempt(lambda: 1 if np.zeros((2, 2)) else 0)
attempt(lambda: np.array([1, 2]) == None)
attempt(lambda: max(np.array([1, 2]), np.array([0, 3])))
attempt(lambda: int(np.array([1, 2])))
