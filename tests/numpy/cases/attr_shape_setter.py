import numpy as np


def try_shape(a, new):
    try:
        a.shape = new
        # (The strides of an array without elements are left out.)
        print("ok", a.shape, a.strides if a.size else "-")
    except Exception as e:
        print(type(e).__name__, e)


# Tuples, lists, an int and one unknown dimension.
a = np.arange(12)
try_shape(a, (3, 4))
try_shape(a, [2, 6])
try_shape(a, 12)
try_shape(a, (-1, 3))
try_shape(a, [2, -1, 2])
try_shape(a, (1, 12, 1))
print(repr(a))

# Errors leave the shape as it was.
b = np.arange(4)
try_shape(b, (3,))
try_shape(b, (-1, 3))
try_shape(b, (-1, -1))
try_shape(b, ())
try_shape(b, None)
try_shape(b, 2.0)
try_shape(b, (2.0, 2))
try_shape(b, (2, True))
try_shape(b, "ab")
try_shape(b, (2**70,))
try_shape(b, (2**62, 4))
try_shape(b, (1,) * 65)
print(b.shape)
try:
    del b.shape
except Exception as e:
    print(type(e).__name__, e)
try:
    del b.strides
except Exception as e:
    print(type(e).__name__, e)
print(b.shape)

# Arrays and NumPy integers as the new shape.
c = np.arange(6)
try_shape(c, np.array([2, 3]))
try_shape(c, np.int64(6))
try_shape(c, (np.int32(3), 2))

# 0-d and empty arrays.
s = np.array(7.5)
try_shape(s, (1, 1))
try_shape(s, -1)
try_shape(s, ())
print(repr(s))
e = np.zeros((0, 3))
try_shape(e, (3, 0))
try_shape(e, (-1,))
try_shape(e, (5, 0, 7))
try_shape(e, (-1, 0))
try_shape(np.zeros((4, 0))[::2], (0, 2))

# A transposed array: only shapes that keep its memory order work.
t = np.arange(6).reshape(2, 3).T
try_shape(t, (6,))
try_shape(t, (2, 3))
try_shape(t, (3, 1, 2))
print(t)

# Non-contiguous views: in place when the strides allow it.
v = np.arange(12).reshape(3, 4)[:, ::2]
try_shape(v, (6,))
try_shape(v, (3, 2, 1))
try_shape(v, (1, 3, 2))
print(v)
w = np.arange(8).reshape(2, 4)[:, :2]
try_shape(w, (4,))
try_shape(w, (2, 1, 2))
r = np.arange(6)[::-1]
try_shape(r, (2, 3))
print(r)
bc = np.broadcast_to(np.arange(3), (2, 3))
try_shape(bc, (6,))
try_shape(bc, (2, 3, 1))
print(bc.flags.writeable)

# Other views of the data keep their own shape; writes still go through.
base = np.arange(6)
view = base[:]
same = base.view(base.dtype)
resh = base.reshape(6)
base.shape = (2, 3)
print(base.shape, view.shape, same.shape, resh.shape)
base[1, 2] = 50
print(view[5], same[5], resh[5])
view.shape = (3, 2)
print(view)
print(base)
print(base.flags.c_contiguous, base.flags.owndata, view.flags.owndata)

# A read-only array may change its shape, not its elements.
ro = np.arange(4)
ro.flags.writeable = False
ro.shape = (2, 2)
print(ro.flags.writeable, ro.shape)
try:
    ro[0, 0] = 1
except Exception as e:
    print(type(e).__name__, e)

# reshape converts its shape the same way.
for arg in [(2, True), 2.0, None, (2**70,)]:
    try:
        print(np.arange(4).reshape(arg).shape)
    except Exception as e:
        print(type(e).__name__, e)
print(np.arange(4).reshape(-3, 2).shape, np.arange(3)[::2].reshape(2, 1).strides)
