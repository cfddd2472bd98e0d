class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
d = {a: 1, b: 2}
print(len(d), d[a], d[b])

class EqNoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqNoHash) and self.v == o.v

print(EqNoHash(1) == EqNoHash(1), EqNoHash(1) != EqNoHash(2), EqNoHash.__hash__ is None)
try:
    {EqNoHash(1)}
except TypeError:
    print("TypeError unhashable")

class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"O{self.v}"

items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), min(items), max(items), Ordered(5) > Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError:
    print("TypeError no __le__")
