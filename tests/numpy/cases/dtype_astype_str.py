import numpy as np

a = np.array([[1, 2], [3, 4]])
for t in ['float32', np.int16, float, int, bool, 'u1', 'uint16', 'int8', 'float16', 'f8', np.uint32]:
    b = a.astype(t)
    print(b.dtype, b.dtype.itemsize, b.nbytes, b.tolist())
img = (np.arange(12) * 23 % 256).reshape(2, 2, 3).astype(np.uint8)
print(repr(img))
f = img.astype(np.float32) / 255
print(f.dtype, np.round(f, 4).tolist())
back = (f * 255).round().astype(np.uint8)
print(np.array_equal(back, img), back.dtype)
