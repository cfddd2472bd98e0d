import numpy as np

a = np.arange(3)
b = np.broadcast_to(a, (2, 3))
print(repr(b), b.flags['WRITEABLE'])
try:
    b[0, 0] = 5
except ValueError as e:
    print(type(e).__name__, e)
a[0] = 10
print(repr(b))
c = b.copy()
c[0, 0] = 1
print(repr(c), c.flags['WRITEABLE'])
ro = np.arange(4)
ro.flags.writeable = False
try:
    ro[1] = 0
except ValueError as e:
    print(type(e).__name__, e)
try:
    ro += 1
except ValueError as e:
    print(type(e).__name__, e)
print(repr(ro + 1))
v = ro[1:]
print(v.flags['WRITEABLE'])
