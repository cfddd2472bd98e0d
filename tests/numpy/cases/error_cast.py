import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(3)
def iadd():
    global a
    a += 1.5
attempt(iadd)
u = np.zeros(2, dtype=np.uint8)
attempt(lambda: u + 300)
attempt(lambda: u - 256)
attempt(lambda: np.uint8(-1))
attempt(lambda: np.array([1, 2], dtype=np.uint8) * -1)
attempt(lambda: np.int8(1) + 200)
def setitem():
    u[0] = -1
attempt(setitem)
def setitem2():
    u[0] = 256
attempt(setitem2)
def setitem3():
    u[0] = 255.9
    return u
attempt(setitem3)
def setnan():
    x = np.zeros(2, dtype=np.int64)
    x[0] = np.nan
attempt(setnan)
f = np.zeros(2, dtype=np.float32)
def imul():
    global f
    f *= np.float64(2)
    return f
attempt(imul)
def ifloor():
    b = np.array([True, False])
    b += 1
attempt(ifloor)
