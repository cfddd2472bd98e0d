class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)

p = P(1, "a")
print(f"{p}")
print(f"{p!r}")
print(f"{p!s:>12}")
print(f"{p:polar}")
print(f"{p:*^14}")
print(f"{p=}")
print(f"{p.x} {p.y!r} {[p]}")
print(format(p, "polar"), str(p), repr(p))
