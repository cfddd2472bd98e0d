# Slicing without a step, str.split() on ASCII text, and int formatting
# through f-strings, format() and % (each has a fast path in taipan).

s = "hello world"
u = "héllo wörld ünïcode"
lst = [1, 2, 3, 4, 5]
tup = (1, 2, 3, 4, 5)
bounds = [None, 0, 1, 3, -1, -3, 5, 11, 100, -100]
for seq in (s, u, lst, tup, "", [], ()):
    out = []
    for a in bounds:
        for b in bounds:
            out.append(seq[a:b])
    print(type(seq).__name__, len(out), out[:6], out[-6:])
    print(seq[:], seq[::1], seq[True:], seq[:False])


class MyStr(str):
    def __getitem__(self, key):
        return "custom:" + str(key)


class MyList(list):
    pass


print(MyStr("abc")[1:2], MyList([1, 2, 3])[1:], type(MyList([1, 2, 3])[1:]).__name__)
t = (1, 2, 3)
print(t[:] == t, s[2:7], u[2:7], s[-4:], u[-4:], lst[-2:], tup[:-2])
try:
    s[1.5:2]
except TypeError as e:
    print("TypeError:", e)
print(s[2**70:], s[-2**70:3], lst[2**70:])
word = "unbelievable"
pieces = [word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1)]
print(len(pieces), pieces[:5], pieces[-3:])

for text in ["a b c", "  lead and trail  ", "\tx\ny\rz\x0bw\x0cv\x1cq\x1dr\x1es\x1ft", "", "   ",
             "one", "uni\u00a0code\u2003space", "a\x85b"]:
    print(repr(text.split()), repr(text.split(None, 1)), repr(text.split(maxsplit=0)),
          repr(text.split(None, 2)))
print("a,b,,c".split(","), "x".split(), "ab  cd ".split(None, 1))

for n in [0, 7, -7, 255, -255, 10**6, -10**6, 2**63 - 1, -2**63, 2**70, True, False]:
    print(f"{n}|{n:5}|{n:<6}|{n:^7}|{n:+}|{n: }|{n:x}|{n:#X}|{n:o}|{n:b}|{n:,}|{n:_}|{n:08}|{n:e}|{n:.2f}|{n:%}")
    print("%d|%5d|%-6d|%+d|% d|%05d|%.3d|%x|%#x|%X|%o|%#o|%i|%u|%s|%r|%e|%g" % ((n,) * 18))
    print(format(n), format(n, "d"), format(n, ">10,"), str(n), repr(n))
print("%c%c" % (65, 0x263A), f"{65:c}", "%5s|%-5s|%.2s" % ("abc", "de", "xyz"))
for bad in ["%d", "%x"]:
    try:
        print(bad % "str")
    except TypeError as e:
        print("TypeError:", e)
try:
    f"{5:.2d}"
except ValueError as e:
    print("ValueError:", e)
print("%d %s %5.1f" % (3.99, 3.99, 3.99), "%x" % 3 if True else 0)
print(f"{3.5!r:>8}", f"{'x'!r}", f"{10:{'>'}{6}}", "{:>{w}d}".format(42, w=5))
