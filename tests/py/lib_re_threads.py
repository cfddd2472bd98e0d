import re
from concurrent.futures import ThreadPoolExecutor

WORD = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)", re.I)
SPACES = re.compile(r"\s+")


def tokens(line):
    out = []
    for m in WORD.finditer(line):
        out.append((m.group("word").lower(), m.group("num"), m.span()))
    return out


def normalize(line):
    return SPACES.sub(" ", line).strip(), len(WORD.findall(line)), bool(re.search(r"\d", line))


lines = ["Hello world42  foo", "  abc   DEF9 x1 ", "no digits here", "a1b2c3"] * 5
with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(tokens, lines))
    norms = list(pool.map(normalize, lines))
for r in results[:4]:
    print(r)
for n in norms[:4]:
    print(n)
print(results == [tokens(l) for l in lines], norms == [normalize(l) for l in lines])
print(WORD.pattern, WORD.flags, WORD.groupindex)
