# Universal newlines and open()'s newline= for reading and writing.
import pathlib
P = '/tmp/taipan_test_io_newlines.txt'
DATA = b'a\r\nb\rc\nd\r\r\ne'
with open(P, 'wb') as f:
    f.write(DATA)
for nl in [None, '', '\n', '\r\n', '\r']:
    with open(P, newline=nl) as f:
        print(repr(nl), 'read', repr(f.read()))
    with open(P, newline=nl) as f:
        print(repr(nl), 'readlines', f.readlines())
    with open(P, newline=nl) as f:
        print(repr(nl), 'iter', [line for line in f])
    with open(P, newline=nl) as f:
        print(repr(nl), 'readline', repr(f.readline()), repr(f.readline()), repr(f.read(3)))
print(repr(pathlib.Path(P).read_text()))
with open(P) as f:
    print([f.read(1) for _ in range(9)])
for nl in [None, '', '\n', '\r\n', '\r']:
    with open(P, 'w', newline=nl) as f:
        print(f.write('x\ny\r\nz\r'))
    with open(P, 'rb') as f:
        print(repr(nl), 'wrote', f.read())
pathlib.Path(P).write_text('p\nq\n', newline='\r\n')
print(pathlib.Path(P).read_bytes())
with open(P, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\nend\r')
with open(P) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), repr(lines[0][-2:]), lines[1:])
with open(P, newline='') as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), lines[1:])
try:
    open(P, newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(P, newline=5)
except TypeError as e:
    print('TypeError', e)
