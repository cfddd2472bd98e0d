# os file-system calls: mkdir/makedirs, listdir, stat, rename, remove, walk, scandir, errors.
import os

base = '/tmp/taipan_test_lib_os_files'
if os.path.exists(base):
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        os.rmdir(top)
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
os.mkdir(base + '/c')
with open(base + '/a/one.txt', 'w') as f:
    f.write('hello world')
with open(base + '/a/b/two.bin', 'wb') as f:
    f.write(b'\x00' * 100)
print(sorted(os.listdir(base)), sorted(os.listdir(base + '/a')))
st = os.stat(base + '/a/one.txt')
print(st.st_size, isinstance(st.st_mtime, float), st.st_mtime > 1e9, st[6], len(st))
print(os.path.getsize(base + '/a/b/two.bin'), os.path.exists(base), os.path.isdir(base + '/a'),
      os.path.isfile(base + '/a'), os.path.isfile(base + '/a/one.txt'), os.path.exists(base + '/zz'))
print(abs(os.path.getmtime(base + '/a/one.txt') - st.st_mtime) < 1e-6)
print(st.st_mtime_ns // 10**9 == int(st.st_mtime), st == os.stat(base + '/a/one.txt'), repr(st)[:26])
print(os.stat(base).st_mode & 0o170000 == 0o040000, os.path.islink(base), os.path.lexists(base))
print(os.path.realpath(base + '/a/../a/./b') == base + '/a/b', os.path.samefile(base + '/a', base + '/a/b/..'))
os.rename(base + '/a/one.txt', base + '/c/uno.txt')
print(sorted(os.listdir(base + '/c')), os.path.exists(base + '/a/one.txt'))
for top, dirs, files in os.walk(base):
    dirs.sort()
    print(top[len(base):], sorted(dirs), sorted(files))
with os.scandir(base) as it:
    entries = sorted([(e.name, e.is_dir(), e.is_file()) for e in it])
print(entries)
for bad in [lambda: os.listdir(base + '/nope'), lambda: os.mkdir(base + '/a'),
            lambda: os.rmdir(base + '/a'), lambda: os.remove(base + '/nope'),
            lambda: os.stat(base + '/nope'), lambda: os.makedirs(base + '/a'),
            lambda: os.remove(base + '/c'), lambda: os.listdir(base + '/c/uno.txt'),
            lambda: os.rename(base + '/nope', base + '/x')]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, isinstance(e, OSError))
try:
    os.stat(base + '/nope')
except FileNotFoundError as e:
    print(str(e).replace(base, 'BASE'), e.filename == base + '/nope')
try:
    os.rename(base + '/nope', base + '/x')
except FileNotFoundError as e:
    print(str(e).replace(base, 'BASE'), e.filename2 == base + '/x')
os.unlink(base + '/c/uno.txt')
os.remove(base + '/a/b/two.bin')
os.rmdir(base + '/a/b')
os.rmdir(base + '/a')
os.rmdir(base + '/c')
os.rmdir(base)
print(os.path.exists(base), os.getcwd() == os.path.abspath('.'))
print(os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'))
