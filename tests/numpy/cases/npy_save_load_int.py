import numpy as np

for name, arr in [('u8', (np.arange(2 * 3 * 3) * 29 % 256).astype(np.uint8).reshape(2, 3, 3)),
                  ('i64', np.array([-1, 0, 2**40])),
                  ('b', np.array([[True, False], [False, True]])),
                  ('i16', np.array([-300, 300], dtype=np.int16)),
                  ('u32', np.array([4294967295], dtype=np.uint32)),
                  ('f16', np.array([0.5, -2.0], dtype=np.float16)),
                  ('i8', np.array([-128, 127], dtype=np.int8)),
                  ('i32', np.arange(4, dtype=np.int32)),
                  ('u16', np.array([65535], dtype=np.uint16))]:
    p = '/tmp/taipan_numpy_npy_save_load_int_' + name + '.npy'
    np.save(p, arr)
    with open(p, 'rb') as f:
        raw = f.read()
    back = np.load(p)
    print(name, raw[:10], len(raw), back.dtype, back.shape, np.array_equal(back, arr))
    print(repr(back))
