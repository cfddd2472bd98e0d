# `s += t` and `s = s + t` may append in place when nothing else holds `s`;
# every other holder must keep seeing the old text.

def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

print(len(build(1000)), build(3))

def aliases():
    s = "x" * 3
    t = s
    s += "y"
    print(s, t)
    d = {s: 1}
    s += "z"
    print(s, d, s in d)
    items = [s]
    s = s + "w"
    print(s, items)
    s += s
    print(s)

aliases()

def hashes():
    s = "ab" + "cd".upper()
    h1 = hash(s) == hash("abCD")
    s += "e"
    print(h1, hash(s) == hash("abCDe"), s == "abCDe")
    seen = {s}
    s += "f"
    print(s in seen, "abCDe" in seen, len(s))

hashes()

def unicode():
    s = "é".upper()
    for ch in "üñ€😀":
        s += ch
        print(len(s), s, s[-1], s[1:])
    t = s + "x" + "y" + "z"
    print(t, len(t), s)

unicode()

def closure():
    s = "a" * 2
    def inner():
        return s
    s += "b"
    return inner(), s

print(closure())

def default(s="dflt"):
    s += "!"
    return s

print(default(), default(), default("x"))

def in_loop_with_other_refs():
    parts = []
    cur = ""
    for ch in "hello, world; ok":
        if ch in ",;":
            parts.append(cur)
            cur = ""
            parts.append(ch)
        else:
            cur += ch
            parts.append(cur)
    print(parts)

in_loop_with_other_refs()

def gen():
    s = "g"
    for i in range(3):
        s += str(i)
        yield s

print(list(gen()))

class Tail(str):
    def __radd__(self, other):
        return "radd:" + other

def subclass():
    s = "a" * 2
    s += Tail("t")
    print(s)
    u = "a" * 2
    u = u + Tail("t")
    print(u)

subclass()

s = "mod"
for i in range(4):
    s += str(i)
print(s)
