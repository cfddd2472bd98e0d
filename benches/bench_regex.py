# Regex-driven preprocessing: a lexer over generated source-like text with
# one alternation of named groups (`finditer`, `lastgroup`, `group()`),
# a GPT-2-style pre-tokenizer (`findall`), per-word `fullmatch` checks
# with `groups()`, and `sub` with a template and with a callable.

import re


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def choice(self, items):
        return items[self.next() % len(items)]


NAMES = ["alpha", "beta", "gamma", "x", "y", "total", "count", "img", "mean", "std"]
OPS = ["+", "-", "*", "/", "==", "<=", "(", ")", ",", "="]


def make_lines(rng, n):
    lines = []
    for _ in range(n):
        parts = []
        for _ in range(4 + rng.next() % 8):
            k = rng.next() % 5
            if k == 0:
                parts.append(str(rng.next() % 1000))
            elif k == 1:
                parts.append("%d.%02de-%d" % (rng.next() % 10, rng.next() % 100, rng.next() % 9))
            elif k == 2:
                parts.append('"%s %s"' % (rng.choice(NAMES), rng.choice(NAMES)))
            elif k == 3:
                parts.append(rng.choice(OPS))
            else:
                parts.append(rng.choice(NAMES) + str(rng.next() % 3))
        lines.append(" ".join(parts))
    return lines


TOKEN = re.compile(r"""
    (?P<float>\d+\.\d+(?:e[-+]?\d+)?)
  | (?P<int>\d+)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<string>"[^"]*")
  | (?P<op>==|<=|>=|[-+*/=(),])
  | (?P<space>\s+)
""", re.VERBOSE)

PRETOKEN = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?\d+| ?[^\sA-Za-z\d]+|\s+""")
IDENT = re.compile(r"([a-z]+)(\d*)")
NUMBER = re.compile(r"(\d+)\.(\d+)")


def lex(lines):
    counts = {}
    checksum = 0
    for line in lines:
        for m in TOKEN.finditer(line):
            kind = m.lastgroup
            if kind == "space":
                continue
            counts[kind] = counts.get(kind, 0) + 1
            checksum = (checksum * 31 + len(m.group()) + m.start()) % 1000000007
    return counts, checksum


def pretokenize(lines):
    total = 0
    longest = ""
    for line in lines:
        pieces = PRETOKEN.findall(line)
        total += len(pieces)
        for p in pieces:
            if len(p) > len(longest):
                longest = p
    return total, longest


def identifiers(lines):
    with_digits = 0
    letters = 0
    for line in lines:
        for word in line.split():
            m = IDENT.fullmatch(word)
            if m:
                name, digits = m.groups()
                letters += len(name)
                if digits:
                    with_digits += 1
    return with_digits, letters


def rewrite(lines):
    out = 0
    for line in lines:
        a = NUMBER.sub(r"\2.\1", line)
        b = IDENT.sub(lambda m: m.group(1).upper() + m.group(2), a)
        out = (out * 7 + len(b) + b.count("A")) % 1000000007
    return out


def main():
    rng = Lcg(2024)
    lines = make_lines(rng, 14000)
    counts, checksum = lex(lines)
    print("tokens", sorted(counts.items()), checksum)
    print("pretokens", pretokenize(lines))
    print("identifiers", identifiers(lines))
    print("rewrite", rewrite(lines))


main()
