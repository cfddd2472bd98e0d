# np.sign in every dtype (the narrower ones are computed widened and cast
# back), on contiguous and strided arrays and on scalars.
import numpy as np

for dt in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64']:
    if dt[0] == 'f':
        a = np.array([-1.5, -0.0, 0.0, 2.0, np.nan, np.inf], dtype=dt)
    else:
        a = np.array([-3, 0, 2, 127, -128, 5], dtype=np.int64).astype(dt)
    r = np.sign(a)
    print(dt, r.dtype, r.tolist(), np.sign(a[::2]).tolist(), repr(np.sign(a[0])))
print(repr(np.sign(np.arange(-3, 3, dtype=np.int16).reshape(2, 3).T)))
