"""os.path for POSIX: pure string functions on '/'-separated paths, and
the queries (exists, isdir, getsize ...) that ask the native _os."""

import _os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _text(p):
    return _os.fspath(p)


def isabs(s):
    return _text(s).startswith('/')


def join(a, *p):
    out = _text(a)
    for piece in p:
        piece = _text(piece)
        if piece.startswith('/'):
            out = piece
        elif out == '' or out.endswith('/'):
            out = out + piece
        else:
            out = out + '/' + piece
    return out


def _strip_head(head):
    # A head made only of slashes stays as it is; any other loses its
    # trailing slashes.
    if head and head != '/' * len(head):
        return head.rstrip('/')
    return head


def split(p):
    p = _text(p)
    cut = p.rfind('/') + 1
    return _strip_head(p[:cut]), p[cut:]


def basename(p):
    p = _text(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _text(p)
    return _strip_head(p[:p.rfind('/') + 1])


def splitext(p):
    p = _text(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # Leading dots of the last component ('.bashrc', '..x') are part
        # of the name, not an extension.
        start = slash + 1
        if p[start:dot].strip('.') != '':
            return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    p = _text(p)
    return p[:0], p


def normpath(path):
    path = _text(path)
    if path == '':
        return '.'
    slashes = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes; three or more are one.
        slashes = 2 if path.startswith('//') and not path.startswith('///') else 1
    kept = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if kept and kept[-1] != '..':
                kept.pop()
                continue
            if slashes:
                continue
        kept.append(part)
    out = '/' * slashes + '/'.join(kept)
    return out if out else '.'


def abspath(path):
    path = _text(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple([_text(x) for x in m])
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def relpath(path, start=None):
    if path is None or _text(path) == '':
        raise ValueError("no path specified")
    path = _text(path)
    start = curdir if start is None else _text(start)
    start_parts = [x for x in abspath(start).split('/') if x]
    path_parts = [x for x in abspath(path).split('/') if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return curdir
    return join(*parts)


def commonpath(paths):
    paths = [_text(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = set([p.startswith('/') for p in paths])
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    return ('/' if paths[0].startswith('/') else '') + '/'.join(common)


def expanduser(path):
    path = _text(path)
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end != 1:
        # ~user: taipan cannot read the password database.
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    return (home.rstrip('/') + path[end:]) or '/'


def _var_end(path, start):
    end = start
    while end < len(path) and (path[end].isalnum() or path[end] == '_'):
        end += 1
    return end


def expandvars(path):
    path = _text(path)
    if '$' not in path:
        return path
    import os
    env = os.environ
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            close = path.find('}', i + 2)
            name = path[i + 2:close] if close >= 0 else ''
            end = close + 1
        else:
            end = _var_end(path, i + 1)
            name = path[i + 1:end]
        if name and name in env:
            out.append(env[name])
            i = end
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _kind(path, follow=True):
    """'dir', 'file', 'link' or 'other'; None when nothing is there."""
    return _os.kind(path, follow)


def exists(path):
    return _kind(path) is not None


def lexists(path):
    return _kind(path, False) is not None


def isdir(s):
    return _kind(s) == 'dir'


def isfile(path):
    return _kind(path) == 'file'


def islink(path):
    return _kind(path, False) == 'link'


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    return _os.stat(filename)[6]


def getatime(filename):
    return _os.stat(filename)[7]


def getmtime(filename):
    return _os.stat(filename)[8]


def getctime(filename):
    return _os.stat(filename)[9]


def samefile(f1, f2):
    a = _os.stat(f1)
    b = _os.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def realpath(filename, *, strict=False):
    filename = _text(filename)
    resolved = '/' if filename.startswith('/') else ''
    todo = [c for c in filename.split('/')]
    todo.reverse()
    links = {}
    while todo:
        name = todo.pop()
        if name == '' or name == '.':
            continue
        if name == '..':
            if resolved == '' or basename(resolved) == '..':
                resolved = join(resolved, '..')
            elif resolved != '/':
                resolved = dirname(resolved)
            continue
        candidate = join(resolved, name)
        if _kind(candidate, False) != 'link':
            if strict and _kind(candidate, False) is None:
                _os.lstat(candidate)
            resolved = candidate
            continue
        seen = links.get(candidate, 0)
        if seen > 40:
            if strict:
                _os.stat(candidate)
            rest = list(todo)
            rest.reverse()
            return abspath(join(candidate, *rest))
        links[candidate] = seen + 1
        target = _os.readlink(candidate)
        if target.startswith('/'):
            resolved = '/'
        parts = target.split('/')
        parts.reverse()
        todo.extend(parts)
    return abspath(resolved)


def normcase(s):
    return _text(s)
