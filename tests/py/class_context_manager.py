class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, str(exc) if exc else None)
        return self.suppress

with CM("a") as c:
    print("body", c.name)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o.name, i.name)

def f():
    with CM("in func"):
        return "returned"

print(f())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class Value:
    def __enter__(self):
        return 42

    def __exit__(self, *a):
        return False

with Value() as v:
    print(v)
