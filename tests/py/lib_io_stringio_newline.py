# io.StringIO newline modes: None translates on write, '' splits lines at \r, \n and \r\n, '\r'/'\r\n' on write.
import io

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell())
    print(s.write('x\ny\r'), repr(s.getvalue()), s.tell())
    s.seek(0)
    print(repr(s.read(3)), repr(s.readline()), [line for line in s])
t = io.StringIO(newline='')
print('r1', 'r2', sep='\r\n', end='\r\n', file=t)
t.seek(0)
print(t.readlines())
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
