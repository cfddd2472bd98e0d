import numpy as np

# values without ties: every sort kind gives the same indices
a = np.array([30, 10, 50, 20, 40])
print(repr(np.argsort(a)), repr(a.argsort()), repr(np.argsort(-a)), repr(np.argsort(a)[::-1]))
# ties: only the stable kinds define the order of equal elements
t = np.array([3, 1, 2, 1, 3, 2, 1])
print(repr(np.argsort(t, kind='stable')), repr(np.argsort(t, kind='mergesort')))
print(repr(np.argsort(-t, kind='stable')))
print(repr(t[np.argsort(t)]), repr(t[np.argsort(t, kind='quicksort')]))
m = np.array([[3, 1, 2], [6, 5, 4]])
print(repr(np.argsort(m)), repr(np.argsort(m, axis=0)), repr(np.argsort(m, axis=None)))
f = np.array([0.5, 0.25, 0.75, 0.125], dtype=np.float32)
print(repr(np.argsort(f)), np.argsort(f).dtype)
u = np.array([255, 0, 128], dtype=np.uint8)
print(repr(np.argsort(u)), repr(np.argsort(np.array([True, False, False, True]), kind='stable')))
order = np.argsort(a)
print(repr(a[order]), repr(np.argsort(order)))
s = np.array([[1, 1, 0], [0, 2, 2]])
print(repr(np.argsort(s, axis=1, kind='stable')))
print(repr(np.argsort(np.array(3))), repr(np.argsort(np.zeros(0))))
