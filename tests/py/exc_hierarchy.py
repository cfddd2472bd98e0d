def attempt(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__

print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][1]))
print(attempt(lambda: "abc"[10]))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: 1 // 0))
print(attempt(lambda: 1 % 0))
print(attempt(lambda: 2.0 ** 10000))
print(attempt(lambda: int("x")))
print(attempt(lambda: None.foo))
print(attempt(lambda: undefined_name))
print(attempt(lambda: 1 + "a"))
print(attempt(lambda: next(iter([]))))
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, TypeError, AttributeError, NameError,
            UnboundLocalError, RecursionError, NotImplementedError, StopIteration, AssertionError, UnicodeDecodeError,
            FileNotFoundError, MemoryError, RuntimeError, ImportError, ModuleNotFoundError, OSError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
