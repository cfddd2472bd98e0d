"""The os module (POSIX): the environment, directories, files and stat,
over the native _os (which checks the runtime's capabilities)."""

import _os
import sys
import posixpath as path
from _os import getcwd, listdir, rmdir, remove, cpu_count, getpid, fspath, readlink, symlink, urandom, strerror

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

unlink = remove


def rename(src, dst):
    try:
        _os.rename(src, dst)
    except OSError as e:
        if e.filename is None:
            raise
        # CPython names both paths: "[Errno 2] ...: 'src' -> 'dst'".
        raise type(e)(e.errno, e.strerror, e.filename, None, fspath(dst)) from None


replace = rename
error = OSError


class _Environ:
    """os.environ: the process's environment as the script started with
    it. Changing it changes only what this script sees (os.getenv,
    os.environ, os.path.expandvars/expanduser), not the process's
    environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return 'environ(' + repr(self._data) + ')'


environ = _Environ(_os.environ_items())


def sched_getaffinity(pid):
    """The numbers of the CPUs the process may run on: all of them (taipan
    does not pin its threads), for pid 0 or the process's own id."""
    if pid != 0 and pid != getpid():
        raise ProcessLookupError(3, "No such process")
    return set(range(cpu_count() or 1))


def isatty(fd):
    """Whether descriptor fd is a terminal: the standard streams are asked,
    any other descriptor is not one."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is not None and stream.fileno() == fd:
            return stream.isatty()
    return False


def getenv(key, default=None):
    return environ.get(key, default)


def getcwdb():
    return getcwd().encode()


class stat_result:
    """What os.stat returns: st_* attributes, and a 10-item sequence whose
    times are whole seconds."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
               'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size, self.st_atime, self.st_mtime,
         self.st_ctime, self.st_atime_ns, self.st_mtime_ns,
         self.st_ctime_ns) = values

    def _items(self):
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink,
                self.st_uid, self.st_gid, self.st_size, int(self.st_atime),
                int(self.st_mtime), int(self.st_ctime))

    def __getitem__(self, i):
        return self._items()[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._items())

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._items() == other._items()

    def __repr__(self):
        parts = []
        for field, value in zip(self._fields, self._items()):
            parts.append('%s=%r' % (field, value))
        return 'os.stat_result(' + ', '.join(parts) + ')'


def stat(path, *, follow_symlinks=True):
    if follow_symlinks:
        return stat_result(_os.stat(path))
    return stat_result(_os.lstat(path))


def lstat(path):
    return stat_result(_os.lstat(path))


def mkdir(path, mode=0o777):
    _os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        _os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """One entry of os.scandir."""

    def __init__(self, directory, name, is_dir, is_file, is_link):
        self.name = name
        self.path = path.join(directory, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_link = is_link

    def is_dir(self, *, follow_symlinks=True):
        return self._is_dir and (follow_symlinks or not self._is_link)

    def is_file(self, *, follow_symlinks=True):
        return self._is_file and (follow_symlinks or not self._is_link)

    def is_symlink(self):
        return self._is_link

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._entries = iter(_os.scandir_entries(directory))

    def __iter__(self):
        return self

    def __next__(self):
        name, is_dir, is_file, is_link = next(self._entries)
        return DirEntry(self._directory, name, is_dir, is_file, is_link)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    # Outside the try: a directory the runtime may not read raises.
    _os.kind(top, True)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            files.append(entry.name)
    if topdown:
        # The caller may prune dirs before the walk goes on.
        yield top, dirs, files
    for d in dirs:
        sub = path.join(top, d)
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def fsencode(filename):
    return fspath(filename).encode()


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode()
    return filename


# Descriptors. taipan's files are file objects; os.close, os.read,
# os.write and os.fdopen work on the descriptors of those the os layer
# opened for the program (tempfile.mkstemp's), kept here by number.
_descriptors = {}


def _register_descriptor(file, filename):
    """Keep a binary file object open under its descriptor; return it."""
    fd = file.fileno()
    _descriptors[fd] = (file, filename)
    return fd


def _descriptor(fd):
    """The (file, path) registered under fd (OSError EBADF otherwise)."""
    try:
        return _descriptors[fd]
    except (KeyError, TypeError):
        raise OSError(9, "Bad file descriptor") from None


def close(fd):
    """Close a descriptor the os layer opened."""
    file, _ = _descriptor(fd)
    del _descriptors[fd]
    file.close()


def write(fd, data):
    """Write bytes to a descriptor; return how many were written."""
    file, _ = _descriptor(fd)
    n = file.write(data)
    file.flush()
    return n


def read(fd, n):
    """Read at most n bytes from a descriptor."""
    file, _ = _descriptor(fd)
    return file.read(n)


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None,
           newline=None):
    """A file object for a descriptor the os layer opened: the file is
    opened again by its path at the same position (without truncating it,
    whatever the mode) and the descriptor is closed."""
    file, filename = _descriptor(fd)
    file.flush()
    position = file.tell()
    reopened = open(filename, mode.replace("w", "r+").replace("++", "+"),
                    buffering, encoding, errors, newline)
    if "a" not in mode:
        reopened.seek(position)
    close(fd)
    return reopened


class terminal_size(tuple):
    """The size of a terminal: (columns, lines)."""

    def __new__(cls, size):
        columns, lines = size
        return tuple.__new__(cls, (columns, lines))

    @property
    def columns(self):
        """The width in characters."""
        return self[0]

    @property
    def lines(self):
        """The height in lines."""
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


class PathLike:
    """The abstract class of objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError
