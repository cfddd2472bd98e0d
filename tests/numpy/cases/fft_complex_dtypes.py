# Complex dtypes by name: preallocated STFT buffers (np.zeros(..., complex64)),
# astype, the *_like functions, np.dtype and the scalar type hierarchy.
import numpy as np
import numpy as np
frames = np.arange(24, dtype=np.float32).reshape(3, 8)
stft = np.zeros((5, 3), dtype=np.complex64)
print(stft.dtype, stft.shape)
for i, f in enumerate(frames):
    stft[:, i] = np.fft.rfft(f)
print(np.round(np.abs(stft), 3))
print(np.dtype("complex64"), np.dtype(np.complex128), np.dtype("c16") == np.complex128, repr(np.dtype(np.complex64)))
z = np.empty((2, 2), dtype=np.complex128)
print(z.dtype, np.ones(3, np.complex64), np.full((2,), 2.5, dtype=np.complex64))
S = np.fft.rfft(frames, axis=1)
print(np.zeros_like(S).dtype, np.zeros_like(S).shape, np.ones_like(S, dtype=np.complex64).dtype, np.zeros_like(frames, dtype=np.complex64).dtype)
print(frames.astype(np.complex64).dtype, frames[0, :3].astype(np.complex128), np.arange(3).astype("complex64"))
print(issubclass(np.complex64, np.generic) if hasattr(np, "complex64") else None, np.complex64 is np.csingle, np.cdouble is np.complex128)
print(type(S[0, 0]).__name__, S.dtype == np.complex64, S.dtype.name)
acc = np.zeros(5, dtype=np.complex64)
acc += S[0]
print(np.round(acc, 2))
print(issubclass(np.complex64, np.complexfloating), issubclass(np.complex128, np.inexact), isinstance(np.fft.fft(np.ones(2))[0], np.complexfloating), issubclass(np.complex64, np.floating), np.issubdtype(np.complex64, np.complexfloating))
