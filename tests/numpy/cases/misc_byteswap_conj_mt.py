# ndarray.byteswap (as code reading big-endian PCM or binary headers uses
# it), conj/conjugate of real arrays, and the matrix transpose a.mT.
import numpy as np

pcm = np.array([1, 256, -2, 32767], dtype=np.int16)
sw = pcm.byteswap()
print(sw, sw.dtype, pcm)
print(np.frombuffer(pcm.tobytes(), dtype=np.uint8), np.frombuffer(sw.tobytes(), dtype=np.uint8))
f = np.linspace(-1, 1, 6, dtype=np.float32).reshape(2, 3)
print(f.byteswap().byteswap())
print(f.T.byteswap().shape, np.arange(3, dtype=np.uint8).byteswap())
g = np.array([1.5, -2.0])
r = g.byteswap(inplace=True)
print(r is g, g.byteswap(), np.array([], dtype=np.int32).byteswap().shape, np.array(7, dtype=np.int64).byteswap())
a = np.arange(6.0).reshape(2, 3)
print(a.conj(), a.conjugate().dtype, np.arange(3).conj())
b = np.arange(24).reshape(2, 3, 4)
print(b.mT.shape, b.mT[1], a.mT, (a @ a.mT))
try:
    np.arange(3).mT
except ValueError as e:
    print("ValueError", e)
