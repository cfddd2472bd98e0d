# re.Match in detail: group lookup by number, name, bool and int subclass;
# defaults; unmatched groups; bytes-like subjects; repr; copies; and
# matches crossing worker threads (results, queue items, shared globals).
import copy
import enum
import queue
import re
from concurrent.futures import ThreadPoolExecutor

p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d+)?(-)?")
m = p.search("  abc-xyz", 1, 8)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group("word", 2, 3))
print(m[0], m["word"], m[True], m[False], m.groups(), m.groups("?"), m.groups(default=0))
print(m.groupdict(), m.groupdict("-"), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(2), m.end("num"), m.span(3), m.span("word"))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs, m.re is p, m.string)


class G(enum.IntEnum):
    WORD = 1
    NUM = 2


print(m.group(G.WORD), m.span(G.WORD), m[G.NUM])
for bad in (4, -1, "nope", 1.0, None, b"word", 2 ** 70):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", repr(bad), e)
for call in (lambda: m.start(9), lambda: m["x"], lambda: m.span("zz")):
    try:
        call()
    except IndexError as e:
        print("IndexError", e)
try:
    m.group(g=1)
except TypeError:
    print("TypeError keyword")
try:
    m.groups(1, 2)
except TypeError:
    print("TypeError groups")

# lastindex/lastgroup: the last group closed, named or not.
for text in ("ab12-", "ab12", "ab-", "ab"):
    mm = p.match(text)
    print(text, mm.lastindex, mm.lastgroup, mm.span(2), mm.groups())
print(re.match(r"(a)(?P<b>b)(c)", "abc").lastgroup, re.match(r"((?P<x>a)b)", "ab").lastgroup)

# Bytes-like subjects give bytes pieces.
for subject in (b"key=val", bytearray(b"key=val")):
    mb = re.match(rb"(\w+)=(\w*)", subject)
    print(mb.group(1), mb.groups(), mb[2], mb.span(2), type(mb.string).__name__)
    print(mb.expand(rb"\2:\1"), mb.group(0))

# repr: span and the match's repr cut at 50 characters.
print(re.match(r"\w+", "héllo wörld"), re.search("é+", "xééé"))
print(repr(re.match(".*", "x" * 80)))
print(repr(re.match(".*", "'" * 60)))
print(re.match(b"a+", b"aaa"), [re.match("a", "a")])
print(bool(re.match("", "")), re.match("", "x"))

# Copies are the same object, as in CPython.
mc = re.match("a", "a")
print(copy.copy(mc) is mc, copy.deepcopy(mc) is mc)
print(type(mc).__name__, type(mc).__module__, isinstance(mc, re.Match), re.Match is type(mc))

# expand with unmatched groups and named references.
mx = re.match(r"(?P<a>x)(y)?", "x")
print(repr(mx.expand(r"[\g<a>][\2][\g<0>]")))

# A match returned by a worker, sent through a queue, kept in a shared global.
WORD = re.compile(r"(?P<w>\w+)")
FIRST = WORD.search("  shared  ")


def find(s):
    return WORD.search(s)


def read_shared(_):
    return FIRST.group("w"), FIRST.span(), FIRST.string


def matches(s):
    return list(WORD.finditer(s))


q = queue.Queue()
with ThreadPoolExecutor(2) as ex:
    r = ex.submit(find, "hello world").result()
    print(r, r.group("w"), r.re is WORD, r.span(), r.string)
    print(list(ex.map(read_shared, range(2))))
    ms = ex.submit(matches, "a bb ccc").result()
    print([x.group() for x in ms], [x.span() for x in ms], ms[1].re is WORD)
    ex.submit(lambda: q.put(WORD.match("queued item"))).result()
got = q.get()
print(got, got.group(), got.end())

# memoryview subjects (pieces are bytes, the subject stays the view).
mv = memoryview(b"key=val; k2=v2")
m = re.match(rb"(\w+)=(\w*)", mv)
print(m.group(1), m.groups(), m[2], m.span(2), type(m.string).__name__, m)
print(re.findall(rb"\w+", mv), re.split(rb";\s*", mv), re.sub(rb"=", b":", mv))
print(re.sub(rb"\w+", lambda m: m.group().upper(), mv), [x.span() for x in re.finditer(rb"=", mv)])
print(re.search(rb"v2$", memoryview(bytearray(b"xx v2"))), re.fullmatch(rb"\w+", mv[:3]))
try:
    re.match(r"\w", memoryview(b"abc"))
except TypeError as e:
    print("TypeError", e)

# A bytearray subject changed after the match: the span's bytes as they are now.
ba = bytearray(b"hello world")
m = re.search(rb"(wor)ld", ba)
del ba[3:]
print(m.group(), m.group(1), m.span(), m)
ba.extend(b"XXXXXXXXXXX")
print(m.group(), m.groups(), m.expand(rb"<\1>"))
