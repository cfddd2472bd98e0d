# __init_subclass__ runs for each new subclass, with the nearest definition
registry = []
class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A):
    pass
class C:
    pass
print(registry)
class Counted:
    count = 0
    @classmethod
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()
class X(Counted):
    pass
print(X.tag)
