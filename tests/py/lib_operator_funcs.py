# operator: the function forms of the operators, in-place forms, index, length_hint, errors
import operator as op

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print([op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3)])
print([op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0)])
print([op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(-256, 3)])
print([op.add("ab", "cd"), op.mul([0], 3), op.mod("%s-%d", ("x", 4)), op.and_({1, 2}, {2, 3})])
print([op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0])])
print([op.not_(0), op.not_([1]), op.truth(""), op.truth(3), op.is_(None, None), op.is_not(1, None)])
print([op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({}, 1)])
print([op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,))])
print([op.countOf([1, 2, 1, 1.0], 1), op.indexOf("abc", "c")])
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.getitem("hello", slice(1, 3)), op.getitem([5, 6], -1))
l = [1, 2, 3, 4]
op.setitem(l, slice(1, 3), ["x"])
op.delitem(l, 0)
print(l)
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sorted([3, -1, 2], key=op.neg))
class I:
    def __index__(self):
        return 7
print([op.index(5), op.index(True), op.index(I()), op.index(2 ** 70), type(op.index(False)).__name__])
print("abcdefghij"[op.index(I())])
show("index float", lambda: op.index(1.5))
show("index str", lambda: op.index("3"))
show("truediv zero", lambda: op.truediv(1, 0))
show("mod zero", lambda: op.mod(1.0, 0))
show("add types", lambda: op.add(1, "a"))
show("concat int", lambda: op.concat(1, 2))
show("concat mixed", lambda: op.concat([1], (2,)))
show("indexOf missing", lambda: op.indexOf([1], 2))
show("getitem missing", lambda: op.getitem({}, "k"))
show("delitem missing", lambda: op.delitem([], 0))
show("invert float", lambda: op.invert(1.5))
show("neg str", lambda: op.neg("a"))
class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n
print([op.length_hint([1, 2]), op.length_hint("abc"), op.length_hint(5), op.length_hint(5, 9)])
print([op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 3)])
show("hint neg", lambda: op.length_hint(Hint(-1)))
show("hint str", lambda: op.length_hint(Hint("x")))
show("hint default", lambda: op.length_hint(5, "a"))
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
t = (1,)
print(op.iadd(t, (2,)), t, op.iconcat([0], (9,)))
s = {1, 2}
op.ior(s, {5})
op.isub(s, {1})
print(sorted(s), op.iand({1, 2}, {2}), op.ixor({1}, {1, 3}))
print([op.isub(5, 2), op.imul(3, 4), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4)])
print([op.ipow(3, 3), op.ilshift(1, 4), op.irshift(64, 2), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1)])
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
acc = Acc()
print(op.iadd(acc, 1) is acc, op.iadd(acc, 2).items)
show("iconcat int", lambda: op.iconcat(1, [2]))
