def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name

print(hello("bob"))

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))
calls = []

def log(prefix):
    def deco(fn):
        def wrapper(*a, **k):
            calls.append(f"{prefix}:{fn.__name__}{a}")
            return fn(*a, **k)
        return wrapper
    return deco

@log("A")
@log("B")
def add(a, b):
    return a + b

print(add(1, 2), calls)
