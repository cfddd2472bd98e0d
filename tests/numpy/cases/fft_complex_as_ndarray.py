# Complex spectra pass generic array code: isinstance(S, np.ndarray),
# dtype.type, np.shape/ndim/size, and np.abs(S, dtype=...) as Hugging
# Face's audio feature extractors call it.
import numpy as np

S = np.fft.rfft(np.arange(16.0).reshape(2, 8), axis=1)
print(isinstance(S, np.ndarray), type(S).__name__, S.dtype.type is np.complex128)
print(np.issubdtype(S.dtype, np.complexfloating), np.issubdtype(S.dtype, np.floating))
print(np.shape(S), np.ndim(S), np.size(S), np.size(S, 1), np.shape(S[0, 0]))
mag = np.abs(S, dtype=np.float64)
print(mag.dtype, np.round(mag, 3))
S32 = np.fft.rfft(np.arange(8, dtype=np.float32))
print(np.abs(S32, dtype=np.float32).dtype, np.round(np.abs(S32, dtype=np.float32), 3))
power = np.abs(S, dtype=np.float64) ** 2.0
print(np.round(power.sum(axis=-1), 2))
