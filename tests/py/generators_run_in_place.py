# `for` loops over generators: breaking out and resuming, exceptions in
# both directions, StopIteration escaping, re-entry, yield from, close().


def count(n):
    for i in range(n):
        yield i
    return "done"


g = count(6)
for x in g:
    if x == 2:
        break
print("after break", x)
for x in g:
    print("resumed", x)
print(list(g), next(g, "exhausted"))


def fails_at(n):
    for i in range(10):
        if i == n:
            raise KeyError(i)
        yield i


seen = []
try:
    for x in fails_at(3):
        seen.append(x)
except KeyError as e:
    print("KeyError", e, seen)

broken = fails_at(1)
try:
    for x in broken:
        pass
except KeyError:
    print("raised once; then", next(broken, "finished"))


def leaks_stop():
    yield 1
    raise StopIteration("oops")


try:
    for x in leaks_stop():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def handles_inside():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "caught " + str(e)


print([v for v in handles_inside()])
for v in handles_inside():
    print(v, end=" ")
print()


def self_iterating():
    yield 1
    for y in gen_ref[0]:
        yield y


gen_ref = [self_iterating()]
try:
    for v in gen_ref[0]:
        print("self", v)
except ValueError as e:
    print("ValueError", e)


def inner():
    yield "a"
    got = yield "b"
    yield "inner got " + str(got)
    return "inner result"


def outer():
    result = yield from inner()
    yield "outer saw " + result
    yield from (c for c in "xy")


for v in outer():
    print(v)


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


c = cleanup()
for v in c:
    print("cleanup", v)
    break
c.close()
print("closed")


def pipeline(n):
    evens = (i for i in count(n) if i % 2 == 0)
    squares = (e * e for e in evens)
    for s in squares:
        yield s + 1


print(list(pipeline(12)), sum(pipeline(100)))


def sender():
    total = 0
    while True:
        got = yield total
        if got is None:
            got = 1
        total += got


s = sender()
for v in s:
    if v >= 3:
        break
print("sent", s.send(10), next(s))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep(n - 1):
        yield v


print(list(deep(50)))
try:
    for v in deep(5000):
        pass
except RecursionError:
    print("RecursionError")


def raises_in_finally_loop():
    for i in range(3):
        yield i


total = 0
for a in raises_in_finally_loop():
    for b in raises_in_finally_loop():
        total += a * 10 + b
print("nested", total)


print("end")
