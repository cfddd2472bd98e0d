# shutil: copyfile/copy/copy2/copyfileobj, copytree (ignore,
# dirs_exist_ok), rmtree (ignore_errors, onerror), move, which,
# get_terminal_size. Everything under /tmp; paths printed relative.
import io
import os
import shutil

base = '/tmp/taipan_test_lib_shutil'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(base + '/src/sub/deep')
for rel, text in [('a.txt', 'alpha'), ('b.log', 'beta'), ('sub/c.txt', 'gamma'), ('sub/deep/d.txt', 'delta')]:
    with open(os.path.join(base, 'src', rel), 'w') as f:
        f.write(text)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path) as f:
                out.append((os.path.relpath(path, top), f.read()))
    return out


src = base + '/src'
print(os.path.relpath(shutil.copyfile(src + '/a.txt', base + '/copy.txt'), base), tree(base)[0])
print(os.path.relpath(shutil.copy(src + '/a.txt', base), base), os.path.relpath(shutil.copy2(src + '/b.log', base + '/b2.log'), base))
for bad in [(src + '/a.txt', src + '/a.txt'), (src + '/missing', base + '/x'), (src, base + '/x')]:
    try:
        shutil.copyfile(*bad)
    except OSError as e:
        print(type(e).__name__, isinstance(e, shutil.Error))
fsrc, fdst = io.StringIO('x' * 100), io.StringIO()
shutil.copyfileobj(fsrc, fdst, 7)
print(len(fdst.getvalue()))
print(os.path.relpath(shutil.copytree(src, base + '/dst'), base), tree(base + '/dst'))
try:
    shutil.copytree(src, base + '/dst')
except FileExistsError as e:
    print('FileExistsError')
shutil.copytree(src, base + '/dst', dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.log', 'deep'))
shutil.copytree(src, base + '/dst2', ignore=shutil.ignore_patterns('*.txt'))
print(tree(base + '/dst2'), sorted(os.listdir(base + '/dst2/sub')))
print(os.path.relpath(shutil.move(base + '/dst2', base + '/moved'), base), os.path.exists(base + '/dst2'))
print(os.path.relpath(shutil.move(base + '/copy.txt', base + '/moved'), base), sorted(os.listdir(base + '/moved')))
print(os.path.relpath(shutil.move(base + '/b2.log', base + '/renamed.log'), base))
for args in [(base + '/a.txt', base + '/moved/copy.txt'), (base + '/moved', base + '/moved/inner')]:
    try:
        shutil.move(*args)
        print('moved')
    except shutil.Error as e:
        print('Error', str(e).replace(base, '<base>'))
calls = []
shutil.rmtree(base + '/nope', onerror=lambda func, path, exc: calls.append((func.__name__, os.path.relpath(path, base), exc[0].__name__)))
print(calls)
shutil.rmtree(base + '/nope', ignore_errors=True)
try:
    shutil.rmtree(base + '/nope')
except FileNotFoundError:
    print('FileNotFoundError')
shutil.rmtree(base + '/dst')
print(sorted(os.listdir(base)))
print(shutil.which('sh') is not None, shutil.which('no-such-program-xyz'), shutil.which('sh', path=''))
print(shutil.which('x', path=src), shutil.which(base + '/a.txt'))
os.environ.pop('COLUMNS', None)
os.environ['LINES'] = '50'
print(shutil.get_terminal_size((100, 40))[1], shutil.get_terminal_size((100, 40)).lines)
os.environ['COLUMNS'] = '132'
print(shutil.get_terminal_size(), tuple(shutil.get_terminal_size()))
shutil.rmtree(base)
print(os.path.exists(base))
