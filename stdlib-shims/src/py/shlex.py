"""shlex for taipan: split, quote and join, as CPython 3.11's shlex.

split() follows the POSIX rules of shlex.split (whitespace " \\t\\r\\n",
quotes, backslash escapes, optional "#" comments); the shlex class and
split(posix=False) are not provided.
"""

__all__ = ["split", "quote", "join"]

_whitespace = " \t\r\n"
_safe = frozenset("%+,-./0123456789:=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def split(s, comments=False, posix=True):
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported by taipan")
    words, word, i, n = [], None, 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in _whitespace or (c == "#" and comments):
            if word is not None:
                words.append(word)
                word = None
            if c == "#":
                end = s.find("\n", i)
                i = n if end < 0 else end + 1
            continue
        word = word or ""
        if c == "'":
            end = s.find("'", i)
            if end < 0:
                raise ValueError("No closing quotation")
            word += s[i:end]
            i = end + 1
        elif c == '"':
            while True:
                if i == n:
                    raise ValueError("No closing quotation")
                c = s[i]
                i += 1
                if c == '"':
                    break
                if c == "\\":
                    if i == n:
                        raise ValueError("No escaped character")
                    if s[i] in '"\\':
                        c = s[i]
                        i += 1
                word += c
        elif c == "\\":
            if i == n:
                raise ValueError("No escaped character")
            word += s[i]
            i += 1
        else:
            word += c
    if word is not None:
        words.append(word)
    return words


def quote(s):
    if s and all(c in _safe for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)
