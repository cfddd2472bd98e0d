import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: np.dtype('float31'))
attempt(lambda: np.zeros(3, dtype='foo'))
attempt(lambda: np.arange(3).astype('int3'))
attempt(lambda: np.array([1, 2], dtype='uint9'))
attempt(lambda: np.dtype('float32') == 'notatype')
attempt(lambda: np.ones(2, dtype=np.float32).astype('float64').dtype)
attempt(lambda: np.array([1.5, 'x'], dtype=np.float64))
