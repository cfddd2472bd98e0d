# File object types, reprs, attributes and the capability queries.
import io
P = '/tmp/taipan_test_io_file_attrs.txt'
for mode in ['w', 'r', 'a', 'wb', 'rb', 'ab', 'rt']:
    f = open(P, mode)
    print(mode, type(f).__name__, type(f), repr(f))
    print(' ', f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
    print(' ', isinstance(f.fileno(), int), f.fileno() > 2)
    if 'b' not in mode:
        print(' ', f.encoding, f.errors)
    f.flush()
    f.close()
    print(' ', f.closed, repr(f))
    for name in ['tell', 'readable', 'writable', 'isatty', 'fileno', 'flush', 'seekable', 'read']:
        try:
            getattr(f, name)()
        except ValueError as e:
            print('  ', name, type(e).__name__)
f = open(P, encoding='latin-1', errors='replace')
print(repr(f), f.encoding, f.errors)
f.close()
with open(P, 'rb') as f:
    print(hasattr(f, 'encoding'))
with open(P, 'r') as f:
    for op in [lambda: f.write('x'), lambda: f.truncate()]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
with open(P, 'wb') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
for mode in ['rw', 'rz', 'rbt', 'bb', 'wa']:
    try:
        open(P, mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open(P, buffering=0)
except ValueError as e:
    print(e)
f = open(P)
f.read()
f.close()
for op in [f.read, f.readline, f.readlines, lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print('closed', e)
