"""tempfile for taipan: temporary files and directories with random names,
created exclusively (open(..., 'x') and os.mkdir fail rather than reuse
an existing name), in the directory gettempdir() finds.

mkstemp's descriptor is one of os's registered descriptors (os.close,
os.write, os.read and os.fdopen take it). Files and directories are
removed by close(), cleanup() or leaving the with block, never by
garbage collection.
"""

import os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

# How many names to try before giving up.
TMP_MAX = 10000

# The default prefix of the names.
template = "tmp"

# The directory gettempdir() returns once it has found one (or set by the
# program).
tempdir = None

_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    """Eight random characters from _NAME_CHARACTERS."""
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return "".join(_rng.choice(_NAME_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return os.fsencode(gettempprefix())


def _candidate_dirs():
    """Where a temporary directory may be: $TMPDIR, $TEMP, $TMP, then the
    usual places, then the current directory."""
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _usable(directory):
    """Whether a file can be created (and removed) in directory."""
    for _ in range(100):
        name = os.path.join(directory, _random_name())
        try:
            with open(name, "xb") as f:
                f.write(b"blat")
        except FileExistsError:
            continue
        except OSError:
            return False
        os.remove(name)
        return True
    return False


def gettempdir():
    """The directory for temporary files (found once, then kept in
    tempfile.tempdir)."""
    global tempdir
    if tempdir is None:
        for directory in _candidate_dirs():
            if directory != os.curdir:
                directory = os.path.abspath(directory)
            if os.path.isdir(directory) and _usable(directory):
                tempdir = directory
                break
        else:
            raise FileNotFoundError(
                2, "No usable temporary directory found in %s" % _candidate_dirs())
    return tempdir


def gettempdirb():
    """gettempdir() as bytes."""
    return os.fsencode(gettempdir())


def _sanitize(prefix, suffix, dir):
    """The defaults for prefix, suffix and dir, and the type of the names
    (str, or bytes when any argument is bytes)."""
    given = [x for x in (prefix, suffix, dir) if x is not None]
    output_bytes = any(isinstance(x, bytes) for x in given)
    if output_bytes and not all(isinstance(x, bytes) for x in given):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if output_bytes:
        prefix = gettempprefixb() if prefix is None else prefix
        suffix = b"" if suffix is None else suffix
        dir = gettempdirb() if dir is None else dir
    else:
        prefix = template if prefix is None else prefix
        suffix = "" if suffix is None else suffix
        dir = gettempdir() if dir is None else dir
    return prefix, suffix, dir, output_bytes


def _names(prefix, suffix, dir, output_bytes):
    """TMP_MAX candidate paths dir/prefix + random + suffix."""
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_bytes:
            name = os.fsencode(name)
        yield os.path.join(dir, prefix + name + suffix)


def _create(prefix, suffix, dir, make):
    """make(path) for the first free name: the path made, absolute.
    make raises FileExistsError for a name in use."""
    prefix, suffix, dir, output_bytes = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, output_bytes):
        try:
            result = make(path)
        except FileExistsError:
            continue
        return os.path.abspath(path), result
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file, readable and writable only through what is
    returned: (descriptor, absolute path). The caller removes it."""
    def make(path):
        return open(os.fsdecode(path), "xb+")
    path, file = _create(prefix, suffix, dir, make)
    return os._register_descriptor(file, os.fsdecode(path)), path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700); return its absolute path.
    The caller removes it."""
    path, _ = _create(prefix, suffix, dir, lambda p: os.mkdir(p, 0o700))
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name that was free when asked (unsafe: another program may take
    it before it is used; mkstemp creates the file instead)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _open_new(path, mode, buffering, encoding, newline, errors):
    """Create path exclusively, then open it in mode (the file reports
    mode as CPython's does)."""
    open(path, "xb").close()
    return open(path, mode, buffering, encoding, errors, newline)


def _checked_mode(mode):
    """CPython's check of a file mode, done before any file is created."""
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s"
                        % type(mode).__name__)
    letters = [c for c in mode if c in "rwax"]
    if len(letters) != 1 or any(c not in "rwaxbt+" for c in mode):
        raise ValueError("invalid mode: %r" % mode)
    return mode


class _TemporaryFileWrapper:
    """A NamedTemporaryFile: the open file (.file) and its path (.name);
    every other attribute is the file's. With delete, closing it removes
    the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        """Close the file, and remove it when delete is true."""
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.remove(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a name in the file system (.name), removed
    when closed unless delete is false."""
    _checked_mode(mode)

    def make(path):
        return _open_new(os.fsdecode(path), mode, buffering, encoding,
                         newline, errors)
    path, file = _create(prefix, suffix, dir, make)
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file without a name: it is removed from its directory
    at once, and its space is freed when it is closed."""
    _checked_mode(mode)

    def make(path):
        return _open_new(os.fsdecode(path), mode, buffering, encoding,
                         newline, errors)
    path, file = _create(prefix, suffix, dir, make)
    os.remove(path)
    return file


class TemporaryDirectory:
    """A temporary directory (.name), removed with everything in it by
    cleanup() or at the end of a with block (which gives the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        """Remove the directory and its contents (once)."""
        if self._removed or not os.path.lexists(self.name):
            self._removed = True
            return
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
