import numpy as np

vals = [np.float32(1.5), np.int64(3), np.True_, np.False_, np.uint8(7), np.float64(0.1), np.float16(1.5),
        np.int8(-3), np.int16(300), np.int32(-7), np.uint16(9), np.uint32(10), np.float32(0.1), np.float64(1e20),
        np.float32(1e-7), np.float64(np.nan), np.float32(-np.inf), np.float64(-0.0), np.float64(2.0)]
for v in vals:
    print(repr(v), str(v), v)
print([np.float64(1.5)])
print([np.float32(0.1), np.int64(2), np.True_])
print((np.int64(1),), {'a': np.float64(2.5)})
print(f'{np.float32(0.1)} {np.float64(1 / 3)} {np.int64(42)}')
print(f'{np.float64(3.14159):.2f} {np.float32(2.5):6.2f} {np.int64(7):03d} {np.uint8(255):x}')
print('%s %r %d %.3f' % (np.float64(1.5), np.int32(2), np.int64(3), np.float32(0.5)))
print('{} {!r}'.format(np.float32(1.25), np.float32(1.25)))
print(str(np.float64(1e16)), str(np.float64(123456789012.0)), str(np.float32(1e16)))
print(repr(np.float64(1e16)), repr(np.float32(3.4e38)))
