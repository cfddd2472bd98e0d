import struct
import numpy as np

for name, arr in [('a', np.zeros((2, 3), dtype=np.float32)), ('b', np.arange(10)), ('c', np.array(3.5)),
                  ('d', np.zeros((4, 0), dtype=np.uint8)), ('e', np.ones((1, 2, 3, 4), dtype=bool)),
                  ('f', np.zeros(7, dtype=np.int16))]:
    p = '/tmp/taipan_numpy_npy_header_' + name + '.npy'
    np.save(p, arr)
    with open(p, 'rb') as f:
        raw = f.read()
    magic = raw[:6]
    major, minor = raw[6], raw[7]
    (hlen,) = struct.unpack('<H', raw[8:10])
    header = raw[10:10 + hlen].decode('latin1')
    print(magic, major, minor, hlen, (10 + hlen) % 64, repr(header.rstrip()), header.endswith('\n'))
    print(len(raw) - 10 - hlen == arr.nbytes)
