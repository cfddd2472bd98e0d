# match statements: class-pattern errors and CPython's checks (__match_args__,
# duplicate attributes, non-class), user Mapping/Sequence subjects, str subclasses.
class C:
    __match_args__ = ('a', 'b')
    def __init__(s): s.a = 1; s.b = 2
class D:
    pass
class E:
    __match_args__ = ['a']
class F:
    __match_args__ = (1,)
class G:
    __match_args__ = ('missing',)
class Prop:
    @property
    def boom(self):
        raise KeyError('inside property')
def run(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
def t1():
    match C():
        case C(x, y, z): return 1
def t2():
    match C():
        case D(x): return 'd'
        case C(x, y): return (x, y)
def t3():
    match D():
        case D(x): return 1
def t4():
    match E():
        case E(x): return 1
def t5():
    match F():
        case F(x): return 1
def t6():
    match C():
        case C(x, a=y): return 1
def t7():
    match 3:
        case int(x, y): return 1
def t8():
    match 3:
        case len(x): return 1
def t9():
    match G():
        case G(x): return x
        case _: return 'no attr -> no match'
def t10():
    class K:
        a = 'a'
    match {'a': 1}:
        case {'a': 1, K.a: 2}: return 1
def t11():
    match Prop():
        case Prop(boom=b): return b
def t12():
    class M:
        def __getitem__(self, k): return 1
    match M():
        case {'x': v}: return v
        case _: return 'not a mapping'
def t13():
    import collections.abc
    class M(collections.abc.Mapping):
        def __init__(self): self.d = {'x': 5, 'y': 6}
        def __getitem__(self, k): return self.d[k]
        def __iter__(self): return iter(self.d)
        def __len__(self): return len(self.d)
    match M():
        case {'x': v, **rest}: return v, rest
def t14():
    import collections.abc
    class S(collections.abc.Sequence):
        def __getitem__(self, i):
            if i >= 3: raise IndexError(i)
            return i * 10
        def __len__(self): return 3
    match S():
        case [a, *b]: return a, b
def t15():
    class L(list): pass
    class T(str): pass
    out = []
    for v in (L([1, 2]), T('ab')):
        match v:
            case [a, b]: out.append(('seq', a, b))
            case str(s): out.append(('str', s))
    return out
def t16():
    match 1.0:
        case 1: return 'eq int'
def t17():
    match -1:
        case -1: return 'neg literal'
def t18():
    match 'x':
        case "x" | "y" if False: return 'guarded'
        case 'x': return 'second'
for n in range(1, 19):
    run(n, globals()['t%d' % n])
