import numpy as np

img = (np.arange(2 * 3 * 3) * 37 % 256).astype(np.uint8).reshape(2, 3, 3)
print(repr(img))
print(img)
print(repr(img[..., 0]))
print(repr(np.array([0, 255], dtype=np.uint8)), np.array([7], dtype=np.uint8))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.int8) * -1))
print(repr(np.array([1, 65535], dtype=np.uint16)), repr(np.array([4294967295], dtype=np.uint32)))
print(repr(np.array([1, 2], dtype=np.int32)), repr(np.array([1, 2], dtype=np.int16)))
print(repr(np.array(7, dtype=np.uint8)), str(np.array(7, dtype=np.uint8)))
