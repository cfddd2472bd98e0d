"""pathlib for POSIX: PurePath/PurePosixPath (path arithmetic on strings)
and Path/PosixPath (file-system access through os, which checks the
runtime's capabilities). Windows flavours are not provided."""

import os
import fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _split(text):
    """(root, parts) of one path string: a root of '//' is kept as POSIX
    allows; '.' and empty components vanish."""
    root = ''
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    return root, [p for p in text.split('/') if p and p != '.']


def _parse(args):
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike '
                                'object returning str, not %r' % (type(a),))
            a_root, a_parts = _split(a)
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts = parts + list(a_parts)
    return root, parts


class _PathParents:
    """The sequence of a path's logical ancestors."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple([self[i] for i in range(*idx.indices(self._n))])
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._from(self._path._root, self._path._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path as a string, without touching the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        elif cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    def _from(self, root, parts):
        obj = object.__new__(type(self))
        obj._root = root
        obj._parts = list(parts)
        return obj

    def __str__(self):
        return (self._root + '/'.join(self._parts)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/'
        out = []
        for byte in str(self).encode():
            c = chr(byte)
            out.append(c if c in safe else '%%%02X' % byte)
        return 'file://' + ''.join(out)

    def _key(self):
        return ([self._root] if self._root else []) + self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = _parse((key, self))
        except TypeError:
            return NotImplemented
        return self._from(root, parts)

    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._from(root, parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def is_absolute(self):
        return self._root != ''

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse(other)
        base = ([root] if root else []) + parts
        mine = self._key()
        if mine[:len(base)] != base or (root == '' and self._root != ''):
            shown = (root + '/'.join(parts)) or '.'
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), shown))
        return self._from('', mine[len(base):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        root, pat_parts = _split(path_pattern)
        if not root and not pat_parts:
            raise ValueError('empty pattern')
        mine = self._key()
        pat = ([root] if root else []) + pat_parts
        if root and len(pat) != len(mine):
            return False
        if len(pat) > len(mine):
            return False
        for part, p in zip(reversed(mine), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure POSIX path."""


class Path(PurePath):
    """A path on the file system."""

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        with self.open('a' if exist_ok else 'x'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        if not self._root and self._parts and self._parts[0].startswith('~'):
            home = os.path.expanduser(self._parts[0])
            if home.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._parts[1:])
        return self

    def glob(self, pattern):
        root, parts = _split(os.fspath(pattern))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if os.fspath(pattern).endswith('/'):
            # A trailing slash selects directories only.
            parts.append('')
        if not self.is_dir():
            return
        seen = set()
        for p in self._select(parts):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        yield from self.glob('**/' + os.fspath(pattern))

    def _child(self, name):
        return self._from(self._root, self._parts + [name])

    def _subdirs(self):
        """This directory and every directory below it (links to
        directories are left out, as CPython 3.11 does)."""
        yield self
        try:
            entries = list(os.scandir(self))
        except OSError:
            return
        for e in entries:
            if e.is_dir() and not e.is_symlink():
                yield from self._child(e.name)._subdirs()

    def _select(self, parts):
        if not parts:
            yield self
            return
        first = parts[0]
        rest = parts[1:]
        if first == '':
            if self.is_dir():
                yield self
        elif first == '**':
            for d in self._subdirs():
                yield from d._select(rest)
        elif '*' in first or '?' in first or '[' in first:
            try:
                entries = list(os.scandir(self))
            except OSError:
                return
            for e in entries:
                if rest and not e.is_dir():
                    continue
                if fnmatch.fnmatchcase(e.name, first):
                    yield from self._child(e.name)._select(rest)
        else:
            child = self._child(first)
            if (child.is_dir() if rest else child.exists()):
                yield from child._select(rest)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""
