x = 10

def f():
    try:
        print(x)
    except UnboundLocalError:
        print("UnboundLocalError")
    x = 5
    return x

print(f())

def g(flag):
    if flag:
        y = 1
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__

print(g(True), g(False), issubclass(UnboundLocalError, NameError))

def h():
    try:
        return undefined_global
    except NameError as e:
        return type(e).__name__

print(h())

def k():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError:
        return "deleted"

print(k())
