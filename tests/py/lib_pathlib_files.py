# pathlib file-system access: mkdir, write/read text and bytes, open, iterdir, glob, rglob, resolve, unlink.
import os
from pathlib import Path

base = Path('/tmp/taipan_test_lib_pathlib_files')
if base.exists():
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        os.rmdir(top)
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
print(base.exists(), base.is_dir(), base.is_file(), (base / 'nope').exists())
print((base / 'a.txt').write_text('hello\nworld\n'), (base / 'b.bin').write_bytes(b'\x01\x02'))
(base / 'sub' / 'c.txt').write_text('c')
(base / 'sub' / 'deep' / 'd.txt').write_text('dd')
(base / '.hidden.txt').write_text('h')
print(repr((base / 'a.txt').read_text()), (base / 'b.bin').read_bytes(), (base / 'a.txt').stat().st_size)
with (base / 'a.txt').open() as f:
    print(f.readline().strip())
with open(base / 'b.bin', 'rb') as f:
    print(f.read())
with open(base / 'e.txt', 'w') as f:
    f.write('e')
rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
print(rel(base.iterdir()))
print(rel(base.glob('*.txt')), rel(base.glob('*/*.txt')), rel(base.glob('**/*.txt')))
print(rel(base.rglob('*.txt')), rel(base.glob('**')), rel(base.glob('sub/deep/d.txt')), rel(base.glob('zz*')))
print(rel(base.glob('*/')), rel(base.glob('**/')), rel(base.glob('s*/*')), rel(base.glob('*.[tb]*')))
print(base.resolve() == base, (base / 'sub' / '..' / 'a.txt').resolve() == base / 'a.txt')
print(Path('x').absolute() == Path.cwd() / 'x', Path.cwd() == Path(os.getcwd()))
t = (base / 'e.txt').rename(base / 'f.txt')
print(repr(t.name), t.exists(), (base / 'e.txt').exists())
(base / 'g.txt').touch()
print((base / 'g.txt').read_text() == '', (base / 'g.txt').is_file())
for bad in [lambda: (base / 'sub').mkdir(), lambda: (base / 'x' / 'y').mkdir(),
            lambda: (base / 'nope.txt').read_text(), lambda: (base / 'nope').unlink(),
            lambda: (base / 'g.txt').touch(exist_ok=False), lambda: (base / 'a.txt').write_text(5),
            lambda: list(base.glob('')), lambda: list(base.glob('/x'))]:
    try:
        bad()
    except (OSError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__)
(base / 'nope').unlink(missing_ok=True)
for p in sorted(base.rglob('*'), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
