# memoryview over bytes and bytearray: items, slices sharing memory, writes through, formats, bytes-like uses.
import struct

ba = bytearray(b'hello world')
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], bytes(mv[1:4]), mv[::2].tobytes(), mv[::-1].tobytes(), mv[2:9:3].tolist())
part = mv[6:]
mv[0] = 72
part[0:5] = b'WORLD'
part[-1] = ord('!')
print(ba, part.tobytes(), mv[6:][1:3].tobytes(), mv[::2][::-1].tobytes())
print(mv.readonly, mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, mv.obj is ba)
print(mv[::2].strides, mv[::2].nbytes, mv[::2].shape, mv[3:3].tolist(), mv.contiguous, mv[::2].contiguous)
v = memoryview(b'abc')
print(v.readonly, v == b'abc', b'abc' == v, v == bytearray(b'abc'), v == v[:], v[1:] == b'bc', v == 'abc', v != b'x')
print(hash(v) == hash(b'abc'), v.hex(), v.hex(':'), v.hex('-', 2), list(v), 98 in v, [x for x in v[::-1]])
for action in (lambda: v.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, -1),
               lambda: mv.__setitem__(0, b'a'), lambda: mv.__setitem__(slice(0, 2), b'abc'), lambda: mv[20],
               lambda: mv[-12], lambda: mv['a'], lambda: mv[1.5], lambda: hash(mv), lambda: memoryview(5),
               lambda: memoryview('s'), lambda: mv.cast('x'), lambda: mv[::0]):
    try:
        print(action())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = mv.cast('c')
print(c[0], c[1:3].tolist(), c.format, c.tolist()[:3], mv.cast('B') == mv, memoryview(b'\xff\x01').cast('b').tolist())
c[0] = b'J'
print(ba, memoryview(b'\x80').cast('b')[0])
with memoryview(b'xyz') as m:
    print(m.tobytes(), m[0])
for action in (m.tobytes, lambda: len(m), lambda: m[0], m.tolist):
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
m.release()
print(m == m, m == b'xyz')
print(str(memoryview(b'caf\xc3\xa9'), 'utf-8'), b'-'.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'q')), bytes(mv[:5]))
print(struct.unpack_from('<H', memoryview(b'\x01\x02\x03'), 1), struct.unpack('<H', memoryview(b'\x01\x02')))
buf = bytearray(6)
struct.pack_into('<H', memoryview(buf)[2:], 1, 0x0102)
print(buf)
with open('/tmp/taipan_test_bytes_memoryview.bin', 'wb') as f:
    print(f.write(memoryview(b'data')[1:]))
with open('/tmp/taipan_test_bytes_memoryview.bin', 'rb') as f:
    print(f.read())
print(memoryview(memoryview(b'abc')[1:]).tobytes(), b'abc'.startswith(memoryview(b'ab')), bytes(memoryview(b'')), memoryview(b'hi').tolist())
print(int.from_bytes(memoryview(b'\x01\x00'), 'little'), b'abc'.find(memoryview(b'c')), bytearray(b'x') + memoryview(b'y'), b'a' + memoryview(b'b'))
ext = bytearray(b'1')
ext.extend(memoryview(b'23'))
ext += memoryview(b'4')
print(ext, b'a b'.split(memoryview(b' ')), b'abc'.replace(memoryview(b'b'), b'B'))
