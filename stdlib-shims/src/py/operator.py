"""operator for taipan: the operators as functions, plus itemgetter,
attrgetter and methodcaller.

Each function does what the operator does (`add(a, b)` is `a + b`); the
in-place forms (`iadd`, ...) apply the augmented assignment and return the
result, so mutable left operands are updated as with `a += b`.
"""

_builtin_abs = abs


def lt(a, b):
    """Same as a < b."""
    return a < b


def le(a, b):
    """Same as a <= b."""
    return a <= b


def eq(a, b):
    """Same as a == b."""
    return a == b


def ne(a, b):
    """Same as a != b."""
    return a != b


def ge(a, b):
    """Same as a >= b."""
    return a >= b


def gt(a, b):
    """Same as a > b."""
    return a > b


def not_(a):
    """Same as not a."""
    return not a


def truth(a):
    """Return True if a is true, False otherwise."""
    return bool(a)


def is_(a, b):
    """Same as a is b."""
    return a is b


def is_not(a, b):
    """Same as a is not b."""
    return a is not b


def abs(a):
    """Same as abs(a)."""
    return _builtin_abs(a)


def add(a, b):
    """Same as a + b."""
    return a + b


def and_(a, b):
    """Same as a & b."""
    return a & b


def floordiv(a, b):
    """Same as a // b."""
    return a // b


def index(a):
    """Same as a.__index__(): a as an exact int."""
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int.__index__(a)
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result


def inv(a):
    """Same as ~a."""
    return ~a


invert = inv


def lshift(a, b):
    """Same as a << b."""
    return a << b


def mod(a, b):
    """Same as a % b."""
    return a % b


def mul(a, b):
    """Same as a * b."""
    return a * b


def matmul(a, b):
    """Same as a @ b."""
    return a @ b


def neg(a):
    """Same as -a."""
    return -a


def or_(a, b):
    """Same as a | b."""
    return a | b


def pos(a):
    """Same as +a."""
    return +a


def pow(a, b):
    """Same as a ** b."""
    return a ** b


def rshift(a, b):
    """Same as a >> b."""
    return a >> b


def sub(a, b):
    """Same as a - b."""
    return a - b


def truediv(a, b):
    """Same as a / b."""
    return a / b


def xor(a, b):
    """Same as a ^ b."""
    return a ^ b


def _check_sequence(a):
    """TypeError unless a looks like a sequence (has __getitem__)."""
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    """Same as a + b, for a and b sequences."""
    _check_sequence(a)
    return a + b


def contains(a, b):
    """Same as b in a (note reversed operands)."""
    return b in a


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs) (new in 3.11)."""
    return obj(*args, **kwargs)


def countOf(a, b):
    """Return the number of items in a which are, or which equal, b."""
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b):
    """Return the first index of b in a."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def getitem(a, b):
    """Same as a[b]."""
    return a[b]


def setitem(a, b, c):
    """Same as a[b] = c."""
    a[b] = c


def delitem(a, b):
    """Same as del a[b]."""
    del a[b]


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj: len(obj) if it
    has one, else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(value).__name__)
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def iadd(a, b):
    """Same as a += b."""
    a += b
    return a


def iand(a, b):
    """Same as a &= b."""
    a &= b
    return a


def iconcat(a, b):
    """Same as a += b, for a and b sequences."""
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    """Same as a //= b."""
    a //= b
    return a


def ilshift(a, b):
    """Same as a <<= b."""
    a <<= b
    return a


def imod(a, b):
    """Same as a %= b."""
    a %= b
    return a


def imul(a, b):
    """Same as a *= b."""
    a *= b
    return a


def imatmul(a, b):
    """Same as a @= b."""
    a @= b
    return a


def ior(a, b):
    """Same as a |= b."""
    a |= b
    return a


def ipow(a, b):
    """Same as a **= b."""
    a **= b
    return a


def irshift(a, b):
    """Same as a >>= b."""
    a >>= b
    return a


def isub(a, b):
    """Same as a -= b."""
    a -= b
    return a


def itruediv(a, b):
    """Same as a /= b."""
    a /= b
    return a


def ixor(a, b):
    """Same as a ^= b."""
    a ^= b
    return a


class itemgetter:
    """itemgetter(item, ...): a callable that fetches the given item(s)
    from its operand; several items give a tuple."""

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))


class attrgetter:
    """attrgetter(attr, ...): a callable that fetches the given
    attribute(s) from its operand; names may be dotted ("a.b.c"), and
    several names give a tuple."""

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = [attr.split(".") for attr in attrs]

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))


def _resolve(obj, path):
    """Follow the attribute names in path from obj."""
    for name in path:
        obj = getattr(obj, name)
    return obj


class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable that calls the
    method name on its operand with the given arguments."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "operator.methodcaller(%s)" % ", ".join(parts)
