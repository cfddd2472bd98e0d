# Files opened for reading and writing ('+' modes), text and binary.
import os
P = '/tmp/taipan_test_io_update_modes.txt'
with open(P, 'w+') as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    f.write('hello\nworld\n')
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write('X')
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(P, 'r+') as f:
    print(repr(f.read(2)))
    f.write('Y')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write('J')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(5), repr(open(P).read()))
with open(P, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    f.write('Z\n')
    f.seek(0)
    print(f.readlines())
for mode in ['r+b', 'w+b', 'a+b', 'rb+']:
    with open(P, mode) as f:
        print(mode, type(f).__name__, f.mode, repr(f)[:22])
        f.write(b'ab')
        f.seek(0)
        print(' ', f.read(), f.tell(), f.seek(1), f.write(b'Q'))
        f.seek(0)
        print(' ', f.read())
os.remove(P)
with open(P, 'x+') as f:
    print(f.mode, f.write('new'), f.seek(0), f.read())
try:
    open(P, 'x+')
except FileExistsError as e:
    print('FileExistsError', e.errno)
f = open(P, 'r+')
f.close()
print(f.closed, f.readable.__name__)
for name in ['readable', 'writable']:
    try:
        getattr(f, name)()
    except ValueError:
        print(name, 'ValueError')
