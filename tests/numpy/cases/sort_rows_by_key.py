import numpy as np

data = np.array([[3, 10], [1, 30], [2, 10], [1, 20], [3, 5]])
by_first = data[data[:, 0].argsort(kind='stable')]
print(repr(by_first))
by_second_desc = data[np.argsort(-data[:, 1], kind='stable')]
print(repr(by_second_desc))
order = np.lexsort((data[:, 1], data[:, 0]))
print(repr(order), repr(data[order]))
names_idx = np.array([2, 0, 1])
print(repr(np.argsort(names_idx)))
print(repr(np.sort(data, axis=0)))
