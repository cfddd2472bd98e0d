import numpy as np

a = np.array([[2.0, 1.0], [1.0, 3.0]])
b = np.array([3.0, 5.0])
x = np.linalg.solve(a, b)
print(repr(np.round(x, 6) + 0.0), np.allclose(a @ x, b))
print(repr(np.round(np.linalg.det(a), 6)), repr(np.round(np.linalg.inv(a), 6) + 0.0))
print(np.allclose(np.linalg.inv(a) @ a, np.eye(2)))
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
