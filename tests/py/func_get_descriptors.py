# Binding by hand: function/staticmethod/classmethod __get__ and
# types.MethodType, as code that builds methods itself uses them.
import types


def pair(self, x=1):
    return (self, x)


class Box:
    scale = 10

    def value(self):
        return self.scale * 2

    @classmethod
    def make(cls, n):
        return (cls.__name__, n)

    @staticmethod
    def add(a, b):
        return a + b


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e))


# function.__get__
show("bind int", lambda: pair.__get__(7)(3))
show("bind with owner", lambda: pair.__get__(7, int)())
show("owner only is f", lambda: pair.__get__(None, Box) is pair)
show("type of bound", lambda: type(pair.__get__(1)).__name__)
show("__self__", lambda: pair.__get__("s").__self__)
show("__func__ is f", lambda: pair.__get__("s").__func__ is pair)
show("repr", lambda: repr(pair.__get__(5)))
show("slot on type", lambda: type(pair).__get__(pair, 3)())
show("None None", lambda: pair.__get__(None))
show("None None 2", lambda: pair.__get__(None, None))
show("no args", lambda: pair.__get__())
show("too many", lambda: pair.__get__(1, int, 3))
show("keywords", lambda: pair.__get__(obj=1))
show("class func", lambda: Box.value.__get__(Box())())
show("dict func", lambda: Box.__dict__["value"].__get__(None, Box) is Box.value)
show("method passes __get__ on", lambda: Box().value.__get__(Box())())
show("method __module__", lambda: Box().value.__module__)
show("lambda", lambda: (lambda self, y: self * y).__get__(6)(7))

# staticmethod / classmethod __get__
sm = Box.__dict__["add"]
cm = Box.__dict__["make"]
show("static get", lambda: sm.__get__(Box()) (2, 3))
show("static get is", lambda: staticmethod(pair).__get__(1) is pair)
show("static get owner", lambda: staticmethod(pair).__get__(None, Box) is pair)
show("static no args", lambda: sm.__get__())
show("class get inst", lambda: cm.__get__(Box())(4))
show("class get owner", lambda: cm.__get__(None, Box)(5))
show("class get int", lambda: classmethod(pair).__get__(1)())
show("class self", lambda: classmethod(pair).__get__(1, Box).__self__.__name__)
show("class None", lambda: classmethod(pair).__get__(None))

# types.MethodType
m = types.MethodType(pair, 5)
show("MethodType call", lambda: m(9))
show("MethodType self", lambda: m.__self__)
show("MethodType func", lambda: m.__func__ is pair)
show("MethodType name", lambda: m.__name__)
show("MethodType eq", lambda: types.MethodType(pair, 5) == types.MethodType(pair, 5))
show("MethodType isinstance", lambda: isinstance(m, types.MethodType))
show("MethodType builtin", lambda: types.MethodType(len, [1, 2, 3])())
show("MethodType None", lambda: types.MethodType(pair, None))
show("MethodType uncallable", lambda: types.MethodType(1, 2))
show("MethodType one arg", lambda: types.MethodType(pair))
show("MethodType of method", lambda: types.MethodType(Box.value, Box())())

# A method attached to one instance.
b = Box()
b.scale = 4
b.doubled = types.MethodType(lambda self: self.value() * 2, b)
show("instance method", lambda: b.doubled())
show("instance method self", lambda: b.doubled.__self__ is b)


# A descriptor that defers to the function's own binding.
class Logged:
    def __init__(self, func):
        self.func = func
        self.calls = []

    def __get__(self, obj, owner=None):
        self.calls.append(owner.__name__)
        return self.func.__get__(obj, owner)


class User:
    def __init__(self, name):
        self.name = name

    @Logged
    def greet(self, greeting="hi"):
        return greeting + " " + self.name


u = User("ann")
show("custom descriptor", lambda: u.greet("hello"))
show("custom descriptor class", lambda: User.greet is User.__dict__["greet"].func)
show("calls", lambda: User.__dict__["greet"].calls)


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    pass


# Method reprs name the function's qualified name (the instance reprs hold
# addresses, so only their start is printed).
show("inherited repr", lambda: repr(Derived().hello).split(" of ")[0])
show("classmethod repr", lambda: repr(Box.make))
show("own repr", lambda: repr(Box().value).split(" of ")[0])


def tagged(self):
    return self


tagged.label = "mine"
show("method passes attributes on", lambda: types.MethodType(tagged, 1).label)


# The function-like types answer the attributes of their type.
bm = Box().value
show("method class", lambda: bm.__class__.__name__)
show("function class", lambda: pair.__class__.__name__)
show("method eq", lambda: bm.__eq__(Box.value.__get__(bm.__self__)))
show("method hash", lambda: bm.__hash__() == hash(bm))
show("reprs", lambda: (pair.__repr__() == repr(pair), bm.__str__() == str(bm),
                       sm.__repr__() == repr(sm)))
