# io.BytesIO: write/read/seek/tell/readline/getvalue/truncate/close.
import io

b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'\x00\xff\n')), b.tell(), b.getvalue())
b.seek(0)
print(b.read(2), b.read(), b.read(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(1, 0), b.seek(1, 1), b.read(1), b.seek(-10, 1))
b.seek(8)
b.write(b'Q')
print(b.getvalue())
r = io.BytesIO(b'l1\nl2\nl3')
print(r.readline(), r.readlines(), list(io.BytesIO(b'x\ny\n')), r.read1())
print(r.truncate(2), r.getvalue(), r.tell())
with io.BytesIO(b'data') as c:
    print(c.read(2), c.closed)
for bad in [lambda: c.read(), lambda: io.BytesIO().write('str'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 4), lambda: io.BytesIO('s')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
