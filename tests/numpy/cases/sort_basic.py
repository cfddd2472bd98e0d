import numpy as np

a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
print(repr(np.sort(a)), repr(np.sort(a)[::-1]))
m = np.array([[3, 1, 2], [9, 7, 8], [0, 5, 4]])
print(repr(np.sort(m)), repr(np.sort(m, axis=-1)), repr(np.sort(m, axis=0)), repr(np.sort(m, axis=None)))
b = a.copy()
b.sort()
print(repr(b))
c = m.copy()
c.sort(axis=0)
print(repr(c))
print(repr(np.sort(np.array([2.5, -1.0, 0.5], dtype=np.float32))), repr(np.sort(np.array([200, 3, 255, 0], dtype=np.uint8))))
print(repr(np.sort(np.array([True, False, True]))), repr(np.sort(np.array([-1, 5, -128], dtype=np.int8))))
print(repr(np.sort(np.array([7]))))
for kind in ['quicksort', 'mergesort', 'heapsort', 'stable']:
    print(kind, repr(np.sort(a, kind=kind)))
t = np.arange(24).reshape(2, 3, 4)[:, ::-1, ::-1]
print(repr(np.sort(t, axis=1)[1]))
print(sorted(np.array([3, 1, 2]).tolist()), repr(np.sort([3.5, 1, 2])))
