# A generator dropped while suspended inside try/with is closed, as CPython does:
# its finally blocks, __exit__ methods and GeneratorExit handlers run when
# its last reference goes (before the next call), and exceptions they raise
# are reported and ignored.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in gen("break"):
    print("got", x)
    break
print("after break")

def use():
    g = gen("local")
    next(g)
    print("in use")
use()
print("after use")

g = gen("rebind")
next(g)
g = None
print("after rebind")

def ctx():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
g = ctx(); next(g); del g
print("after del")

def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn(); next(g); g = None
print("after stubborn")

def failing():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = failing(); next(g); g = None
print("after failing")

def plain():
    yield 1
    yield 2
g = plain(); next(g); g = None
print("plain dropped")

import contextlib
@contextlib.contextmanager
def cm():
    print("enter")
    try:
        yield
    finally:
        print("exit")
def gen2():
    with cm():
        yield "a"
        yield "b"
print([next(iter(gen2()))])
print("list done")

class Reader:
    def __init__(self):
        self.closed = False
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.closed = True
        print("reader closed")
def lines():
    with Reader() as r:
        for i in range(5):
            yield i
print(sum(x for x, _ in zip(lines(), range(2))))

# In a worker: closed within the task, before its result is returned.
from concurrent.futures import ThreadPoolExecutor


def task(n):
    out = []

    def counted():
        try:
            for i in range(n):
                yield i
        finally:
            out.append("closed")

    for i in counted():
        if i == 2:
            break
    out.append("after")
    return out


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(task, [5, 6])))

# close() itself: on a running generator, and twice.
def selfclose():
    yield me.close()


me = selfclose()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
g = gen("twice")
next(g)
g.close()
g.close()
print("end")
