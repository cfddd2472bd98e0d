def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    yield "final " + str(total)

a = accumulator()
print(next(a))
print(a.send(10))
print(a.send(5))
print(a.send(-3))
print(a.send(None))
try:
    a.send(1)
except StopIteration:
    print("StopIteration")

def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count

av = averager()
next(av)
for v in [10, 20, 0, 5]:
    print(av.send(v))
g = accumulator()
try:
    g.send(5)
except TypeError:
    print("TypeError send to just-started")
print(g.send(None))

def coro():
    x = yield "ready"
    y = yield x * 2
    yield x + y

c = coro()
print(next(c), c.send(4), c.send(100))
