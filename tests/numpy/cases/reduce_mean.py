import numpy as np

a = np.arange(12).reshape(3, 4)
print(repr(a.mean()), repr(np.mean(a)))
print(repr(a.mean(axis=0)), repr(a.mean(axis=1)), repr(a.mean(axis=-1, keepdims=True)))
f = np.array([1.0, 2.0, 4.0], dtype=np.float32)
print(repr(f.mean()), f.mean().dtype)
print(repr(np.array([1, 2], dtype=np.uint8).mean()), repr(np.array([255, 255], dtype=np.uint8).mean()))
print(repr(np.array([True, False, True, True]).mean()))
print(repr(np.array([0.5, 0.25], dtype=np.float16).mean()))
with np.errstate(invalid='ignore', divide='ignore'):
    print(repr(np.zeros(0).mean()), repr(np.zeros((0, 2)).mean(axis=0)))
print(repr(np.arange(24).reshape(2, 3, 4).mean(axis=(0, 2))))
print(repr(a.mean(dtype=np.float32)))
print(repr(np.array([1, 2, 3, 4]).mean()), repr(np.mean([1, 2])))
img = (np.arange(4 * 4 * 3) % 256).astype(np.uint8).reshape(4, 4, 3)
print(repr(img.mean(axis=(0, 1))))
print(repr(np.average(np.array([1.0, 2.0, 3.0]), weights=np.array([3.0, 1.0, 0.0]))))
