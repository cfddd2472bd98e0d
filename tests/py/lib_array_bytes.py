# array: frombytes/tobytes, bytes()/bytearray(), byteswap, float32 rounding, tofile/fromfile
import array

vals = {'b': [-128, 127, -1], 'B': [0, 255, 7], 'h': [-32768, 32767, 258], 'H': [0, 65535, 258],
        'i': [-2**31, 2**31 - 1, 5], 'I': [2**32 - 1, 5], 'l': [-2**63, 2**63 - 1], 'L': [2**64 - 1],
        'q': [-2, 2**40], 'Q': [2**64 - 1, 3], 'f': [0.1, -0.0, 1e-45, float('inf'), 1.5],
        'd': [0.1, -0.0, 5e-324, -1e308], 'u': 'aé€😀'}
for code in array.typecodes:
    a = array.array(code, vals[code])
    raw = a.tobytes()
    print(code, raw.hex(), bytes(a) == raw, bytearray(a) == raw, array.array(code, raw) == a)
    if code != 'u':
        a.byteswap()
        print(' ', a.tobytes().hex(), a)
        a.byteswap()
        print(' ', a)
b = array.array('h')
b.frombytes(b'\x01\x00\x02\x00')
b.frombytes(bytearray(b'\xff\xff'))
b.frombytes(memoryview(b'\x00\x80'))
print(b, b.tobytes(), bytes(array.array('h')), bytearray(array.array('f', [1.0])))
big_endian = array.array('f', b'\x3f\x80\x80\x7f\xc1\x20\xa0\xff\x00\x00\x80\x7f')
print(big_endian.tobytes().hex(), big_endian.buffer_info()[1], len([x for x in big_endian if x != x]))
big_endian.byteswap()
print(big_endian, big_endian.tobytes().hex(), array.array('f', b'\x01\x00\x80\xff').tobytes())
for data in [b'\x01', 'ab', [1, 2], 5]:
    try:
        b.frombytes(data)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, b)
try:
    array.array('h', b'\x01\x02\x03')
except ValueError as e:
    print('ValueError:', e)
path = '/tmp/taipan_test_lib_array_bytes.bin'
with open(path, 'wb') as f:
    array.array('d', [1.5, -2.25, 1e100]).tofile(f)
    array.array('d').tofile(f)
with open(path, 'rb') as f:
    c = array.array('d')
    c.fromfile(f, 2)
    print(c, f.tell())
    try:
        c.fromfile(f, 2)
    except EOFError as e:
        print('EOFError:', e, c)
    try:
        c.fromfile(f, -1)
    except ValueError as e:
        print('ValueError:', e)
big = array.array('i', range(0, 300000, 7))
with open(path, 'wb') as f:
    big.tofile(f)
with open(path, 'rb') as f:
    back = array.array('i')
    back.fromfile(f, len(big))
print(back == big, len(back), back[-1], back.tobytes()[:8])
audio = array.array('h', [int(1000 * ((i % 20) - 10)) for i in range(40)])
print(audio[:6], sum(audio), max(audio), audio.tobytes()[:6], len(bytes(audio)))
