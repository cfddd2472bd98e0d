"""Shell-style wildcards: '*' (anything, '/' included), '?' (one
character), '[seq]' and '[!seq]' (one character in or not in seq, with
ranges 'a-z'). Patterns are matched by a small matcher of their own;
translate() gives CPython 3.11's regular expression."""

_cache = {}


def _parse_set(pat, start):
    """The set that starts after the '[' at start-1: (negated, items, end)
    with items (lo, hi) ranges and end the index after ']', or None when
    the '[' is not closed (it is then a literal '[')."""
    j = start
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    close = pat.find(']', j)
    if close < 0:
        return None
    body = pat[start:close]
    negated = body.startswith('!')
    if negated:
        body = body[1:]
    items = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            items.append((body[k], body[k + 2]))
            k += 3
        else:
            items.append((body[k], body[k]))
            k += 1
    return negated, items, close + 1


def _compile(pat):
    """The pattern as tokens: '*', '?', a literal string of one character,
    or a (negated, items) set."""
    tokens = []
    i = 0
    while i < len(pat):
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != '*':
                tokens.append('*')
        elif c == '?':
            tokens.append('?')
        elif c == '[':
            parsed = _parse_set(pat, i)
            if parsed is None:
                tokens.append(('lit', c))
            else:
                negated, items, i = parsed
                tokens.append(('set', negated, items))
        else:
            tokens.append(('lit', c))
    return tokens


def _one(token, ch):
    if token == '?':
        return True
    if token[0] == 'lit':
        return token[1] == ch
    hit = False
    for lo, hi in token[2]:
        if lo <= ch <= hi:
            hit = True
            break
    return hit != token[1]


def _match(tokens, name):
    # Greedy matching with backtracking to the most recent '*': exact
    # for patterns whose other tokens match one character each.
    t = 0
    n = 0
    star = -1
    star_n = 0
    while n < len(name):
        if t < len(tokens) and tokens[t] != '*' and _one(tokens[t], name[n]):
            t += 1
            n += 1
        elif t < len(tokens) and tokens[t] == '*':
            star = t
            star_n = n
            t += 1
        elif star >= 0:
            t = star + 1
            star_n += 1
            n = star_n
        else:
            return False
    while t < len(tokens) and tokens[t] == '*':
        t += 1
    return t == len(tokens)


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) > 1000:
            _cache.clear()
        tokens = _compile(pat)
        _cache[pat] = tokens
    return tokens


def fnmatchcase(name, pat):
    return _match(_tokens(pat), name)


def fnmatch(name, pat):
    import os
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    import os
    tokens = _tokens(os.path.normcase(pat))
    return [n for n in names if _match(tokens, os.path.normcase(n))]



def _set_regex(negated, items):
    """The regex class of a [seq] token, written as CPython's translate."""
    def esc(c):
        return '\\' + c if c in '\\-&~|' else c
    body = ''.join(esc(lo) if lo == hi else esc(lo) + '-' + esc(hi)
                   for lo, hi in items if lo <= hi)
    if not body:
        return '.' if negated else '(?!)'
    if negated:
        return '[^' + body + ']'
    return '[' + ('\\' if body[0] in '^[' else '') + body + ']'


def translate(pat):
    """The regular expression (a str) that matches what pat matches."""
    import re
    parts = []
    for token in _compile(pat):
        if token == '*':
            parts.append(None)
        elif token == '?':
            parts.append('.')
        elif token[0] == 'lit':
            parts.append(re.escape(token[1]))
        else:
            parts.append(_set_regex(token[1], token[2]))
    first = parts.index(None) if None in parts else len(parts)
    out = parts[:first]
    i = first
    while i < len(parts):
        i += 1
        j = i
        while j < len(parts) and parts[j] is not None:
            j += 1
        fixed = ''.join(parts[i:j])
        if j == len(parts):
            out.append('.*' + fixed)
        else:
            # An atomic group: the fixed part after an inner star matches
            # at its first place, without backtracking into it.
            out.append('(?>.*?' + fixed + ')')
        i = j
    return '(?s:' + ''.join(out) + ')\\Z'
