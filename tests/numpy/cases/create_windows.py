import numpy as np

for M in (0, 1, 2, 3, 4, 5, 8, 16, 400):
    for name, w in (("hanning", np.hanning(M)), ("hamming", np.hamming(M))):
        print(name, M, w.dtype, w.shape, np.round(w[:6], 12) + 0.0)
        if M > 1:
            print(np.allclose(w, w[::-1]), np.round(w.sum(), 9), np.argmax(w), np.round(w.min(), 12) + 0.0)
print(np.hanning(-3), np.hamming(-1).dtype)
print(np.round(np.hanning(5), 15) + 0.0)
print(np.round(np.hamming(7), 15) + 0.0)
frame = np.arange(16, dtype=np.float64) * np.hanning(16)
print(np.round(frame, 9) + 0.0)
# Exact bits: NumPy's Hamming is 0.54 - 0.46 cos (1 - 0.54 is not 0.46).
print(np.hamming(5).tolist(), np.hanning(5).tolist())
print((np.sinc(0.25 * np.arange(-15, 16)) * np.hamming(31)).sum())
