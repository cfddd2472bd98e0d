# io.StringIO: write/read/seek/tell/readline(s)/iteration/truncate/close, print(file=).
import io
from io import StringIO

s = StringIO()
print(s.write('hello '), s.write('world\n'), s.tell())
print('x', 1, 2.5, sep='-', end='!\n', file=s)
print(repr(s.getvalue()), s.read() == '')
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()))
s.seek(2)
s.write('LL')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print([line for line in s])
t = StringIO('a\nb\n\nc')
print(t.readlines(), t.tell(), t.seek(0), t.readlines(1), t.readline(1), repr(t.readline(-1)))
t.seek(10)
t.write('Z')
print(repr(t.getvalue()))
print(t.truncate(3), repr(t.getvalue()), t.tell(), t.seek(0, 2))
with StringIO('ctx') as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)
for bad in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: s.write(3),
            lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 7), lambda: s.truncate(-2),
            lambda: StringIO(5)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
u = StringIO()
u.writelines(['a', 'b', 'c'])
print(u.getvalue(), StringIO(None).getvalue() == '', isinstance(u, io.StringIO))
lines = [str(i) for i in range(1000)]
big = StringIO()
for ln in lines:
    big.write(ln)
    big.write('\n')
print(len(big.getvalue()), big.getvalue().splitlines() == lines)
