import numpy as np

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(3)
m = np.arange(6).reshape(2, 3)
attempt(lambda: a[5])
attempt(lambda: a[-4])
attempt(lambda: m[2])
attempt(lambda: m[0, 3])
attempt(lambda: m[0, -4])
attempt(lambda: a[0, 0])
attempt(lambda: a[[0, 10]])
attempt(lambda: m[:, [0, 3]])
attempt(lambda: a[np.array([True, False])])
attempt(lambda: m[np.array([[True, False, True]])])
attempt(lambda: a[1.5])
attempt(lambda: a['x'])
attempt(lambda: m[[0, 1], [0, 1, 2]])
attempt(lambda: a[..., ...])
attempt(lambda: a[10:20])
def assign():
    a[7] = 1
attempt(assign)
def assign2():
    m[[0, 1], :] = np.ones((3, 3))
attempt(assign2)
