# pathlib pure path arithmetic: construction, str/repr, name/stem/suffix, parents, with_*, relative_to.
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ['', '.', '/', '//', '///', 'a', 'a/b/c.txt', '/a/b/', 'a//b/./c', '../x.tar.gz',
          '.bashrc', 'a/b.', 'a/..', '//x/y', 'x.', '...']:
    p = PurePath(s)
    print(repr(s), str(p), repr(p), p.name, repr(p.stem), repr(p.suffix), p.suffixes,
          p.parts, str(p.parent), p.is_absolute(), repr(p.root), p.anchor)
p = Path('a') / 'b' / 'c.txt'
print(repr(p), type(p).__name__, str('x' / Path('y')), Path('a', 'b', '/c', 'd'), Path(Path('q'), 'r'))
print(p.with_suffix('.csv'), p.with_suffix(''), p.with_name('z.py'), p.with_stem('s'),
      p.joinpath('d', 'e'), Path('/x/y').joinpath('/z'))
print(list(Path('/a/b/c').parents), list(PurePath('a/b').parents), Path('/a/b/c').parents[-1],
      Path('a/b/c').parents[1:], len(Path('/a/b').parents), repr(Path('a').parents))
print(Path('/a/b/c').relative_to('/a'), Path('/a/b').relative_to('/a/b'), PurePath('a/b').relative_to('a'))
print(Path('/a/b').is_relative_to('/a'), Path('/a/b').is_relative_to('/c'))
for bad in [lambda: Path('/a/b').relative_to('/c'), lambda: Path('a').with_suffix('x'),
            lambda: Path('/').with_name('x'), lambda: Path('a').with_name('a/b'),
            lambda: Path('a').with_suffix('.'), lambda: Path('a') / 3, lambda: Path(3),
            lambda: Path('a') < 'b', lambda: Path('a').parents[1]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(Path('a/b') == PurePosixPath('a/b'), Path('a/b') == Path('a//b/'), Path('a') == 'a',
      hash(Path('a/b')) == hash(PurePath('a/b')), {Path('x'): 1}[Path('./x')])
print(sorted([Path('b'), Path('/z'), Path('a/c'), Path('a')]), Path('a') < Path('b'))
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath), type(PurePath('a')).__name__,
      isinstance(PosixPath('x'), Path))
print(Path('a/b.py').match('*.py'), Path('/a/b.py').match('b/*.py'), Path('a/b.py').match('/*.py'),
      Path('/a/b.py').match('/a/*.py'), Path('a/b/c.py').match('a/*.py'), Path('b.PY').match('*.py'))
print(Path('/tmp/a b').as_uri(), Path('/x').as_posix(), Path('a').drive == '', str(Path('~/x').expanduser()) != '~/x')
