import numpy as np

print(repr(np.array([True, False])))
print(np.array([True, False]))
print(repr(np.array([[True, False, True], [False, False, True]])))
print(np.array([[True, False, True], [False, False, True]]))
print(repr(np.array(True)), str(np.array(False)))
print(repr(np.array([True, True])), repr(np.array([False])))
print(repr(np.ones((2, 2, 2), dtype=bool)))
print(repr(np.zeros(0, dtype=bool)), repr(np.zeros((2, 0), dtype=bool)))
print(np.arange(6).reshape(2, 3) > 2)
