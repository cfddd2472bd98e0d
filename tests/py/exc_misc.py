def f():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        err = e
    return type(err).__name__

print(f())
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("NameError: e deleted after except")
try:
    raise KeyError("multi")
except (TypeError, KeyError) as e:
    print("tuple catch", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise IndexError("custom msg")
except Exception as e:
    print(isinstance(e, LookupError), e)
errors = []
for v in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(v))
    except ValueError:
        errors.append(None)
print(errors)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", type(e).__name__)
e2 = Exception("a")
e2.note = "extra"
print(e2.note, e2.args)
