import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: np.zeros(-1))
attempt(lambda: np.zeros((2, -3)))
attempt(lambda: np.arange(0, 10, 0))
attempt(lambda: np.linspace(0, 1, -1))
attempt(lambda: np.eye(-1))
attempt(lambda: np.ones(3).reshape(3, 1).squeeze(axis=0))
attempt(lambda: np.frombuffer(b'abc', dtype=np.int16))
attempt(lambda: np.split(np.arange(5), 2))
attempt(lambda: np.pad(np.arange(3), ((1, 1), (1, 1))))
attempt(lambda: np.pad(np.arange(3), -1))
attempt(lambda: np.broadcast_to(np.ones((2, 2)), (2,)))
attempt(lambda: np.tile(np.arange(3), -1))
attempt(lambda: np.repeat(np.arange(3), -1))
attempt(lambda: np.linalg.norm(np.ones(3), ord='fro'))
attempt(lambda: np.empty((2, 2)).item())
