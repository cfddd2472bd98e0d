import numpy as np

pairs = [(np.uint8, np.int8), (np.uint8, np.uint16), (np.int32, np.float32), (np.int64, np.float32),
         (np.float16, np.int8), (np.float16, np.int16), (np.uint64, np.int64), (np.bool_, np.uint8),
         (np.int16, np.float16), (np.uint32, np.int32), (np.float32, np.float64), (np.bool_, np.float16)]
for a, b in pairs:
    print(a.__name__, b.__name__, np.promote_types(a, b), np.result_type(a, b))
print(np.result_type(np.float32, 1.0), np.result_type(np.uint8, 1), np.result_type(np.int8, 1.0))
print(np.result_type(np.array([1], dtype=np.int16), np.array([1], dtype=np.uint16)))
print(np.promote_types('u1', 'i1'), np.promote_types('f4', 'i8'))
