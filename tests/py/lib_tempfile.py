# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory under /tmp (no random name or path is printed).
import os
import tempfile

base = tempfile.mkdtemp(prefix='taipan_test_lib_tempfile_', dir='/tmp')
print(os.path.isdir(base), os.path.isabs(base), os.path.basename(base).startswith('taipan_test_lib_tempfile_'))
print(type(tempfile.gettempdir()).__name__, os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path)[:4], path.endswith('.txt'))
print(len(os.path.basename(path)), os.path.exists(path), os.path.getsize(path))
print(os.write(fd, b'hello '), os.write(fd, b'world'))
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
fd, path2 = tempfile.mkstemp(dir=base, text=True)
with os.fdopen(fd, 'w') as f:
    f.write('via fdopen\n')
with open(path2) as f:
    print(repr(f.read()), path2 != path)
names = set()
for i in range(20):
    fd, p = tempfile.mkstemp(dir=base)
    os.close(fd)
    names.add(p)
print(len(names), len(os.listdir(base)))
with tempfile.NamedTemporaryFile(dir=base, suffix='.bin') as f:
    print(f.name.endswith('.bin'), os.path.exists(f.name), f.mode)
    f.write(b'abc')
    f.seek(0)
    print(f.read(), f.tell())
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, encoding='utf-8')
f.write('kept')
f.close()
print(os.path.exists(f.name), open(f.name).read())
os.remove(f.name)
with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read(), len(os.listdir(base)))
with tempfile.TemporaryDirectory(dir=base, suffix='_d') as d:
    print(os.path.isdir(d), d.endswith('_d'), os.path.dirname(d) == base)
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'f.txt'), 'w') as g:
        g.write('x')
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
for bad in (lambda: os.close(fd), lambda: tempfile.NamedTemporaryFile('q', dir=base),
            lambda: tempfile.mkstemp(dir=base + '/missing'), lambda: tempfile.mkdtemp(prefix=b'x', dir=base)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
for p in sorted(os.listdir(base)):
    os.remove(os.path.join(base, p))
os.rmdir(base)
print(os.path.exists(base))
