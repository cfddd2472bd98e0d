# globals(), locals() and vars() without arguments: the live module
# namespace, a function's snapshot dict (one per call, refreshed by each
# locals()), a class body's namespace.
x = 1

def public(d):
    return sorted(k for k in d if not k.startswith("__"))

print(public(globals()), locals() is globals(), vars() is globals())

def f(a, b=2, *args, **kw):
    c = a + b
    def g():
        return a + c
    d = locals()
    return sorted(k for k in d), d["c"], d["args"], d["kw"]
print(f(3))
print(f(1, 2, 3, k=4))

def outer():
    y = 5
    def inner(z):
        w = y + z
        return locals()
    return inner(1)
print(outer())

class C:
    p = 1
    q = p + 1
    names = public(locals())
    print(public(vars()))
print(C.names)

globals()["made_here"] = 42
print(made_here)
def register(name, value):
    globals()[name] = value
register("made_there", "yes")
print(made_there, "x" in globals(), globals()["x"], globals().get("nope"))

def fmt(name, n):
    total = n * 2
    return "{name}: {n} -> {total}".format(**locals())
print(fmt("a", 3))

def unbound(flag):
    if flag:
        z = 1
    return locals()
print(unbound(False), unbound(True))

def snapshot():
    a = 1
    first = locals()
    a = 2
    first["extra"] = 3
    second = locals()
    del a
    third = locals()
    return first is second is third, sorted(third), a_was(first)
def a_was(d):
    return d.get("a", "unbound")
print(snapshot())

def gen():
    for i in range(2):
        yield sorted(locals())
print(list(gen()))

def shadow():
    locals = lambda: "mine"
    return locals()
print(shadow())
