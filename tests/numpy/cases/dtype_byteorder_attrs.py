# The dtype attributes code reading binary audio or headers looks at:
# byteorder ('=' native, '|' not applicable), isnative, alignment, and the
# plain-dtype answers of base/shape/ndim/names/fields/subdtype.
import numpy as np

for name in ["<i2", "int16", "float32", "<f8", "uint8", "bool", "i1", "u4", "float16", "int64"]:
    d = np.dtype(name)
    print(name, repr(d.byteorder), d.isnative, d.alignment, d.base, d.shape, d.ndim, d.names, d.fields, d.subdtype)
pcm = np.frombuffer(np.arange(4, dtype="<i2").tobytes(), dtype=np.int16)
print(pcm.dtype.byteorder in ("=", "<"), pcm.dtype.str, pcm.dtype.itemsize * 8, "bits")
