# pickle: instances of classes (default reduction, __reduce__,
# __getstate__/__setstate__, slots, __getnewargs_ex__), and collections.
import pickle
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x, x * 2]

    def __repr__(self):
        return 'Plain(%r)' % self.__dict__


class Empty:
    pass


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


class Stateful:
    def __init__(self):
        self.secret = 'hidden'
        self.value = 3

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Slotted:
    __slots__ = ('a', 'b')


class Keyworded:
    def __new__(cls, *, size):
        obj = object.__new__(cls)
        obj.size = size
        return obj

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


class MyList(list):
    pass


class MyInt(int):
    pass


Point = namedtuple('Point', 'x y')
sl = Slotted()
sl.a = 1
dd = defaultdict(list)
dd['k'].append(1)
objs = [Plain(1), Empty(), Reduced(1, 'b'), Stateful(), MyList([1, 2]), MyInt(7),
        Point(1, 2), OrderedDict([('b', 1), ('a', 2)]), dd, defaultdict(),
        Counter('abbccc'), deque([1, 2]), deque([3], 5), Plain, Point, len,
        ValueError('bad', 2), range(1, 10, 2), [Empty, Empty()]]
for obj in objs:
    for proto in range(6):
        print(proto, pickle.dumps(obj, proto))
for proto in range(6):
    for obj in objs:
        back = pickle.loads(pickle.dumps(obj, proto))
        if isinstance(back, type):
            back = back.__name__
        elif isinstance(back, list):
            back = [type(x).__name__ for x in back]
        print(proto, type(back).__name__, getattr(back, '__dict__', back))
for proto in range(2, 6):
    back = pickle.loads(pickle.dumps(sl, proto))
    print(proto, pickle.dumps(sl, proto), back.a, hasattr(back, 'b'))
    if proto >= 4:
        back = pickle.loads(pickle.dumps(Keyworded(size=5), proto))
        print(pickle.dumps(Keyworded(size=5), proto), back.size)
back = pickle.loads(pickle.dumps(dd))
print(back, back['new'], back.default_factory is list)

import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


for proto in range(0, 6):
    back = pickle.loads(pickle.dumps([Color.RED, {'c': Color.GREEN}], proto))
    print(proto, back[0] is Color.RED, back[1]['c'] is Color.GREEN)
