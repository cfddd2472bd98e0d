# io: IOBase, RawIOBase, BufferedIOBase, TextIOBase as bases of user streams
# and in isinstance() checks against file objects and in-memory streams.
import io
import sys

path = '/tmp/_taipan_lib_io_abstract_bases.txt'
with open(path, 'w') as f:
    f.write('one\ntwo\n')

files = [open(path), open(path, 'rb'), open(path, 'ab'), open(path, 'r+b'), io.StringIO(),
         io.BytesIO(), sys.stdout]
kinds = (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
for f in files:
    print(type(f).__name__, [isinstance(f, k) for k in kinds])
for f in files[:4]:
    f.close()
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.TextIOBase))
print(isinstance(3, io.IOBase), isinstance('x', io.TextIOBase), issubclass(int, io.IOBase))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def writable(self):
        return True


u = Upper()
print(u.write('ab'), u.readable(), u.writable(), u.seekable(), u.closed, u.encoding)
u.writelines(['c', 'd'])
print(''.join(u.parts), isinstance(u, io.IOBase), isinstance(u, io.RawIOBase))
print(sys.stdout.write('direct\n'))
with u as same:
    print(same is u)
print(u.closed)
for call in (lambda: u.write('x'), lambda: u.flush(), lambda: u.readable()):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
for call in (lambda: Upper().read(), lambda: Upper().readline(), lambda: Upper().fileno(),
             lambda: Upper().seek(0), lambda: Upper().detach()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e, isinstance(e, OSError), isinstance(e, ValueError))


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


s = Source(b'hello\nworld\nend')
print(s.read(3), s.readline(), s.read(), s.read(), s.readall())
print(list(Source(b'a\nb\nc')), Source(b'q\nr\n').readlines())
print(isinstance(s, io.RawIOBase), isinstance(s, io.BufferedIOBase))
for call in (lambda: io.RawIOBase().read(2), lambda: io.RawIOBase().write(b'x')):
    try:
        call()
    except NotImplementedError:
        print('NotImplementedError')


class Chunks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, size=-1):
        out, self.data = self.data[:size], self.data[size:]
        return out


buf = bytearray(4)
c = Chunks(b'abcdef')
print(c.readinto(buf), buf, c.read(10))


def dump(stream: io.TextIOBase) -> io.IOBase:
    return stream


print(dump(u) is u)
