def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(greeting="Yo", name="D"))

def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst

print(safe_append(1), safe_append(2))
counter = 0

def next_default():
    global counter
    counter += 1
    return counter

def uses(v=next_default()):
    return v

print(uses(), uses(), uses(9), counter)
print(greet.__name__, append_to.__defaults__ if hasattr(append_to, "__defaults__") else None)

def kd(a, b=2, *, c, d=4):
    return (a, b, c, d)

print(kd(1, c=3), kd(1, 5, c=6, d=7))
