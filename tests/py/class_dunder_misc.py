class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Rec({inner})"

r = Rec(a=1, b="two")
print(r, r.a, vars(r))
r.c = [3]
print(r)

class Dyn:
    def __getattr__(self, name):
        return f"dynamic:{name}"

d = Dyn()
d.real = "real"
print(d.real, d.anything, getattr(d, "other"))

class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(name)
        object.__setattr__(self, name, value)

g = Guard()
g.ok = 1
print(g.ok)
try:
    g._bad = 2
except AttributeError as e:
    print("AttributeError", e)

class Cell:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

print([10, 20, 30][Cell(1)], "abcdef"[Cell(1):Cell(4)], hex(Cell(255)), bin(Cell(3)))

class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __str__(self):
        return "Num!"

n = Num()
print(int(n), float(n), str(n))
