"""Filename globbing: glob, iglob, escape, has_magic. Results come in the
order the OS lists directories (sort them for a stable order)."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape']


def has_magic(s):
    return '*' in s or '?' in s or '[' in s


def _is_hidden(name):
    return name.startswith('.')


def _is_recursive(pattern):
    return pattern == '**'


def _join(root, d):
    if not root or not d:
        return root or d
    return os.path.join(root, d)


def _entries(dirname, dironly):
    # isdir raises only when the runtime may not read there.
    if not os.path.isdir(dirname or os.curdir):
        return []
    try:
        with os.scandir(dirname or os.curdir) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _glob1(dirname, pattern, dironly, hidden):
    names = _entries(dirname, dironly)
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, hidden):
    if basename == '':
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []


def _walk_names(dirname, dironly, hidden):
    for name in _entries(dirname, dironly):
        if hidden or not _is_hidden(name):
            yield name
            sub = os.path.join(dirname, name) if dirname else name
            for deeper in _walk_names(sub, dironly, hidden):
                yield os.path.join(name, deeper)


def _glob2(dirname, pattern, dironly, hidden):
    yield ''
    yield from _walk_names(dirname, dironly, hidden)


def _iglob(pathname, root_dir, recursive, dironly, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        full = _join(root_dir, pathname)
        if basename:
            if os.path.lexists(full):
                yield pathname
        elif os.path.isdir(full):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _is_recursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, hidden):
            yield os.path.join(d, name)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    skip_first = pathname == '' or (recursive and _is_recursive(pathname[:2]))
    for i, name in enumerate(results):
        if i == 0 and skip_first and name == '':
            continue
        yield name


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def escape(pathname):
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)
