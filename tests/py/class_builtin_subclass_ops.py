# tuple and list subclasses: reflected + and *, %-formatting, __slots__ without an instance dict
class T(tuple):
    __slots__ = ()
t = T((1, 2))
for label, f in [("radd", lambda: (0,) + t), ("rmul", lambda: 2 * t), ("mod", lambda: "%d %d" % t), ("mod1", lambda: "%r" % (T((1, 2)),)), ("add", lambda: t + t), ("mul", lambda: t * 2)]:
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
try:
    t.w = 1; print("setattr allowed")
except AttributeError as e: print("AttributeError", e)
class L(list):
    __slots__ = ()
l = L([1])
l.append(2)
print(l, len(l))
try:
    l.x = 1
except AttributeError as e:
    print("AttributeError", e)
class M(list):
    pass
m = M()
m.x = 3
print(m.x)
