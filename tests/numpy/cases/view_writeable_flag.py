import numpy as np


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, KeyError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


def set_writeable(a, on):
    a.flags.writeable = on


base = np.arange(6.0)
view = base[2:]
view.flags.writeable = False
print(view.flags.writeable, view.flags["W"], base.flags.writeable)
attempt("write view", lambda: view.__setitem__(0, 1.0))
base[2] = 20.0
print(repr(view))
view.flags.writeable = True
view[0] = 2.0
print(repr(base))

base.flags.writeable = False
child = base.reshape(2, 3)
print(child.flags.writeable, base[::2].flags.writeable, base.copy().flags.writeable)
attempt("child to True", lambda: set_writeable(child, True))
attempt("setitem", lambda: base.__setitem__(0, 1.0))
attempt("in place add", lambda: base.__iadd__(1.0))
attempt("ufunc out", lambda: np.multiply(base, 2.0, out=base))
attempt("fill", lambda: base.fill(0.0))
attempt("sort", lambda: base.sort())
print(repr(base * 2), repr(np.sqrt(base[:2])))
base.flags.writeable = True
attempt("child to True again", lambda: set_writeable(child, True))
child[0, 0] = -1.0
print(repr(base))

snapshot = base.flags
base.setflags(write=False)
print(snapshot.writeable, base.flags.writeable)
base.flags["WRITEABLE"] = True
print(base.flags.writeable)
attempt("unknown key", lambda: base.flags.__setitem__("OWNDATA", False))
attempt("c_contiguous", lambda: setattr(base.flags, "c_contiguous", False))
attempt("scalar", lambda: set_writeable(np.float32(1.0), False))
print(np.int8(3).flags.writeable)

frozen = np.frombuffer(b"\x01\x02\x03", dtype=np.uint8)
print(frozen.flags.writeable)
attempt("frombuffer to True", lambda: frozen.setflags(write=True))

b = np.broadcast_to(np.arange(3), (2, 3))
print(b.flags.writeable)
attempt("broadcast write", lambda: b.__setitem__((0, 0), 9))
