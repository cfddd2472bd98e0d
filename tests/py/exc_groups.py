# ExceptionGroup / BaseExceptionGroup: construction checks, str/repr, split, subgroup, derive, plain except.
def boom(kind):
    raise kind("from boom")


leaves = []
for kind in (ValueError, TypeError, KeyError):
    try:
        boom(kind)
    except Exception as e:
        leaves.append(e)
inner = ExceptionGroup("inner", [leaves[2], OSError("io")])
eg = ExceptionGroup("outer", [leaves[0], leaves[1], inner])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args[0])
print(str(ExceptionGroup("one", (ValueError(),))), repr(BaseExceptionGroup("b", [KeyboardInterrupt()])))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [SystemExit()])).__name__)
print(ExceptionGroup.__mro__, issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split((KeyError, OSError))
print(repr(m), repr(r), m.exceptions[0].exceptions[0] is leaves[2])
print(eg.split(ExceptionGroup)[0] is eg, eg.split(Exception)[1], eg.split(ZeroDivisionError)[0], eg.split(ZeroDivisionError)[1] is eg)
print(repr(eg.subgroup(lambda e: 'boom' in str(e))), eg.subgroup(lambda e: False), eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')))
eg.add_note("a note")
sub = eg.subgroup(TypeError)
print(sub.__notes__, sub.__notes__ is eg.__notes__, repr(eg.derive([ZeroDivisionError()])), type(eg.derive([GeneratorExit()])).__name__)
for args in [(), ("m",), (1, [ValueError()]), ("m", []), ("m", ValueError()), ("m", [1]), ("m", {ValueError()}), ("m", [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
for bad in (3, int, (ValueError, 3)):
    try:
        eg.split(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    eg.message = 'changed'
except AttributeError as e:
    print('AttributeError', e)

