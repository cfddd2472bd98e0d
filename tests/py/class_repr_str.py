class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<{self.v}>"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

b = Both("x")
print(b)
print(str(b), repr(b), f"{b}", f"{b!r}", [b], (b,), {"k": b}, "%s %r" % (b, b), "{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
s = OnlyStr()
print(s, str(s), f"{s}", type(repr(s)).__name__, repr(s).startswith("<__main__.OnlyStr object at"))

class Inherit(Both):
    pass

print(Inherit(3), repr(Inherit(3)))
