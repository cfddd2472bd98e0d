import numpy as np
print(np.pow is np.power, np.acos.__name__, np.atan2(1.0, 1.0), np.permute_dims(np.arange(6).reshape(2, 3), (1, 0)).shape)
print(np.matrix_transpose(np.arange(6).reshape(2, 3)).shape, np.vecdot([[1, 2], [3, 4]], [1, 1]), np.euler_gamma)
for bad in [lambda: np.matrix_transpose(np.arange(3)), lambda: np.isdtype(np.float32, 'float'),
            lambda: np.isdtype('f4', 'real floating'), lambda: np.isdtype(np.float32, 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(np.isdtype(np.float32, 'real floating'), np.isdtype(np.int8, ('integral',)), np.isdtype(np.dtype('bool'), 'bool'))
print(np.isdtype(np.float32, np.float32), np.isdtype(np.float32, ('integral', np.float32)), np.isdtype(np.uint8, 'signed integer'))
print(np.isfortran(np.eye(2).T), np.isfortran(np.eye(2)), np.isfortran(np.arange(3)))
print(repr(np.real_if_close(np.array([1.0, 2.0]))))
print(repr(np.vecdot(np.arange(6.).reshape(2, 3), np.arange(3.))), repr(np.vecdot(np.arange(3), np.arange(3))))
print(np.bitwise_left_shift(1, 3), np.bitwise_right_shift(16, 2), np.asinh(0.0), np.acosh(1.0), np.atanh(0.0), np.asin(1.0), np.atan(1.0))
print(np.real_if_close(np.fft.fft(np.array([1.0, 1.0]))))
