def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer", e, e.args)

def modify():
    try:
        risky()
    except ValueError as e:
        e.args = ("modified",)
        raise

try:
    modify()
except ValueError as e:
    print(e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        saved = e
    raise saved
except KeyError as e2:
    print("re-raised saved", e2 is saved)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise
except RuntimeError as e:
    print("RuntimeError no active exception")
