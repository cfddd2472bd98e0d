import numpy as np

a = np.array([-3, -1, 0, 2])
print(repr(np.abs(a)), repr(np.absolute(a)), repr(np.sign(a)))
f = np.array([-2.5, -0.0, 0.0, 1e-300, np.inf, -np.inf, np.nan])
print(repr(np.abs(f)), repr(np.sign(f)))
print(repr(np.sign(np.array([-5, 0, 5], dtype=np.int8))), repr(np.sign(np.array([0, 7], dtype=np.uint8))))
print(repr(np.abs(np.array([-1.5, 2.5], dtype=np.float32))))
print(repr(np.sign(np.float32(-0.5))), repr(np.abs(np.int16(-7))))
print(repr(np.abs(np.array([[-1, 2], [3, -4]]))))
print(repr(np.copysign(np.array([1.0, 2.0]), np.array([-0.0, 1.0]))))
print(repr(np.signbit(np.array([-0.0, 0.0, -1.0, np.nan]))))
