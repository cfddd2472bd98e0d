# glob.glob: *, ?, [...], ** (recursive), hidden files, root_dir, trailing slash, escape.
import glob
import os

base = '/tmp/taipan_test_lib_glob_files'
files = ['a.txt', 'b.txt', 'c.py', '.hid.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
         'sub/.hdir/g.txt', 'x1.csv', 'x2.csv', 'x10.csv', 'odd[1].txt']
for f in files:
    os.makedirs(os.path.dirname(os.path.join(base, f)), exist_ok=True)
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)


def show(pattern, **kw):
    out = glob.glob(os.path.join(base, pattern), **kw)
    print(pattern, kw, sorted(p[len(base):] for p in out))


for pat in ['*.txt', '?.py', 'x?.csv', 'x[12].csv', 'x[!1]*.csv', '*', '*/', 'sub/*', '*/*.py',
            '**/*.txt', 'sub', 'nope', 'nope/*', 'a.txt', 'a.txt/', 'sub/', '.*', '*/.*/*']:
    show(pat)
for pat in ['**/*.txt', '**', '**/', 'sub/**', '**/*.py', 'sub/**/*.txt']:
    show(pat, recursive=True)
show('**/*.txt', recursive=True, include_hidden=True)
print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.glob('sub/*', root_dir=base)))
print(sorted(glob.glob('**', root_dir=base + '/sub', recursive=True)))
print(glob.escape('odd[1].txt'), glob.glob(os.path.join(base, glob.escape('odd[1].txt'))) == [base + '/odd[1].txt'])
print(glob.has_magic('a*'), glob.has_magic('abc'), sorted(glob.iglob(base + '/x*.csv'))[0][len(base):])
for top, dirs, fs in os.walk(base, topdown=False):
    for f in fs:
        os.remove(os.path.join(top, f))
    os.rmdir(top)
print(os.path.exists(base))
