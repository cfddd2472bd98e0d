# Objects whose special methods raise or misbehave: every failure is a
# clear Python exception at the right place.
class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr for you")


class BadHash:
    def __hash__(self):
        raise KeyError("no hash")


class BadEq:
    def __eq__(self, other):
        raise ValueError("no eq")

    def __hash__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class NotStr:
    def __str__(self):
        return 42


for name, f in [
    ("repr in list", lambda: repr([1, BadRepr()])),
    ("hash in dict", lambda: {BadHash(): 1}),
    ("hash in set", lambda: BadHash() in {1, 2}),
    ("eq in list", lambda: [BadEq()].index(0)),
    ("eq in dict", lambda: {BadEq(): 1}[BadEq()]),
    ("negative len", lambda: len(BadLen())),
    ("__str__ not str", lambda: str(NotStr())),
    ("print", lambda: print(BadRepr(), [BadRepr()])),
]:
    try:
        f()
        print(name, "ok?!")
    except Exception as e:
        print(name, type(e).__name__, e)
print([BadRepr()])
