def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"

def top():
    r = yield from outer()
    yield r

print(list(top()))

def chain(*iters):
    for it in iters:
        yield from it

print(list(chain([1, 2], "ab", range(2), (x * 10 for x in range(2)))))

def tree_walk(node):
    if isinstance(node, list):
        for child in node:
            yield from tree_walk(child)
    else:
        yield node

print(list(tree_walk([1, [2, [3, 4], []], [[5]]])))

def delegate():
    got = yield from echo()
    yield ("delegate got", got)

def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)

d = delegate()
print(next(d), d.send("a"), d.send("b"), d.send(None))
