# function.__code__ (names, counts, flags) and __kwdefaults__, as decorators read them.
def f(): pass
def h(a, b=2, *c, d, e=5, **g):
    x = 1
    return x
def outer():
    y = 1
    def inner(z):
        return y + z
    return inner
def gen(n):
    yield n
def m(a, /, b): pass
for fn in (f, h, outer, outer(), gen, m, lambda q: q):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_varnames, c.co_freevars, c.co_cellvars, c.co_flags, c.co_nlocals, c.co_firstlineno,
          c.co_filename.endswith("builtin_function_code.py"), fn.__kwdefaults__)
def takes_extra(fn):
    return fn.__code__.co_argcount > 1
print(takes_extra(h), takes_extra(f), type(f.__code__).__name__)
