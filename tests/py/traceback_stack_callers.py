# traceback.extract_stack() and warnings.warn(stacklevel=2) see every
# caller, including frames that called through a path that runs a nested
# loop (*args/**kwargs functions, properties, dunders, iterators,
# context managers, sort keys, map, generators).
import traceback, warnings
class C:
    @property
    def p(self):
        return [(f.name, f.lineno) for f in traceback.extract_stack()]
    def __getitem__(self, k):
        warnings.warn("item", UserWarning, stacklevel=2)
        return [(f.name, f.lineno) for f in traceback.extract_stack()]
    def __eq__(self, o):
        return [(f.name, f.lineno) for f in traceback.extract_stack()]
def f(c):
    x = 1
    y = c.p
    z = c[0]
    w = (c ==
         5)
    return y, z, w
print(f(C()))
print(sorted([3, 1], key=lambda v: len(traceback.extract_stack())))
def g(*a, **k):
    return [(f.name, f.lineno) for f in traceback.extract_stack()]
print(list(map(g, [1])), g(1), [g(i) for i in range(1)])
def gen():
    yield [(f.name, f.lineno) for f in traceback.extract_stack()]
print(next(gen()), list(gen()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise StopIteration
        return [(f.name, f.lineno) for f in traceback.extract_stack()]
class Ctx:
    def __enter__(self):
        return [(f.name, f.lineno) for f in traceback.extract_stack()]
    def __exit__(self, *a):
        return False
def h():
    a = 0
    for v in It():
        print(v)
    b = 1
    with Ctx() as s:
        print(s)
    c = str(type(C()).__name__)
    return c
print(h()[:40])
class D:
    def __init__(self, *args):
        self.s = [(f.name, f.lineno) for f in traceback.extract_stack()]
    def __repr__(self):
        return str([(f.name, f.lineno) for f in traceback.extract_stack()])
def k():
    q = 1
    d = D(1, 2)
    return d.s, repr(d), f"{d!r}"
print(k())


def old_api(*args, **kwargs):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def kw_only(*, flag=False):
    warnings.warn("kw_only", UserWarning, stacklevel=2)


def use_them():
    old_api(1)
    kw_only()
    return [(f.name, f.lineno) for f in traceback.extract_stack()]


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    stack = use_them()
print([(w.category.__name__, w.lineno, str(w.message)) for w in caught], stack)


class Div:
    def __truediv__(self, other):
        warnings.warn("div!", RuntimeWarning, stacklevel=2)
        return 1

    def __lt__(self, other):
        warnings.warn("lt!", RuntimeWarning, stacklevel=2)
        return True


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    d = Div()
    r = d / 0
    r = d / 0.5
    if d < 3:
        r = 2
    r = d.__class__
print([(str(w.message), w.lineno) for w in caught])
