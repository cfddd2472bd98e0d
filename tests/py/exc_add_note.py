# BaseException.add_note and __notes__ (Python 3.11).
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("extra context")
e.add_note("line two\nand three")
print(e.__notes__, str(e), repr(e), e.args)
for bad in (3, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as x:
        print("TypeError", x)


class LoadError(Exception):
    pass


f = LoadError("vocab")
f.add_note("while reading 'vocab.txt'")
print(f.__notes__, str(f))
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("note added in the handler")
        raise
except KeyError as k:
    print(k.__notes__)
g = RuntimeError()
g.__notes__ = ["set by hand"]
g.add_note("then added")
print(g.__notes__)
h = RuntimeError()
h.__notes__ = "not a list"
try:
    h.add_note("x")
except TypeError as x:
    print("TypeError", x)
