# Symbolic links: os.symlink, islink, realpath, walk(followlinks), readlink, Path.resolve.
import os
from pathlib import Path

base = '/tmp/taipan_test_lib_os_links'
real = os.path.realpath('/tmp')


def cleanup():
    if os.path.lexists(base):
        for top, dirs, files in os.walk(base, topdown=False):
            for f in files + [d for d in dirs if os.path.islink(os.path.join(top, d))]:
                os.remove(os.path.join(top, f))
            os.rmdir(top)


cleanup()
os.makedirs(base + '/d/inner')
with open(base + '/d/f.txt', 'w') as f:
    f.write('x')
os.symlink('d', base + '/ld')
os.symlink(base + '/d/f.txt', base + '/lf')
os.symlink('nowhere', base + '/dangling')
os.symlink('loop2', base + '/loop1')
os.symlink('loop1', base + '/loop2')
b = os.path.realpath(base)
print(os.path.islink(base + '/ld'), os.path.islink(base + '/d'), os.path.isdir(base + '/ld'),
      os.path.exists(base + '/dangling'), os.path.lexists(base + '/dangling'), os.readlink(base + '/ld'))
for p in ['ld', 'ld/f.txt', 'lf', 'dangling', 'dangling/x', 'ld/../lf', 'loop1', 'loop1/x', 'd/inner/../../ld']:
    print(p, os.path.realpath(base + '/' + p).replace(b, 'B'))
for follow in [False, True]:
    seen = []
    for top, dirs, files in os.walk(base, followlinks=follow):
        seen.append((top.replace(base, 'B'), sorted(dirs), sorted(files)))
    print(sorted(seen))
print(str(Path(base, 'ld', 'f.txt').resolve()).replace(b, 'B'), Path(base, 'lf').is_symlink(),
      sorted(str(p.relative_to(base)) for p in Path(base).glob('**/*.txt')))
try:
    os.symlink('d', base + '/ld')
except FileExistsError as e:
    print('FileExistsError', e.errno)
cleanup()
print(os.path.lexists(base))
