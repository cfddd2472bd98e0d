import numpy as np

print(repr(np.array([2**63 - 1, -2**63, 0])))
print(np.array([2**63 - 1, -2**63, 0]))
print(repr(np.array([2**64 - 1], dtype=np.uint64)))
print(repr(np.array([1, 10, 100, 1000, 10000, 100000])))
print(repr(np.array([[1, 123456789], [12, 0]])))
print(repr(np.array([-2**31, 2**31 - 1], dtype=np.int32)))
print(repr(np.arange(5) * 10**15))
