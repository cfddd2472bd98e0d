"""shutil for taipan: copying, moving and removing files and directory
trees, which(), and get_terminal_size().

taipan's os has no chmod, utime or statvfs: copy() and copy2() copy the
data only (the copy gets the default mode and the current time), and
there is no disk_usage(). which() takes a file as executable when any of
its execute bits is set.
"""

import os
import sys
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SameFileError", "ignore_patterns", "which",
           "get_terminal_size", "copymode", "copystat"]

# The size of the chunks copyfileobj reads.
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """What copytree and move raise; copytree's args[0] lists the
    (src, dst, reason) of each file it could not copy."""


class SameFileError(Error):
    """The source and destination are the same file."""


class SpecialFileError(OSError):
    """A named pipe or other file that cannot be copied."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what fsrc reads to fdst, length bytes (or characters) at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    """Whether src and dst are one file."""
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == \
            os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to file dst (made or replaced); return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """CPython copies the permission bits; taipan's os cannot set them, so
    this only checks that both files exist."""
    os.stat(src, follow_symlinks=follow_symlinks)
    os.stat(dst, follow_symlinks=follow_symlinks)


def copystat(src, dst, *, follow_symlinks=True):
    """CPython copies the permission bits and times; taipan's os cannot
    set them, so this only checks that both files exist."""
    copymode(src, dst, follow_symlinks=follow_symlinks)


def _target(src, dst):
    """dst, or dst/basename(src) when dst is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy file src to dst (a file, or a directory to copy into); return
    the path of the copy. The mode is not copied (see the module doc)."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy(); CPython also copies the times, which taipan's os cannot set."""
    return copy(src, dst, follow_symlinks=follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` for copytree: the names matching any glob pattern."""
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless
    dirs_exist_ok); return dst. Errors are gathered into one Error."""
    with os.scandir(src) as it:
        entries = list(it)
    ignored = set(ignore(os.fspath(src), [e.name for e in entries])) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, srcname, dstname, symlinks, ignore,
                        copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _copy_entry(entry, srcname, dstname, symlinks, ignore, copy_function,
                ignore_dangling_symlinks, dirs_exist_ok):
    """Copy one entry of a directory copytree copies."""
    if entry.is_symlink():
        if symlinks:
            os.symlink(os.readlink(srcname), dstname)
            return
        if not os.path.exists(srcname):
            if ignore_dangling_symlinks:
                return
            raise FileNotFoundError(2, "No such file or directory", srcname)
    if entry.is_dir():
        copytree(srcname, dstname, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)
    else:
        copy_function(srcname, dstname)


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove the directory tree path. A failure is ignored with
    ignore_errors, given to onerror(function, path, exc_info) when there
    is one, else raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[2][1]
    try:
        st = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if (st.st_mode & 0o170000) == 0o120000:
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    """Remove what is in directory path, then path itself."""
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        if entry.is_dir(follow_symlinks=False):
            _rmtree(fullname, onerror)
            continue
        try:
            os.unlink(fullname)
        except OSError:
            onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _destinsrc(src, dst):
    """Whether dst lies inside directory src."""
    src = os.path.abspath(src).rstrip(os.sep) + os.sep
    dst = os.path.abspath(dst).rstrip(os.sep) + os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when dst is a directory):
    a rename where it can be, else a copy and a removal. Return the new
    path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _executable(path):
    """Whether path is a file with an execute bit set."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o100000 and bool(st.st_mode & 0o111)


def which(cmd, mode=None, path=None):
    """The path of the executable cmd would run (searched in path, else
    $PATH), or None. mode is accepted for CPython's signature: taipan's os
    has no access(), so a file counts when it has an execute bit."""
    if os.path.dirname(cmd):
        return cmd if _executable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in path.split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _executable(name):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS and $LINES, else fallback
    (taipan cannot ask the terminal)."""
    sizes = []
    for var, default in (("COLUMNS", fallback[0]), ("LINES", fallback[1])):
        try:
            value = int(os.environ[var])
        except (KeyError, ValueError):
            value = 0
        sizes.append(value if value > 0 else default)
    return os.terminal_size((sizes[0], sizes[1]))
