import numpy as np

for v in [np.array(5), np.array(1.5), np.array(True), np.array(2.5, dtype=np.float32), np.array(7, dtype=np.uint8),
          np.array(1e-7), np.array(np.nan), np.array(-3, dtype=np.int8), np.array(0.1, dtype=np.float16)]:
    print(repr(v), '|', str(v), '|', v)
print([np.array(1), np.array(2.0)])
print(f'{np.array(2.5)}', '{}'.format(np.array([1, 2])))
print(str(np.arange(3)), repr(str(np.arange(3))))
