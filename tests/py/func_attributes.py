def documented(a, b=1):
    """Docstring here."""
    return a + b

print(documented.__name__, documented.__doc__)
documented.extra = "attr"
print(documented.extra)

def noop():
    pass

print(noop(), noop.__doc__)

def early(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"

print(early(1), early(-1), early(0))

def multi():
    return 1, [2], "three"

a, b, c = multi()
print(a, b, c, multi())

def gen_fn():
    yield 1

print(type(gen_fn()).__name__, callable(gen_fn))

class K:
    def meth(self):
        return "bound"

k = K()
m = k.meth
print(m(), K.meth(k), m.__name__)
