x = [10, 20, 30]
y = "abcd"
for i, v in enumerate(x, start=5): print(i, v, end="; ")
print()
for a, b in zip(x, y): print(a, b, end="; ")
print()
try:
    for a, b in zip(x, y, strict=True): print(a, b, end="; ")
except ValueError as e:
    print("\nValueError", e)
d = {"k1": 1, "k2": 2}
print([k + str(v) for k, v in d.items()], {v: k for k, v in d.items()})
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError", e)
def gen():
    yield 1; yield 2
print([(i, g) for i, g in enumerate(gen())])
for i, (a, b) in enumerate(zip(x, y)): print(i, a, b, end="; ")
print()
e = enumerate(x); next(e)
for i, v in e: print(i, v, end="; ")
print()
z = zip(iter(x), iter(y)); print(next(z))
for a, b in z: print(a, b, end="; ")
print(list(z))
big = enumerate([1, 2], 2**63 - 2)
for i, v in big: print(i, v)
try:
    for a, b in enumerate([[1, 2, 3]]): pass
except ValueError as e2:
    print("ok", e2)
for k, v in {}.items(): print("never")
for i, v in enumerate([]): print("never")
class It:
    def __iter__(self): return self
    def __next__(self): raise KeyError("boom")
try:
    for i, v in enumerate(It()): pass
except KeyError as e3:
    print("KeyError", e3)
print(sum(i * v for i, v in enumerate(range(100))))
