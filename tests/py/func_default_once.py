evals = []

def default_value(tag):
    evals.append(tag)
    return tag

def f(x=default_value("f-default")):
    return x

def g(items=[], counter={"n": 0}):
    counter["n"] += 1
    items.append(counter["n"])
    return items

print(evals)
print(f(), f(), f("given"), evals)
print(g(), g(), g([]), g())
print(g.__defaults__)
k = 10

def h(v=k):
    return v

k = 20
print(h(), k)
