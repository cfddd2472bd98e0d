print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last", "a" and "b" and "c")
print([] and [1], [0] and "yes", not 0, not "x", not None, not [])
print(0 or None, None and 1, (0, ) or 5, 0.0 or -0.0)

def side(v, log):
    log.append(v)
    return v

log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(1, log) and side(0, log) or side(3, log)
print(r, log)
name = ""
print(name or "anonymous", len(name or "abc"))
d = {}
print(d.get("x") or "fallback", d and d["x"])
x = 5
print("pos" if x > 0 else "neg" if x < 0 else "zero", "big" if x > 100 else "small")
for v in [-1, 0, 1]:
    print(v, "pos" if v > 0 else ("neg" if v < 0 else "zero"))
print(True and False or True, not True or not False, not (1 and 0))
