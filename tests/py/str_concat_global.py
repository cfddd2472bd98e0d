# `s += t` on a module global may append in place when only the binding
# holds `s`; aliases, containers and closures must keep the old text, and
# long non-ASCII text must index and slice right as it grows.

s = ""
for i in range(50):
    s += "ж" if i % 3 else "日本"
print(len(s), s[:7], s[-4:], s[40], s[10:14])

alias = s
s += "!"
print(len(alias), len(s), alias[-1], s[-1])

held = [s]
s = s + "?"
print(held[0][-2:], s[-2:])

d = {s: 1}
s += "x"
print(d.get(s[:-1]), s in d, len(d))

def snapshot():
    return s

before = snapshot()
s += "yz"
print(len(before), len(snapshot()), snapshot()[-3:])

log = "log:"

def note(word):
    global log
    log += word + ","

for w in ["мир", "a", "€", "😀"]:
    note(w)
print(log, len(log))

# The string grows past the point where indexing builds its table, is
# indexed, then grows again.
t = "ü" * 40
print(t[39], len(t))
for k in range(30):
    t += "é" + str(k)
    if k % 7 == 0:
        print(len(t), t[-3:], t[len(t) // 2], t[35:45], t.find("é2"), t.count("é"))
print(t[::17], t[-100:-95], t[1000:])

u = "abc" * 30
u += "ÿ"
print(len(u), u[-2:], u[89], u.index("ÿ"))
u += "abc"
print(u[-5:], u[88:92], u.isascii())

class Tail(str):
    def __radd__(self, other):
        return "radd:" + other

r = "a" * 2
r += Tail("t")
print(r)

n = 0
for i in range(5):
    n += i
lst = [1]
for i in range(3):
    lst += [i]
counts = {"k": 0, "s": ""}
for i in range(4):
    counts["k"] += i
    counts["s"] += "ы"
print(n, lst, counts)

s += s
print(len(s), s[:3] == s[len(s) // 2:len(s) // 2 + 3])
