# Indexing and slicing text that is not all ASCII, short and long (long
# text keeps a table of code point offsets), built at once and grown by +=.

def check(s):
    chars = list(s)
    n = len(s)
    assert n == len(chars), (n, len(chars))
    bad = 0
    for i in range(-n, n):
        if s[i] != chars[i]:
            bad += 1
    bounds = [-n - 3, -n, -40, -33, -32, -31, -1, 0, 1, 5, 31, 32, 33, 63, 64, 65, n - 1, n, n + 7]
    for a in bounds:
        for b in bounds:
            if s[a:b] != "".join(chars[a:b]):
                bad += 1
            for step in (2, 3, -1, -5):
                if s[a:b:step] != "".join(chars[a:b:step]):
                    bad += 1
    try:
        s[n]
    except IndexError as e:
        print("IndexError:", e)
    return bad

samples = [
    "",
    "ascii only",
    "é",
    "héllo wörld",
    "日本語のテキスト" * 3,
    ("héllo wörld 你好 😀 " * 9)[:150],
    "x" * 70 + "é",
    "é" + "x" * 100,
    "😀" * 40,
]
for s in samples:
    print(len(s), check(s), s[:12], s[-5:])

def grow(parts, rounds):
    s = ""
    out = []
    for r in range(rounds):
        for p in parts:
            s += p
        out.append((len(s), s[len(s) // 2], s[-1], s[3:9]))
    return s, out

for parts in (["a", "b"], ["é"], ["ab", "日"], ["😀", "x", "yz"], ["x" * 70, "ü"]):
    s, out = grow(parts, 40)
    print(parts, out[0], out[19], out[-1], check(s))

long = "Größe " * 50 + "end"
print(long.find("end"), long.index("ß"), long.rfind("ö"), long.count("ö"))
print(long[100:120], long.upper()[-10:], long.split()[-3:])
print(len(long.encode("utf-8")), long[::-1][:8])
print(sorted(set(long)), "ö" in long[200:])

def search_windows(s, subs):
    bad = 0
    n = len(s)
    chars = list(s)
    for sub in subs:
        for a in (None, 0, 3, 31, 32, 33, 70, n // 2, -40, n):
            for b in (None, n, n - 1, 65, 100, -3):
                w = "".join(chars[slice(a, b)])
                lo, hi, _ = slice(a, b).indices(n)
                # An empty window past its end matches nothing, not even "".
                ok = lo <= hi
                f = s.find(sub, a, b)
                if (f == -1) != (not ok or w.find(sub) == -1):
                    bad += 1
                elif f != -1 and s[f:f + len(sub)] != sub:
                    bad += 1
                if s.count(sub, a, b) != (w.count(sub) if ok else 0):
                    bad += 1
                if s.startswith(sub, a, b) != (ok and w.startswith(sub)):
                    bad += 1
                if s.endswith(sub, a, b) != (ok and w.endswith(sub)):
                    bad += 1
    return bad

text = ("naïve café 日本 😀 ok " * 12)[:230]
print(search_windows(text, ["é", "日本", "ok", "😀 ", "", "zz"]))
pos = []
i = text.find("o")
while i != -1:
    pos.append(i)
    i = text.find("o", i + 1)
print(pos[:6], len(pos), text.rfind("ï", 0, 100), text.index("😀", 50))
