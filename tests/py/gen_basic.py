def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "stop"))
print(list(count_up(5)), sum(count_up(101)), list(zip(count_up(3), "abc")))

def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")

t = trace()
print("created")
print(next(t))
print(next(t))
print(next(t, "exhausted"))

def squares():
    for i in range(1, 4):
        yield i * i
    yield from [100, 200]

print(list(squares()), max(squares()), sorted(squares(), reverse=True))

def empty():
    return
    yield

print(list(empty()), next(empty(), "none"))

def with_return():
    yield 1
    return 99

print(list(with_return()))
gen = count_up(4)
for x in gen:
    print("x", x)
    if x == 1:
        break
print("rest", list(gen))
