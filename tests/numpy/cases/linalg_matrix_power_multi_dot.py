import numpy as np

m = np.array([[2.0, 1.0], [1.0, 3.0]])
for n in [0, 1, 2, 3, 4, 5, 13]:
    print(n, np.linalg.matrix_power(m, n).tolist())
h = np.array([[2.0, 0.0], [0.0, 0.5]])
print(np.linalg.matrix_power(h, -1).tolist(), np.linalg.matrix_power(h, -3).tolist())
mi = np.array([[1, 1], [1, 0]])
print(np.linalg.matrix_power(mi, 10), np.linalg.matrix_power(mi, 0).dtype)
print(np.linalg.matrix_power(mi, 1) is mi, np.linalg.matrix_power(mi, np.int64(2)))
print(np.linalg.matrix_power(np.array([[1, 1], [0, 1]], dtype=np.int8), 200))
print(np.linalg.matrix_power(np.stack([m, m * 2]), 3))
print(np.linalg.matrix_power(np.eye(3, dtype=np.float32), 7).dtype)
for bad in [(np.ones(3), 2), (np.ones((2, 3)), 2), (m, 1.5)]:
    try:
        np.linalg.matrix_power(*bad)
    except Exception as e:
        print(type(e).__name__, e)

A = np.arange(300.0).reshape(10, 30) % 7
B = np.arange(150.0).reshape(30, 5) % 5
C = np.arange(300.0).reshape(5, 60) % 3
D = np.arange(480.0).reshape(60, 8) % 4
r = np.linalg.multi_dot([A, B, C, D])
print(r.shape, r.sum(), (r == A @ B @ C @ D).all())
print(np.linalg.multi_dot([A, B, C]).sum(), np.linalg.multi_dot([A, B]).shape)
print(np.linalg.multi_dot([C, D, D.T, C.T]).sum())
v = np.arange(10.0)
w = np.arange(8.0)
print(repr(np.linalg.multi_dot([v, A, B, C, D, w])))
print(np.linalg.multi_dot([v, A, B]), np.linalg.multi_dot([A, B, C, D, w]).shape)
out = np.empty((10, 8))
print(np.linalg.multi_dot([A, B, C, D], out=out) is out, out[0])
print(np.linalg.multi_dot([np.eye(2, dtype=int), [[1, 2], [3, 4]], [[1], [1]]]))
for bad in [[A], [A, np.ones((2, 2, 2)), B], [A, B.T, C]]:
    try:
        np.linalg.multi_dot(bad)
    except Exception as e:
        print(type(e).__name__, e)
