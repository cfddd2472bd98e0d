import struct
import numpy as np

a = np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)
print(repr(a), a.flags['WRITEABLE'])
print(repr(np.frombuffer(b'\x01\x02\x03\x04', dtype='<u2')))
print(repr(np.frombuffer(b'\x01\x00\x00\x00\xff\xff\xff\xff', dtype='<i4')))
raw = struct.pack('<3f', 1.5, -2.0, 0.25)
f = np.frombuffer(raw, dtype=np.float32)
print(repr(f), f.shape)
d = np.frombuffer(struct.pack('<2d', 3.0, 0.1), dtype=np.float64)
print(repr(d))
print(repr(np.frombuffer(b'\x00\x01\x02\x03\x04\x05', dtype=np.uint8, count=3)))
print(repr(np.frombuffer(b'\x00\x01\x02\x03\x04\x05', dtype=np.uint8, offset=2)))
print(repr(np.frombuffer(b'\xff\x80\x7f', dtype=np.int8)))
print(repr(np.frombuffer(bytearray(b'\x05\x06'), dtype=np.uint8)))
img = np.frombuffer(bytes(range(12)), dtype=np.uint8).reshape(2, 2, 3)
print(repr(img))
try:
    a[0] = 9
except ValueError as e:
    print(type(e).__name__, e)
b = a.copy()
b[0] = 9
print(repr(b), b.flags['WRITEABLE'])
print(repr(np.frombuffer(b'', dtype=np.uint8)))
print(np.frombuffer(b'\x00\x00\x80\x3f', dtype=np.float32)[0])
